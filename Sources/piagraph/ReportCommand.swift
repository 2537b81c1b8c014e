import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphModel
import PiagraphParser
import PiagraphRender
import PiagraphText

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML review report.",
        discussion:
            "One HTML file, no script and no external asset: the diagram (inline SVG), the findings with links to the cited lines, the facts as tables, the highlight paths, and the cited source lines in context."
    )

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
        let documents = try Loader.open(files, input, reading: Document.Reading(recover: recover))
        var parts: [HTMLReport.Document] = []
        for (k, document) in documents.enumerated() {
            var highlights: [Highlight] = []
            for term in highlight {
                do {
                    highlights.append(try Highlighter.highlight(term, in: document.graph, assessment: document.assessment))
                } catch {
                    // On a merged report a term may belong to some of the documents only.
                    if !merge { throw CLIError(message: "\(files[k]): --highlight \(error.description)") }
                }
            }
            do {
                parts.append(try Review.part(document, index: k, highlights: highlights, drawn: !merge))
            } catch {
                throw CLIError(message: "\(files[k]): \(error.description)")
            }
        }
        var merged: HTMLReport.Merged?
        if merge {
            let body = try MergeGuard.body(documents, force: force)
            do { merged = try Review.merged(body) } catch { throw CLIError(message: error.description) }
        }
        let html = Review.html(title: Review.title(documents), parts: parts, merged: merged)
        do { try AtomicFile.write(Array(html.utf8), to: output) } catch { throw CLIError(message: error.description) }
    }
}
