import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphModel
import PiagraphParser
import PiagraphRender
import PiagraphText

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML review report.",
        discussion: "One HTML file, no script and no external asset: the diagram (inline SVG), the findings with links to the cited lines, the facts as tables, the highlight paths, and the cited source lines in context.")

    @Argument(help: "Assessments: PDF or text files.")
    var files: [String] = []

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The HTML file to write (atomically).")
    var output: String

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    @Option(help: "Mark where a term travels (repeatable).")
    var highlight: [String] = []

    @Flag(help: "Add facts of sections the body lost from the (別添2) change log.")
    var recover = false

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if files.isEmpty { throw ValidationError("Give at least one assessment file.") }
    }

    func run() throws {
        let loaded = try Loader.load(files, input)
        let sources = loaded.map(\.document)
        var assessments = loaded.map(\.assessment)
        if recover { assessments = assessments.map { History.recover($0).assessment } }
        var documents: [HTMLReport.Document] = []
        for (k, a) in assessments.enumerated() {
            let graph = GraphBuilder.build(a)
            var highlights: [Highlight] = []
            for term in highlight {
                do {
                    highlights.append(try Highlighter.highlight(term, in: graph, assessment: a))
                } catch {
                    // On a merged report a term may belong to some of the documents only.
                    if !merge { throw CLIError(message: "\(files[k]): --highlight \(error.description)") }
                }
            }
            let findings = Auditor.run(a, graph: graph)
            let svg: [UInt8]?
            // Each node of the diagram links to the first line its evidence rests on, quoted below.
            let nodeLines = merge ? [:] : HTMLReport.nodeLines(graph)
            if merge {
                svg = nil
            } else {
                do {
                    svg = try Renderer.render(graph, format: .svg,
                                              options: DOTWriter.Options(highlight: Highlight.combine(highlights), findings: findings, listFindings: false,
                                                                         nodeLines: nodeLines, linkDocument: k))
                } catch {
                    throw CLIError(message: "\(files[k]): \(error.description)")
                }
            }
            documents.append(HTMLReport.Document(path: files[k], assessment: a, lines: sources[k].lines, findings: findings,
                                                 highlights: highlights, svg: svg, nodeLines: Array(nodeLines.values),
                                                 matrix: merge ? nil : LinkMatrix(graph)))
        }
        var merged: HTMLReport.Merged?
        if merge {
            let context = try MergeGuard.context(files: files, assessments: assessments, force: force)
            let findings = Auditor.runMerged(context)
            do {
                let svg = try Renderer.render(context.merged, format: .svg, options: DOTWriter.Options(findings: findings, listFindings: false))
                merged = HTMLReport.Merged(svg: svg, findings: findings)
            } catch {
                throw CLIError(message: error.description)
            }
        }
        let title = files.count == 1 ? (assessments[0].header.title?.value ?? files[0]) : "piagraph: " + assessments.map { $0.header.title?.value ?? "?" }.joined(separator: " / ")
        let html = HTMLReport.render(title: title, documents: documents, merged: merged)
        do { try AtomicFile.write(Array(html.utf8), to: output) } catch { throw CLIError(message: error.description) }
    }
}
