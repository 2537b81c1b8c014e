import Foundation
import Testing

/// Each bad PDF (made by scripts/formpdf and scripts/badpdf.py) gets one line on stderr naming
/// the file and what to do, exit status 2, nothing on stdout, and no file left behind (TMPDIR
/// is a fresh directory that must stay empty; piagraph reads pdftotext's output from a pipe).
@Suite struct BadPDFTests {
    static let bad = PDFTests.fixtures.appendingPathComponent("bad")

    static func expectRefused(
        _ arguments: [String], saying phrase: String, environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let result = try runPiagraph(arguments, timeout: timeout, environment: environment.merging(["TMPDIR": tmp.path]) { a, _ in a })
        #expect(result.status == 2, "\(arguments): status \(result.status), stderr \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(arguments): stdout \(result.stdoutText.prefix(200))")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(phrase), "\(arguments): \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty, "\(arguments): files left in TMPDIR")
    }

    func path(_ name: String) -> String { Self.bad.appendingPathComponent(name).path }

    @Test func encryptedAsksForThePassword() throws {
        try Self.expectRefused(["extract", path("encrypted.pdf")], saying: "encrypted; give its password with --password")
        try Self.expectRefused(["render", path("encrypted.pdf")], saying: "--password")
        try Self.expectRefused(["extract", "--password", "wrong", path("encrypted.pdf")], saying: "does not open it")
    }

    @Test func encryptedOpensWithItsPassword() throws {
        let result = try runPiagraph(["extract", "--password", "piagraph-test", path("encrypted.pdf")])
        #expect(result.status == 0, "\(result.stderr)")
        // 002's body, as its cover states it (and its hand-made key has it).
        #expect(result.stdoutText.contains("\"organization\": \"さいたま市長\""))
        let byEnvironment = try runPiagraph(["check", path("encrypted.pdf")], environment: ["PIAGRAPH_PDF_PASSWORD": "piagraph-test"])
        #expect(byEnvironment.status != 2, "\(byEnvironment.stderr)")
    }

    @Test func scanNeedsOCR() throws {
        try Self.expectRefused(["extract", path("scan.pdf")], saying: "has a text layer (a scanned document?); run OCR")
    }

    @Test func truncatedIsDamaged() throws {
        try Self.expectRefused(["check", path("truncated.pdf")], saying: "damaged or truncated")
    }

    @Test func zeroPages() throws {
        try Self.expectRefused(["extract", path("empty.pdf")], saying: "has no pages")
    }

    @Test func otherPDFIsNotAnAssessment() throws {
        try Self.expectRefused(
            [
                "render", path("other.pdf"), "-o",
                FileManager.default.temporaryDirectory.appendingPathComponent("never-\(UUID().uuidString).svg").path,
            ],
            saying: "not a 特定個人情報保護評価書")
    }

    @Test func pdftotextMissingNamesThePackage() throws {
        try Self.expectRefused(
            ["extract", PDFTests.path(Repo.exampleNames[1], "")], saying: "apt-get install poppler-utils",
            environment: ["PATH": "/nonexistent"])
    }

    /// A directory holding a stand-in `pdftotext` shell script.
    static func fakeTool(_ script: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fake = dir.appendingPathComponent("pdftotext")
        try Data(("#!/bin/sh\n" + script + "\n").utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        return dir
    }

    @Test func aCrashedPdftotextIsSaid() throws {
        // A pdftotext that dies on a signal stands in for one past its memory bound.
        let dir = try Self.fakeTool("kill -SEGV $$")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.expectRefused(
            ["extract", PDFTests.path(Repo.exampleNames[1], "")],
            saying: "pdftotext stopped on signal 11", environment: ["PATH": dir.path + ":/usr/bin:/bin"])
    }

    @Test func pdftotextRunsUnderTheMemoryBound() throws {
        // The stand-in reports the address-space limit it was started with (KiB), then fails.
        let dir = try Self.fakeTool("echo \"Error: limit $(ulimit -v)\" >&2; exit 1")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.expectRefused(
            ["extract", PDFTests.path(Repo.exampleNames[1], "")],
            saying: "limit \(2048 * 1024)", environment: ["PATH": dir.path + ":/usr/bin:/bin"])
    }

    @Test func aHungPdftotextIsStopped() throws {
        // A pdftotext that never ends stands in for one stuck on a malformed PDF.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("pdftotext")
        try Data("#!/bin/sh\nexec sleep 60\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let start = Date()
        try Self.expectRefused(
            ["extract", "--pdf-timeout", "1", PDFTests.path(Repo.exampleNames[1], "")],
            saying: "did not finish within 1 s", environment: ["PATH": dir.path + ":/usr/bin:/bin"])
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func textLayerIsForPDFsOnly() throws {
        try Self.expectRefused(
            ["extract", "--text-layer", Repo.examples.appendingPathComponent(Repo.exampleNames[1] + ".txt").path],
            saying: "not a PDF")
    }
}
