/// Document text shown on a terminal: control characters (ESC sequences could recolour or
/// rewrite the screen, a newline could forge a line) are shown escaped, never sent raw.
public enum TerminalText {
    public static func escape(_ s: String) -> String { escape(s, keeping: []) }

    /// A line of a PDF's text layer: its page's form feed and its cells' tabs are kept.
    public static func escapeKeepingFormFeed(_ s: String) -> String { escape(s, keeping: [0x09, 0x0C]) }

    static func escape(_ s: String, keeping: Set<UInt32>) -> String {
        var out = ""
        for c in s.unicodeScalars {
            let v = c.value
            if keeping.contains(v) {
                out.unicodeScalars.append(c)
            } else if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            {
                out += "\\u{" + String(v, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
