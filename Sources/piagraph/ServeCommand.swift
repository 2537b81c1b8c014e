import ArgumentParser
import Foundation
import PiagraphMessages
import PiagraphServe

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.serveAbstract.text(language), discussion: HelpText.serveDiscussion.text(language))

    @Option(help: help(.serveHost, valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: help(.servePort, valueName: "port"))
    var port = 8080

    @Option(help: help(.serveJobs))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: help(.serveQueue))
    var queue = 16

    @Option(name: .customLong("max-file-mb"), help: help(.serveMaxFile, valueName: "MB"))
    var maxFileMB = 64

    @Option(help: help(.serveMaxFiles))
    var maxFiles = 200

    @Option(name: .customLong("max-request-mb"), help: help(.serveMaxRequest, valueName: "MB"))
    var maxRequestMB = 256

    @Option(help: help(.pdfTimeout, valueName: "seconds"))
    var pdfTimeout = 120

    @Option(help: help(.serveRequestTimeout, valueName: "seconds"))
    var requestTimeout = 300

    @Option(help: help(.serveKeep, valueName: "dir"))
    var keep: String?

    @Option(help: help(.serveToken, valueName: "file"))
    var token: String?

    @Flag(name: .customLong("insecure-no-auth"), help: help(.serveInsecure))
    var insecureNoAuth = false

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw usage(.portRange) }
        if jobs < 1 { throw usage(.jobsMinimum) }
        if maxFileMB < 1 || maxFiles < 1 || maxRequestMB < 1 || pdfTimeout < 1 || requestTimeout < 1 || queue < 0 {
            throw usage(.boundsPositive)
        }
        if !ServeSettings.isLoopback(host) && token == nil && !insecureNoAuth {
            throw ValidationError(ServeText.needsToken(host).text(language))
        }
    }

    func run() throws {
        var settings = ServeSettings()
        settings.host = host
        settings.port = port
        settings.jobs = jobs
        settings.queue = queue
        settings.maxFileBytes = maxFileMB << 20
        settings.maxFiles = maxFiles
        settings.maxRequestBytes = maxRequestMB << 20
        settings.pdfSeconds = pdfTimeout
        settings.requestSeconds = requestTimeout
        settings.language = language
        if let token {
            guard let text = try? String(contentsOfFile: token, encoding: .utf8) else {
                throw CLIError(.serve(.tokenFileUnreadable(token)))
            }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard value.count >= 16 else { throw CLIError(.serve(.tokenTooShort(token))) }
            settings.token = value
        }
        if let keep {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: keep, isDirectory: &isDirectory) {
                guard mkdir(keep, 0o700) == 0 else { throw CLIError(.cannotMakeDirectory(keep, reason: String(cString: strerror(errno)))) }
            } else if !isDirectory.boolValue {
                throw CLIError(.notADirectory(keep))
            }
            settings.keep = keep
        }
        let server = DeskServer(settings: settings, version: Piagraph.version)
        let host = self.host
        let kept = settings.keep
        let insecure = insecureNoAuth && settings.token == nil && !ServeSettings.isLoopback(host)
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    var lines = [ServeText.listening("http://\(shown):\(port)/").text(language)]
                    if insecure { lines.append(ServeText.insecure(host).text(language)) }
                    if let keep = kept { lines.append(ServeText.keeping(keep).text(language)) }
                    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = failure.get() { throw CLIError(.tool(message)) }
    }
}

/// The server's failure, handed from its task to the command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ text: String) {
        lock.lock()
        message = text
        lock.unlock()
    }
    func get() -> String? {
        lock.lock()
        defer { lock.unlock() }
        return message
    }
}
