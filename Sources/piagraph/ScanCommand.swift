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

enum ScanMergeBy: String, ExpressibleByArgument, CaseIterable { case body }

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read many assessments at once (files and directories) into tables and an overview.",
        discussion: """
            Directories are read recursively (.txt, .text and .pdf files, hidden ones skipped), in byte order \
            of their paths; results come in input order whatever --jobs is. Without -o, one JSON line per \
            document goes to stdout. With -o DIR: documents.csv, documents.jsonl, rules.csv, bodies.csv and \
            index.html (the overview). A document that cannot be read is listed with its error and the scan \
            goes on. Exit status: 0, 1 when a finding is at least --fail-on, 2 when a document could not be \
            read or on a usage error.
            """)

    @Argument(help: "Files and directories of assessments (PDF or text).")
    var paths: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var audit: AuditOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the tables and the overview into this directory (made if missing).", valueName: "dir"))
    var output: String?

    @Option(help: "Documents read at once (default: the machine's cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(inversion: .prefixedNo, help: "Begin the CSV files with a UTF-8 byte order mark, which Excel needs to read UTF-8.")
    var bom = true

    @Flag(help: "Also write each document's HTML report (with its diagram) into DIR/reports, linked from the overview.")
    var reports = false

    @Option(
        name: .customLong("merge-by"),
        help: ArgumentHelp("Also write one merged map and report per body into DIR/bodies.", valueName: "body"))
    var mergeBy: ScanMergeBy?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or directory.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if output == nil && (reports || mergeBy != nil) { throw ValidationError("--reports and --merge-by write files: give -o DIR.") }
    }

    func run() throws {
        let items = ScanInputs.expand(paths)
        if items.isEmpty { throw CLIError(message: "no .txt or .pdf file found in \(paths.joined(separator: ", "))") }
        let sink = try ScanSink(directory: output.map(Self.prepare), bom: bom, reports: reports)
        let work = ScanWork(
            input: input.options, disabled: audit.disabled, reportsDirectory: reports ? output.map { $0 + "/reports" } : nil,
            tables: output != nil)
        var progress = isatty(STDERR_FILENO) == 1 ? ScanProgress(total: items.count, totalBytes: items.reduce(0) { $0 + $1.bytes }) : nil
        ScanRunner(items: items, work: work) { result, item in
            sink.take(result)
            progress?.advance(bytes: item.bytes)
        }.run(jobs: jobs)
        progress?.finish()
        var bodyLinks: [String: String] = [:]
        if let directory = output, mergeBy == .body {
            do { bodyLinks = try writeBodies(sink.overview, items: items, into: directory + "/bodies") } catch {
                sink.abandon()
                throw error
            }
        }
        try sink.finish(bodyLinks: bodyLinks)
        if !sink.overview.failed.isEmpty { throw ExitCode(2) }
        if let worst = sink.overview.worst, worst >= audit.failOn { throw ExitCode(1) }
    }

    /// The output directory, made if missing (its parent must exist).
    static func prepare(_ directory: String) throws -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CLIError(message: "\(directory): exists and is not a directory") }
        } else if mkdir(directory, 0o777) != 0 {
            throw CLIError(message: "\(directory): cannot make the directory (\(String(cString: strerror(errno))))")
        }
        return directory
    }

    /// One merged map and report per body, read again body by body so that a scan's memory
    /// stays that of its largest body. A body of more than --merge's limit gets none (said).
    func writeBodies(_ overview: CorpusOverview, items: [ScanInputs.Item], into directory: String) throws -> [String: String] {
        _ = try Self.prepare(directory)
        var links: [String: String] = [:]
        for (k, row) in overview.bodyRows.enumerated() where row.body != CorpusOverview.unknownBody {
            let files = row.documents.map { items[$0 - 1].path }
            guard files.count <= MergeGuard.maxDocuments else {
                FileHandle.standardError.write(
                    Data(
                        "piagraph: \(TerminalText.escape(row.body)): \(files.count) documents, more than \(MergeGuard.maxDocuments): no merged map\n"
                            .utf8))
                continue
            }
            let documents = try Loader.open(files, input)
            // Grouped by their 評価実施機関名 already: one body, whatever the spelling of the rest.
            let body = try MergeGuard.body(documents, force: true)
            let merged: HTMLReport.Merged
            do { merged = try Review.merged(body, disabled: audit.disabled, name: row.body) } catch {
                throw CLIError(message: error.description)
            }
            let parts = documents.map { Review.notDrawn($0, disabled: audit.disabled) }
            let html = Review.html(title: row.body, parts: parts, merged: merged)
            let name = ScanLayout.bodyName(k + 1)
            do { try AtomicFile.write(Array(html.utf8), to: directory + "/" + name) } catch { throw CLIError(message: error.description) }
            links[row.body] = "bodies/" + name
        }
        return links
    }
}

