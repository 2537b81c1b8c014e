/// 項目一覧: the form's list of its parts' headings, which are listed there, not entered. The list
/// opens at 「項目一覧」 and closes at a part listed twice — by its number, whatever words name it
/// (a 基礎 form's 「I 関連情報」 after a list that says 「I 基本情報」) — or at other text once a
/// heading is listed: before the first, a page's running header or number may stand (a line or
/// two, which a page break put there). The layout and the parser keep one each.
struct ContentsList {
    private var listed: [String] = []
    private var textBefore = 0
    private(set) var isOpen = false

    mutating func open() {
        listed = []
        textBefore = 0
        isOpen = true
    }

    mutating func close() { isOpen = false }

    /// Whether the part heading (spaces removed) is an entry of the open list, taken as one; a
    /// part listed already closes the list: it is the real heading.
    mutating func lists(_ heading: String) -> Bool {
        guard isOpen else { return false }
        let number = Self.partNumber(heading)
        if listed.contains(heading) || (number != nil && listed.contains { Self.partNumber($0) == number }) {
            isOpen = false
            return false
        }
        listed.append(heading)
        return true
    }

    /// Text other than a part heading.
    mutating func text() {
        guard isOpen else { return }
        if listed.isEmpty, textBefore < 2 {
            textBefore += 1
            return
        }
        isOpen = false
    }

    /// A part heading's number: 「II」, 「(別添1)」.
    static func partNumber(_ heading: String) -> Substring? {
        if heading.hasPrefixBytes("(") {
            guard let close = heading.firstIndex(of: ")") else { return nil }
            return heading[...close]
        }
        let numeral = heading.prefix { $0 == "I" || $0 == "V" || $0 == "X" }
        return numeral.isEmpty ? nil : numeral
    }
}
