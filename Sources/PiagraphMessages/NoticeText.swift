// What the command line says beside its output: notes on stderr, progress, `paths`' lines.

public enum NoticeText: Localized {
    /// "piagraph: note: …" before a note.
    case note(String)
    case notDrawnOnTerminal
    case asOf(date: String, notes: Int)
    case baselineWritten(path: String, accepted: Int, dropped: Int)
    case tooManyForMap(body: String, documents: Int, maximum: Int)
    case reportNotWritten(path: String, reason: String)
    case progress(done: Int, total: Int, megabytesPerSecond: String, left: String)
    case severalNodes(path: String, term: String, nodes: [String])
    case reaches(node: String, count: Int)
    case via
    case paths(count: Int, from: String, to: String, limit: Int?)
    /// A step of a path: "-[委託 l.12,14]->".
    case step(kind: String, lines: String)

    public func text(_ l: Language) -> String {
        switch self {
        case .note(let text): return pick(l, en: "piagraph: note: ", ja: "piagraph: 備考: ") + text
        case .notDrawnOnTerminal:
            return pick(
                l, en: "piagraph: the diagram is not drawn on a terminal: add -o FILE.svg (or .png, .pdf) to draw it",
                ja: "piagraph: 端末には図を描きません。描くには -o FILE.svg（または .png、.pdf）を付けてください")
        case .asOf(let date, let notes):
            return pick(
                l, en: "as of \(date), from the (別添2) log: \(notes) note(s) on stderr",
                ja: "\(date)時点（(別添2)変更箇所から）：備考\(notes)件を標準エラー出力に表示")
        case .baselineWritten(let path, let accepted, let dropped):
            return pick(
                l,
                en: "piagraph: \(path): \(accepted) accepted finding(s) written"
                    + (dropped > 0 ? "; \(dropped) no longer found, dropped" : ""),
                ja: "piagraph: \(path)：受け入れた指摘\(accepted)件を書き込みました" + (dropped > 0 ? "。見つからなくなった\(dropped)件は除きました" : ""))
        case .tooManyForMap(let body, let documents, let maximum):
            return pick(
                l, en: "piagraph: \(body): \(documents) documents, more than \(maximum): no merged map",
                ja: "piagraph: \(body)：評価書\(documents)件は上限\(maximum)件を超えるため、統合マップを作りません")
        case .reportNotWritten(let path, let reason):
            return pick(l, en: "\(path): report not written: \(reason)", ja: "\(path)：レポートを書き出せませんでした：\(reason)")
        case .progress(let done, let total, let rate, let left):
            return pick(
                l, en: "piagraph scan: \(done)/\(total) documents, \(rate) MB/s, \(left) left",
                ja: "piagraph scan: \(done)/\(total)件、\(rate) MB/秒、残り\(left)")
        case .severalNodes(let path, let term, let nodes):
            return pick(
                l, en: "\(path): '\(term)' names several nodes: " + nodes.joined(separator: ", "),
                ja: "\(path)：「\(term)」に当たるノードが複数あります：" + nodes.joined(separator: "、"))
        case .reaches(let node, let count):
            return pick(l, en: "\(node) reaches \(count) node(s):", ja: "\(node)から\(count)個のノードに到達します：")
        case .via: return pick(l, en: "via", ja: "経由")
        case .paths(let count, let from, let to, let limit):
            return pick(
                l, en: "\(count) simple path(s) from \(from) to \(to)" + (limit.map { " (stopped at --limit \($0))" } ?? ""),
                ja: "\(from)から\(to)への経路\(count)件" + (limit.map { "（--limit \($0) で打ち切り）" } ?? ""))
        case .step(let kind, let lines): return pick(l, en: " -[\(kind) l.\(lines)]-> ", ja: " -[\(kind) \(lines)行目]-> ")
        }
    }
}