/// Where a scan's results go, in input order: stdout (JSON Lines) or the tables in a directory.
final class ScanSink: @unchecked Sendable {
    let directory: String?
    let bom: Bool
    private(set) var overview = CorpusOverview()
    private var csv: AtomicFile.Growing?
    private var jsonl: AtomicFile.Growing?
    /// The overview's rows, put aside until the page is written body by body.
    private var rows: SpillFile?
    private var rowStarts: [Int] = [0]
    private var failure: Error?

    init(directory: String?, bom: Bool, reports: Bool) throws {
        self.directory = directory
        self.bom = bom
        guard let directory else { return }
        if reports { _ = try Scan.prepare(directory + "/reports") }
        do {
            csv = try AtomicFile.Growing(path: directory + "/documents.csv")
            jsonl = try AtomicFile.Growing(path: directory + "/documents.jsonl")
            try csv?.write((bom ? CSV.byteOrderMark : []) + CorpusTables.csvHeader())
        } catch {
            throw CLIError(message: error.description)
        }
        rows = try SpillFile(directory: directory)
    }

    /// Called in input order, one call at a time.
    func take(_ result: ScanWork.Result) {
        overview.add(result.summary)
        guard failure == nil else { return }
        do {
            if let csv, let jsonl, let rows {
                try csv.write(result.csvRow)
                try jsonl.write(result.jsonLine)
                rowStarts.append(try rows.append(result.htmlRow) + result.htmlRow.count)
            } else {
                try FileHandle.standardOutput.write(contentsOf: result.jsonLine)
            }
        } catch let error as AtomicFile.WriteError {
            failure = CLIError(message: error.description)
        } catch {
            failure = error
        }
    }

    /// The tables' temporary files removed: nothing half-written is left.
    func abandon() {
        csv?.discard()
        jsonl?.discard()
    }

    func finish(bodyLinks: [String: String]) throws {
        if let failure {
            csv?.discard()
            jsonl?.discard()
            throw failure as? CLIError ?? CLIError(message: "cannot write the scan's output (\(failure.localizedDescription))")
        }
        guard let directory, let csv, let jsonl, let rows else { return }
        let prefix = bom ? CSV.byteOrderMark : []
        let starts = rowStarts
        do {
            try AtomicFile.write(prefix + overview.rulesCSV(), to: directory + "/rules.csv")
            try AtomicFile.write(prefix + overview.bodiesCSV(), to: directory + "/bodies.csv")
            let page = try AtomicFile.Growing(path: directory + "/index.html")
            do {
                try CorpusPage.write(
                    overview, links: CorpusPage.Links(body: { bodyLinks[$0] }),
                    row: { try rows.read(starts[$0 - 1]..<starts[$0]) }, to: { try page.write($0) })
                try page.commit()
            } catch {
                page.discard()
                throw error
            }
        } catch {
            csv.discard()
            jsonl.discard()
            throw error as? CLIError ?? CLIError(message: "\(error)")
        }
        do {
            try csv.commit()
            try jsonl.commit()
        } catch {
            throw CLIError(message: error.description)
        }
    }
}
