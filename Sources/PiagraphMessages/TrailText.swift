// `--highlight`'s trail: where an item, a system or a party travels, step by step with its
// evidence.

/// A node as the trail names it: its label and the lines that state it.
public struct NodeRef: Sendable, Hashable {
    public var label: String
    public var lines: [Int]
    public init(_ label: String, lines: [Int]) {
        self.label = label
        self.lines = lines
    }

    func text(_ l: Language) -> String {
        let list = lines.map(String.init)
        return pick(l, en: "\(label) (line \(list.joined(separator: ", ")))", ja: "\(label)（\(list.joined(separator: "、"))行目）")
    }
}

/// Why an item crosses an edge, or may.
public enum TrailReason: Localized {
    case contractorsHandleFile
    case subcontractorsUnnamed
    case transfereesReceive
    case overNetworkKeyedByCode
    case provisionDoesNotNameItem
    case exchangeKeyedByCode
    case intermediateServerSide
    case bothHandleFile(certain: Bool)
    case declaredLinkUnsaid

    public func text(_ l: Language) -> String {
        switch self {
        case .contractorsHandleFile: return pick(l, en: "contractors handle the whole file", ja: "委託先はファイル全体を取り扱う")
        case .subcontractorsUnnamed:
            return pick(l, en: "subcontractors the document does not name", ja: "評価書に名前のない再委託先")
        case .transfereesReceive: return pick(l, en: "移転先 receive the file's data", ja: "移転先はファイルのデータを受け取る")
        case .overNetworkKeyedByCode:
            return pick(
                l, en: "over 情報提供ネットワークシステム, keyed by 個人番号対応符号", ja: "情報提供ネットワークシステム経由、個人番号対応符号による")
        case .provisionDoesNotNameItem:
            return pick(
                l, en: "③提供する情報 says what is provided; the item is not named there",
                ja: "提供する情報は③提供する情報に記載されるが、この項目の名前はない")
        case .exchangeKeyedByCode:
            return pick(
                l, en: "exchange keyed by 個人番号対応符号, not the 個人番号", ja: "個人番号ではなく個人番号対応符号による情報連携")
        case .intermediateServerSide:
            return pick(l, en: "the 中間サーバー side is keyed by 個人番号対応符号", ja: "中間サーバー側は個人番号対応符号による")
        case .bothHandleFile(let certain):
            return pick(
                l, en: "both systems handle the file" + (certain ? "" : " (the link's mark is unreadable)"),
                ja: "両方のシステムがファイルを取り扱う" + (certain ? "" : "（接続の印が読めない）"))
        case .declaredLinkUnsaid:
            return pick(
                l, en: "a declared link; the document does not say what crosses it", ja: "記載された接続。何が流れるかは評価書に記載がない")
        }
    }
}

/// One line of the trail.
public enum TrailLine: Localized {
    /// 主な記録項目's mark of the item (nil: unreadable), and/or its (別添1) line.
    case notRecorded(name: String, recordedLine: Int?, mark: Bool?, listedLine: Int?)
    case recorded(name: String, certain: Bool, recordedLine: Int?, mark: Bool?, listedLine: Int?)
    case heldBy([NodeRef])
    case keyedByCode([NodeRef])
    case step(from: NodeRef?, fromID: String, directed: Bool, to: NodeRef?, toID: String, kind: String, why: TrailReason, evidence: [Place])
    case suppliesFile(from: NodeRef?, fromID: String, evidence: [Place])
    case match(node: NodeRef, places: [Place])
    case path(from: String, steps: [PathStep])
    case morePaths(limit: Int)

    public struct PathStep: Sendable, Hashable {
        public var label: String
        public var kind: String
        public var line: Int
        public init(label: String, kind: String, line: Int) {
            self.label = label
            self.kind = kind
            self.line = line
        }
    }

    static func basis(_ recordedLine: Int?, _ mark: Bool?, _ listedLine: Int?, _ l: Language) -> String {
        var parts: [String] = []
        if let line = recordedLine {
            let shown = mark == true ? "[x]" : mark == false ? "[ ]" : pick(l, en: "[?] unreadable", ja: "[?] 読めない")
            parts.append(pick(l, en: "II-2 主な記録項目 line \(line): ", ja: "II-2 主な記録項目 \(line)行目：") + shown)
        }
        if let line = listedLine { parts.append(pick(l, en: "(別添1) line \(line)", ja: "(別添1) \(line)行目")) }
        return parts.joined(separator: pick(l, en: "; ", ja: "、"))
    }

