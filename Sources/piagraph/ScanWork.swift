import Foundation
import PiagraphExport
import PiagraphKit
import PiagraphMessages
import PiagraphParser
import PiagraphRender

/// What a scan does with one document, on any thread: read, audit, summarize; optionally write
/// its report. Everything it returns is small (the document itself is dropped here).
struct ScanWork: Sendable {
    var input: InputFile.Options
    var disabled: Set<String>
    /// Where each document's report goes (DIR/reports), or nil for none.
    var reportsDirectory: String?
    /// Whether the CSV row and the overview's row are wanted (-o DIR), not only the JSON line.
    var tables: Bool

    struct Result: Sendable {
        var summary: DocumentSummary
        var jsonLine: [UInt8]
        var csvRow: [UInt8]
        /// Its row in the overview page.
        var htmlRow: [UInt8]
    }

    func run(_ item: ScanInputs.Item, index: Int) -> Result {
        let summary = summarize(item, index: index)
        guard tables else { return Result(summary: summary, jsonLine: CorpusTables.jsonLine(summary), csvRow: [], htmlRow: []) }
        let report = reportsDirectory != nil && summary.error == nil ? "reports/" + ScanLayout.reportName(index) : nil
        let row = summary.error == nil ? CorpusPage.documentRow(summary, report: report) : CorpusPage.failedRow(summary)
        return Result(
            summary: summary, jsonLine: CorpusTables.jsonLine(summary), csvRow: CorpusTables.csvRow(summary), htmlRow: Array(row.utf8))
    }

    func summarize(_ item: ScanInputs.Item, index: Int) -> DocumentSummary {
        if let error = item.error { return DocumentSummary(index: index, file: item.path, error: error) }
        let document: Document
        do { document = try Document.open(item.path, options: input) } catch {
            return DocumentSummary(index: index, file: item.path, error: error.text.text(language))
        }
        let findings = document.findings(disabled: disabled)
        if let directory = reportsDirectory {
            do {
                let part = try Review.part(document, disabled: disabled, language: language)
                let html = Review.html(title: Review.title([document]), parts: [part], language: language)
                try AtomicFile.write(Array(html.utf8), to: directory + "/" + ScanLayout.reportName(index))
            } catch let error as Document.Failure {
                return DocumentSummary(
                    index: index, file: item.path,
                    error: NoticeText.reportNotWritten(path: item.path, reason: error.text.text(language)).text(language))
            } catch {
                return DocumentSummary(
                    index: index, file: item.path, error: NoticeText.reportNotWritten(path: item.path, reason: "\(error)").text(language))
            }
        }
        return DocumentSummary(index: index, file: item.path, assessment: document.assessment, findings: findings)
    }
}

/// Names of the files a scan writes: numbered, never taken from a document's text.
enum ScanLayout {
    static func reportName(_ index: Int) -> String { "\(pad(index, 5)).html" }
    static func bodyName(_ index: Int) -> String { "\(pad(index, 4)).html" }
    static func pad(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
