import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphMessages
import PiagraphRender

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, svg, png, pdf, dot

    /// The diagram format an output file's extension names (the same names as `render`).
    init?(fileExtension: String) {
        guard let f = RenderFormat(fileExtension: fileExtension), f != .json else { return nil }
        self.init(rawValue: f.rawValue)
    }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.diffAbstract.text(language),
        discussion:
            HelpText.diffDiscussion.text(language)
    )

    @Argument(help: help(.diffOld))
    var old: String

    @Argument(help: help(.diffNew))
    var new: String

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .shortAndLong, help: help(.diffOutput))
    var output: String?

    @Option(help: help(.diffFormat))
    var format: DiffFormat?

    func validate() throws {
        if let output, format == nil, DiffFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw usage(.formatUnknown(output: output, formats: "svg|png|pdf|dot"))
        }
        if output != nil && format == .text { throw usage(.textHasNoOutput) }
    }

    /// As `render` picks it: --format, else the output file's extension, else text on stdout.
    var resolvedFormat: DiffFormat {
        if let format { return format }
        if let output { return DiffFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) ?? .svg }
        return .text
    }

    func run() throws {
        let format = resolvedFormat
        if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) != 0 {
            throw CLIError(.terminalRefused(format: format.rawValue))
        }
        let documents = try Loader.open([old, new], input)
        let diff = GraphDiff.compare(old: documents[0].assessment, documents[0].graph, new: documents[1].assessment, documents[1].graph)
        let report =
            (diff.changes.isEmpty ? [ChangeLine.noChange] : diff.changes).map { TerminalText.escape($0.text(language)) }.joined(
                separator: "\n") + "\n"
        if format == .text {
            FileHandle.standardOutput.write(Data(report.utf8))
            return
        }
        let options = DOTWriter.Options(changes: diff.nodes.merging(diff.edges) { a, _ in a }, language: language)
        let bytes: [UInt8]
        do {
            if format == .dot {
                bytes = Array(Renderer.dot(diff.graph, plan: try Renderer.plan(diff.graph), options: options).utf8)
            } else {
                bytes = try Renderer.render(diff.graph, format: Graphviz.Output(rawValue: format.rawValue)!, options: options)
            }
        } catch {
            throw CLIError(.about(new, error.error))
        }
        if let output {
            do { try AtomicFile.write(bytes, to: output) } catch { throw CLIError(error.text) }
            FileHandle.standardOutput.write(Data(report.utf8))
        } else {
            FileHandle.standardOutput.write(Data(bytes))
            FileHandle.standardError.write(Data(report.utf8))
        }
    }
}
