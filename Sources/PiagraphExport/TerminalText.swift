/// Document text shown on a terminal: control characters (ESC sequences could recolour or
/// rewrite the screen, a newline could forge a line) are shown escaped, never sent raw.
public enum TerminalText {
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            let v = c.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "\\u{" + String(v, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
