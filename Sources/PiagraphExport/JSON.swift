/// A JSON value whose objects keep their key order, so output follows the documented
/// contract field by field and is byte-for-byte deterministic.
public indirect enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already written in fixed notation (e.g. "0.125"), so its bytes never depend on
    /// floating-point formatting.
    case decimal(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.decimal(let x), .decimal(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    public static func optional(_ b: Bool?) -> JSON { b.map(JSON.bool) ?? .null }
    public static func optional(_ i: Int?) -> JSON { i.map(JSON.int) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for writing out without building a String.
    public func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(65_536)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    /// Pretty-printed as an element of a pretty-printed array (`indent` spaces before nested
    /// lines), without the array's brackets or the element's comma: for writing a long array
    /// element by element.
    public func serializedBytes(indent: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(65_536)
        write(into: &out, indent: indent)
        return out
    }

    /// On one line with no spaces (JSON Lines), no final newline.
    public func compactBytes() -> [UInt8] {
        var out: [UInt8] = []
        writeCompact(into: &out)
        return out
    }

    private func writeCompact(into out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(0x5B)
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(0x2C) }
                item.writeCompact(into: &out)
            }
            out.append(0x5D)
        case .object(let members):
            out.append(0x7B)
            for (k, (key, value)) in members.enumerated() {
                if k > 0 { out.append(0x2C) }
                JSON.escape(key, into: &out)
                out.append(0x3A)
                value.writeCompact(into: &out)
            }
            out.append(0x7D)
        default:
            write(into: &out, indent: 0)
        }
    }

    private static func spaces(_ n: Int, into out: inout [UInt8]) {
        for _ in 0..<n { out.append(0x20) }
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .decimal(let d): out.append(contentsOf: d.utf8)
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (k, item) in items.enumerated() {
                JSON.spaces(indent + 2, into: &out)
                item.write(into: &out, indent: indent + 2)
                if k != items.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSON.spaces(indent, into: &out)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(contentsOf: "{\n".utf8)
            for (k, (key, value)) in members.enumerated() {
                JSON.spaces(indent + 2, into: &out)
                JSON.escape(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(into: &out, indent: indent + 2)
                if k != members.count - 1 { out.append(0x2C) }
                out.append(0x0A)
            }
            JSON.spaces(indent, into: &out)
            out.append(0x7D)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escapes on UTF-8 bytes: the quote, the backslash, C0 controls and DEL, and U+2028/2029
    /// (which break JavaScript string literals); everything else is copied as it is.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            var plain = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                // Only these bytes need escaping; runs of anything else are copied at once.
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 else {
                    i += 1
                    continue
                }
                if b == 0xE2 && !(i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)) {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<i]))
                switch b {
                case 0x22:
                    out.append(0x5C)
                    out.append(0x22)
                case 0x5C:
                    out.append(0x5C)
                    out.append(0x5C)
                case 0x0A:
                    out.append(0x5C)
                    out.append(0x6E)
                case 0x0D:
                    out.append(0x5C)
                    out.append(0x72)
                case 0x09:
                    out.append(0x5C)
                    out.append(0x74)
                case 0xE2:
                    out.append(contentsOf: (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(b >> 4)])
                    out.append(hexDigits[Int(b & 0x0F)])
                }
                i += 1
                plain = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<n]))
        }
        out.append(0x22)
    }
}
