import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphMessages
import PiagraphPDF
import PiagraphParser
import PiagraphRender
import PiagraphText

/// What the desk does with one upload: the review of a document, the merged map of several of
/// one body, the changes between two versions, or a batch's overview. Pure work on files already
/// received; the page it returns is whole, its downloads inside it (data: links), so that
/// nothing has to be kept between requests.
struct Desk: Sendable {
    enum Action: String { case review, diff, batch }

    enum Failure: Error {
        case noFile
        case diffNeedsTwo
        case unreadable(String)
    }

    let settings: ServeSettings
    let version: String

    func options() -> InputFile.Options {
        InputFile.Options(limits: Poppler.Limits(seconds: settings.pdfSeconds))
    }

    /// A received file read as an assessment, under the name its user gave it.
    func open(_ file: Upload.File, _ l: Language) throws(Failure) -> Document {
        var source: SourceDocument
        do { source = try InputFile.load(path: file.path, options: options()) } catch {
            throw .unreadable(error.text.text(l).replacingOccurrences(of: file.path, with: file.name))
        }
        source.path = file.name
        let document = Document(source: source)
        guard document.isAssessment else { throw .unreadable(ErrorText.input(.notAnAssessment(path: file.name)).text(l)) }
        return document
    }

    func page(_ action: Action, files: [Upload.File], language l: Language) throws(Failure) -> String {
        guard !files.isEmpty else { throw .noFile }
        switch action {
        case .diff:
            guard files.count == 2 else { throw .diffNeedsTwo }
            return try diff(open(files[0], l), try open(files[1], l), l)
        case .batch:
            return batch(files, l)
        case .review:
            if files.count == 1 { return try review(open(files[0], l), file: files[0], l) }
            // Several files: one body's merged map when every one is read and all are one body's;
            // otherwise the batch overview, which lists what could not be read and why.
            let documents = files.compactMap { try? open($0, l) }
            guard documents.count == files.count, let body = try? Body(documents) else { return batch(files, l) }
            return try merged(body, l)
        }
    }

    // MARK: Pages

    /// The review and its downloads: those that cost nothing more than the review (the diagram
    /// it drew, DOT, JSON, SARIF) inside the page; PNG, PDF and the 個人番号 highlight drawn when
    /// asked for, from the document the page sends back (`download`), so that the review of one
    /// upload costs one drawing.
    func review(_ document: Document, file: Upload.File, _ l: Language) throws(Failure) -> String {
        let highlights =
            (try? Highlighter.highlight(Highlighter.myNumber, in: document.graph, assessment: document.assessment)).map { [$0] } ?? []
        let part: HTMLReport.Document
        do { part = try Review.part(document, highlights: highlights, language: l) } catch { throw .unreadable(error.text.text(l)) }
        let html = Review.html(title: Review.title([document]), parts: [part], language: l)
        var links: [Pages.Download] = []
        if let svg = part.svg { links.append(Pages.Download(name: "piagraph.svg", type: "image/svg+xml", label: "SVG", bytes: svg)) }
        links += downloads(document, l)
        let later = [("png", "PNG"), ("pdf", "PDF")] + (highlights.isEmpty ? [] : [("mynumber", ServeText.highlightDownload.text(l))])
        let form = Pages.DownloadForm(name: file.name, document: FileManager.default.contents(atPath: file.path) ?? Data(), formats: later)
        return Pages.decorate(html, downloads: links, form: form, language: l)
    }

    /// A drawing asked for from a review page: the document it sent back, drawn in `format`.
    func download(_ format: String, file: Upload.File, _ l: Language) throws(Failure) -> Pages.Download {
        let document = try open(file, l)
        let graph = document.graph
        do {
            switch format {
            case "png":
                return Pages.Download(
                    name: "piagraph.png", type: "image/png", label: "PNG",
                    bytes: try Renderer.render(graph, format: .png, options: DOTWriter.Options(language: l)))
            case "pdf":
                return Pages.Download(
                    name: "piagraph.pdf", type: "application/pdf", label: "PDF",
                    bytes: try Renderer.render(graph, format: .pdf, options: DOTWriter.Options(language: l)))
            case "mynumber":
                guard let h = try? Highlighter.highlight(Highlighter.myNumber, in: graph, assessment: document.assessment) else {
                    throw Failure.noFile
                }
                let svg = try Renderer.render(graph, format: .svg, options: DOTWriter.Options(highlight: h, language: l))
                return Pages.Download(name: "piagraph.mynumber.svg", type: "image/svg+xml", label: "SVG", bytes: svg)
            default: throw Failure.noFile
            }
        } catch let error as RenderError {
            throw .unreadable(error.text(l))
        } catch {
            throw .noFile
        }
    }

