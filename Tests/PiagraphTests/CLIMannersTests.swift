import Foundation
import Testing

/// How the command line behaves for a person at a terminal (issue 14).
@Suite struct CLIMannersTests {
    let example000 = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
    let example003 = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path

    /// Runs piagraph with a terminal as its stdin, stdout and stderr (util-linux `script`); the
    /// terminal's output is returned (stdout and stderr together).
    func onTerminal(_ arguments: [String]) throws -> RunResult {
        let command = ([Repo.executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(
            separator: " ")
        return try runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
    }

    @Test func highlightOnATerminalPrintsTheTrailNotSVG() throws {
        let shown = try onTerminal(["--highlight", "個人番号", example000])
        #expect(shown.status == 0)
        let text = shown.stdoutText
        #expect(!text.contains("<svg"), "no SVG markup on the screen")
        #expect(text.contains("--highlight 個人番号"))
        // Read by hand in 000: 個人番号 is selected in II-2 主な記録項目 on line 103.
        #expect(text.contains("II-2 主な記録項目 line 103"))
        #expect(text.contains("add -o FILE.svg"), "says how to get the diagram")
    }

    @Test func highlightPipedStillWritesTheDiagram() throws {
        let piped = try runPiagraph(["--highlight", "個人番号", example000])
        #expect(piped.status == 0)
        #expect(piped.stdoutText.contains("<svg"))
        #expect(piped.stderr.contains("--highlight 個人番号"), "the trail goes to stderr beside the diagram")
    }

    @Test func svgIsNotPouredOverATerminal() throws {
        let shown = try onTerminal(["render", example003])
        #expect(shown.status == 2)
        #expect(shown.stdoutText.contains("not writing SVG to a terminal; use -o FILE.svg"))
        let asked = try onTerminal(["render", "--format", "dot", example003])
        #expect(asked.status == 0, "a format asked for is written")
        #expect(asked.stdoutText.contains("digraph"))
    }

    @Test func aMistypedCommandIsSaidAsSuch() throws {
        let typo = try runPiagraph(["chek", example003])
        #expect(typo.status == 2)
        #expect(typo.stderr == "piagraph: unknown command 'chek' (did you mean check?)\n")
        #expect(try runPiagraph(["extrct", example003]).stderr.contains("did you mean extract?"))
        let far = try runPiagraph(["frobnicate", example003])
        #expect(far.stderr.contains("unknown command 'frobnicate', and no file of that name; commands: render, extract, check"))
        // A path is a path: its absence is said as a missing file, not as a command.
        let missing = try runPiagraph(["missing.txt"])
        #expect(missing.stderr == "piagraph: missing.txt: no such file\n")
        // A file named like a word is still a file for the default command.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: example003, toPath: dir.appendingPathComponent("chek").path)
        let process = Process()
        process.executableURL = Repo.executable
        process.arguments = ["chek", "--format", "dot"]
        process.currentDirectoryURL = dir
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: out, as: UTF8.self).contains("digraph"))
    }

    @Test func diffPicksItsFormatAsRenderDoes() throws {
        let old = Repo.examples.appendingPathComponent("versions").path
        let versions = try FileManager.default.contentsOfDirectory(atPath: old).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(versions.count >= 2)
        let a = old + "/" + versions[0]
        let b = old + "/" + versions[1]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let gv = dir.appendingPathComponent("changes.gv").path
        #expect(try runPiagraph(["diff", a, b, "-o", gv]).status == 0)
        #expect(
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: gv)), as: UTF8.self).hasPrefix("digraph"),
            ".gv is DOT, as for render")
        let unknown = try runPiagraph(["diff", a, b, "-o", dir.appendingPathComponent("changes.xyz").path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Cannot tell the format from"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("changes.xyz").path))
    }

    @Test func sharedOptionsAreTheSameEverywhere() throws {
        for command in ["render", "check", "report"] {
            let help = try runPiagraph([command, "--help"]).stdoutText
            #expect(help.contains("--merge") && help.contains("--force"), "\(command)")
            #expect(help.contains("--password") && help.contains("--pdf-timeout"), "\(command)")
            let force = try runPiagraph([command, "--force", example003] + (command == "report" ? ["-o", "/tmp/unused.html"] : []))
            #expect(force.status == 2 && force.stderr.contains("--force goes with --merge"), "\(command): \(force.stderr)")
        }
        for command in ["check", "scan"] {
            let help = try runPiagraph([command, "--help"]).stdoutText
            #expect(help.contains("--fail-on"), "\(command)")
            // --disable lists the rule ids it takes.
            #expect(help.contains("undeclared-link") && help.contains("late-notice"), "\(command)")
        }
    }
}
