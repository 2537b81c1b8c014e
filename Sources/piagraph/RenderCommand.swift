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

extension RenderFormat: ExpressibleByArgument {}

enum RenderView: String, ExpressibleByArgument, CaseIterable {
    /// The architecture drawn as a graph.
    case graph
    /// The ③ links as a table of systems × systems and link categories.
    case matrix
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.renderAbstract.text(language),
        discussion: HelpText.renderDiscussion.text(language))

    @Argument(help: help(.renderFiles))
    var files: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    var file: String { files.first ?? "" }

    @Option(name: .shortAndLong, help: help(.renderOutput))
    var output: String?

    @Option(help: help(.renderFormat))
    var format: RenderFormat?

    @Flag(help: help(.renderRecover))
    var recover = false

    @Option(help: help(.renderAt))
    var at: String?

    @Flag(help: help(.renderVerbose))
    var verbose = false

    @Flag(help: help(.renderFindings))
    var findings = false

    @Option(help: help(.renderView))
    var view: RenderView = .graph

    @Option(help: help(.renderHighlight))
    var highlight: [String] = []

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if files.isEmpty { throw usage(.giveFile) }
        if files.count > 1 && !merge { throw usage(.severalNeedMerge) }
        if let at, JapaneseDate(at) == nil { throw usage(.dateUnreadable(at)) }
        if merge && (at != nil || recover) { throw usage(.oneDocumentOnly) }
        if view == .matrix && (!highlight.isEmpty || findings) {
            throw usage(.matrixWithoutOverlays)
        }
        if view == .matrix && format == .json { throw usage(.matrixFormats) }
        if let output, format == nil, RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw usage(.formatUnknown(output: output, formats: "svg|png|pdf|dot|json"))
        }
    }

    /// SVG by default to a person at a terminal: markup they did not ask to see.
    var svgToTerminal: Bool { output == nil && format == nil && isatty(STDOUT_FILENO) != 0 }
    static let svgRefusal = CLIError(.svgToTerminal)

    var resolvedFormat: RenderFormat {
        if let format { return format }
        if let output, let f = RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) { return f }
        return .svg
    }

    func run() throws {
        let reading = Document.Reading(recover: recover, at: at.flatMap { JapaneseDate($0) })
        let documents = try Loader.open(files, input, reading: reading)
        let document = documents[0]
        let body = merge ? try MergeGuard.body(documents, force: force) : nil
        let assessment = document.assessment
        let notes = document.notes
        let graph = body?.graph ?? document.graph
        let format = resolvedFormat
        if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) != 0 {
            throw CLIError(.terminalRefused(format: format.rawValue))
        }
        if view == .matrix {
            if svgToTerminal { throw Self.svgRefusal }
            let bytes: [UInt8]
            if format == .dot {
                bytes = Array(MatrixWriter.dot(LinkMatrix(graph), title: graph.title, language: language).utf8)
            } else {
                do {
                    bytes = try Renderer.renderMatrix(graph, format: Graphviz.Output(rawValue: format.rawValue)!, language: language)
                } catch {
                    throw CLIError(.about(file, error.error))
                }
            }
            return try write(bytes, report: [])
        }
        let highlights = try highlights(in: graph, of: assessment)
        let combined = Highlight.combine(highlights)
        if svgToTerminal {
            // A person at a terminal: the trail as text, not SVG markup poured over the screen.
            guard !highlights.isEmpty else {
                throw Self.svgRefusal
            }
            let report = highlights.flatMap { h in ["--highlight \(h.term)"] + h.report(language) }.map(TerminalText.escape)
            FileHandle.standardOutput.write(Data((report.joined(separator: "\n") + "\n").utf8))
            FileHandle.standardError.write(Data((NoticeText.notDrawnOnTerminal.text(language) + "\n").utf8))
            return
        }
        let found = findings ? (body?.findings() ?? document.findings()) : []
        var legendNotes: [String] = []
        if let at { legendNotes.append(NoticeText.asOf(date: at, notes: notes.count).text(language)) }
        let options = DOTWriter.Options(highlight: combined, notes: legendNotes, findings: found, language: language)
        let bytes = try draw(graph, format: format, options: options, highlight: combined)
        for note in notes {
            FileHandle.standardError.write(Data((NoticeText.note(TerminalText.escape(note.text(language))).text(language) + "\n").utf8))
        }
        try write(bytes, report: highlights.flatMap { h in ["--highlight \(h.term)"] + h.report(language) }.map(TerminalText.escape))
    }

    func highlights(in graph: ArchitectureGraph, of assessment: Assessment) throws -> [Highlight] {
        if merge && !highlight.isEmpty { throw CLIError(.highlightOneDocument) }
        var found: [Highlight] = []
        for term in highlight {
            do {
                found.append(try Highlighter.highlight(term, in: graph, assessment: assessment))
            } catch {
                throw CLIError(.highlight(path: file, error.problem))
            }
        }
        return found
    }

    /// The drawing in `format`; the layout's own note (a capped or switched layout) on stderr.
    func draw(_ graph: ArchitectureGraph, format: RenderFormat, options: DOTWriter.Options, highlight: Highlight?) throws -> [UInt8] {
        let bytes: [UInt8]
        let plan: LayoutPlan
        if format == .dot || format == .json {
            plan = Renderer.textPlan(graph)
        } else {
            do {
                plan = try Renderer.plan(graph)
            } catch {
                throw CLIError(.about(file, error.error))
            }
        }
        switch format {
        case .dot:
            bytes = Array(Renderer.dot(graph, plan: plan, options: options).utf8)
        case .json:
            bytes = GraphJSON.value(graph, highlight: highlight).serializedBytes()
        case .svg, .png, .pdf:
            do {
                bytes = try Renderer.render(
                    graph, format: Graphviz.Output(rawValue: format.rawValue)!, options: options,
                    showMessages: verbose)
            } catch {
                throw CLIError(.about(file, error.error))
            }
        }
        if let note = plan.note(language), format != .json {
            FileHandle.standardError.write(Data((NoticeText.note(note).text(language) + "\n").utf8))
        }
        return bytes
    }

    /// The drawing to -o (atomically; the highlight's report on stdout) or to stdout (the report
    /// on stderr).
    func write(_ bytes: [UInt8], report: [String]) throws {
        if let output {
            do {
                try AtomicFile.write(bytes, to: output)
            } catch {
                throw CLIError(error.text)
            }
            if !report.isEmpty { FileHandle.standardOutput.write(Data((report.joined(separator: "\n") + "\n").utf8)) }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
            if !report.isEmpty { FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8)) }
        }
    }
}
