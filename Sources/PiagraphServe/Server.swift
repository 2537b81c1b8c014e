import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PiagraphMessages
import ServiceLifecycle

/// `piagraph serve`: the review desk over HTTP (Hummingbird 2). Stateless by default: an
/// upload is received into a private temporary directory, reviewed through the same front door
/// as the command line (PiagraphKit), and removed when the page is made.
public struct DeskServer: Sendable {
    public let settings: ServeSettings
    let desk: Desk
    let gate: JobGate

    public init(settings: ServeSettings, version: String) {
        self.settings = settings
        self.desk = Desk(settings: settings, version: version)
        self.gate = JobGate(jobs: settings.jobs, queue: settings.queue)
    }

    // MARK: Language, auth

    /// The page's language: `?lang=`, else the browser's first choice, else the server's.
    func language(_ request: Request) -> Language {
        if let lang = request.uri.queryParameters.get("lang"), let chosen = Language(rawValue: lang) { return chosen }
        if let accept = request.headers[.acceptLanguage]?.lowercased() {
            return accept.hasPrefix("ja") ? .ja : accept.hasPrefix("en") ? .en : settings.language
        }
        return settings.language
    }

    /// What the session cookie holds: derived from the token, never the token itself.
    static func session(_ token: String) -> String {
        let key = SymmetricKey(data: Data(token.utf8))
        return Data(HMAC<SHA256>.authenticationCode(for: Data("piagraph-session".utf8), using: key)).base64EncodedString()
    }