    static func evidence(_ places: [Place], _ l: Language) -> String {
        places.map { pick(l, en: "\($0.note.text(l)), line \($0.line)", ja: "\($0.note.text(l))、\($0.line)行目") }.joined(
            separator: pick(l, en: "; ", ja: "／"))
    }

    public func text(_ l: Language) -> String {
        let semicolon = pick(l, en: "; ", ja: "、")
        switch self {
        case .notRecorded(let name, let recordedLine, let mark, let listedLine):
            let basis = Self.basis(recordedLine, mark, listedLine, l)
            return pick(
                l, en: "The file does not record \(name) (\(basis)): nothing to follow.",
                ja: "ファイルは\(name)を記録していません（\(basis)）。たどるものはありません。")
        case .recorded(let name, let certain, let recordedLine, let mark, let listedLine):
            let basis = Self.basis(recordedLine, mark, listedLine, l)
            return pick(
                l, en: "\(name): " + (certain ? "recorded in the file" : "maybe recorded (its mark was lost)") + " — " + basis,
                ja: "\(name)：" + (certain ? "ファイルに記録されています" : "記録されている可能性があります（印が失われています）") + " — " + basis)
        case .heldBy(let nodes):
            return pick(l, en: "Held by the file's systems (I-2): ", ja: "ファイルを保有するシステム（I-2）：")
                + nodes.map { $0.text(l) }.joined(separator: semicolon)
        case .keyedByCode(let nodes):
            return pick(
                l,
                en: "Keyed by 個人番号対応符号, not the 個人番号: " + nodes.map { $0.text(l) }.joined(separator: semicolon)
                    + " — exchange over 情報提供ネットワークシステム uses the code",
                ja: "個人番号ではなく個人番号対応符号で扱うシステム：" + nodes.map { $0.text(l) }.joined(separator: semicolon)
                    + " — 情報提供ネットワークシステムによる情報連携は符号を使います")
        case .step(let from, let fromID, let directed, let to, let toID, let kind, let why, let evidence):
            let arrow = directed ? "→" : "—"
            let ends = "  \(from?.text(l) ?? fromID) \(arrow) \(to?.text(l) ?? toID)"
            return ends
                + pick(
                    l, en: ": \(kind), \(why.text(l)) [\(Self.evidence(evidence, l))]",
                    ja: "：\(kind)、\(why.text(l)) [\(Self.evidence(evidence, l))]")
        case .suppliesFile(let from, let fromID, let evidence):
            return pick(
                l, en: "  \(from?.text(l) ?? fromID) → the file: 入手, supplies the file's data [\(Self.evidence(evidence, l))]",
                ja: "  \(from?.text(l) ?? fromID) → ファイル：入手、ファイルのデータの入手元 [\(Self.evidence(evidence, l))]")
        case .match(let node, let places):
            return "\(node.text(l)): "
                + places.map { pick(l, en: "\($0.note.text(l)) (line \($0.line))", ja: "\($0.note.text(l))（\($0.line)行目）") }.joined(
                    separator: semicolon)
        case .path(let from, let steps):
            let shown = steps.map { pick(l, en: "\($0.label) [\($0.kind), line \($0.line)]", ja: "\($0.label) [\($0.kind)、\($0.line)行目]") }
            return pick(l, en: "  path: ", ja: "  経路：") + "\(from) → " + shown.joined(separator: " → ")
        case .morePaths(let limit):
            return pick(
                l, en: "  (more than \(limit) paths; the first \(limit) are shown)", ja: "  （経路が\(limit)を超えるため、最初の\(limit)件を示します）")
        }
    }
}

/// `--highlight` of a term the document does not know.
public enum HighlightProblem: Localized {
    case unknownTerm(String, suggestions: [String])

    public func text(_ l: Language) -> String {
        switch self {
        case .unknownTerm(let term, let suggestions):
            return pick(
                l,
                en: "'\(term)' is neither a recorded item, a (別添1) item, a system nor a party of this document"
                    + (suggestions.isEmpty ? "" : "; closest known terms: " + suggestions.joined(separator: ", ")),
                ja: "「\(term)」はこの評価書の記録項目、(別添1)の項目、システム、相手方のいずれでもありません"
                    + (suggestions.isEmpty ? "" : "。近い語：" + suggestions.joined(separator: "、")))
        }
    }
}
