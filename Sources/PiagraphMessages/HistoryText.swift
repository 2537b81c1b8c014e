// What `--recover` and `--at` say they did with the (別添2) change log, and the `history`
// command's words.

/// One entry recovered from the change log, as the recovery note lists it.
public struct RecoveredEntry: Sendable, Hashable {
    public var name: String
    public var line: Int
    public init(_ name: String, line: Int) {
        self.name = name
        self.line = line
    }
}

/// A change-log row as the notes cite it: its date and line.
public struct ChangeRow: Sendable, Hashable {
    public var date: String
    public var line: Int
    public init(date: String, line: Int) {
        self.date = date
        self.line = line
    }

    func text(_ l: Language) -> String { pick(l, en: "\(date), line \(line)", ja: "\(date)、\(line)行目") }
}

public enum HistoryNote: Localized {
    case recoveredSources(count: Int, lines: [Int])
    case recoveredEntrustments(entries: [RecoveredEntry])
    case recoveredOutflows(provisions: Int, transfers: Int, entries: [RecoveredEntry])
    case nothingToRecover
    case dateUnreadable(line: Int, date: String)
    case nothingAfter(date: String)
    case addedNotInText(subject: String, summary: String?, row: ChangeRow)
    case leftOut(subject: String, summary: String?, row: ChangeRow)
    case putBack(subject: String, summary: String, row: ChangeRow)
    case removedWithoutDescription(subject: String, summary: String, row: ChangeRow)
    case sourcesNotReplayed(subject: String, row: ChangeRow)
    case linksNotRestored(subject: String, row: ChangeRow)
    case linksRestored(subject: String, row: ChangeRow)
    case replacedNotInText(subject: String, summary: String, row: ChangeRow)
    case contractorBack(subject: String, contractor: String, row: ChangeRow)

    public func text(_ l: Language) -> String {
        func named(_ subject: String, _ summary: String?) -> String { summary.map { "\(subject) \($0)" } ?? subject }
        switch self {
        case .recoveredSources(let count, let lines):
            return pick(
                l, en: "recovered \(count) ①入手元 from (別添2) rows " + lines.map(String.init).joined(separator: ", "),
                ja: "(別添2)の\(lines.map(String.init).joined(separator: "、"))行目から①入手元を\(count)件復元しました。")
        case .recoveredEntrustments(let entries):
            return pick(
                l,
                en: "recovered \(entries.count) 委託事項 from (別添2): " + entries.map { "\($0.name) (line \($0.line))" }.joined(separator: ", "),
                ja: "(別添2)から委託事項を\(entries.count)件復元しました：" + entries.map { "\($0.name)（\($0.line)行目）" }.joined(separator: "、"))
        case .recoveredOutflows(let provisions, let transfers, let entries):
            return pick(
                l,
                en: "recovered \(provisions) 提供先 and \(transfers) 移転先 from (別添2): "
                    + entries.map { "\($0.name) (line \($0.line))" }.joined(separator: ", "),
                ja: "(別添2)から提供先を\(provisions)件、移転先を\(transfers)件復元しました："
                    + entries.map { "\($0.name)（\($0.line)行目）" }.joined(separator: "、"))
        case .nothingToRecover:
            return pick(
                l, en: "nothing to recover: the body has every section the change log speaks of, or the log says nothing of them",
                ja: "復元するものはありません。変更箇所が触れる欄はすべて本文にあるか、変更箇所がそれらに触れていません。")
        case .dateUnreadable(let line, let date):
            return pick(
                l, en: "line \(line): the date '\(date)' cannot be read; not replayed",
                ja: "\(line)行目：日付「\(date)」を読み取れません。さかのぼりに使っていません。")
        case .nothingAfter(let date):
            return pick(
                l, en: "no architecture change is dated after \(date)", ja: "\(date)より後の日付のシステム構成の変更はありません。")
        case .addedNotInText(let subject, let summary, let row):
            return pick(
                l, en: "\(named(subject, summary)) was added \(row.text(l)), but is not in the text to leave out",
                ja: "\(named(subject, summary))は\(row.text(l))で追加されていますが、本文にないため除けません。")
        case .leftOut(let subject, let summary, let row):
            return pick(
                l, en: "left out \(named(subject, summary)) (added \(row.text(l)))",
                ja: "\(named(subject, summary))を除きました（\(row.text(l))で追加）。")
        case .putBack(let subject, let summary, let row):
            return pick(
                l, en: "put back \(subject) \(summary) (removed \(row.text(l))), as far as the row states it",
                ja: "\(subject) \(summary)を、変更箇所の行に書かれている範囲で戻しました（\(row.text(l))で削除）。")
        case .removedWithoutDescription(let subject, let summary, let row):
            return pick(
                l, en: "\(subject) \(summary) was removed \(row.text(l)); its description is not in the log to put back",
                ja: "\(subject) \(summary)は\(row.text(l))で削除されています。変更箇所にその記載がないため戻せません。")
        case .sourcesNotReplayed(let subject, let row):
            return pick(
                l, en: "\(subject) changed \(row.text(l)); 入手 is not replayed",
                ja: "\(subject)は\(row.text(l))で変更されています。入手はさかのぼりの対象外です。")
        case .linksNotRestored(let subject, let row):
            return pick(
                l, en: "could not restore the links of \(subject) before \(row.text(l)): the row does not state them readably",
                ja: "\(subject)の\(row.text(l))より前の接続を戻せませんでした。変更箇所の行から読み取れません。")
        case .linksRestored(let subject, let row):
            return pick(
                l, en: "restored the links of \(subject) from before \(row.text(l))",
                ja: "\(subject)の接続を\(row.text(l))より前の状態に戻しました。")
        case .replacedNotInText(let subject, let summary, let row):
            return pick(
                l, en: "\(subject) was replaced \(row.text(l)) (\(summary)), but is not in the text",
                ja: "\(subject)は\(row.text(l))で変更されています（\(summary)）が、本文にありません。")
        case .contractorBack(let subject, let contractor, let row):
            return pick(
                l, en: "\(subject): contractor back to \(contractor) (replaced \(row.text(l)))",
                ja: "\(subject)：委託先を\(contractor)に戻しました（\(row.text(l))で変更）。")
        }
    }
}
