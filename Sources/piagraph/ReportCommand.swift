import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphMessages
import PiagraphModel
import PiagraphParser
import PiagraphRender
import PiagraphText

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.reportAbstract.text(language),
        discussion:
            HelpText.reportDiscussion.text(language)
    )

    @Argument(help: help(.reportFiles))
    var files: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .shortAndLong, help: help(.reportOutput))
    var output: String

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    @Option(help: help(.reportHighlight))
    var highlight: [String] = []

    @Flag(help: help(.reportRecover))
    var recover = false

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if files.isEmpty { throw usage(.giveFiles) }
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
                    if !merge { throw CLIError(.highlight(path: files[k], error.problem)) }
                }
            }
            do {
                parts.append(try Review.part(document, index: k, highlights: highlights, drawn: !merge, language: language))
            } catch {
                throw CLIError(.about(files[k], error.text))
            }
        }
        var merged: HTMLReport.Merged?
        if merge {
            let body = try MergeGuard.body(documents, force: force)
            do { merged = try Review.merged(body, language: language) } catch { throw CLIError(error.text) }
        }
        let html = Review.html(title: Review.title(documents), parts: parts, merged: merged, language: language)
        do { try AtomicFile.write(Array(html.utf8), to: output) } catch { throw CLIError(error.text) }
    }
}
