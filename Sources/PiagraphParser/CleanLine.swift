import PiagraphText

/// A source line after cleaning: tab-separated cells, each normalized, trailing empty
/// cells dropped (interior empty cells kept: tables use their position).
struct CleanLine {
    let number: Int
    let cells: [String]

    init(number: Int, raw: Substring) {
        self.number = number
        var cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map { Markup.clean($0) }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if var first = cells.first, first.hasPrefix("#") {
            // Markdown headings (`### システム3`) carry no meaning beyond the text.
            while first.hasPrefix("#") { first.removeFirst() }
            cells[0] = first.trimmingSpaces
        }
        self.cells = cells
    }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// Index of the cell holding the row's label: the first non-empty cell, skipping the
    /// merged 再委託 cell that precedes ④⑤⑥ of a 委託事項.
    var labelIndex: Int? {
        guard let first = cells.firstIndex(where: { !$0.isEmpty }) else { return nil }
        if cells[first] == "再委託", first + 1 < cells.count, !cells[first + 1].isEmpty { return first + 1 }
        return first
    }

    var label: String { labelIndex.map { cells[$0] } ?? "" }

    /// The label without its numbering (①→1 after NFKC, `3.`) and the ※ marker.
    var key: String { Self.key(of: label) }

    /// Non-empty cells after the label, joined by a space.
    var value: String {
        guard let index = labelIndex else { return "" }
        return cells[(index + 1)...].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The whole line as one text, cells joined by a space.
    var text: String { cells.filter { !$0.isEmpty }.joined(separator: " ") }

    static func key(of label: String) -> String {
        var s = Substring(label)
        while let c = s.first, c.isASCII, c.isNumber { s = s.dropFirst() }
        if s.first == "." { s = s.dropFirst() }
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " || s.last == "※" { s = s.dropLast() }
        return String(s)
    }

    /// `3. 特定個人情報ファイル名`, `5. 特定個人情報の提供・移転…`: a numbered sub-heading.
    var isNumberedHeading: Bool {
        let l = label
        guard let first = l.first, first.isASCII, first.isNumber else { return false }
        let afterDigits = l.drop(while: { $0.isASCII && $0.isNumber })
        return afterDigits.hasPrefix(".")
    }
}

/// `システム3` → 3; `システム2~5` (a range heading of an empty template) → nil.
func numbered(_ key: String, prefix: String) -> Int? {
    guard key.hasPrefix(prefix) else { return nil }
    let rest = key.dropFirst(prefix.count)
    guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(rest)
}

func isRange(_ key: String, prefix: String) -> Bool {
    guard key.hasPrefix(prefix) else { return false }
    let rest = key.dropFirst(prefix.count)
    guard let tilde = rest.firstIndex(where: { $0 == "~" || $0 == "〜" || $0 == "-" }) else { return false }
    return rest[..<tilde].allSatisfy { $0.isASCII && $0.isNumber } && !rest[..<tilde].isEmpty
}
