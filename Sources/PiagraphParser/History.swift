import Foundation
import PiagraphModel
import PiagraphText

/// A date as the documents write it (令和7年3月27日, 平成29年11月21日, 令和元年…) or ISO 8601.
public struct JapaneseDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    static let eras: [(String, Int)] = [("令和", 2018), ("平成", 1988), ("昭和", 1925)]

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3 {
            (year, month, day) = (iso[0], iso[1], iso[2])
            return
        }
        guard let (era, base) = Self.eras.first(where: { t.hasPrefix($0.0) }) else { return nil }
        let rest = t.dropFirst(era.count).replacingOccurrences(of: "元年", with: "1年")
        let numbers = rest.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        (year, month, day) = (base + numbers[0], numbers[1], numbers[2])
    }

    public static func < (a: JapaneseDate, b: JapaneseDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

/// One architecture change of the (別添2) log.
public struct ArchitectureChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case systemAdded = "system added", systemRemoved = "system removed", linksChanged = "links changed"
        case entrustmentAdded = "委託 added", entrustmentRemoved = "委託 removed", entrustmentReplaced = "委託 replaced"
        case entrustmentRenumbered = "委託 renumbered"
        case provisionAdded = "提供先 added", provisionRemoved = "提供先 removed", provisionRenumbered = "提供先 renumbered"
        case transferAdded = "移転先 added", transferRemoved = "移転先 removed", transferRenumbered = "移転先 renumbered"
        case sourcesChanged = "入手 changed"
    }

    public var kind: Kind
    public var date: String
    public var day: JapaneseDate?
    public var timing: String?
    public var line: Int
    /// システム4, 委託事項3, 提供先2 …
    public var subject: String
    public var number: Int?
    public var summary: String
    public var row: HistoryRow
}

public enum History {
    static let subjects = ["システム", "委託事項", "提供先", "移転先"]
    static let absent: Set<String> = ["未記載", "—", "-", "―", "なし", ""]

    /// `提供先3` in text: the subject word followed by a number (spaces allowed).
    static func numbered(in text: String) -> (String, Int, String.Index)? {
        var best: (String, Int, String.Index)?
        for subject in subjects {
            var search = text.startIndex..<text.endIndex
            while let r = text.range(of: subject, range: search) {
                let after = text[r.upperBound...].drop { $0 == " " }
                let digits = after.prefix { $0.isASCII && $0.isNumber }
                if let n = Int(digits) {
                    let end = text.index(after.startIndex, offsetBy: digits.count)
                    if best == nil || r.lowerBound < text.range(of: best!.0)!.lowerBound { best = (subject, n, end) }
                    break
                }
                search = r.upperBound..<text.endIndex
            }
        }
        return best
    }

