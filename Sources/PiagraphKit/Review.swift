import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphMessages
import PiagraphModel
import PiagraphRender

/// The HTML review report (`piagraph report`, `scan --reports`, `scan --merge-by body`), put
/// together in one place from documents as read.
public enum Review {
    /// One document's part: its diagram (each node linked to the line its evidence rests on),
    /// link matrix, findings, highlights and the source lines they cite. `drawn: false` for a
    /// document of a merged report (its map is the body's). `index` numbers the document's
    /// line anchors in a report of several. A failure to draw is said without the path (the
    /// caller names the document as its user gave it).
    public static func part(
        _ document: Document, index: Int = 0, highlights: [Highlight] = [], disabled: Set<String> = [],
        drawn: Bool = true, language: Language = .en
    ) throws(Document.Failure) -> HTMLReport.Document {
        guard drawn else { return notDrawn(document, highlights: highlights, disabled: disabled) }
        let findings = document.findings(disabled: disabled)
        let graph = document.graph
        let nodeLines = HTMLReport.nodeLines(graph)
        let svg: [UInt8]
        do {
            svg = try Renderer.render(
                graph, format: .svg,
                options: DOTWriter.Options(
                    highlight: Highlight.combine(highlights), findings: findings, listFindings: false,
                    nodeLines: nodeLines, linkDocument: index, language: language))
        } catch {
            throw Document.Failure(error.error)
        }
        return HTMLReport.Document(
            path: document.path, assessment: document.assessment, lines: document.lines, findings: findings,
            highlights: highlights, svg: svg, nodeLines: Array(nodeLines.values), matrix: LinkMatrix(graph))
    }

    /// A document of a merged report: its findings and facts, no diagram of its own.
    public static func notDrawn(_ document: Document, highlights: [Highlight] = [], disabled: Set<String> = []) -> HTMLReport.Document {
        HTMLReport.Document(
            path: document.path, assessment: document.assessment, lines: document.lines,
            findings: document.findings(disabled: disabled), highlights: highlights, svg: nil)
    }

    /// The body's merged map and its findings across documents.
    public static func merged(
        _ body: Body, disabled: Set<String> = [], name: String? = nil, language: Language = .en
    ) throws(Document.Failure) -> HTMLReport.Merged {
        let findings = body.findings(disabled: disabled)
        do {
            let svg = try Renderer.render(
                body.graph, format: .svg, options: DOTWriter.Options(findings: findings, listFindings: false, language: language))
            return HTMLReport.Merged(svg: svg, findings: findings)
        } catch {
            throw Document.Failure(name.map { .about($0, error.error) } ?? error.error)
        }
    }

    /// The page's title: the document's 評価書名, or the titles of several.
    public static func title(_ documents: [Document]) -> String {
        if documents.count == 1 { return documents[0].assessment.header.title?.value ?? documents[0].path }
        return "piagraph: " + documents.map { $0.assessment.header.title?.value ?? "?" }.joined(separator: " / ")
    }

    /// The whole page.
    public static func html(
        title: String, parts: [HTMLReport.Document], merged: HTMLReport.Merged? = nil, language: Language = .en
    ) -> String {
        HTMLReport.render(title: title, documents: parts, merged: merged, language: language)
    }
}

extension Highlight {
    /// Several --highlight terms drawn at once: the strongest mark of each node and edge wins.
    public static func combine(_ all: [Highlight]) -> Highlight? {
        guard var result = all.first else { return nil }
        for h in all.dropFirst() {
            result.term += ", " + h.term
            result.nodes.merge(h.nodes) { a, _ in a }
            result.edges.merge(h.edges) { a, _ in a }
            result.trail += h.trail
        }
        return result
    }
}
