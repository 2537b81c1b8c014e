import Foundation

/// Unicode NFKC with a fast path: most of a converted assessment is kana, kanji and ASCII,
/// which NFKC leaves alone, plus a few characters with a fixed, context-free mapping
/// (full-width ASCII, the ideographic space, circled numbers, Roman numerals). Anything
/// else goes through Foundation's full normalization.
public enum Normalizer {
    public static func nfkc(_ text: String) -> String {
        var needsMapping = false
        for s in text.unicodeScalars {
            switch classify(s) {
            case .stable: continue
            case .mapped: needsMapping = true
            case .other: return text.precomposedStringWithCompatibilityMapping
            }
        }
        guard needsMapping else { return text }
        return String(decoding: mapped(Array(text.utf8)), as: UTF8.self)
    }

    /// Writes the fixed NFKC mapping of a `.mapped` scalar (ASCII only); returns the byte count.
    @inline(__always) static func fixedMapping(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        switch v {
        case 0xFF01...0xFF5E:
            out[0] = UInt8(v - 0xFEE0)
            return 1
        case 0x3000:
            out[0] = 0x20
            return 1
        case 0x2460...0x2473:
            let number = Int(v - 0x2460 + 1)
            if number < 10 {
                out[0] = 0x30 + UInt8(number)
                return 1
            }
            out[0] = 0x30 + UInt8(number / 10)
            out[1] = 0x30 + UInt8(number % 10)
            return 2
        default:
            let upper = v < 0x2170
            let numeral = roman[Int(v - (upper ? 0x2160 : 0x2170))]
            var k = 0
            for byte in numeral.utf8 {
                out[k] = upper ? byte : byte | 0x20
                k += 1
            }
            return k
        }
    }

    /// Applies the fixed mappings of the fast path to UTF-8 bytes.
    private static func mapped(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 4)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            if length == 3, i + 2 < n {
                let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                if case .mapped = kind(v) {
                    let count = out.withUnsafeMutableBufferPointer { fixedMapping(v, into: $0) }
                    result.append(contentsOf: out[0..<count])
                    i += 3
                    continue
                }
            }
            result.append(contentsOf: bytes[i..<min(n, i + length)])
            i += length
        }
        return result
    }

    private static let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"]

    enum Kind { case stable, mapped, other }

    @inline(__always) private static func classify(_ s: Unicode.Scalar) -> Kind { kind(s.value) }

    /// How NFKC treats a scalar: unchanged, a fixed context-free mapping, or anything else.
    @inline(__always) static func kind(_ v: UInt32) -> Kind {
        if v < 0x80 { return .stable }
        switch v {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FB, 0x30FC, 0x30FD, 0x30FE, 0x4E00...0x9FFF, 0x3400...0x4DBF,
            0x3001, 0x3002, 0x3005, 0x3006, 0x3007, 0x3008...0x3011, 0x3014...0x301B, 0x301C,
            0x25CB, 0x25CF, 0x25A0, 0x25A1, 0x25B2, 0x25B3, 0x2605, 0x2606, 0x203B, 0x2014, 0x2015, 0x2010,
            0x2018, 0x2019, 0x201C, 0x201D, 0x00D7, 0x00F7, 0xE001...0xE003, 0xFFFD, 0x2192, 0x2190:
            return .stable
        case 0xFF01...0xFF5E, 0x3000, 0x2460...0x2473, 0x2160...0x217F:
            return .mapped
        default:
            return .other
        }
    }

    /// Runs of whitespace (including the ideographic space) become one space; ends trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{3000}" || s == "\u{A0}" || s == "\u{0C}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(" ")
                    pendingSpace = false
                }
                out.append(s)
            }
        }
        return String(out)
    }
}