    /// Equal without telling by its time where the first difference is.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) { difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0) }
        return difference == 0
    }

    func authorized(_ request: Request) -> Bool {
        guard let token = settings.token else { return true }
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            return Self.same(String(header.dropFirst(7)), token)
        }
        let cookies = request.headers[values: .cookie].flatMap { $0.split(separator: ";") }
        for cookie in cookies {
            let pair = cookie.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, pair[0] == "piagraph_session", Self.same(pair[1], Self.session(token)) { return true }
        }
        return false
    }

    // MARK: Responses

    static func html(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    func failure(_ status: HTTPResponse.Status, _ text: ServeText, _ l: Language) -> Response {
        Self.html(status, Pages.message("\(status.code) — " + ServeText.title.text(l), text.text(l), l))
    }

    // MARK: Routes

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog())
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorPages(server: self))
        router.get("healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.head("healthz") { _, _ in Response(status: .ok, headers: [.contentType: "text/plain"]) }
        router.get("/") { request, _ in
            let l = language(request)
            guard authorized(request) else { return Response(status: .seeOther, headers: [.location: "/login?lang=\(l.rawValue)"]) }
            return Self.html(.ok, Pages.upload(settings, l))
        }
        router.get("login") { request, _ in Self.html(.ok, Pages.login(wrong: false, language(request))) }
        router.post("login") { request, _ in
            let l = language(request)
            let form = try await request.body.collect(upTo: 4096)
            let token = URLComponents(string: "?" + String(buffer: form))?.queryItems?.first { $0.name == "token" }?.value ?? ""
            guard let expected = settings.token, Self.same(token, expected) else {
                return Self.html(.unauthorized, Pages.login(wrong: true, l))
            }
            var headers: HTTPFields = [.location: "/?lang=\(l.rawValue)"]
            headers[.setCookie] = "piagraph_session=\(Self.session(expected)); Path=/; HttpOnly; SameSite=Strict"
            return Response(status: .seeOther, headers: headers)
        }
        router.post("review") { request, _ in try await review(request) }
        router.post("download") { request, _ in try await review(request, download: true) }
        return router
    }

    /// An upload's review, or (`download`) a drawing of the document a review page sent back.
    func review(_ request: Request, download: Bool = false) async throws -> Response {
        let l = language(request)
        guard authorized(request) else { return failure(.unauthorized, .unauthorized, l) }
        let upload: Upload
        do { upload = try Upload(settings: settings) } catch { return failure(.internalServerError, .internalError, l) }
        // The body is received before a job is taken: a slow client holds a connection (closed
        // when idle, refused past the reading time), never a worker.
        do {
            try await upload.receive(request.body, contentType: request.headers[.contentType])
        } catch {
            upload.remove()
            switch error as? Upload.Failure {
            case .tooLarge?:
                return self.failure(
                    .contentTooLarge, .tooLarge(maxFileMB: settings.maxFileBytes >> 20, maxRequestMB: settings.maxRequestBytes >> 20), l)
            case .tooManyFiles?: return self.failure(.contentTooLarge, .tooManyFiles(max: settings.maxFiles), l)
            case .tooSlow?: return self.failure(.requestTimeout, .timedOut(seconds: settings.requestSeconds), l)
            case .notMultipart?, .malformed?: return self.failure(.badRequest, .badUpload, l)
            case nil: throw error  // the client went away
            }
        }
        guard await gate.enter() else {
            upload.remove()
            return failure(.tooManyRequests, .busy, l)
        }
        let action = upload.fields["action"].flatMap(Desk.Action.init(rawValue:)) ?? .review
        let format = upload.fields["format"] ?? ""
        let files = download ? upload.returnedDocument().map { [$0] } ?? [] : upload.files
        let desk = self.desk
        let gate = self.gate
        // The upload's directory and the job's slot are given back when the work ends, also
        // when the response did not wait for it (408).
        let outcome = await Self.within(seconds: settings.requestSeconds) {
            let result = Result { () throws(Desk.Failure) -> Reply in
                if download {
                    guard let file = files.first else { throw .noFile }
                    return .file(try desk.download(format, file: file, l))
                }
                return .page(try desk.page(action, files: files, language: l))
            }
            upload.remove()
            Task { await gate.leave() }
            return result
        }
        switch outcome {
        case nil: return failure(.requestTimeout, .timedOut(seconds: settings.requestSeconds), l)
        case .success(.file(let file))?:
            let headers: HTTPFields = [.contentType: file.type, .contentDisposition: "attachment; filename=\"\(file.name)\""]
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
        case .success(.page(let page))?:
            if let keep = settings.keep { Keeper.keep(page, in: keep) }
            return Self.html(.ok, page)
        case .failure(.noFile)?: return failure(.badRequest, .noFile, l)
        case .failure(.diffNeedsTwo)?: return failure(.badRequest, .diffNeedsTwo, l)
        case .failure(.unreadable(let reason))?: return failure(.unprocessableContent, .couldNotRead(reason), l)
        }
    }

    /// The work on a thread of its own (it is CPU-bound and calls Graphviz under its lock), given
    /// up after `seconds`: the response is then 408, and the work ends on its own (pdftotext is
    /// bounded by the PDF timeout).
    static func within<T: Sendable>(seconds: Int, _ work: @escaping @Sendable () -> T) async -> T? {
        let box = Once<T>()
        let thread = Thread {
            let value = work()
            box.finish(value)
        }
        thread.stackSize = 8 << 20
        thread.start()
        return await box.value(timeout: .seconds(seconds))
    }

    // MARK: Running

    /// The application: tests run it through HummingbirdTesting; `run` serves it.
    public func application(onRunning: @escaping @Sendable (Int) -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(settings.idleSeconds)))),
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(settings.connections)),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
            logger: Logger(label: "piagraph-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    /// Serves until SIGTERM or SIGINT; requests in flight finish (for at most 30 s) before it
    /// returns.
    public func run(onRunning: @escaping @Sendable (Int) -> Void) async throws {
        var configuration = ServiceGroupConfiguration(
            services: [application(onRunning: onRunning)], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "piagraph-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        configuration.maximumGracefulShutdownDuration = .seconds(30)
        try await ServiceGroup(configuration: configuration).run()
    }
}

/// What the work gives back: a page, or a file to download.
enum Reply: Sendable {
    case page(String)
    case file(Pages.Download)
}

/// A value one thread gives and an async waiter takes, or gives up on after a while.
final class Once<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: T?
    private var waiter: CheckedContinuation<T?, Never>?
    private var done = false

    func finish(_ value: T) {
        lock.lock()
        guard !done else {
            lock.unlock()
            return
        }
        done = true
        if let waiter {
            self.waiter = nil
            lock.unlock()
            waiter.resume(returning: value)
        } else {
            result = value
            lock.unlock()
        }
    }

    private func expire() {
        lock.lock()
        guard !done else {
            lock.unlock()
            return
        }
        done = true
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(returning: nil)
    }

    func value(timeout: Duration) async -> T? {
        let timer = Task {
            try? await Task.sleep(for: timeout)
            self.expire()
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            lock.lock()
            if let result {
                lock.unlock()
                continuation.resume(returning: result)
            } else if done {
                lock.unlock()
                continuation.resume(returning: nil)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}

/// `--keep DIR`: each result under the next free number (00001.html …), never a name taken
/// from an upload.
enum Keeper {
    static let lock = NSLock()

    static func keep(_ page: String, in directory: String) {
        lock.lock()
        defer { lock.unlock() }
        let taken = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let next = (taken.compactMap { Int($0.prefix(5)) }.max() ?? 0) + 1
        let path = directory + "/" + String(format: "%05d.html", next)
        FileManager.default.createFile(atPath: path, contents: Data(page.utf8), attributes: [.posixPermissions: 0o600])
    }
}

/// Security headers on every response: no script but the upload page's one (pinned by hash),
/// no framing, no sniffing, no referrer, nothing cached.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '\(Pages.scriptHash)'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

/// A request the routes do not answer (no such page, a method not served), or a failure they
/// did not expect: a page that says so, with the right status, never a stack or an empty body.
struct ErrorPages: RouterMiddleware {
    typealias Context = BasicRequestContext
    let server: DeskServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let l = server.language(request)
            return server.failure(error.status, error.status == .notFound ? .notFound : .badUpload, l)
        } catch {
            return server.failure(.internalServerError, .internalError, server.language(request))
        }
    }
}

/// One line on stderr per request: method, path, status, size, time. Nothing of a document.
struct AccessLog: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            log(request, status: (error as? any HTTPResponseError)?.status.code ?? 500, size: 0, since: start)
            throw error
        }
        log(request, status: response.status.code, size: response.body.contentLength ?? 0, since: start)
        return response
    }

    func log(_ request: Request, status: Int, size: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        // The path as sent, its control characters out (the log is read in a terminal).
        let path = String(request.uri.path.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200))
        let line = "\(request.method.rawValue) \(path) \(status) \(size) \(ms)ms\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
