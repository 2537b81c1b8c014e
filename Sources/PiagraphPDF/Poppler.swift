import Foundation

/// Why a PDF could not be read. Each case renders as one line.
public enum PDFError: Error, Hashable, Sendable, CustomStringConvertible {
    case toolMissing(path: String)
    case encrypted(path: String)
    case wrongPassword(path: String)
    case noPages(path: String)
    case noTextLayer(path: String, pages: Int)
    case damaged(path: String, reason: String)
    case timedOut(path: String, seconds: Int)
    case crashed(path: String, signal: Int32, memoryMiB: Int)
    case tooMuchOutput(path: String, limit: Int)

    public var description: String {
        switch self {
        case .toolMissing(let p):
            return "\(p): reading a PDF needs poppler's pdftotext, which is not on PATH (Debian/Ubuntu: apt-get install poppler-utils)"
        case .encrypted(let p):
            return "\(p): the PDF is encrypted; give its password with --password"
        case .wrongPassword(let p):
            return "\(p): the PDF is encrypted and the password given with --password does not open it"
        case .noPages(let p):
            return "\(p): the PDF has no pages"
        case .noTextLayer(let p, let n):
            return
                "\(p): none of the PDF's \(n) page(s) has a text layer (a scanned document?); run OCR on it first (for example ocrmypdf -l jpn)"
        case .damaged(let p, let r):
            return "\(p): the PDF is damaged or truncated (\(r))"
        case .timedOut(let p, let s):
            return "\(p): pdftotext did not finish within \(s) s and was stopped; the PDF may be malformed"
        case .crashed(let p, let signal, let memory):
            return
                "\(p): pdftotext stopped on signal \(signal) while reading the PDF (past its \(memory) MiB memory bound, or a malformed PDF)"
        case .tooMuchOutput(let p, let l):
            return "\(p): pdftotext wrote more than \(l) bytes for this PDF and was stopped; the PDF may be malformed"
        }
    }
}

/// Runs poppler's `pdftotext -bbox-layout` as a separate process. poppler is GPL and
/// piagraph links Graphviz (EPL-1.0), so poppler is never linked in; the process boundary also
/// keeps a malformed PDF from harming piagraph: it runs under a time, memory and output bound
/// and is killed past them. Its output goes through a pipe: no temporary file is written.
public enum Poppler {
    public struct Limits: Sendable {
        public var seconds: Int
        /// Address space of the process (`ulimit -v`), in MiB.
        public var memoryMiB: Int
        public var outputBytes: Int
        public init(seconds: Int = 120, memoryMiB: Int = 2048, outputBytes: Int = 512 * 1024 * 1024) {
            self.seconds = seconds
            self.memoryMiB = memoryMiB
            self.outputBytes = outputBytes
        }
    }

    /// A PDF's bytes begin with `%PDF-` (some writers put a few bytes of junk before it).
    public static func isPDF(_ prefix: some Collection<UInt8>) -> Bool {
        let magic: [UInt8] = Array("%PDF-".utf8)
        let head = Array(prefix.prefix(1024))
        guard head.count >= magic.count else { return false }
        for k in 0...(head.count - magic.count) where head[k] == 0x25 && head[k..<(k + magic.count)].elementsEqual(magic) {
            return true
        }
        return false
    }

    /// The pages of the PDF at `path`, with their words.
    public static func pages(path: String, password: String?, limits: Limits = Limits()) throws(PDFError) -> [PDFPage] {
        try pages(fromXHTML: try xhtml(path: path, password: password, limits: limits), path: path)
    }

