import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphKit
import PiagraphModel
import PiagraphPDF
import PiagraphParser
import PiagraphText

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the facts an assessment states, each with its source line.",
        discussion: """
            JSON follows the piagraph.extract/1 contract (one object per file, an array for several).
            Exit status: 0 on success, 2 when a file cannot be read as an assessment.
            """)

    @Argument(help: "Assessments: PDF files, or text files (UTF-8, UTF-16 with BOM, or Shift_JIS).")
    var files: [String]

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: json or text.")
    var format: ExtractFormat = .json

    @Flag(help: "Add facts of sections the body lost from the (別添2) change log, each marked with the row's date and line.")
    var recover = false

    @Flag(help: "Print the rows as read after the layout was rebuilt (line, label, value), instead of the facts.")
    var rows = false

    @Flag(
        help:
            "Print piagraph's text layer of a PDF (the text its facts cite by line; each page begins with a form feed), instead of the facts."
    )
    var textLayer = false

    func validate() throws {
        if textLayer && (rows || recover) { throw ValidationError("--text-layer prints the text read from a PDF: use it alone.") }
        if rows && recover { throw ValidationError("--rows prints the rows as read; --recover adds facts: use one of them.") }
        if files.isEmpty { throw ValidationError("Give at least one assessment file.") }
    }

    func run() throws {
        if textLayer {
            var output = ""
            for path in files {
                let layer: PDFLayout.TextLayer
                do { layer = try InputFile.textLayer(path: path, options: input.options) } catch {
                    throw CLIError(message: error.description)
                }
                if files.count > 1 { output += "==> \(Self.shown(path)) <==\n" }
                for line in layer.lines { output += TerminalText.escapeKeepingFormFeed(line) + "\n" }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            return
        }
        if rows {
            var output = ""
            for path in files {
                let document = try Loader.source(path, input)
                if files.count > 1 { output += "==> \(Self.shown(path)) <==\n" }
                for row in DocumentParser.rows(document) {
                    output += "\(row.line)\t\(row.label.map(Self.shown) ?? "")\t\(Self.shown(row.value))\n"
                }
            }
            FileHandle.standardOutput.write(Data(output.utf8))
            return
        }
        // Everything is read before anything is printed: a bad file in the list never leaves
        // partial output on stdout. Each document is kept as its output bytes only.
        var chunks: [[UInt8]] = []
        for (k, path) in files.enumerated() {
            let a = try Loader.open(path, input, reading: Document.Reading(recover: recover)).assessment
            chunks.append(
                format == .json
                    ? ExtractJSON.elementBytes(a, index: k, of: files.count)
                    : Array(((k > 0 ? "\n" : "") + ExtractText.render(a)).utf8))
        }
        for chunk in chunks { FileHandle.standardOutput.write(Data(chunk)) }
    }
}

extension Extract {
    /// Document text for the terminal, marks shown as the symbols they stand for.
    static func shown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xE001: out += "☑"
            case 0xE002: out += "◉"
            case 0xE003: out += "☐"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return TerminalText.escape(out)
    }
}
