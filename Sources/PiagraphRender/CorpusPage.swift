import PiagraphExport
import PiagraphModel

/// `piagraph scan`'s overview: one self-contained HTML page (no script, no external asset) with
/// each rule's reach across the corpus, each body's documents and findings, and the documents
/// that could not be read. Links go to files the scan wrote beside it, never to a path taken
/// from a document.
public enum CorpusPage {
    public struct Links: Sendable {
        /// The relative href of a document's report, by its 1-based scan index.
        public var report: @Sendable (Int) -> String?
        /// The relative href of a body's merged report (`--merge-by body`).
        public var body: @Sendable (String) -> String?
        public init(report: @escaping @Sendable (Int) -> String? = { _ in nil }, body: @escaping @Sendable (String) -> String? = { _ in nil }) {
            self.report = report
            self.body = body
        }
    }

    static func e(_ text: String) -> String { HTMLReport.escape(text) }

    public static func render(_ overview: CorpusOverview, links: Links = Links()) -> String {
        var html = ["<!DOCTYPE html>", "<html lang=\"ja\"><head><meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<title>piagraph scan</title>", "<style>\(HTMLReport.style)</style></head><body>",
                    "<h1>piagraph scan</h1>"]
        let bodies = overview.bodyRows
        html.append("<p class=\"meta\">\(overview.documents) document(s) scanned, \(overview.documents - overview.failed.count) read, "
                    + "\(overview.failed.count) could not be read; \(bodies.count) bod\(bodies.count == 1 ? "y" : "ies").</p>")
        html.append("<h2 id=\"rules\">Rules across the corpus</h2>")
        html.append("<table><thead><tr><th>rule</th><th>severity</th><th>documents</th><th>bodies</th><th>findings</th></tr></thead><tbody>")
        for r in overview.ruleRows {
            let sev = r.severity?.rawValue ?? ""
            html.append("<tr><td>\(e(r.rule))</td><td class=\"sev-\(sev)\">\(sev)</td><td>\(r.documents)</td><td>\(r.bodies.count)</td><td>\(r.findings)</td></tr>")
        }
        html.append("</tbody></table>")
        html.append("<h2 id=\"bodies\">Bodies</h2>")
        for (k, b) in bodies.enumerated() {
            let merged = links.body(b.body).map { " — <a href=\"\(e($0))\">merged map and report</a>" } ?? ""
            html.append("<h3 id=\"body-\(k + 1)\">\(e(b.body))</h3>")
            html.append("<p class=\"meta\">\(b.documents.count) document(s); findings: \(b.findings[2]) error, \(b.findings[1]) warning, \(b.findings[0]) note\(merged)</p>")
            html.append("<table><thead><tr><th>#</th><th>file</th><th>affair</th><th>form</th><th>公表日</th><th>error</th><th>warning</th><th>note</th><th>unreadable marks</th></tr></thead><tbody>")
            for d in b.documents {
                let file = links.report(d.index).map { "<a href=\"\(e($0))\">\(e(d.file))</a>" } ?? e(d.file)
                html.append("<tr><td>\(d.index)</td><td>\(file)</td><td>\(e(d.affair ?? "—"))</td><td>\(e(d.form ?? "—"))</td>"
                            + "<td>\(e(d.published ?? "—"))</td><td class=\"sev-error\">\(d.count(.error))</td><td class=\"sev-warning\">\(d.count(.warning))</td>"
                            + "<td class=\"sev-note\">\(d.count(.note))</td><td>\(d.marks.unreadable) / \(d.marks.shown)</td></tr>")
            }
            html.append("</tbody></table>")
        }
        if !overview.failed.isEmpty {
            html.append("<h2 id=\"unread\">Documents that could not be read</h2>")
            html.append("<table><thead><tr><th>#</th><th>file</th><th>error</th></tr></thead><tbody>")
            for d in overview.failed {
                html.append("<tr><td>\(d.index)</td><td>\(e(d.file))</td><td>\(e(d.error ?? ""))</td></tr>")
            }
            html.append("</tbody></table>")
        }
        html.append("</body></html>")
        return html.joined(separator: "\n") + "\n"
    }
}
