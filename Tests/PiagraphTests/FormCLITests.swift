import Foundation
import Testing

/// render, check and report on a document of each form and layout, through the executable.
@Suite struct FormCLITests {
    static let basic = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/realworld/11_kanuma_seikatsuhogo.txt").path
    static let full = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/full-two-files.txt").path
    static let layout = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/pdftext/003.layout.txt").path
    static let changeLog = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/realworld/18_unknown-body_kokuho_henkokasho.txt")
        .path

    @Test(arguments: [basic, full, layout, changeLog])
    func everyCommandReadsEveryForm(_ path: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("map.svg").path
        let render = try runPiagraph(["render", path, "-o", svg])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
        let check = try runPiagraph(["check", path, "--format", "sarif"])
        #expect(check.status == 0 || check.status == 1, "\(check.stderr)")
        #expect((try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any])?["version"] as? String == "2.1.0")
        let html = dir.appendingPathComponent("report.html").path
        let report = try runPiagraph(["report", path, "-o", html])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("</html>"))
    }

    @Test func basicDocumentDrawsItsSystemsWithoutLinks() throws {
        let dot = try runPiagraph(["render", Self.basic, "--format", "dot"])
        #expect(dot.status == 0)
        let text = dot.stdoutText
        for name in ["生活保護システム", "団体内統合宛名システム", "中間サーバー、ソフトウェア"] { #expect(text.contains(name)) }
        #expect(text.contains("I-1 ③システムの名称"))
        let check = try runPiagraph(["check", Self.basic])
        #expect(!check.stdoutText.contains("undeclared-link"))
    }

    @Test func rowsShowHowALayoutWasRead() throws {
        let result = try runPiagraph(["extract", "--rows", Self.layout])
        #expect(result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        // pdftotext -layout cut 「①システムの名称」 over two lines; the row joins them, at the first.
        #expect(lines.contains { $0.hasSuffix("\t1システムの名称\t保健医療・衛生情報システム 予防接種台帳システム") })
        #expect(lines.contains { $0.contains("\t3他のシステムとの接続\t[ ] 情報提供ネットワークシステム [○] 庁内連携システム") })
    }

    @Test func rowsOfABadFileIsAnError() throws {
        let result = try runPiagraph(["extract", "--rows", "/nonexistent/file.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no such file"))
    }
}