    func merged(_ body: Body, _ l: Language) throws(Failure) -> String {
        let merged: HTMLReport.Merged
        do { merged = try Review.merged(body, language: l) } catch { throw .unreadable(error.text.text(l)) }
        let parts = body.documents.map { Review.notDrawn($0) }
        let html = Review.html(title: Review.title(body.documents), parts: parts, merged: merged, language: l)
        let files: [FindingsReport.FileFindings] =
            body.documents.map { ($0.path, $0.findings()) } + [("(merged)", body.findings())]
        var links = [
            Pages.Download(name: "merged.svg", type: "image/svg+xml", label: "SVG", bytes: merged.svg),
            Pages.Download(
                name: "findings.sarif", type: "application/sarif+json", label: "SARIF",
                bytes: FindingsReport.sarif(files, version: version, language: l)),
            Pages.Download(
                name: "findings.json", type: "application/json", label: "JSON", bytes: FindingsReport.json(files, language: l)),
        ]
        if let dot = try? Renderer.dot(body.graph, plan: Renderer.plan(body.graph), options: DOTWriter.Options(language: l)) {
            links.append(Pages.Download(name: "merged.dot", type: "text/vnd.graphviz", label: "DOT", bytes: Array(dot.utf8)))
        }
        return Pages.decorate(html, downloads: links, language: l)
    }

    func diff(_ old: Document, _ new: Document, _ l: Language) throws(Failure) -> String {
        let diff = GraphDiff.compare(old: old.assessment, old.graph, new: new.assessment, new.graph)
        let options = DOTWriter.Options(changes: diff.nodes.merging(diff.edges) { a, _ in a }, language: l)
        let svg: [UInt8]
        do { svg = try Renderer.render(diff.graph, format: .svg, options: options) } catch { throw .unreadable(error.text(l)) }
        let lines = (diff.changes.isEmpty ? [ChangeLine.noChange] : diff.changes).map { $0.text(l) }
        var links = [
            Pages.Download(name: "diff.svg", type: "image/svg+xml", label: "SVG", bytes: svg),
            Pages.Download(name: "diff.txt", type: "text/plain", label: "TXT", bytes: Array((lines.joined(separator: "\n") + "\n").utf8)),
        ]
        if let dot = try? Renderer.dot(diff.graph, plan: Renderer.plan(diff.graph), options: options) {
            links.append(Pages.Download(name: "diff.dot", type: "text/vnd.graphviz", label: "DOT", bytes: Array(dot.utf8)))
        }
        return Pages.diff(old: old.path, new: new.path, svg: svg, lines: lines, downloads: links, language: l)
    }

    func batch(_ files: [Upload.File], _ l: Language) -> String {
        var overview = CorpusOverview()
        var rows: [[UInt8]] = []
        var csv = CorpusTables.csvHeader()
        for (k, file) in files.enumerated() {
            let summary: DocumentSummary
            do {
                let document = try open(file, l)
                summary = DocumentSummary(index: k + 1, file: file.name, assessment: document.assessment, findings: document.findings())
            } catch {
                if case .unreadable(let reason) = error {
                    summary = DocumentSummary(index: k + 1, file: file.name, error: reason)
                } else {
                    summary = DocumentSummary(index: k + 1, file: file.name, error: ServeText.internalError.text(l))
                }
            }
            overview.add(summary)
            csv += CorpusTables.csvRow(summary)
            rows.append(Array((summary.error == nil ? CorpusPage.documentRow(summary, report: nil) : CorpusPage.failedRow(summary)).utf8))
        }
        var page: [UInt8] = []
        try? CorpusPage.write(overview, row: { rows[$0 - 1] }, language: l) { page += $0 }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let links = [
            Pages.Download(
                name: "documents.csv", type: "text/csv", label: ServeText.csvDownload("documents.csv").text(l), bytes: bom + csv),
            Pages.Download(
                name: "rules.csv", type: "text/csv", label: ServeText.csvDownload("rules.csv").text(l), bytes: bom + overview.rulesCSV()),
            Pages.Download(
                name: "bodies.csv", type: "text/csv", label: ServeText.csvDownload("bodies.csv").text(l), bytes: bom + overview.bodiesCSV()),
        ]
        return Pages.decorate(String(decoding: page, as: UTF8.self), downloads: links, language: l)
    }

    /// A document's downloads that need no drawing: the DOT text, the graph JSON, SARIF.
    func downloads(_ document: Document, _ l: Language) -> [Pages.Download] {
        let graph = document.graph
        var links: [Pages.Download] = []
        if let dot = try? Renderer.dot(graph, plan: Renderer.plan(graph), options: DOTWriter.Options(language: l)) {
            links.append(Pages.Download(name: "piagraph.dot", type: "text/vnd.graphviz", label: "DOT", bytes: Array(dot.utf8)))
        }
        links.append(
            Pages.Download(name: "piagraph.json", type: "application/json", label: "JSON", bytes: GraphJSON.value(graph).serializedBytes()))
        let files: [FindingsReport.FileFindings] = [(document.path, document.findings())]
        links.append(
            Pages.Download(
                name: "findings.sarif", type: "application/sarif+json", label: "SARIF",
                bytes: FindingsReport.sarif(files, version: version, sources: [document.path: document.assessment.source], language: l)))
        return links
    }
}