    /// The value of a numbered field (`3委託先名 X 4再委託`) in change-log text.
    static func field(_ text: String, _ number: Int, _ name: String) -> String? {
        guard let r = text.range(of: "\(number)\(name)") ?? text.range(of: "\(number) \(name)") else { return nil }
        var value = String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces)
        if let next = value.range(of: " \(number + 1)") { value = String(value[..<next.lowerBound]) }
        return value.isEmpty ? nil : value
    }

    /// The name that follows `提供先2 ` at the start of a block's text, up to its first field.
    static func blockName(_ text: String, subject: String, number: Int) -> String? {
        guard let r = text.range(of: "\(subject)\(number)") else { return text.isEmpty || absent.contains(text) ? nil : text }
        var name = String(text[r.upperBound...]).trimmingCharacters(in: .whitespaces)
        if let field = name.range(of: " 1") { name = String(name[..<field.lowerBound]) }
        return name.isEmpty ? nil : name
    }

    /// Quoted checkbox marks shown as [x] (checked) and [ ] (not).
    static func marked(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case MarkSentinel.checked: out += "[x]"
            case MarkSentinel.radio, MarkSentinel.checkbox: out += "[ ]"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func timeline(_ a: Assessment) -> (changes: [ArchitectureChange], otherRows: Int) {
        var changes: [ArchitectureChange] = []
        var other = 0
        for row in a.history {
            if let change = classify(row) { changes.append(change) } else { other += 1 }
        }
        return (changes, other)
    }

    static func classify(_ row: HistoryRow) -> ArchitectureChange? {
        let before = row.before.trimmingCharacters(in: .whitespaces)
        let after = row.after.trimmingCharacters(in: .whitespaces)
        let added = absent.contains(before), removed = after.contains("(削除)")
        func make(_ kind: ArchitectureChange.Kind, _ subject: String, _ number: Int?, _ summary: String) -> ArchitectureChange {
            ArchitectureChange(kind: kind, date: row.date, day: JapaneseDate(row.date), timing: row.timing, line: row.line,
                               subject: subject + (number.map(String.init) ?? ""), number: number, summary: summary, row: row)
        }
        if row.item.contains("入手元") || row.item.contains("入手方法") {
            return make(.sourcesChanged, row.item.contains("入手元") ? "①入手元" : "②入手方法", nil, "\(before) → \(after)")
        }
        let found = numbered(in: row.item) ?? numbered(in: after) ?? numbered(in: before)
        guard let (subject, number, end) = found else { return nil }
        let inItem = numbered(in: row.item) != nil
        let fieldText = inItem ? String(row.item[end...]).trimmingCharacters(in: CharacterSet(charactersIn: " -)")) : ""
        switch subject {
        case "システム":
            if fieldText.isEmpty || fieldText.contains("システムの名称") {
                if added { return make(.systemAdded, subject, number, field(after, 1, "システムの名称") ?? field(after, 1, "システム名称") ?? after) }
                if removed { return make(.systemRemoved, subject, number, field(before, 1, "システムの名称") ?? before) }
            }
            let links = ["他のシステムとの接続", "他システムとの接続"]
            if links.contains(where: { fieldText.contains($0) || (fieldText.isEmpty && (before.hasPrefix("3" + $0) || before.contains($0) && before.count < 40)) }) {
                return make(.linksChanged, subject, number, "\(marked(row.beforeMarked)) → \(marked(row.afterMarked))")
            }
            return nil
        case "委託事項":
            if fieldText.contains("委託先名") && !added && !removed {
                return make(.entrustmentReplaced, subject, number, "\(before) → \(after)")
            }
            guard fieldText.isEmpty else { return nil }
            if added {
                let contractor = field(after, 3, "委託先名")
                return make(.entrustmentAdded, subject, number, (blockName(after, subject: subject, number: number) ?? after) + (contractor.map { " → \($0)" } ?? ""))
            }
            if removed { return make(.entrustmentRemoved, subject, number, blockName(before, subject: subject, number: number) ?? before) }
            if let (_, from, _) = numbered(in: before), let (_, to, _) = numbered(in: after), from != to,
               blockName(before, subject: subject, number: from) == blockName(after, subject: subject, number: to) {
                return make(.entrustmentRenumbered, subject, from, "\(subject)\(from) → \(subject)\(to)")
            }
            let old = field(before, 3, "委託先名"), new = field(after, 3, "委託先名")
            if let old, let new, old != new { return make(.entrustmentReplaced, subject, number, "\(old) → \(new)") }
            return nil
        default:
            let isProvision = subject == "提供先"
            guard fieldText.isEmpty else { return nil }
            if added {
                return make(isProvision ? .provisionAdded : .transferAdded, subject, number, blockName(after, subject: subject, number: number) ?? after)
            }
            if removed {
                return make(isProvision ? .provisionRemoved : .transferRemoved, subject, number, blockName(before, subject: subject, number: number) ?? before)
            }
            if let (_, from, _) = numbered(in: before), let (_, to, _) = numbered(in: after), from != to {
                return make(isProvision ? .provisionRenumbered : .transferRenumbered, subject, from, "\(subject)\(from) → \(subject)\(to)")
            }
            return nil
        }
    }
}
