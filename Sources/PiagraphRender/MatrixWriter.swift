import PiagraphGraph
import PiagraphMessages

/// `render --view matrix`: the link matrix as one Graphviz table (an HTML-like label), so it
/// is drawn to SVG, PNG and PDF like the diagram. Columns are numbered; each row gives its
/// number and name. Marks are shapes (● → ← ?), never colours only.
public enum MatrixWriter {
    public static func dot(_ matrix: LinkMatrix, title: String, language: Language = .en) -> String {
        let e = DOTWriter.html
        var rows: [String] = []
        let columns = matrix.nodes.indices.map { "<td bgcolor=\"#f2f4f7\"><b>\($0 + 1)</b></td>" }.joined()
        rows.append("<tr><td colspan=\"2\" bgcolor=\"#f2f4f7\"></td>\(columns)</tr>")
        for (r, node) in matrix.nodes.enumerated() {
            let kind = node.kind == .system ? "" : " <font point-size=\"9\">(\(e(node.kind.title)))</font>"
            var cells =
                "<td bgcolor=\"#f2f4f7\"><b>\(r + 1)</b></td><td align=\"left\">\(e(node.label.replacingOccurrences(of: "\n", with: " ")))\(kind)</td>"
            for c in matrix.nodes.indices {
                if r == c {
                    cells += "<td bgcolor=\"#d9dee6\"> </td>"
                } else {
                    cells += "<td>\(matrix.cells[r][c].map { e($0.rawValue) } ?? " ")</td>"
                }
            }
            rows.append("<tr>\(cells)</tr>")
        }
        let span = matrix.nodes.count + 2
        rows.append("<tr><td colspan=\"\(span)\" align=\"left\"><font point-size=\"10\">\(e(LinkMatrix.legend(language)))</font></td></tr>")
        return """
            digraph matrix {
              graph [label=\(DOTWriter.quoted(DiagramText.matrixTitle(title).text(language))), labelloc=t, charset="UTF-8", fontname=\(DOTWriter.quoted(DOTWriter.fontname)), fontsize=14];
              node [shape=plaintext, fontname=\(DOTWriter.quoted(DOTWriter.fontname)), fontsize=11];
              matrix [label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="4">\(rows.joined())</table>>];
            }

            """
    }
}
