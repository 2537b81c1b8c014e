import Foundation
import Testing

/// Every bad input gets one clear line on stderr, exit status 2 and nothing on stdout.
@Suite struct BadInputTests {
    func expectRejected(
        _ arguments: [String], mentioning phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try runPiagraph(arguments)
        #expect(result.status == 2, "exit status", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "stdout must stay empty", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line on stderr, got: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(phrase), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func missingFile() throws {
        try expectRejected(["extract", "/nonexistent/dir/assessment.txt"], mentioning: "no such file")
    }

    @Test func directory() throws {
        try expectRejected(["extract", FileManager.default.temporaryDirectory.path], mentioning: "is a directory")
    }

    @Test func emptyFile() throws {
        let url = try temporaryFile(Data())
        try expectRejected(["extract", url.path], mentioning: "empty")
    }

    @Test func whitespaceOnlyFile() throws {
        let url = try temporaryFile(Data(" \n\t\r\n\u{3000}\n".utf8))
        try expectRejected(["extract", url.path], mentioning: "empty")
    }

    @Test func binaryFile() throws {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        bytes += (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let url = try temporaryFile(Data(bytes), name: "image.png")
        try expectRejected(["extract", url.path], mentioning: "binary")
    }

    @Test func invalidUTF8() throws {
        var data = Data("特定個人情報保護評価書(重点項目評価書)\n評価書番号\t評価書名\n".utf8)
        data.append(contentsOf: [0xFF, 0xFE, 0x41, 0xC3])
        data.append(Data("\nシステム1\n".utf8))
        let url = try temporaryFile(data)
        try expectRejected(["extract", url.path], mentioning: "invalid UTF-8 at byte offset")
    }

    @Test func tenMegabyteSingleLine() throws {
        let url = try temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024))
        let started = Date()
        try expectRejected(["extract", url.path], mentioning: "exceeds the")
        #expect(Date().timeIntervalSince(started) < 30, "must not hang")
    }

    @Test func notAnAssessment() throws {
        let text = "吾輩は猫である。名前はまだ無い。\nどこで生れたかとんと見当がつかぬ。\n[○] これは評価書ではない\n"
        let url = try temporaryFile(Data(text.utf8))
        try expectRejected(["extract", url.path], mentioning: "not a 特定個人情報保護評価書")
    }

    @Test func oneBadFileAmongGoodOnesPrintsNothing() throws {
        let good = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path
        try expectRejected(["extract", good, "/nonexistent.txt"], mentioning: "no such file")
    }

    @Test func unknownFormatIsAUsageError() throws {
        let good = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path
        let result = try runPiagraph(["extract", "--format", "yaml", good])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("yaml"))
    }
}
