#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PiagraphText

/// A source line after cleaning: tab-separated cells, each normalized, trailing empty
/// cells dropped (interior empty cells kept: tables use their position).
struct CleanLine {
    let number: Int
    let cells: [String]
    /// Index of the cell holding the row's label: the first non-empty cell, skipping the
    /// merged 再委託 cell that precedes ④⑤⑥ of a 委託事項.
    let labelIndex: Int?

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
            var start = 0, end = b.count
            while start < end, b[start] >= 0x30, b[start] <= 0x39 { start += 1 }
            if start < end, b[start] == 0x2E { start += 1 }
            while start < end, b[start] == 0x20 { start += 1 }
            while true {
                if end > start, b[end - 1] == 0x20 { end -= 1; continue }
                if end - 3 >= start, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0xBB { end -= 3; continue }  // ※
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
        while i != utf8.endIndex, utf8[i] >= 0x30, utf8[i] <= 0x39 { i = utf8.index(after: i); digits += 1 }
        return digits > 0 && i != utf8.endIndex && utf8[i] == 0x2E
    }
}

/// `システム3` → 3; `システム2~5` (a range heading of an empty template) → nil.
func numbered(_ key: String, prefix: String) -> Int? {
    guard key.hasPrefixBytes(prefix) else { return nil }
    let rest = key.dropFirst(prefix.count)
    guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(rest)
}

func isRange(_ key: String, prefix: String) -> Bool {
    guard key.hasPrefixBytes(prefix) else { return false }
    let rest = key.dropFirst(prefix.count)
    guard let tilde = rest.firstIndex(where: { $0 == "~" || $0 == "〜" || $0 == "-" }) else { return false }
    return rest[..<tilde].allSatisfy { $0.isASCII && $0.isNumber } && !rest[..<tilde].isEmpty
}

extension StringProtocol {
    /// Byte-wise substring test; Foundation's `contains` is far slower and needs no
    /// Unicode-aware matching here (both sides are NFKC).
    func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// UTF-8 offset of the first occurrence of `needle`: memchr for its last byte (a UTF-8
    /// continuation byte, far rarer in Japanese text than a lead byte such as E3), then a
    /// comparison of the rest.
    func byteOffset(of needle: String) -> Int? {
        if let offset = utf8.withContiguousStorageIfAvailable({ Self.offset(of: needle, in: $0) }) { return offset }
        return Array(utf8).withUnsafeBufferPointer { Self.offset(of: needle, in: $0) }
    }

    private static func offset(of needle: String, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        var needle = needle
        return needle.withUTF8 { pin -> Int? in
            let m = pin.count
            guard m > 0 else { return 0 }
            guard hay.count >= m, let base = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
            let last = Int32(pin[m - 1])
            var offset = m - 1
            while offset < hay.count {
                guard let hit = memchr(base + offset, last, hay.count - offset) else { return nil }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position - (m - 1), pinBase, m) == 0 { return position - (m - 1) }
                offset = position + 1
            }
            return nil
        }
    }

    /// Byte-wise prefix test (both sides are NFKC, so no Unicode-aware matching is needed).
    func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }
}

/// A row label compared byte-wise: labels are NFKC already, and String's Unicode-aware
/// equality costs more than the rest of the row's handling.
struct Key: Equatable, ExpressibleByStringLiteral {
    let text: String
    init(_ text: String) { self.text = text }
    init(stringLiteral value: String) { self.text = value }
    static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    func hasPrefixBytes(_ prefix: String) -> Bool { text.hasPrefixBytes(prefix) }
}
