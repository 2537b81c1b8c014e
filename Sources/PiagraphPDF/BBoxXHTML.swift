/// The words of a PDF with their boxes, as poppler's `pdftotext -bbox-layout` gives them:
/// pages in order, each word with the block (mostly a table cell) it was set in.
/// Coordinates are PDF points from the page's top-left corner.
public struct PDFWord: Sendable, Hashable {
    public var text: String
    public var x0: Double, y0: Double, x1: Double, y1: Double
    /// The block's number on its page (0-based, in pdftotext's order).
    public var block: Int
    /// The top and bottom of the printed text the word stands for: its box, unless the reader
    /// set text cut over several lines onto one of them (a label cut by its cell), whose lines
    /// still tell where the cell is.
    public var spanY0: Double, spanY1: Double

    public init(_ text: String, x0: Double, y0: Double, x1: Double, y1: Double, block: Int) {
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.block = block
        self.spanY0 = y0
        self.spanY1 = y1
    }

    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }
}

public struct PDFPage: Sendable, Hashable {
    public var width: Double
    public var height: Double
    public var words: [PDFWord]

    public init(width: Double, height: Double, words: [PDFWord]) {
        self.width = width
        self.height = height
        self.words = words
    }
}

/// Reads the XHTML of `pdftotext -bbox-layout`. Tolerant: an element it cannot read is
/// skipped, never guessed; the output of a process that was cut off yields the pages complete
/// so far.
public enum BBoxXHTML {
    public static func pages(_ bytes: [UInt8]) -> [PDFPage] {
        var pages: [PDFPage] = []
        var current: PDFPage?
        var block = -1
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == 0x3C else {
                i += 1
                continue
            }  // '<'
            let tagStart = i + 1
            var end = tagStart
            while end < n, bytes[end] != 0x3E { end += 1 }  // '>'
            guard end < n else { break }
            let name = tagName(bytes, from: tagStart, to: end)
            switch name {
            case "page":
                if let page = current { pages.append(page) }
                current = PDFPage(
                    width: attribute("width", bytes, tagStart, end) ?? 0,
                    height: attribute("height", bytes, tagStart, end) ?? 0, words: [])
                block = -1
            case "/page":
                if let page = current { pages.append(page) }
                current = nil
            case "block":
                block += 1
            case "word":
                var close = end + 1
                while close < n, bytes[close] != 0x3C { close += 1 }
                if current != nil,
                    let x0 = attribute("xMin", bytes, tagStart, end), let y0 = attribute("yMin", bytes, tagStart, end),
                    let x1 = attribute("xMax", bytes, tagStart, end), let y1 = attribute("yMax", bytes, tagStart, end),
                    x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite
                {
                    let text = decodeEntities(bytes[(end + 1)..<close])
                    if !text.isEmpty {
                        current!.words.append(PDFWord(text, x0: x0, y0: y0, x1: max(x0, x1), y1: max(y0, y1), block: max(block, 0)))
                    }
                }
                i = close
                continue
            default:
                break
            }
            i = end + 1
        }
        // A page whose end tag never came (output cut off) is not kept: its words may be partial.
        return pages
    }

    private static func tagName(_ bytes: [UInt8], from: Int, to: Int) -> String {
        var k = from
        while k < to, bytes[k] != 0x20, bytes[k] != 0x2F || k == from, bytes[k] != 0x0A { k += 1 }
        return String(decoding: bytes[from..<k], as: UTF8.self)
    }

    /// The number in `name="…"` inside the tag bytes[from..<to].
    /// Far beyond any page (PDF's largest is 14,400 pt), small enough for any arithmetic on it.
    static let maxCoordinate = 1_000_000.0

    private static func attribute(_ name: String, _ bytes: [UInt8], _ from: Int, _ to: Int) -> Double? {
        let key = Array((" " + name + "=\"").utf8)
        var k = from
        while k + key.count <= to {
            if bytes[k] == key[0], bytes[k..<(k + key.count)].elementsEqual(key) {
                let start = k + key.count
                var stop = start
                while stop < to, bytes[stop] != 0x22 { stop += 1 }
                // A coordinate no page can have (PDF pages are at most 14,400 pt a side; inf,
                // nan, 1e300) is no coordinate: the element is skipped, as an unreadable one is.
                guard let value = Double(String(decoding: bytes[start..<stop], as: UTF8.self)), value.isFinite,
                    abs(value) <= maxCoordinate
                else { return nil }
                return value
            }
            k += 1
        }
        return nil
    }

    static func decodeEntities(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        let text = String(decoding: raw, as: UTF8.self)
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semi = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = after[after.index(after: amp)..<semi]
            var decoded: String?
            switch entity {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semi)...]
            } else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
            }
        }
        out += rest
        return out
    }
}
