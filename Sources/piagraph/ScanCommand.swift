import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphMessages
import PiagraphModel
import PiagraphParser
import PiagraphRender
import PiagraphText

enum ScanMergeBy: String, ExpressibleByArgument, CaseIterable { case body }

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.scanAbstract.text(language),
        discussion: HelpText.scanDiscussion.text(language))

    @Argument(help: help(.scanPaths))
    var paths: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var audit: AuditOptions

    @Option(
        name: .shortAndLong,
        help: help(.scanOutput, valueName: "dir"))
    var output: String?

    @Option(help: help(.scanJobs))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(inversion: .prefixedNo, help: help(.scanBom))
    var bom = true

    @Flag(help: help(.scanReports))
    var reports = false

    @Option(
        name: .customLong("merge-by"),
        help: help(.scanMergeBy, valueName: "body"))
    var mergeBy: ScanMergeBy?

    func validate() throws {
        if paths.isEmpty { throw usage(.giveFileOrDirectory) }
        if jobs < 1 { throw usage(.jobsMinimum) }
        if output == nil && (reports || mergeBy != nil) { throw usage(.scanWritesFiles) }
    }

    func run() throws {
        let items = ScanInputs.expand(paths)
        if items.isEmpty { throw CLIError(.nothingFound(paths)) }
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
            guard isDirectory.boolValue else { throw CLIError(.notADirectory(directory)) }
        } else if mkdir(directory, 0o777) != 0 {
            throw CLIError(.cannotMakeDirectory(directory, reason: String(cString: strerror(errno))))
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
                        (NoticeText.tooManyForMap(
                            body: TerminalText.escape(row.body), documents: files.count, maximum: MergeGuard.maxDocuments
                        )
                        .text(language) + "\n").utf8))
                continue
            }
            let documents = try Loader.open(files, input)
            // Grouped by their 評価実施機関名 already: one body, whatever the spelling of the rest.
            let body = try MergeGuard.body(documents, force: true)
            let merged: HTMLReport.Merged
            do { merged = try Review.merged(body, disabled: audit.disabled, name: row.body, language: language) } catch {
                throw CLIError(error.text)
            }
            let parts = documents.map { Review.notDrawn($0, disabled: audit.disabled) }
            let html = Review.html(title: row.body, parts: parts, merged: merged, language: language)
            let name = ScanLayout.bodyName(k + 1)
            do { try AtomicFile.write(Array(html.utf8), to: directory + "/" + name) } catch { throw CLIError(error.text) }
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
            throw CLIError(error.text)
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
            failure = CLIError(error.text)
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
            throw failure as? CLIError ?? CLIError(.cannotWriteScan(reason: failure.localizedDescription))
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
                    row: { try rows.read(starts[$0 - 1]..<starts[$0]) }, language: language, to: { try page.write($0) })
                try page.commit()
            } catch {
                page.discard()
                throw error
            }
        } catch {
            csv.discard()
            jsonl.discard()
            throw error as? CLIError ?? CLIError(.tool("\(error)"))
        }
        do {
            try csv.commit()
            try jsonl.commit()
        } catch {
            throw CLIError(error.text)
        }
    }
}
