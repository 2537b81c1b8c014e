import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphModel
import PiagraphParser
import PiagraphPDF
import PiagraphText

/// How inputs are opened, shared by every command that reads assessments.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The password of an encrypted PDF (also read from PIAGRAPH_PDF_PASSWORD).", valueName: "password"))
    var password: String?

    @Option(help: ArgumentHelp("Stop pdftotext after this many seconds on one PDF.", valueName: "seconds"))
    var pdfTimeout: Int = 120

    func validate() throws {
        if pdfTimeout < 1 { throw ValidationError("--pdf-timeout must be at least 1 second.") }
    }

    var options: InputFile.Options {
        var limits = Poppler.Limits()
        limits.seconds = pdfTimeout
        return InputFile.Options(password: password ?? ProcessInfo.processInfo.environment["PIAGRAPH_PDF_PASSWORD"], limits: limits)
    }
}

enum Loader {
    static func document(_ path: String, _ input: InputOptions) throws -> SourceDocument {
        do {
            return try InputFile.load(path: path, options: input.options)
        } catch {
            throw CLIError(message: error.description)
        }
    }

    static func loadAll(_ paths: [String], _ input: InputOptions) throws -> [Assessment] {
        try load(paths, input).map(\.assessment)
    }

    /// Each file read and parsed once, with its source text (for reports citing lines).
    static func load(_ paths: [String], _ input: InputOptions) throws -> [(document: SourceDocument, assessment: Assessment)] {
        var result: [(document: SourceDocument, assessment: Assessment)] = []
        for path in paths {
            let document = try self.document(path, input)
            let assessment = DocumentParser.parse(document)
            guard DocumentParser.isAssessment(assessment) else {
                throw CLIError(message: InputError.notAnAssessment(path: path).description)
            }
            result.append((document, assessment))
        }
        return result
    }
}
