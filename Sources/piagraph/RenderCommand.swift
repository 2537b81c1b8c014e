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

extension RenderFormat: ExpressibleByArgument {}

enum RenderView: String, ExpressibleByArgument, CaseIterable {
    /// The architecture drawn as a graph.
    case graph
    /// The ③ links as a table of systems × systems and link categories.
    case matrix
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the architecture an assessment describes (the default command).",
        discussion: """
            The graph is laid out and rendered in process through Graphviz's C API. The format comes \
            from --format, else from the output file's extension, else SVG. With --highlight, the \
            highlighted paths and their source lines are printed (to stderr when the diagram goes to stdout). \
            On a terminal without -o, --highlight prints the paths as text and draws nothing.
            """)

    @Argument(help: "The assessment, a PDF or a text file (several with --merge).")
    var files: [String] = []

    @OptionGroup var input: InputOptions

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    var file: String { files.first ?? "" }

    @Option(name: .shortAndLong, help: "Output file (written atomically); stdout when omitted.")
    var output: String?

    @Option(help: "svg, png, pdf, dot or json (the graph itself).")
    var format: RenderFormat?

    @Flag(help: "Add facts of sections the body lost from the (別添2) change log, drawn dashed.")
    var recover = false

    @Option(help: "Draw the graph as it stood on this date (令和5年4月1日 or 2023-04-01), as far as the change log allows.")
    var at: String?

    @Flag(help: "Show Graphviz's own warnings and errors on stderr (they are otherwise captured).")
    var verbose = false

    @Flag(help: "Colour the nodes and edges audit findings concern and list the findings in the legend.")
    var findings = false

    @Option(help: "graph (the architecture drawn) or matrix (the ③ links as a table: readable at the form's maximum of 20 systems).")
    var view: RenderView = .graph

    @Option(help: "Mark where a term travels: a recorded item (個人番号, 地方税関係情報, any (別添1) item), a system or a party. Repeatable.")
    var highlight: [String] = []

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if files.isEmpty { throw ValidationError("Give an assessment file.") }
        if files.count > 1 && !merge { throw ValidationError("Several files need --merge (one map of the body).") }
        if let at, JapaneseDate(at) == nil { throw ValidationError("Cannot read the date '\(at)': write 令和5年4月1日 or 2023-04-01.") }
        if merge && (at != nil || recover) { throw ValidationError("--at and --recover work on one document.") }
        if view == .matrix && (!highlight.isEmpty || findings) {
            throw ValidationError("--view matrix shows the links only: --highlight and --findings draw on the graph.")
        }
        if view == .matrix && format == .json { throw ValidationError("--view matrix is drawn as svg, png, pdf or dot.") }
        if let output, format == nil, RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("Cannot tell the format from '\(output)': use --format svg|png|pdf|dot|json.")
        }
    }

    /// SVG by default to a person at a terminal: markup they did not ask to see.
    var svgToTerminal: Bool { output == nil && format == nil && isatty(STDOUT_FILENO) != 0 }
    static let svgRefusal = CLIError(message: "not writing SVG to a terminal; use -o FILE.svg (or --format svg, or redirect stdout)")

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
            throw CLIError(message: "refusing to write \(format.rawValue.uppercased()) to a terminal; use -o FILE.\(format.rawValue)")
        }
        if view == .matrix {
            if svgToTerminal { throw Self.svgRefusal }
            let bytes: [UInt8]
            if format == .dot {
                bytes = Array(MatrixWriter.dot(LinkMatrix(graph), title: graph.title).utf8)
            } else {
                do { bytes = try Renderer.renderMatrix(graph, format: Graphviz.Output(rawValue: format.rawValue)!) } catch {
                    throw CLIError(message: "\(file): \(error.description)")
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
            let report = highlights.flatMap { h in ["--highlight \(h.term)"] + h.report }.map(TerminalText.escape)
            FileHandle.standardOutput.write(Data((report.joined(separator: "\n") + "\n").utf8))
            FileHandle.standardError.write(
                Data("piagraph: the diagram is not drawn on a terminal: add -o FILE.svg (or .png, .pdf) to draw it\n".utf8))
            return
        }
        let found = findings ? (body?.findings() ?? document.findings()) : []
        var legendNotes: [String] = []
        if let at { legendNotes.append("as of \(at), from the (別添2) log: \(notes.count) note(s) on stderr") }
        let options = DOTWriter.Options(highlight: combined, notes: legendNotes, findings: found)
        let bytes = try draw(graph, format: format, options: options, highlight: combined)
        for note in notes { FileHandle.standardError.write(Data("piagraph: note: \(TerminalText.escape(note))\n".utf8)) }
        try write(bytes, report: highlights.flatMap { h in ["--highlight \(h.term)"] + h.report }.map(TerminalText.escape))
    }

    func highlights(in graph: ArchitectureGraph, of assessment: Assessment) throws -> [Highlight] {
        if merge && !highlight.isEmpty { throw CLIError(message: "--highlight works on one document; draw the merged map without it") }
        var found: [Highlight] = []
        for term in highlight {
            do {
                found.append(try Highlighter.highlight(term, in: graph, assessment: assessment))
            } catch {
                throw CLIError(message: "\(file): --highlight \(error.description)")
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
                throw CLIError(message: "\(file): \(error.description)")
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
                throw CLIError(message: "\(file): \(error.description)")
            }
        }
        if let note = plan.note, format != .json {
            FileHandle.standardError.write(Data("piagraph: note: \(note)\n".utf8))
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
                throw CLIError(message: error.description)
            }
            if !report.isEmpty { FileHandle.standardOutput.write(Data((report.joined(separator: "\n") + "\n").utf8)) }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
            if !report.isEmpty { FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8)) }
        }
    }
}
