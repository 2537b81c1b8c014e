import Foundation

/// Checkbox and radio marks survive cleaning as private-use sentinels, so the parser
/// can read them after every other tag is gone and the text is normalized.
public enum MarkSentinel {
    /// `<input checked="" …/>` of any type.
    public static let checked: Unicode.Scalar = "\u{E001}"
    /// `<input type="radio"/>` without `checked`.
    public static let radio: Unicode.Scalar = "\u{E002}"
    /// `<input type="checkbox"/>` without `checked`.
    public static let checkbox: Unicode.Scalar = "\u{E003}"

    public static func isSentinel(_ s: Unicode.Scalar) -> Bool { (0xE001...0xE003).contains(s.value) }

    /// The text without sentinels (the tags they stand for are removed), whitespace collapsed
    /// where one was taken out.
    public static func strip(_ text: String) -> String {
        // Sentinels are EE 80 81…83 in UTF-8, and cleaned text has single spaces only: the
        // work is on bytes, and a memchr for EE rules most text out at once.
        let mayHold =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.baseAddress.map { memchr($0, 0xEE, bytes.count) != nil } ?? false
            } ?? text.utf8.contains(0xEE)
        guard mayHold else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var removed = false
        var pendingSpace = false
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.first {
            if byte == 0xEE, bytes.count >= 3, bytes[bytes.startIndex + 1] == 0x80,
                (0x81...0x83).contains(bytes[bytes.startIndex + 2])
            {
                removed = true
                bytes = bytes.dropFirst(3)
                continue
            }
            bytes = bytes.dropFirst()
            if byte == 0x20 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
        }
        return removed ? String(decoding: out, as: UTF8.self) : text
    }
}

/// Turns one raw cell of converted text into the schema's normalized form: HTML tags
/// removed (inputs kept as sentinels), entities decoded, NFKC, whitespace collapsed, trimmed.
public enum Markup {
    public static func clean<S: StringProtocol>(_ raw: S) -> String {
        var substring = Substring(raw)
        return substring.withUTF8 { clean(utf8: $0) }
    }

    /// Cleans a cell given as UTF-8 bytes (valid UTF-8, split at ASCII delimiters only).
    public static func clean(utf8 input: UnsafeBufferPointer<UInt8>) -> String {
        var flags = CleanFlags()
        // Written straight into the string's storage: no intermediate buffer per cell. The
        // capacity covers the worst case of the inline NFKC mappings (⑳ → "20", Ⅷ → "VIII").
        let text = String(unsafeUninitializedCapacity: input.count + input.count / 3 + 4) { out in
            stripAndCollapse(input, into: out, flags: &flags)
        }
        if flags.hasAmpersand {
            let decoded = decodeEntities(text)
            return Normalizer.collapseWhitespace(Normalizer.nfkc(decoded))
        }
        if flags.needsFullNormalization {
            return Normalizer.collapseWhitespace(text.precomposedStringWithCompatibilityMapping)
        }
        return text
    }

    struct CleanFlags {
        var hasAmpersand = false
        var needsFullNormalization = false
    }

    /// One pass over the bytes: tags removed (inputs become sentinels), whitespace runs
    /// (with the ideographic space and NBSP) collapsed, ends trimmed, and the context-free
    /// NFKC mappings applied (Normalizer.fixedMapping); any other character that NFKC would
    /// change is flagged for Foundation's full normalization.
    private static func stripAndCollapse(
        _ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
        flags: inout CleanFlags
    ) -> Int {
        let n = input.count
        var o = 0
        var pendingSpace = false
        var i = 0
        @inline(__always) func space() {
            if pendingSpace, o > 0 {
                out[o] = 0x20
                o += 1
            }
            pendingSpace = false
        }
        while i < n {
            let b = input[i]
            if b >= 0x80 {
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                guard i + length <= n else {
                    space()
                    out[o] = b
                    o += 1
                    i += 1
                    continue
                }
                var value: UInt32 = b < 0xE0 ? UInt32(b & 0x1F) : b < 0xF0 ? UInt32(b & 0x0F) : UInt32(b & 0x07)
                for k in 1..<length { value = value << 6 | UInt32(input[i + k] & 0x3F) }
                if value == 0x3000 || value == 0xA0 {
                    pendingSpace = true
                    i += length
                    continue
                }
                switch Normalizer.kind(value) {
                case .stable:
                    space()
                    for k in 0..<length { out[o + k] = input[i + k] }
                    o += length
                case .mapped:
                    space()
                    o += Normalizer.fixedMapping(value, into: UnsafeMutableBufferPointer(rebasing: out[o...]))
                case .other:
                    space()
                    for k in 0..<length { out[o + k] = input[i + k] }
                    o += length
                    flags.needsFullNormalization = true
                }
                i += length
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0x3C, i + 1 < n, isTagStart(input[i + 1]) {
                var j = i + 1
                while j < n, input[j] != 0x3E, input[j] != 0x3C { j += 1 }
                if j < n, input[j] == 0x3E {
                    if isInput(input, from: i + 1, to: j) {
                        let sentinel: UInt8 =
                            contains(input, from: i + 1, to: j, "checked")
                            ? 0x81
                            : contains(input, from: i + 1, to: j, "radio") ? 0x82 : 0x83
                        space()
                        out[o] = 0xEE
                        out[o + 1] = 0x80
                        out[o + 2] = sentinel  // U+E001…E003
                        o += 3
                    } else {
                        pendingSpace = true
                    }
                    i = j + 1
                    continue
                }
            } else if b == 0x26 {
                flags.hasAmpersand = true
            }
            space()
            out[o] = b
            o += 1
            i += 1
        }
        return o
    }

    @inline(__always) private static func isTagStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2F || b == 0x21
    }

    private static func isInput(_ input: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let word: [UInt8] = Array("input".utf8)
        guard to - from >= word.count else { return false }
        for k in 0..<word.count where input[from + k] | 0x20 != word[k] { return false }
        return true
    }

    private static func contains(_ input: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard to - from >= count else { return false }
        let base = needle.utf8Start
        var k = from
        while k + count <= to {
            var match = true
            for m in 0..<count where input[k + m] | 0x20 != base[m] {
                match = false
                break
            }
            if match { return true }
            k += 1
        }
        return false
    }

    private static let named: [String: String] = [
        "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
    ]

    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[rest.startIndex..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[after.startIndex..<semi])
                if let value = named[name] {
                    out += value
                    rest = after[after.index(after: semi)...]
                    continue
                }
                if name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let code =
                        digits.hasPrefix("x") || digits.hasPrefix("X")
                        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                    if let code, let scalar = Unicode.Scalar(code), code != 0 {
                        out.unicodeScalars.append(scalar)
                        rest = after[after.index(after: semi)...]
                        continue
                    }
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
