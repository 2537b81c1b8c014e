import Foundation
import PiagraphAudit
import PiagraphGraph
import PiagraphHistory
import PiagraphMessages
import PiagraphModel
import PiagraphPDF
import PiagraphParser
import PiagraphText

/// One assessment as piagraph reads it: its source (a text file, or the text layer of a PDF),
/// the facts it states, the graph they make and the audit's findings. The front door of the
/// library: every command, `scan`, the benchmark and the fuzz targets read documents through
/// it. Each stage is built once, on first use, and kept.
///
///     let document = try Document.open("評価書.pdf")
///     for finding in document.findings() { print(document.source.path, finding.line ?? 0, finding.message) }
///
/// A document is used on one thread at a time (`scan` gives each worker its own).
public final class Document {
    /// How the facts are read: as written, with what the change log recovers, as of a date.
    public struct Reading: Sendable, Hashable {
        /// Add facts of sections the body lost from the (別添2) change log (`--recover`).
        public var recover: Bool
        /// The facts as they stood on this day, as far as the change log allows (`--at`).
        public var at: JapaneseDate?

        public init(recover: Bool = false, at: JapaneseDate? = nil) {
            self.recover = recover
            self.at = at
        }

        public static let asWritten = Reading()
    }

    /// Why a document could not be opened, as one line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let text: ErrorText
        public var description: String { text.english }
        public init(_ text: ErrorText) { self.text = text }
    }

    public let source: SourceDocument
    public let reading: Reading
    /// The facts as the text states them.
    public let written: Assessment
    /// The facts as read (`written`, unless the reading recovers or replays the change log).
    public let assessment: Assessment
    /// What recovering or replaying the change log could and could not do.
    public let notes: [HistoryNote]

    private var builtContext: AuditContext?
    private var builtFindings: [Set<String>: [Finding]] = [:]

    /// Reads a source already in memory (the benchmark, the fuzz targets, a server's upload).
    public init(source: SourceDocument, reading: Reading = .asWritten) {
        self.source = source
        self.reading = reading
        let written = DocumentParser.parse(source)
        var assessment = written
        var notes: [HistoryNote] = []
        if reading.recover {
            let r = History.recover(assessment)
            assessment = r.assessment
            notes += r.notes
        }
        if let date = reading.at {
            let r = History.replay(assessment, at: date)
            assessment = r.assessment
            notes += r.notes
        }
        self.written = written
        self.assessment = assessment
        self.notes = notes
    }

    /// Opens a file, text or PDF, and reads it; a file that is not an assessment is refused.
    public static func open(
        _ path: String, options: InputFile.Options = InputFile.Options(),
        reading: Reading = .asWritten
    ) throws(Failure) -> Document {
        let source: SourceDocument
        do { source = try InputFile.load(path: path, options: options) } catch { throw Failure(error.text) }
        let document = Document(source: source, reading: reading)
        guard document.isAssessment else { throw Failure(.input(.notAnAssessment(path: path))) }
        return document
    }

    public var path: String { source.path }
    /// The text's lines (a PDF's text layer), which facts and findings cite by number.
    public var lines: [Substring] { source.lines }

    /// Whether the text was recognised as an assessment at all.
    public var isAssessment: Bool { DocumentParser.isAssessment(written) }

    /// What every rule reads: the facts, their graph and its reachability.
    public var context: AuditContext {
        if let builtContext { return builtContext }
        let context = AuditContext(assessment)
        builtContext = context
        return context
    }

    /// The architecture the facts describe.
    public var graph: ArchitectureGraph { context.graph }

    /// The audit's findings, rules of `disabled` left out.
    public func findings(disabled: Set<String> = []) -> [Finding] {
        if let found = builtFindings[disabled] { return found }
        let found = Auditor.run(context, disabled: disabled)
        builtFindings[disabled] = found
        return found
    }
}
