import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphKit
import PiagraphGraph
import PiagraphModel
import PiagraphParser
import PiagraphRender
import PiagraphText

/// The files a scan reads, in its input order: each argument in turn; a directory's text and
/// PDF files (recursively, hidden ones skipped) sorted by path.
enum ScanInputs {
    static let extensions: Set<String> = ["txt", "text", "pdf"]

    struct Item: Sendable {
        var path: String
        var bytes: Int
        /// Why the path cannot be scanned (it does not exist, cannot be listed).
        var error: String?
    }

    static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                items.append(Item(path: path, bytes: 0, error: "\(path): no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                items.append(Item(path: path, bytes: size(path), error: nil))
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                items.append(Item(path: path, bytes: 0, error: "\(path): cannot list the directory"))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [Item] = []
            while let relative = enumerator.nextObject() as? String {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
                // stat, not the enumerator's attributes: a symbolic link to a file counts as the file.
                var info = stat()
                let full = base + "/" + relative
                guard stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                found.append(Item(path: full, bytes: Int(info.st_size), error: nil))
            }
            // Byte order of paths: the same order on every machine and locale.
            items += found.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        }
        return items
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

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
        return Result(summary: summary, jsonLine: CorpusTables.jsonLine(summary), csvRow: CorpusTables.csvRow(summary), htmlRow: Array(row.utf8))
    }

    func summarize(_ item: ScanInputs.Item, index: Int) -> DocumentSummary {
        if let error = item.error { return DocumentSummary(index: index, file: item.path, error: error) }
        let document: Document
        do { document = try Document.open(item.path, options: input) } catch {
            return DocumentSummary(index: index, file: item.path, error: error.description)
        }
        let findings = document.findings(disabled: disabled)
        if let directory = reportsDirectory {
            do {
                let part = try Review.part(document, disabled: disabled)
                let html = Review.html(title: Review.title([document]), parts: [part])
                try AtomicFile.write(Array(html.utf8), to: directory + "/" + ScanLayout.reportName(index))
            } catch let error as Document.Failure {
                return DocumentSummary(index: index, file: item.path, error: "\(item.path): report not written: \(error.description)")
            } catch {
                return DocumentSummary(index: index, file: item.path, error: "\(item.path): report not written: \(error)")
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

/// Runs the work on `jobs` threads and hands the results to `deliver` in input order, from one
/// thread at a time; results that finish early wait in a buffer (at most a few per job).
final class ScanRunner: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var delivered = 0
    private var waiting: [Int: ScanWork.Result] = [:]
    private let items: [ScanInputs.Item]
    private let work: ScanWork
    private let deliver: (ScanWork.Result, ScanInputs.Item) -> Void

    init(items: [ScanInputs.Item], work: ScanWork, deliver: @escaping (ScanWork.Result, ScanInputs.Item) -> Void) {
        self.items = items
        self.work = work
        self.deliver = deliver
    }

    func run(jobs: Int) {
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, items.count))) { _ in worker() }
    }

    private func worker() {
        while true {
            lock.lock()
            guard next < items.count else { lock.unlock(); return }
            let k = next
            next += 1
            lock.unlock()
            let result = work.run(items[k], index: k + 1)
            lock.lock()
            waiting[k] = result
            while let ready = waiting.removeValue(forKey: delivered) {
                deliver(ready, items[delivered])
                delivered += 1
            }
            lock.unlock()
        }
    }
}

/// The progress line on a terminal: documents, MB/s, time left. Redrawn at most 5 times a second.
struct ScanProgress {
    let total: Int
    let totalBytes: Int
    let start = Date()
    var done = 0
    var doneBytes = 0
    var lastDrawn = Date.distantPast

    mutating func advance(bytes: Int) {
        done += 1
        doneBytes += bytes
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(doneBytes) / seconds
        let left = rate > 0 ? Int(Double(totalBytes - doneBytes) / rate) : 0
        let line = "piagraph scan: \(done)/\(total) documents, \(String(format: "%.1f", rate / 1_000_000)) MB/s, \(left / 60):\(ScanLayout.pad(left % 60, 2)) left"
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}

/// Bytes put aside and read back by position: a file with no name (unlinked as soon as it is
/// made), so nothing is left behind whatever happens to the process.
final class SpillFile {
    private let fd: CInt
    private var buffer: [UInt8] = []
    private(set) var size = 0

    init(directory: String) throws {
        var template = Array((directory + "/.piagraph-spill-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError(message: "\(directory): cannot write (\(String(cString: strerror(errno))))") }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    deinit { close(fd) }

    /// Appends and returns the bytes' position.
    func append(_ bytes: [UInt8]) throws -> Int {
        let at = size
        buffer += bytes
        size += bytes.count
        if buffer.count >= 1 << 20 { try flush() }
        return at
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            guard n > 0 else { throw CLIError(message: "cannot write a temporary file (\(String(cString: strerror(errno))))") }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func read(_ range: Range<Int>) throws -> [UInt8] {
        try flush()
        var out = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            guard n > 0 else { throw CLIError(message: "cannot read a temporary file back (\(String(cString: strerror(errno))))") }
            done += n
        }
        return out
    }
}
