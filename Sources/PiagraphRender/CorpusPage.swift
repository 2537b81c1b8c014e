import PiagraphExport
import PiagraphMessages
import PiagraphModel

/// `piagraph scan`'s overview: one self-contained HTML page (no script, no external asset) with
/// each rule's reach across the corpus, each body's documents and findings, and the documents
/// that could not be read. Links go to files the scan wrote beside it, never to a path taken
/// from a document. The page is written in pieces: each document's row is made when the
/// document is read (`documentRow`) and handed back by scan index when its body's section is
/// written, so the page never has to be held whole.
public enum CorpusPage {
    public struct Links: Sendable {
        /// The relative href of a body's merged report (`--merge-by body`).
        public var body: @Sendable (String) -> String?
        public init(body: @escaping @Sendable (String) -> String? = { _ in nil }) {
            self.body = body
        }
    }

    static func e(_ text: String) -> String { HTMLReport.escape(text) }

    /// A read document's row in its body's table; `report` is the relative href of its report.
    public static func documentRow(_ d: DocumentSummary, report: String?) -> String {
        let file = report.map { "<a href=\"\(e($0))\">\(e(d.file))</a>" } ?? e(d.file)
        return "<tr><td>\(d.index)</td><td>\(file)</td><td>\(e(d.affair ?? "—"))</td><td>\(e(d.form ?? "—"))</td>"
            + "<td>\(e(d.published ?? "—"))</td><td class=\"sev-error\">\(d.count(.error))</td><td class=\"sev-warning\">\(d.count(.warning))</td>"
            + "<td class=\"sev-note\">\(d.count(.note))</td><td>\(d.marks.unreadable) / \(d.marks.shown)</td></tr>\n"
    }

    /// A document that could not be read, with its error.
    public static func failedRow(_ d: DocumentSummary) -> String {
        "<tr><td>\(d.index)</td><td>\(e(d.file))</td><td>\(e(d.error ?? ""))</td></tr>\n"
    }

    /// Writes the page through `write`; `row` gives back the row made for a scan index.
    public static func write(
        _ overview: CorpusOverview, links: Links = Links(), row: (Int) throws -> [UInt8], language l: Language = .en,
        to write: ([UInt8]) throws -> Void
    ) throws {
        func t(_ text: PageText) -> String { e(text.text(l)) }
        func put(_ text: String) throws { try write(Array(text.utf8)) }
        let bodies = overview.bodyRows
        try put(
            """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>piagraph scan</title><style>\(HTMLReport.style)</style></head><body>
            <h1>piagraph scan</h1>
            <p class="meta">\(t(.scanMeta(documents: overview.documents, read: overview.documents - overview.failed.count, failed: overview.failed.count, bodies: bodies.count)))</p>
            <h2 id="rules">\(t(.rulesHeading))</h2>
            <table><thead><tr><th>\(t(.ruleColumn))</th><th>\(t(.severityColumn))</th><th>\(t(.documentsColumn))</th><th>\(t(.bodiesColumn))</th><th>\(t(.findingsColumn))</th></tr></thead><tbody>

            """)
        for r in overview.ruleRows {
            let sev = r.severity?.rawValue ?? ""
            try put(
                "<tr><td>\(e(r.rule))</td><td class=\"sev-\(sev)\">\(r.severity.map { $0.word(l) } ?? "")</td><td>\(r.documents)</td><td>\(r.bodies.count)</td><td>\(r.findings)</td></tr>\n"
            )
        }
        try put("</tbody></table>\n<h2 id=\"bodies\">\(t(.bodiesHeading))</h2>\n")
        for (k, b) in bodies.enumerated() {
            let merged = links.body(b.body).map { " — <a href=\"\(e($0))\">\(t(.mergedReport))</a>" } ?? ""
            try put(
                """
                <h3 id="body-\(k + 1)">\(e(b.body))</h3>
                <p class="meta">\(t(.bodyMeta(documents: b.documents.count, errors: b.findings[2], warnings: b.findings[1], notes: b.findings[0])))\(merged)</p>
                <table><thead><tr><th>#</th><th>\(t(.fileColumn))</th><th>\(t(.affairColumn))</th><th>\(t(.formColumn))</th><th>公表日</th><th>\(e(Severity.error.word(l)))</th><th>\(e(Severity.warning.word(l)))</th><th>\(e(Severity.note.word(l)))</th><th>\(t(.unreadableMarksColumn))</th></tr></thead><tbody>

                """)
            for index in b.documents { try write(try row(index)) }
            try put("</tbody></table>\n")
        }
        if !overview.failed.isEmpty {
            try put(
                "<h2 id=\"unread\">\(t(.unreadHeading))</h2>\n<table><thead><tr><th>#</th><th>\(t(.fileColumn))</th><th>\(t(.errorColumn))</th></tr></thead><tbody>\n"
            )
            for index in overview.failed { try write(try row(index)) }
            try put("</tbody></table>\n")
        }
        try put("</body></html>\n")
    }
}
