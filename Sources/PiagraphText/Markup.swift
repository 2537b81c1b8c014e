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
        let stripped = stripTags(raw)
        let decoded = stripped.contains("&") ? decodeEntities(stripped) : stripped
        return Normalizer.collapseWhitespace(Normalizer.nfkc(decoded))
    }

    /// Removes markup tags; `<` that does not open a tag (as in `<選択肢>`) is text.
    static func stripTags<S: StringProtocol>(_ raw: S) -> String {
        let scalars = Array(raw.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s == "<", i + 1 < n, isTagStart(scalars[i + 1]) {
                var j = i + 1
                while j < n, scalars[j] != ">", scalars[j] != "<" { j += 1 }
                if j < n, scalars[j] == ">" {
                    let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<j])).lowercased()
                    if tag.hasPrefix("input") {
                        if tag.contains("checked") {
                            out.append(MarkSentinel.checked)
                        } else if tag.contains("radio") {
                            out.append(MarkSentinel.radio)
                        } else {
                            out.append(MarkSentinel.checkbox)
                        }
                    } else {
                        out.append(" ")
                    }
                    i = j + 1
                    continue
                }
            }
            out.append(s)
            i += 1
        }
        return String(out)
    }

    private static func isTagStart(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || s == "/" || s == "!"
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
