import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PiagraphMessages
import Testing

@testable import PiagraphServe

/// `piagraph serve` (issue 22), through Hummingbird's testing client: every page, every
/// download, every bound and its status, authentication on and off, hostile input.
@Suite struct ServeTests {
    static let boundary = "piagraph-test-boundary"

    /// A multipart/form-data body as a browser sends it.
    static func form(files: [(name: String, data: Data)], action: String? = nil) -> ByteBuffer {
        var body = Data()
        for file in files {
            body += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += file.data + Data("\r\n".utf8)
        }
        if let action {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\n\(action)\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(bytes: body)
    }

    static let multipart: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

    static func example(_ name: String, _ ext: String = "txt") throws -> (name: String, data: Data) {
        (name + "." + ext, try Data(contentsOf: Repo.examples.appendingPathComponent(name + "." + ext)))
    }

    static func server(_ configure: (inout ServeSettings) -> Void = { _ in }) -> DeskServer {
        var settings = ServeSettings()
        settings.port = 0
        configure(&settings)
        return DeskServer(settings: settings, version: "test")
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test func uploadPageHealthAndHeaders() async throws {
        try await Self.server().application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response) == "ok\n")
            }
            try await client.execute(uri: "/healthz", method: .head) { response in #expect(response.status == .ok) }
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "ja,en;q=0.8"]) { response in
                #expect(response.status == .ok)
                let page = Self.text(response)
                #expect(page.contains("<html lang=\"ja\">") && page.contains("点検する評価書"))
                #expect(page.contains("enctype=\"multipart/form-data\"") && page.contains("name=\"files\""))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'sha256-"))
                #expect(!policy.contains("unsafe-inline'; script") && !policy.contains("script-src 'unsafe-inline'"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                // The page's only script is the one the policy pins.
                let scripts = page.matches(of: #/<script>([\s\S]*?)</script>/#).map { String($0.1) }
                #expect(scripts == [Pages.script])
            }
            try await client.execute(uri: "/?lang=en", method: .get, headers: [.acceptLanguage: "ja"]) { response in
                #expect(Self.text(response).contains("Assessments to review"), "?lang= before the browser's choice")
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Self.text(response).contains("No such page"), "a page, not an empty body")
                #expect(response.headers[.contentSecurityPolicy] != nil, "with the security headers")
            }
        }
    }

    @Test func oneDocumentIsReviewedWithItsDownloads() async throws {
        let file = try Self.example("003_fb1bf0b09c48865e")
        try await Self.server().application().test(.router) { client in
            try await client.execute(uri: "/review?lang=ja", method: .post, headers: Self.multipart, body: Self.form(files: [file])) {
                response in
                #expect(response.status == .ok)
                let page = Self.text(response)
                #expect(page.contains("<table class=\"findings\">") && page.contains("<svg"))
                #expect(page.contains("指摘：7件"), "003's seven findings (docs/check.md)")
                #expect(page.contains("003_fb1bf0b09c48865e.txt"), "the name the user gave, not the temporary one")
                #expect(!page.contains("piagraph-serve-"), "no temporary path in the page")
                for name in ["piagraph.svg", "piagraph.dot", "piagraph.json", "findings.sarif"] {
                    #expect(page.contains("download=\"\(name)\""), "\(name)")
                }
                // PNG, PDF and the 個人番号 highlight are drawn when asked for, from the document
                // the page sends back.
                for format in ["png", "pdf", "mynumber"] { #expect(page.contains("name=\"format\" value=\"\(format)\""), "\(format)") }
                let sent = try #require(page.firstMatch(of: #/name="document" value="([A-Za-z0-9+/=]+)"/#))
                #expect(Data(base64Encoded: String(sent.1)) == file.data, "the page holds the document as it was sent")
            }
        }
    }

    @Test func aReviewPageDrawsWhatItIsAskedFor() async throws {
        let file = try Self.example("003_fb1bf0b09c48865e")
        @Sendable func back(_ format: String) -> ByteBuffer {
            var body = Data()
            for (name, value) in [("name", file.name), ("document", file.data.base64EncodedString()), ("format", format)] {
                body += Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            }
            body += Data("--\(Self.boundary)--\r\n".utf8)
            return ByteBuffer(bytes: body)
        }
        try await Self.server().application().test(.router) { client in
            try await client.execute(uri: "/download?lang=ja", method: .post, headers: Self.multipart, body: back("png")) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"piagraph.png\"")
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            }
            try await client.execute(uri: "/download", method: .post, headers: Self.multipart, body: back("pdf")) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("%PDF"))
            }
            try await client.execute(uri: "/download", method: .post, headers: Self.multipart, body: back("mynumber")) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<svg"))
            }
            try await client.execute(uri: "/download", method: .post, headers: Self.multipart, body: back("exe")) { response in
                #expect(response.status == .badRequest, "an unknown format")
            }
            try await client.execute(uri: "/download", method: .post, headers: Self.multipart, body: Self.form(files: [])) { response in
                #expect(response.status == .badRequest, "no document sent back")
            }
        }
    }

    @Test func severalOfOneBodyGiveTheMergedMapTwoVersionsTheirChangesABatchItsOverview() async throws {
        let chiba = [try Self.example("000_97d125f7b61b0f43"), try Self.example("003_fb1bf0b09c48865e")]
        try await Self.server().application().test(.router) { client in
            try await client.execute(uri: "/review?lang=en", method: .post, headers: Self.multipart, body: Self.form(files: chiba)) {
                response in
                #expect(response.status == .ok)
                let page = Self.text(response)
                #expect(page.contains(">Merged map<") && page.contains("download=\"merged.svg\""))
            }
            try await client.execute(
                uri: "/review?lang=ja", method: .post, headers: Self.multipart, body: Self.form(files: chiba, action: "diff")
            ) { response in
                #expect(response.status == .ok)
                let page = Self.text(response)
                #expect(page.contains("変更点：000_97d125f7b61b0f43.txt → 003_fb1bf0b09c48865e.txt"))
                #expect(page.contains("旧版") && page.contains("download=\"diff.svg\""))
            }
            // One body's documents with one that cannot be read: the batch overview says which.
            try await client.execute(
                uri: "/review?lang=en", method: .post, headers: Self.multipart,
                body: Self.form(files: chiba + [("broken.txt", Data("not an assessment\n".utf8))])
            ) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("Documents that could not be read"))
            }
            let all = try Repo.exampleNames.map { try Self.example($0) } + [("broken.txt", Data("not an assessment\n".utf8))]
            try await client.execute(
                uri: "/review?lang=ja", method: .post, headers: Self.multipart, body: Self.form(files: all, action: "batch")
            ) { response in
                #expect(response.status == .ok)
                let page = Self.text(response)
                #expect(page.contains("ルール別の集計") && page.contains("読み取れなかった評価書"))
                #expect(page.contains("download=\"documents.csv\"") && page.contains("broken.txt"))
            }
        }
    }

    @Test func boundsAreStatusesWithAPage() async throws {
        let file = try Self.example("003_fb1bf0b09c48865e")
        let server = Self.server {
            $0.maxFileBytes = 20_000
            $0.maxFiles = 2
        }
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [file])) { response in
                #expect(response.status == .contentTooLarge, "003 is larger than 20 kB")
                #expect(Self.text(response).contains("at most 0 MB a file") || Self.text(response).contains("too large"))
            }
            let small = ("a.txt", Data("x".utf8))
            try await client.execute(
                uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [small, small, small])
            ) { response in
                #expect(response.status == .contentTooLarge)
                #expect(Self.text(response).contains("at most 2 at once"))
            }
            try await client.execute(
                uri: "/review", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")
            ) {
                response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [])) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(
                uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [small], action: "diff")
            ) {
                response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aFullDeskSaysSoAndATimeoutIs408() async throws {
        // No job and no queue: every review is refused, at once.
        let full = Self.server {
            $0.jobs = 1
            $0.queue = 0
        }
        _ = await full.gate.enter()
        try await full.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [("a.txt", Data())])) {
                response in
                #expect(response.status == .tooManyRequests)
            }
        }
        let value = await DeskServer.within(seconds: 1) { () -> Int in
            Thread.sleep(forTimeInterval: 3)
            return 1
        }
        #expect(value == nil, "given up after its time")
        #expect(await DeskServer.within(seconds: 5) { 7 } == 7)
    }

    @Test func hostileAndWrongInputIsRefusedCleanly() async throws {
        let hostile = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/pdf/bad")
        let pdfs = (try? FileManager.default.contentsOfDirectory(atPath: hostile.path))?.filter { $0.hasSuffix(".pdf") }.sorted() ?? []
        #expect(!pdfs.isEmpty, "the bad PDFs of BadPDFTests")
        let named = ("<script>alert(1)</script>.txt", Data("特定個人情報保護評価書 は含むが中身はない\n".utf8))
        try await Self.server().application().test(.router) { client in
            for pdf in pdfs {
                let data = try Data(contentsOf: hostile.appendingPathComponent(pdf))
                try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [(pdf, data)])) {
                    response in
                    #expect(response.status == .unprocessableContent, "\(pdf)")
                    #expect(!Self.text(response).contains("piagraph-serve-"), "no temporary path")
                }
            }
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [named])) { response in
                #expect(response.status == .unprocessableContent)
                let page = Self.text(response)
                #expect(!page.contains("<script>alert"), "an upload's name is escaped")
                #expect(page.contains("&lt;script&gt;"))
            }
            // Parameters in another order than browsers write them.
            let reordered = ByteBuffer(
                string: "--\(Self.boundary)\r\nContent-Disposition: form-data; filename=\"003.txt\"; name=\"files\"\r\n\r\n"
                    + String(decoding: try Self.example("003_fb1bf0b09c48865e").data, as: UTF8.self) + "\r\n--\(Self.boundary)--\r\n")
            try await client.execute(uri: "/review?lang=en", method: .post, headers: Self.multipart, body: reordered) { response in
                #expect(response.status == .ok)
                #expect(Self.text(response).contains("003.txt"))
            }
            // A broken multipart body: a 400, not a crash.
            try await client.execute(
                uri: "/review", method: .post, headers: Self.multipart, body: ByteBuffer(string: "--\(Self.boundary)\r\nContent-Dis")
            ) { response in
                #expect(response.status == .badRequest || response.status == .unprocessableContent)
            }
            try await client.execute(uri: "/review", method: .post, headers: [.contentType: "multipart/form-data; boundary="], body: nil) {
                response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aTokenGuardsEveryPage() async throws {
        let token = "0123456789abcdef-token"
        let server = Self.server { $0.token = token }
        let file = try Self.example("003_fb1bf0b09c48865e")
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/login") == true)
            }
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [file])) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in #expect(response.status == .ok, "health needs no token") }
            try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "token=wrong")
            ) { response in
                #expect(response.status == .unauthorized)
            }
            let cookie = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "token=\(token)")
            ) { response in
                #expect(response.status == .seeOther)
                let set = try #require(response.headers[.setCookie])
                #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict"))
                #expect(!set.contains(token), "the cookie does not hold the token")
                return String(set.prefix { $0 != ";" })
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in #expect(response.status == .ok) }
            var bearer = Self.multipart
            bearer[.authorization] = "Bearer \(token)"
            try await client.execute(uri: "/review", method: .post, headers: bearer, body: Self.form(files: [file])) { response in
                #expect(response.status == .ok)
            }
            bearer[.authorization] = "Bearer \(token)x"
            try await client.execute(uri: "/review", method: .post, headers: bearer, body: Self.form(files: [file])) { response in
                #expect(response.status == .unauthorized)
            }
        }
        #expect(DeskServer.same("abc", "abc") && !DeskServer.same("abc", "abd") && !DeskServer.same("abc", "abcd"))
    }

    @Test func keepStoresNumberedResultsOnly() async throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent().appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let server = Self.server { $0.keep = dir.path }
        let file = ("../../etc/evil name.txt", try Self.example("003_fb1bf0b09c48865e").data)
        try await server.application().test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [file])) {
                    response in
                    #expect(response.status == .ok)
                }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["00001.html", "00002.html"])
    }

    @Test func uploadsLeaveNothingBehind() async throws {
        let tmp = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent().appendingPathComponent("uploads")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let file = try Self.example("000_97d125f7b61b0f43")
        try await Self.server { $0.temporaryDirectory = tmp.path }.application().test(.router) { client in
            try await client.execute(uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [file])) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(
                uri: "/review", method: .post, headers: Self.multipart, body: Self.form(files: [("x.txt", Data("x".utf8))])
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "each upload's directory is removed")
    }
}
