// `diff`: one line per change between two versions, and the `history` command's words.

public enum ChangeLine: Localized {
    /// `lines` as the versions cite them, "3,5".
    case node(added: Bool, kind: String, label: String, lines: String)
    case edge(added: Bool, kind: String, from: String, directed: Bool, to: String, label: String?, lines: String)
    case renamed(old: String, new: String, oldLine: Int, newLine: Int)
    case linkMark(system: String, category: String, before: String, after: String, oldLine: Int, newLine: Int)
    case contractor(entrustment: String, before: String, after: String, oldLine: Int, newLine: Int)
    case subcontract(entrustment: String, before: String, after: String, oldLine: Int, newLine: Int)
    case methods(block: String, before: [String], after: [String], oldLine: Int, newLine: Int)
    case noChange

    static func side(_ added: Bool, _ lines: String, _ l: Language) -> String {
        pick(l, en: "(\(added ? "new" : "old") line \(lines))", ja: "（\(added ? "新版" : "旧版") \(lines)行目）")
    }

    static func both(_ old: Int, _ new: Int, _ l: Language) -> String {
        pick(l, en: "(old line \(old), new line \(new))", ja: "（旧版 \(old)行目、新版 \(new)行目）")
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .node(let added, let kind, let label, let lines):
            return "\(added ? "+" : "-") \(kind) \(label) " + Self.side(added, lines, l)
        case .edge(let added, let kind, let from, let directed, let to, let label, let lines):
            return "\(added ? "+" : "-") \(kind) \(from) \(directed ? "→" : "—") \(to)" + (label.map { " [\($0)]" } ?? "") + " "
                + Self.side(added, lines, l)
        case .renamed(let old, let new, let oldLine, let newLine):
            return pick(l, en: "~ システム \(old) renamed \(new) ", ja: "~ システム \(old) の名称を \(new) に変更 ") + Self.both(oldLine, newLine, l)
        case .linkMark(let system, let category, let before, let after, let oldLine, let newLine):
            return "~ \(system) ③ \(category): \(before) → \(after) " + Self.both(oldLine, newLine, l)
        case .contractor(let entrustment, let before, let after, let oldLine, let newLine):
            return "~ \(entrustment): 委託先 \(before) → \(after) " + Self.both(oldLine, newLine, l)
        case .subcontract(let entrustment, let before, let after, let oldLine, let newLine):
            return "~ \(entrustment): \(before) → \(after) " + Self.both(oldLine, newLine, l)
        case .methods(let block, let before, let after, let oldLine, let newLine):
            return "~ \(block): 方法 \(before.joined(separator: "、")) → \(after.joined(separator: "、")) " + Self.both(oldLine, newLine, l)
        case .noChange: return pick(l, en: "no architecture change", ja: "システム構成の変更はありません")
        }
    }
}

/// The link matrix's legend.
public enum MatrixLegend {
    public static func text(_ l: Language) -> String {
        pick(
            l, en: "● both declare the link · → only the row's system declares it · ← only the column's · ? a mark could not be read",
            ja: "● 両方が接続を記載 · → 行のシステムだけが記載 · ← 列のシステムだけが記載 · ? 印が読めない")
    }
}

/// The `history` command's lines.
public enum HistoryLine: Localized {
    /// A change's kind as History names it (`system added`, `委託 replaced` …).
    case kind(String)
    case change(date: String, timing: String, kind: String, subject: String, summary: String, line: Int)
    case total(changes: Int, other: Int)

    static let japaneseKinds: [String: String] = [
        "system added": "システム追加", "system removed": "システム削除", "links changed": "接続変更",
        "委託 added": "委託追加", "委託 removed": "委託削除", "委託 replaced": "委託先変更", "委託 renumbered": "委託の番号変更",
        "提供先 added": "提供先追加", "提供先 removed": "提供先削除", "提供先 renumbered": "提供先の番号変更",
        "移転先 added": "移転先追加", "移転先 removed": "移転先削除", "移転先 renumbered": "移転先の番号変更",
        "入手 changed": "入手変更",
    ]

    public func text(_ l: Language) -> String {
        switch self {
        case .kind(let raw): return l == .ja ? Self.japaneseKinds[raw] ?? raw : raw
        case .change(let date, let timing, let kind, let subject, let summary, let line):
            return "\(date)  \(timing)  \(HistoryLine.kind(kind).text(l)): \(subject) \(summary)  "
                + pick(l, en: "(line \(line))", ja: "（\(line)行目）")
        case .total(let changes, let other):
            return pick(
                l, en: "\(changes) architecture change(s); \(other) other row(s) of (別添2) change text, not the architecture",
                ja: "システム構成の変更\(changes)件。ほかに(別添2)の変更箇所\(other)行はシステム構成以外の変更です")
        }
    }
}
