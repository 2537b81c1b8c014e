import Foundation
import PiagraphAudit
import Testing

/// The HTML report in a real browser: headless Chromium (Debian's chromium package) opens
/// it, the DOM is checked after layout, and a screenshot is taken.
@Suite struct BrowserTests {
    static let chromium: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    struct Layout: Decodable {
        var svgWidth: Double
        var svgHeight: Double
        var findingRows: Int
        var scripts: Int
        var externalResources: Int
        var bodyText: String
    }

    static func browser(_ arguments: [String], profile: URL) throws -> RunResult {
        let chromium = try #require(Self.chromium, "chromium is not installed: scripts/setup installs it")
        return try runProcess(
            chromium,
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=\(profile.path)",
            ] + arguments, timeout: 120)
    }

    /// Lays the page out in Chromium and reads back what a script measured, through the DOM.
    static func layout(of report: URL) throws -> (Layout, RunResult) {
        var html = try String(contentsOf: report, encoding: .utf8)
        let probe = """
            <script>
            const svg = document.querySelector('.diagram svg');
            const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
            const external = [...document.querySelectorAll('[src],link[href]')].filter(e => !/^(data:|#)/.test(e.getAttribute('src') || e.getAttribute('href'))).length;
            document.title = 'LAYOUT ' + JSON.stringify({ svgWidth: box.width, svgHeight: box.height,
              findingRows: document.querySelectorAll('table.findings tbody tr').length,
              scripts: document.scripts.length - 1, externalResources: external, bodyText: document.body.innerText.slice(0, 20000) });
            </script>
            """
        html = html.replacingOccurrences(of: "</body>", with: probe + "</body>")
        let probed = report.deletingLastPathComponent().appendingPathComponent("probed.html")
        try html.write(to: probed, atomically: true, encoding: .utf8)
        let result = try browser(
            ["--window-size=1280,2000", "--virtual-time-budget=3000", "--dump-dom", probed.absoluteString],
            profile: report.deletingLastPathComponent().appendingPathComponent("profile-probe"))
        let dom = result.stdoutText
        guard let start = dom.range(of: "<title>LAYOUT "), let end = dom.range(of: "</title>", range: start.upperBound..<dom.endIndex)
        else {
            Issue.record("no layout probe in the DOM: \(result.stderr.suffix(500))")
            throw CancellationError()
        }
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return (try JSONDecoder().decode(Layout.self, from: Data(json.utf8)), result)
    }

    /// Opens a report in Chromium with `script` added, which sets `document.title` to `marker`
    /// followed by a JSON value; that value, decoded.
    static func probe<T: Decodable>(_ report: URL, script: String, marker: String, as type: T.Type) throws -> T {
        var html = try String(contentsOf: report, encoding: .utf8)
        html = html.replacingOccurrences(of: "</body>", with: "<script>\(script)</script></body>")
        let probed = report.deletingLastPathComponent().appendingPathComponent("probed-\(marker).html")
        try html.write(to: probed, atomically: true, encoding: .utf8)
        let result = try browser(
            ["--window-size=1280,2000", "--virtual-time-budget=3000", "--dump-dom", probed.absoluteString],
            profile: report.deletingLastPathComponent().appendingPathComponent("profile-\(marker)"))
        let dom = result.stdoutText
        let start = try #require(dom.range(of: "<title>\(marker) "), "\(result.stderr.suffix(400))")
        let end = try #require(dom.range(of: "</title>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
                of: "&amp;", with: "&")
        return try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    static func report(_ arguments: [String]) throws -> URL {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let out = dir.appendingPathComponent("report.html")
        let result = try runPiagraph(["report", "-o", out.path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test(arguments: Repo.exampleNames)
    func reportRendersInChromium(name: String) throws {
        let path = Repo.examples.appendingPathComponent(name + ".txt").path
        let out = try Self.report([path, "--highlight", "個人番号"])
        let (layout, _) = try Self.layout(of: out)
        #expect(layout.svgWidth > 100 && layout.svgHeight > 100, "the diagram has a size")
        #expect(layout.findingRows == Auditor.run(try Repo.example(name)).count)
        #expect(layout.scripts == 0, "the report itself has no script")
        #expect(layout.externalResources == 0, "no external asset")
        #expect(layout.bodyText.contains("特定個人情報") || layout.bodyText.contains("評価書"), "Japanese text is there")
        // Opening the report as it is: no console message (errors, failed loads).
        let plain = try Self.browser(
            ["--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", out.absoluteString],
            profile: out.deletingLastPathComponent().appendingPathComponent("profile-plain"))
        let console = plain.stderr.split(separator: "\n").filter {
            $0.contains(":CONSOLE") || $0.contains("Failed to load") || $0.contains("Uncaught")
        }
        #expect(console.isEmpty, "console: \(console)")
        #expect(plain.stdoutText.contains("<svg"))
    }

    @Test func screenshotShowsThePage() throws {
        let out = try Self.report([Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path, "--highlight", "個人番号"])
        let png = out.deletingLastPathComponent().appendingPathComponent("shot.png")
        let result = try Self.browser(
            ["--window-size=1280,1600", "--screenshot=\(png.path)", out.absoluteString],
            profile: out.deletingLastPathComponent().appendingPathComponent("profile-shot"))
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(result.stderr.suffix(300))")
        #expect(data.count > 50_000, "a rendered page, not a blank one")
    }

    @Test func documentTextIsEscapedInTheReport() throws {
        let text =
            ParserTests.header + """
                システム1
                ①システムの名称\t<script>document.title='pwned'</script>福祉システム
                ③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [○] その他 (<img src=x onerror=alert(1)>)
                """
        let file = try temporaryFile(Data(text.utf8), name: "hostile.txt")
        let out = try Self.report([file.path])
        let (layout, _) = try Self.layout(of: out)
        #expect(layout.scripts == 0)
        #expect(layout.bodyText.contains("<script>document.title='pwned'</script>福祉システム"), "shown as text")
    }

    @Test func mergedReport() throws {
        let files = ["000_97d125f7b61b0f43", "003_fb1bf0b09c48865e"].map { Repo.examples.appendingPathComponent($0 + ".txt").path }
        let out = try Self.report(["--merge"] + files)
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("統合マップ"))
        #expect(html.contains("shared-system-links-differ"))
        #expect(html.components(separatedBy: "<svg").count == 2, "one diagram, the merged map")
    }

    struct Filtering: Decodable {
        var all: Int
        var noWarnings: Int
        var noUnreadable: Int
        var noUnreadableNoError: Int
        var nodeLinks: Int
        var linkedLines: [String]
        var everyLinkLands: Bool
        var excerpts: Int
    }

    /// The report's findings filters (checkboxes, no script) and the diagram's node links, in
    /// Chromium: a probe unticks boxes as a reader would and counts the rows left on screen.
    @Test func findingsFilterAndNodesLinkToTheirLines() throws {
        let out = try Self.report([Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path])
        let probe = """
            const rows = () => [...document.querySelectorAll('table.findings tbody tr')].filter(r => getComputedStyle(r).display !== 'none').length;
            const box = c => document.querySelector('.findings-block input.' + c);
            const all = rows();
            box('sev-warning').checked = false; const noWarnings = rows(); box('sev-warning').checked = true;
            box('rule-unreadable').checked = false; const noUnreadable = rows();
            box('sev-error').checked = false; const noUnreadableNoError = rows();
            // Graphviz wraps every node in <a> for its tooltip; the linked ones have an href.
            const links = [...document.querySelectorAll('.diagram svg a')].map(a => a.getAttribute('xlink:href') || a.getAttribute('href')).filter(h => h);
            const everyLinkLands = links.every(h => h.startsWith('#src-') && document.getElementById(h.slice(1)) !== null);
            document.title = 'FILTER ' + JSON.stringify({ all, noWarnings, noUnreadable, noUnreadableNoError, nodeLinks: links.length,
              linkedLines: links.map(h => document.getElementById(h.slice(1)).querySelector('.cited').innerText),
              everyLinkLands, excerpts: document.querySelectorAll('q.excerpt a').length });
            """
        let f = try Self.probe(out, script: probe, marker: "FILTER", as: Filtering.self)
        // 003's findings (docs/check.md): 1 error (contradiction), 3 warnings (unknown-system),
        // 3 notes (one-sided-link, unreadable twice).
        #expect(f.all == 7)
        #expect(f.noWarnings == 4)
        #expect(f.noUnreadable == 5)
        #expect(f.noUnreadableNoError == 4)
        #expect(f.excerpts == 7, "each finding quotes the line it rests on")
        #expect(f.nodeLinks >= 5, "the systems of 003 link to their lines")
        #expect(f.everyLinkLands, "every node link lands on a quoted line")
        #expect(f.linkedLines.contains { $0.contains("予防接種台帳システム") }, "a system's node lands on the line that names it")
    }

    /// The report in Japanese (issue 21) in Chromium: the page says it is Japanese, its headings
    /// and filters are Japanese, and the filters work as in English.
    @Test func japaneseReportInChromium() throws {
        let out = try Self.report(["--lang", "ja", Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path])
        let probe = """
            const rows = () => [...document.querySelectorAll('table.findings tbody tr')].filter(r => getComputedStyle(r).display !== 'none').length;
            const all = rows();
            document.querySelector('.findings-block input.sev-warning').checked = false;
            const noWarnings = rows();
            document.title = 'JA ' + JSON.stringify({ lang: document.documentElement.lang,
              headings: [...document.querySelectorAll('h2, h3')].map(h => h.innerText),
              filters: document.querySelector('p.filters').innerText,
              columns: [...document.querySelectorAll('table.findings th')].map(th => th.innerText), all, noWarnings });
            """
        struct Page: Decodable {
            var lang: String
            var headings: [String]
            var filters: String
            var columns: [String]
            var all: Int
            var noWarnings: Int
        }
        let page = try Self.probe(out, script: probe, marker: "JA", as: Page.self)
        #expect(page.lang == "ja")
        #expect(page.headings.contains("指摘：7件"))
        #expect(page.headings.contains("接続マトリクス（③）"))
        #expect(page.headings.contains("システム（I-2）"))
        #expect(page.headings.contains("引用箇所"))
        #expect(page.filters.hasPrefix("表示：") && page.filters.contains("警告 (3)") && page.filters.contains("エラー (1)"), "\(page.filters)")
        #expect(page.columns == ["重大度", "ルール", "内容と根拠の行", "行"])
        #expect(page.all == 7 && page.noWarnings == 4, "the filters work in Japanese as in English")
    }

    /// `piagraph serve` in a real browser (issue 22): Chromium opens the desk's upload page,
    /// a PDF is put into its file input and sent by the page's own script, and the review comes
    /// back with its findings table, its diagram and its downloads. Then the server stops
    /// cleanly on SIGTERM.
    @Test func serveUploadInChromium() throws {
        let chromium = try #require(Self.chromium, "chromium is not installed: scripts/setup installs it")
        let server = Process()
        server.executableURL = Repo.executable
        server.arguments = ["serve", "--port", "0", "--lang", "ja"]
        let log = Pipe()
        server.standardError = log
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        var port: String?
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while port == nil, Date() < deadline {
            seen += String(decoding: log.fileHandleForReading.availableData, as: UTF8.self)
            port = seen.firstMatch(of: #/http://127\.0\.0\.1:([0-9]+)//#).map { String($0.1) }
        }
        let listening = try #require(port, "the server did not say where it listens: \(seen)")
        let profile = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent().appendingPathComponent("profile-serve")
        let pdf = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.pdf").path
        let result = try runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/serve/upload.py").path, chromium.path,
                "http://127.0.0.1:\(listening)/?lang=ja", pdf, profile.path,
            ], timeout: 180)
        #expect(result.status == 0, "\(result.stderr.suffix(800))")
        struct Page: Decodable {
            struct Upload: Decodable {
                var lang: String
                var progressHidden: Bool
            }
            var upload: Upload
            var findingRows: Int
            var diagram: Bool
            var downloads: [String]
            var headings: [String]
            var lang: String
        }
        let page = try JSONDecoder().decode(Page.self, from: result.stdout)
        #expect(page.upload.lang == "ja" && page.upload.progressHidden)
        #expect(page.findingRows == 7, "003's seven findings (docs/check.md)")
        #expect(page.diagram)
        #expect(page.downloads.contains("piagraph.svg") && page.downloads.contains("findings.sarif"))
        #expect(page.headings.contains("指摘：7件") && page.lang == "ja")
        server.terminate()  // SIGTERM
        server.waitUntilExit()
        #expect(server.terminationStatus == 0, "a clean stop on SIGTERM")
        let access = seen + String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(access.contains("POST /review 200"), "the access log: \(access)")
        #expect(!access.contains("003_fb1bf0b09c48865e"), "the log names no document")
    }
}
