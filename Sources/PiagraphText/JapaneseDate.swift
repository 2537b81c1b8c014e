/// A calendar day as the documents and their readers write it: an era date (令和5年4月1日,
/// 平成元年10月5日, 「令和 3 年 2 月 3 日」, full- or half-width digits) or ISO 8601 (2023-04-01).
/// The one place dates are read: the change log, the layout stages, `--at`, `--until` and the
/// baseline all go through it, so that they agree on what a date is. A day the calendar does
/// not have (2023-13-45, 令和5年2月30日) is no date.
public struct JapaneseDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    /// The eras, newest first, with the Gregorian year before each era's first year.
    public static let eras: [(name: String, offset: Int)] = [
        ("令和", 2018), ("平成", 1988), ("昭和", 1925), ("大正", 1911), ("明治", 1867),
    ]

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// An era date or an ISO date.
    public init?(_ text: String) {
        let t = String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        if let date = JapaneseDate(iso: t) ?? JapaneseDate(era: t) { self = date } else { return nil }
    }

    /// `YYYY-MM-DD`, exactly: four, two and two ASCII digits.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// An era, then the year (digits or 元), month and day, each followed by 年, 月, 日; spaces
    /// anywhere, digits of either width. Text after 日 is not read.
    public init?(era text: String) {
        let t = Self.halfWidthDigits(text).filter { $0 != " " && $0 != "\u{3000}" }
        guard let era = Self.era(beginning: t) else { return nil }
        var numbers: [Int] = []
        var digits = ""
        for c in t.dropFirst(era.name.count) {
            if c.isASCII, c.isNumber {
                digits.append(c)
            } else if c == "元", digits.isEmpty, numbers.isEmpty {
                digits = "1"
            } else if let unit = ["年", "月", "日"].firstIndex(of: c), unit == numbers.count, let n = Int(digits) {
                numbers.append(n)
                digits = ""
                if numbers.count == 3 { break }
            } else {
                return nil
            }
        }
        guard numbers.count == 3, numbers[0] >= 1 else { return nil }
        self.init(year: era.offset + numbers[0], month: numbers[1], day: numbers[2])
    }

    public static func < (a: JapaneseDate, b: JapaneseDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// ISO 8601.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// The era the text begins with.
    public static func era(beginning text: some StringProtocol) -> (name: String, offset: Int)? {
        eras.first { text.hasPrefix($0.name) }
    }

    /// Whether the text begins with an era's name (a date, or the beginning of one).
    public static func beginsWithEra(_ text: some StringProtocol) -> Bool { era(beginning: text) != nil }

    /// Whether the text holds an era's name anywhere.
    public static func holdsEra(_ text: String) -> Bool { eras.contains { text.containsBytes($0.name) } }

    static func halfWidthDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            scalars.append((0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s)
        }
        return String(scalars)
    }
}

/// Era dates in the words of a text, as the layout stages and the change log meet them: on
/// bytes and scalars, for they run on every change-log row.
public enum EraDates {
    private static let eraBytes: [[UInt8]] = JapaneseDate.eras.map { Array($0.name.utf8) }
    private static let eraScalars: [(Unicode.Scalar, Unicode.Scalar)] = JapaneseDate.eras.map {
        let s = Array($0.name.unicodeScalars)
        return (s[0], s[1])
    }

    /// A word that is a whole era date, written without spaces: an era, then digits or 元 with
    /// 年, 月 and 日 in that order, 日 last.
    public static func isDate(_ token: Substring) -> Bool {
        let bytes = token.utf8
        guard bytes.count >= 15, eraBytes.contains(where: { bytes.starts(with: $0) }) else { return false }
        let units: [[UInt8]] = [[0xE5, 0xB9, 0xB4], [0xE6, 0x9C, 0x88], [0xE6, 0x97, 0xA5]]  // 年 月 日
        let gen: [UInt8] = [0xE5, 0x85, 0x83]  // 元
        var next = 0
        var i = bytes.index(bytes.startIndex, offsetBy: 6)
        while i != bytes.endIndex {
            let b = bytes[i]
            guard next < 3 else { return false }  // nothing after 日
            if b >= 0x30 && b <= 0x39 {
                i = bytes.index(after: i)
                continue
            }
            guard bytes.distance(from: i, to: bytes.endIndex) >= 3 else { return false }
            let end = bytes.index(i, offsetBy: 3)
            let scalar = bytes[i..<end]
            if scalar.elementsEqual(gen) {
                i = end
                continue
            }
            guard scalar.elementsEqual(units[next]) else { return false }
            next += 1
            i = end
        }
        return next == 3
    }

    /// Whether the word begins an era date that a narrow cell or a page break cut
    /// (「令和3年10」, 「平成29年」, or the era alone where the column holds two characters a
    /// line: 「令和」 「2年」 「10月」 「20日」): an era, then digits or 元, 年, 月 in order, no 日 yet.
    public static func isDatePrefix(_ token: Substring) -> Bool {
        let scalars = Array(token.unicodeScalars)
        guard scalars.count >= 2, JapaneseDate.beginsWithEra(token) else { return false }
        var units = 0
        for s in scalars.dropFirst(2) {
            if ("0"..."9").contains(s) || s == "元" { continue }
            guard units < 2, s == (units == 0 ? "年" : "月") else { return false }
            units += 1
        }
        return true
    }

    /// How many words at the start make an era date, also when a PDF producer set the digits
    /// apart (「令和 3 年 2 月 3 日」): nil when they make none.
    public static func span(_ words: ArraySlice<Substring>) -> Int? {
        guard let first = words.first, JapaneseDate.beginsWithEra(first) else { return nil }
        var joined = ""
        for (n, word) in words.prefix(7).enumerated() {
            joined += word
            if isDate(Substring(joined)) { return n + 1 }
            if joined.hasSuffix("日") { return nil }
        }
        return nil
    }

    /// Era dates anywhere in the text, also inside a longer word (`…評価書)...令和2年11月24日`);
    /// digits set apart by spaces (「令和 3 年」) are read as one date.
    public static func all(in text: String) -> [String] {
        var found: [String] = []
        guard text.containsBytes("年"), text.containsBytes("日"), JapaneseDate.holdsEra(text) else { return found }
        let scalars = Array(text.unicodeScalars.lazy.filter { $0 != " " })
        func unit(_ s: Unicode.Scalar) -> Bool { s == "年" || s == "月" || s == "日" }
        var i = 0
        while i + 1 < scalars.count {
            let a = scalars[i]
            let b = scalars[i + 1]
            guard eraScalars.contains(where: { $0.0 == a && $0.1 == b }) else {
                i += 1
                continue
            }
            var j = i + 2
            var units: [Unicode.Scalar] = []
            while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == "元" || unit(scalars[j]) {
                if unit(scalars[j]) { units.append(scalars[j]) }
                j += 1
                if units == ["年", "月", "日"] { break }
            }
            if units == ["年", "月", "日"] {
                var date = String.UnicodeScalarView()
                date.append(contentsOf: scalars[i..<j])
                found.append(String(date))
            }
            i = max(j, i + 1)
        }
        return found
    }
}
