import Foundation
import PiagraphExport
import PiagraphModel
import PiagraphParser
import PiagraphText

enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Graphs/examples")
    static let keys = root.appendingPathComponent("Tests/PiagraphTests/Keys")

    static let exampleNames = [
        "000_97d125f7b61b0f43", "001_72e6b094e35de20b", "002_6edb3ad0aa6a4351",
        "003_fb1bf0b09c48865e", "004_eeb43361c0371a47",
    ]

    static func example(_ name: String) throws -> Assessment {
        let document = try SourceDocument.load(path: examples.appendingPathComponent(name + ".txt").path)
        return DocumentParser.parse(document)
    }

    /// The path of the built `piagraph` executable, next to the test bundle.
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("piagraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/piagraph")
    }
}

/// Parses text given inline, as a fixture.
func parse(_ text: String, path: String = "fixture.txt") throws -> Assessment {
    DocumentParser.parse(try SourceDocument(data: Data(text.utf8), path: path))
}

struct RunResult {
    var status: Int32
    var stdout: Data
    var stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

func runPiagraph(_ arguments: [String], timeout: TimeInterval = 60, environment: [String: String] = [:]) throws -> RunResult {
    try runProcess(Repo.executable, arguments, timeout: timeout, environment: environment)
}

/// `environment` is added to (or replaces entries of) this process's environment.
func runProcess(
    _ executable: URL, _ arguments: [String], timeout: TimeInterval = 60,
    environment: [String: String] = [:]
) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    // English unless a test asks otherwise: the outputs tests read do not follow the locale of
    // whoever runs them.
    var base = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
    base["LANG"] = "C.UTF-8"
    process.environment = base.merging(environment) { _, new in new }
    // Files, not pipes: the child can never block on a full pipe.
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("stdout")
    let errURL = dir.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return RunResult(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryFile(_ data: Data, name: String = "input.txt") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url
}
