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

/// How inputs are opened, shared by every command that reads assessments.
struct InputOptions: ParsableArguments {
    @Option(help: help(.password, valueName: "password"))
    var password: String?

    @Option(help: help(.pdfTimeout, valueName: "seconds"))
    var pdfTimeout: Int = 120

    func validate() throws {
        if pdfTimeout < 1 { throw usage(.pdfTimeoutMinimum) }
    }

    var options: InputFile.Options {
        var limits = Poppler.Limits()
        limits.seconds = pdfTimeout
        return InputFile.Options(password: password ?? Self.environmentPassword, limits: limits)
    }

    /// Read once: the environment is copied into a new dictionary at each reading, which
    /// cost a twentieth of the time of extracting a thousand small documents.
    static let environmentPassword = ProcessInfo.processInfo.environment["PIAGRAPH_PDF_PASSWORD"]
}

/// Documents opened through the front door, a failure said as the CLI says it.
enum Loader {
    static func source(_ path: String, _ input: InputOptions) throws -> SourceDocument {
        do {
            return try InputFile.load(path: path, options: input.options)
        } catch {
            throw CLIError(error.text)
        }
    }

    static func open(_ path: String, _ input: InputOptions, reading: Document.Reading = .asWritten) throws -> Document {
        try open(path, input.options, reading: reading)
    }

    static func open(_ path: String, _ options: InputFile.Options, reading: Document.Reading = .asWritten) throws -> Document {
        do {
            return try Document.open(path, options: options, reading: reading)
        } catch {
            throw CLIError(error.text)
        }
    }

    static func open(_ paths: [String], _ input: InputOptions, reading: Document.Reading = .asWritten) throws -> [Document] {
        try paths.map { try open($0, input, reading: reading) }
    }
}