    /// pdftotext's `-bbox-layout` output for the PDF at `path`, its errors told apart.
    public static func xhtml(path: String, password: String?, limits: Limits = Limits()) throws(PDFError) -> [UInt8] {
        guard let tool = which("pdftotext") else { throw .toolMissing(path: path) }
        var arguments = ["-bbox-layout", "-enc", "UTF-8"]
        if let password { arguments += ["-upw", password] }
        arguments += ["--", path, "-"]
        let result = run(tool, arguments, limits: limits)
        if result.timedOut { throw .timedOut(path: path, seconds: limits.seconds) }
        if result.truncated { throw .tooMuchOutput(path: path, limit: limits.outputBytes) }
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        if stderr.contains("Incorrect password") {
            throw password == nil ? .encrypted(path: path) : .wrongPassword(path: path)
        }
        if stderr.contains("Invalid page count 0") { throw .noPages(path: path) }
        if result.signalled { throw .crashed(path: path, signal: result.status, memoryMiB: limits.memoryMiB) }
        if result.status != 0 { throw .damaged(path: path, reason: reason(stderr, status: result.status)) }
        return result.stdout
    }

    /// The pages of pdftotext's output; an output without pages or without any word is an error.
    public static func pages(fromXHTML xhtml: [UInt8], path: String) throws(PDFError) -> [PDFPage] {
        let pages = BBoxXHTML.pages(xhtml)
        if pages.isEmpty {
            // A complete output with no page: the document is empty; otherwise it was cut off.
            if !xhtml.isEmpty && !String(decoding: xhtml.suffix(64), as: UTF8.self).contains("</html>") {
                throw .damaged(path: path, reason: "pdftotext's output ended early")
            }
            throw .noPages(path: path)
        }
        if pages.allSatisfy({ $0.words.isEmpty }) { throw .noTextLayer(path: path, pages: pages.count) }
        return pages
    }

    static func reason(_ stderr: String, status: Int32) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { String($0) }
        let first = lines.first { $0.contains("Error") } ?? lines.first ?? "pdftotext exit status \(status)"
        return first.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(String.init).joined()
    }

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + tool
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Result {
        var status: Int32 = 0
        var signalled = false
        var timedOut = false
        var truncated = false
        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
    }

    /// Collects a pipe's bytes on its own thread, up to a bound.
    final class Drain: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        private var over = false
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle, limit: Int, onOverflow: @escaping @Sendable () -> Void) {
            Thread.detachNewThread { [self] in
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    lock.lock()
                    if bytes.count + chunk.count > limit {
                        over = true
                        lock.unlock()
                        onOverflow()
                        // Keep reading so that the process is not blocked on a full pipe.
                        continue
                    }
                    bytes.append(contentsOf: chunk)
                    lock.unlock()
                }
                done.signal()
            }
        }

        func wait() -> (bytes: [UInt8], overflowed: Bool) {
            done.wait()
            lock.lock()
            defer { lock.unlock() }
            return (bytes, over)
        }
    }

    static func run(_ tool: String, _ arguments: [String], limits: Limits) -> Result {
        let process = Process()
        // The memory bound is set by the shell that then becomes pdftotext (exec).
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(limits.memoryMiB * 1024) 2>/dev/null; exec \"$0\" \"$@\"", tool] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        var result = Result()
        do { try process.run() } catch {
            result.status = 127
            result.stderr = Array("cannot start pdftotext: \(error.localizedDescription)".utf8)
            return result
        }
        let pid = process.processIdentifier
        let kill: @Sendable () -> Void = { Foundation.kill(pid, SIGKILL) }
        let stdout = Drain(out.fileHandleForReading, limit: limits.outputBytes, onOverflow: kill)
        let stderr = Drain(err.fileHandleForReading, limit: 64 * 1024, onOverflow: {})
        if exited.wait(timeout: .now() + .seconds(limits.seconds)) == .timedOut {
            result.timedOut = true
            Foundation.kill(pid, SIGKILL)
            exited.wait()
        }
        let (outBytes, overflowed) = stdout.wait()
        result.stdout = outBytes
        result.truncated = overflowed
        result.stderr = stderr.wait().bytes
        result.status = process.terminationStatus
        result.signalled = process.terminationReason == .uncaughtSignal
        return result
    }
}
