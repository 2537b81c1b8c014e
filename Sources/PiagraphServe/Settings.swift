import Foundation
import PiagraphMessages

/// What `piagraph serve` is allowed to take on: every bound a user or an upload can push on.
public struct ServeSettings: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    /// Documents processed at once (default: the machine's cores).
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Requests waiting for a job beyond those running; more are refused with 429.
    public var queue: Int = 16
    public var maxFileBytes: Int = 64 << 20
    public var maxFiles: Int = 200
    /// All the files of one request together.
    public var maxRequestBytes: Int = 256 << 20
    /// pdftotext's bound on one PDF, and the whole request's reading bound (408 past it).
    public var pdfSeconds: Int = 120
    public var requestSeconds: Int = 300
    /// Connections open at once; more wait in the listen backlog.
    public var connections: Int = 64
    /// A connection that sends nothing for this long is closed (a slow client holds no worker).
    public var idleSeconds: Int = 30
    /// Where each upload's private directory is made (and removed).
    public var temporaryDirectory: String = NSTemporaryDirectory()
    /// Where results are kept under numbered names (`--keep`); nil: nothing is kept.
    public var keep: String?
    /// The access token (`--token FILE`); nil: no authentication (loopback, or said loudly).
    public var token: String?
    /// The language of a page when the browser does not ask for one (`Accept-Language`, `?lang=`).
    public var language: Language = .en

    public init() {}

    /// Whether the host is reachable only from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
