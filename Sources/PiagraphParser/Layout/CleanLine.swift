import PiagraphText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source line after cleaning: tab-separated cells, each normalized, trailing empty
/// cells dropped (interior empty cells kept: tables use their position).
struct CleanLine {
    let number: Int
    let cells: [String]
    /// Index of the cell holding the row's label: the first non-empty cell, skipping the
    /// merged 再委託 cell that precedes ④⑤⑥ of a 委託事項.
    let labelIndex: Int?
    /// The row's value is in the text but could not be read (it ran into the next row's):
    /// unknown, where an empty value is none.
    var valueUnreadable = false

    init(number: Int, raw: Substring) {
        self.number = number
        var cells: [String] = []
        var raw = raw
        raw.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x09 {
                cells.append(Markup.clean(utf8: UnsafeBufferPointer(rebasing: bytes[start..<i])))
                start = i + 1
            }
            cells.append(Markup.clean(utf8: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])))
        }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if var first = cells.first, first.hasPrefixBytes("#") {
            // Markdown headings (`### システム3`) carry no meaning beyond the text.
            while first.hasPrefixBytes("#") { first.removeFirst() }
            cells[0] = first.trimmingSpaces
        }
        self.cells = cells
        if let first = cells.firstIndex(where: { !$0.isEmpty }) {
            if Key(cells[first]) == "再委託", first + 1 < cells.count, !cells[first + 1].isEmpty {
                labelIndex = first + 1
            } else {
                labelIndex = first
            }
        } else {
            labelIndex = nil
        }
    }

    /// A row rebuilt by the layout stage: cells as given, already clean.
    init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
        self.labelIndex = cells.firstIndex { !$0.isEmpty }
    }

    var isBlank: Bool { labelIndex == nil }

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
        var label = label
        return label.withUTF8 { b -> String? in
            var start = 0
            var end = b.count
            while start < end, b[start] >= 0x30, b[start] <= 0x39 { start += 1 }
            if start < end, b[start] == 0x2E { start += 1 }
            while start < end, b[start] == 0x20 { start += 1 }
            while true {
                if end > start, b[end - 1] == 0x20 {
                    end -= 1
                    continue
                }
                if end - 3 >= start, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0xBB {
                    end -= 3
                    continue
                }  // ※
                break
            }
            if start == 0 && end == b.count { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        } ?? label
    }

    /// `3. 特定個人情報ファイル名`, `5. 特定個人情報の提供・移転…`: a numbered sub-heading.
    var isNumberedHeading: Bool {
        let utf8 = label.utf8
        var i = utf8.startIndex
        var digits = 0
        while i != utf8.endIndex, utf8[i] >= 0x30, utf8[i] <= 0x39 {
            i = utf8.index(after: i)
            digits += 1
        }
        return digits > 0 && i != utf8.endIndex && utf8[i] == 0x2E
    }
}
