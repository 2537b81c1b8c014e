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
        var hasAmpersand = false
        // Written straight into the string's storage: no intermediate buffer per cell.
        var text = String(unsafeUninitializedCapacity: input.count) { out in
            stripAndCollapse(input, into: out, hasAmpersand: &hasAmpersand)
        }
        if hasAmpersand {
            let decoded = decodeEntities(text)
            return Normalizer.collapseWhitespace(Normalizer.nfkc(decoded))
        }
        return text.withUTF8 { Normalizer.isStable($0) ? nil : Normalizer.nfkc(utf8: $0) } ?? text
    }

    /// One pass over the bytes: tags removed (inputs become sentinels), whitespace runs
    /// (with the ideographic space and NBSP) collapsed, ends trimmed. The output is never
    /// longer than the input: a 3-byte sentinel replaces a tag of at least 7 bytes.
    private static func stripAndCollapse(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                         hasAmpersand: inout Bool) -> Int {
        let n = input.count
        var ampersand = false
        do {
            var o = 0
            var pendingSpace = false
            var i = 0
            while i < n {
                let b = input[i]
                if b >= 0x80 {
                    if b == 0xE3, i + 2 < n, input[i + 1] == 0x80, input[i + 2] == 0x80 {  // U+3000
                        pendingSpace = true; i += 3; continue
                    }
                    if b == 0xC2, i + 1 < n, input[i + 1] == 0xA0 {  // U+00A0
                        pendingSpace = true; i += 2; continue
                    }
                } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                    pendingSpace = true; i += 1; continue
                } else if b == 0x3C, i + 1 < n, isTagStart(input[i + 1]) {
                    var j = i + 1
                    while j < n, input[j] != 0x3E, input[j] != 0x3C { j += 1 }
                    if j < n, input[j] == 0x3E {
                        if isInput(input, from: i + 1, to: j) {
                            let sentinel: UInt8 = contains(input, from: i + 1, to: j, "checked") ? 0x81
                                : contains(input, from: i + 1, to: j, "radio") ? 0x82 : 0x83
                            if pendingSpace, o > 0 { out[o] = 0x20; o += 1 }
                            pendingSpace = false
                            out[o] = 0xEE; out[o + 1] = 0x80; out[o + 2] = sentinel  // U+E001…E003
                            o += 3
                        } else {
                            pendingSpace = true
                        }
                        i = j + 1
                        continue
                    }
                } else if b == 0x26 {
                    ampersand = true
                }
                if pendingSpace, o > 0 { out[o] = 0x20; o += 1 }
                pendingSpace = false
                out[o] = b
                o += 1
                i += 1
            }
            hasAmpersand = ampersand
            return o
        }
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
            for m in 0..<count where input[k + m] | 0x20 != base[m] { match = false; break }
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
                    let code = digits.hasPrefix("x") || digits.hasPrefix("X")
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
