import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphKit
import PiagraphMessages
import PiagraphModel
import PiagraphPDF
import PiagraphParser
import PiagraphText

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, text
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.extractAbstract.text(language),
        discussion: HelpText.extractDiscussion.text(language))

    @Argument(help: help(.extractFiles))
    var files: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: help(.extractFormat))
    var format: ExtractFormat = .json

    @Flag(help: help(.extractRecover))
    var recover = false

    @Option(help: help(.extractJobs))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: help(.extractRows))
    var rows = false

    @Flag(
        help:
            help(.extractTextLayer)
    )
    var textLayer = false

    func validate() throws {
        if textLayer && (rows || recover) { throw usage(.textLayerAlone) }
        if rows && recover { throw usage(.rowsOrRecover) }
        if files.isEmpty { throw usage(.giveFiles) }
        if jobs < 1 { throw usage(.jobsMinimum) }
    }

    func run() throws {
        if textLayer {
            var output = ""
            for path in files {
                let layer: PDFLayout.TextLayer
                do { layer = try InputFile.textLayer(path: path, options: input.options) } catch {
                    throw CLIError(error.text)
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
        // partial output on stdout (the first bad one in the list is the error). Each document
        // is kept as its output bytes only; documents are read on `jobs` threads.
        let (files, options, reading, format) = (files, input.options, Document.Reading(recover: recover), format)
        let results = OrderedWork.map(files.count, jobs: jobs) { k -> Result<[UInt8], any Error> in
            Result {
                let a = try Loader.open(files[k], options, reading: reading).assessment
                return format == .json
                    ? ExtractJSON.elementBytes(a, index: k, of: files.count, language: language)
                    : Array(((k > 0 ? "\n" : "") + ExtractText.render(a, language: language)).utf8)
            }
        }
        let chunks = try results.map { try $0.get() }
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
