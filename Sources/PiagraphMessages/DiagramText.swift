// The diagram's own words: legend, tooltips, notes on how it was laid out. A legend is in one
// language: the English one names the form's terms in English, the Japanese one as the form does.

public enum DiagramText: Localized {
    case legendTitle
    /// A node kind's legend entry: `NodeKind` raw value with its Japanese title.
    case nodeKind(String, japanese: String)
    /// An edge kind's legend entry: `EdgeKind` raw value with its Japanese title.
    case edgeKind(String, japanese: String)
    case bus
    case recovered
    case unknownMark
    case highlightTitle(String)
    case carries
    case mayCarry
    case keyedByCode
    case suppliesFile
    case added
    case removed
    case findingSeverity(String)
    case findingsTitle(Int)
    case findingEntry(line: Int?, rule: String, message: String)
    case moreFindings(Int)
    // Tooltips.
    case evidence(line: Int, note: String)
    case busTooltip
    case busLinkTooltip
    case busLinesTooltip(String)
    // Layout notes.
    case tooLarge(nodes: Int, edges: Int, maxNodes: Int, maxEdges: Int)
    case sfdp(nodes: Int, edges: Int, nodeLimit: Int, edgeLimit: Int)
    case iterationsCapped(nodes: Int)
    case denseMode(nodes: Int, edges: Int)
    case dotOnly(nodes: Int, edges: Int, maxNodes: Int, maxEdges: Int)
    case matrixTitle(String)

    static let englishNodeKinds: [String: String] = [
        "system": "system (I-2)", "unnamedSystem": "system whose name was lost", "referencedSystem": "named only (not in I-2)",
        "systemGroup": "group of systems", "category": "link category (no system of it)", "nationalNetwork": "national infrastructure",
        "person": "the individual", "department": "another department of the body", "publicBody": "another public body",
        "contractor": "contractor", "subcontractor": "subcontractor", "otherParty": "other source",
        "fileHolder": "system holding the file (not identified)",
    ]
    static let englishEdgeKinds: [String: String] = [
        "link": "link between systems (③)", "acquisition": "acquisition", "provision": "provision", "transfer": "transfer",
        "entrustment": "entrustment", "subcontract": "subcontracting",
    ]

    public func text(_ l: Language) -> String {
        switch self {
        case .legendTitle: return pick(l, en: "Legend", ja: "凡例")
        case .nodeKind(let raw, let japanese): return l == .ja ? japanese : Self.englishNodeKinds[raw] ?? raw
        case .edgeKind(let raw, let japanese): return l == .ja ? japanese : Self.englishEdgeKinds[raw] ?? raw
        case .bus:
            return pick(
                l, en: "bus: the systems on it all link to each other and to what hangs on it",
                ja: "相互接続：線上のシステムは互いに、また線につながるものと接続している")
        case .recovered: return pick(l, en: "recovered from the change log (別添2)", ja: "別添2から復元")
        case .unknownMark: return pick(l, en: "unknown mark", ja: "印が読めない")
        case .highlightTitle(let term): return pick(l, en: "highlight: \(term)", ja: "\(term)の流れ")
        case .carries: return pick(l, en: "carries", ja: "運ばれる")
        case .mayCarry: return pick(l, en: "may carry", ja: "運ばれうる")
        case .keyedByCode: return pick(l, en: "keyed by 個人番号対応符号", ja: "個人番号対応符号で連携")
        case .suppliesFile: return pick(l, en: "supplies the file", ja: "入手元")
        case .added: return pick(l, en: "added in the new version", ja: "新版で追加")
        case .removed: return pick(l, en: "removed in the new version", ja: "新版で削除")
        case .findingSeverity(let severity):
            return pick(l, en: "finding (\(severity))", ja: "指摘（\(ReportWords.severity(severity).text(.ja))）")
        case .findingsTitle(let count): return pick(l, en: "findings (\(count))", ja: "指摘（\(count)件）")
        case .findingEntry(let line, let rule, let message):
            let at = line.map(String.init) ?? "-"
            return pick(l, en: "line \(at): [\(rule)] \(message)", ja: "\(at)行目：[\(rule)] \(message)")
        case .moreFindings(let count):
            return pick(l, en: "… \(count) more: piagraph check", ja: "… ほか\(count)件：piagraph check")
        case .evidence(let line, let note): return pick(l, en: "line \(line): \(note)", ja: "\(line)行目：\(note)")
        case .busTooltip:
            return pick(
                l, en: "bus: every system on it declares a link to every other one (③)",
                ja: "相互接続：線上のどのシステムもほかのすべてとの接続を記載している（③）")
        case .busLinkTooltip:
            return pick(l, en: "every system on the bus declares this link (③)", ja: "線上のどのシステムもこの接続を記載している（③）")
        case .busLinesTooltip(let shown):
            return pick(l, en: "システム間の接続 (③), line(s) " + shown, ja: "システム間の接続（③）、" + shown + "行目")
        case .tooLarge(let n, let e, let maxNodes, let maxEdges):
            return pick(
                l,
                en:
                    "the graph has \(n) nodes and \(e) edges, beyond the \(maxNodes)-node / \(maxEdges)-edge limit piagraph lays out; use --format dot or json",
                ja: "図のノード\(n)個・辺\(e)本は、piagraphが配置できる上限（ノード\(maxNodes)個・辺\(maxEdges)本）を超えています。--format dot か json を使ってください")
        case .sfdp(let n, let e, let nodeLimit, let edgeLimit):
            return pick(
                l,
                en:
                    "\(n) nodes and \(e) edges exceed dot's limit (\(nodeLimit) nodes / \(edgeLimit) edges): laid out with sfdp, clusters are not drawn as boxes",
                ja: "ノード\(n)個・辺\(e)本はdotの上限（ノード\(nodeLimit)個・辺\(edgeLimit)本）を超えるため、sfdpで配置しました。グループの枠は描いていません")
        case .iterationsCapped(let n):
            return pick(
                l, en: "\(n) nodes: dot's iterations are capped to bound layout time",
                ja: "ノード\(n)個：配置時間を抑えるため、dotの反復回数を制限しました")
        case .denseMode(let n, let e):
            return pick(
                l, en: "\(e) edges among \(n) nodes: drawn in the dense mode (straight edges, layout iterations capped, spacing reduced)",
                ja: "ノード\(n)個の間に辺\(e)本：密な図として描きました（直線の辺、反復回数の制限、間隔の縮小）")
        case .dotOnly(let n, let e, let maxNodes, let maxEdges):
            return pick(
                l,
                en:
                    "\(n) nodes and \(e) edges: beyond what piagraph lays out (\(maxNodes) nodes / \(maxEdges) edges); written as DOT only, for another tool",
                ja: "ノード\(n)個・辺\(e)本：piagraphが配置できる上限（ノード\(maxNodes)個・辺\(maxEdges)本）を超えるため、ほかのツール向けにDOTだけを書き出しました")
        case .matrixTitle(let title):
            return pick(l, en: title + " — ③ 他のシステムとの接続 (link matrix)", ja: title + " — ③ 他のシステムとの接続（接続マトリクス）")
        }
    }
}
