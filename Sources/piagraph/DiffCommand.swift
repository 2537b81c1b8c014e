import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphKit
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
        abstract: "What changed between two versions of an assessment, as text or as a diagram.",
        discussion:
            "Nodes, edges, links, flows, methods and contractors that were added, removed or changed, each with its lines in the old and the new text. Diagrams mark added parts green, removed parts red and dashed."
    )

    @Argument(help: "The older version.")
    var old: String

    @Argument(help: "The newer version.")
    var new: String

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output file for a diagram (written atomically).")
    var output: String?

    @Option(help: "text (default without -o), svg, png, pdf or dot.")
    var format: DiffFormat?

    func validate() throws {
        if let output, format == nil, DiffFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("Cannot tell the format from '\(output)': use --format svg|png|pdf|dot.")
        }
        if output != nil && format == .text { throw ValidationError("--format text prints the changes: leave out -o.") }
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
            throw CLIError(message: "refusing to write \(format.rawValue.uppercased()) to a terminal; use -o FILE.\(format.rawValue)")
        }
        let documents = try Loader.open([old, new], input)
        let diff = GraphDiff.compare(old: documents[0].assessment, documents[0].graph, new: documents[1].assessment, documents[1].graph)
        let report =
            (diff.report.isEmpty ? ["no architecture change"] : diff.report).map(TerminalText.escape).joined(separator: "\n") + "\n"
        if format == .text {
            FileHandle.standardOutput.write(Data(report.utf8))
            return
        }
        let options = DOTWriter.Options(changes: diff.nodes.merging(diff.edges) { a, _ in a })
        let bytes: [UInt8]
        do {
            if format == .dot {
                bytes = Array(Renderer.dot(diff.graph, plan: try Renderer.plan(diff.graph), options: options).utf8)
            } else {
                bytes = try Renderer.render(diff.graph, format: Graphviz.Output(rawValue: format.rawValue)!, options: options)
            }
        } catch {
            throw CLIError(message: "\(new): \(error)")
        }
        if let output {
            do { try AtomicFile.write(bytes, to: output) } catch { throw CLIError(message: error.description) }
            FileHandle.standardOutput.write(Data(report.utf8))
        } else {
            FileHandle.standardOutput.write(Data(bytes))
            FileHandle.standardError.write(Data(report.utf8))
        }
    }
}
