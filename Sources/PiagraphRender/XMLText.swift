/// Document text inside XML or HTML (Graphviz's HTML-like labels, the HTML report): the five
/// markup characters escaped, control characters made spaces.
enum XMLText {
    static func escape(_ text: String, keepNewlines: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where keepNewlines: out += "\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += " "
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
