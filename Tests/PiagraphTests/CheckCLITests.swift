import Foundation
import Testing

@Suite struct CheckCLITests {
    let examples = Repo.exampleNames.map { Repo.examples.appendingPathComponent($0 + ".txt").path }
    let example003 = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path
    let example002 = Repo.examples.appendingPathComponent("002_6edb3ad0aa6a4351.txt").path

    @Test func textFindingsReadLikeCompilerDiagnostics() throws {
        let result = try runPiagraph(["check", example003])
        #expect(result.status == 1, "003 has an error-level finding")
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("\(example003):81: error: [contradiction] 主な記録項目 selects neither 個人番号 nor 個人番号対応符号")
                    && $0.hasSuffix("(also lines 60)")
            })
        #expect(lines.last == "1 file(s) checked: 1 error(s), 3 warning(s), 3 note(s)")
    }

    @Test func failOnSetsTheExitStatus() throws {
        #expect(try runPiagraph(["check", example002]).status == 0, "002 has warnings only")
        #expect(try runPiagraph(["check", "--fail-on", "warning", example002]).status == 1)
        #expect(
            try runPiagraph(["check", "--fail-on", "note", example002, "--disable", "unknown-system", "--disable", "undeclared-link"])
                .status == 1)
        #expect(
            try runPiagraph(["check", "--fail-on", "warning", example002, "--disable", "unknown-system", "--disable", "undeclared-link"])
                .status == 0)
        let bad = try runPiagraph(["check", "--disable", "no-such-rule", example002])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("Unknown rule 'no-such-rule'"))
        #expect(try runPiagraph(["check", "/nonexistent.txt"]).status == 2)
    }

    @Test func listRules() throws {
        let result = try runPiagraph(["check", "--list-rules"])
        #expect(result.status == 0)
        for id in [
            "undeclared-link", "unreachable-flow", "one-sided-link", "unknown-system", "direct-network-link", "weak-channel",
            "subcontract-unbounded", "count-mismatch", "contradiction", "missing-basis", "late-notice", "unreadable",
        ] {
            #expect(result.stdoutText.contains("\(id) ("), "\(id)")
        }
    }

    @Test func jsonFindings() throws {
        let result = try runPiagraph(["check", "--format", "json", example003])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["schema"] as? String == "piagraph.check/1")
        let findings = ((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        #expect(findings.count == 7)
        #expect(findings.contains { $0["rule"] as? String == "contradiction" && ($0["lines"] as? [Int]) == [81, 60] })
    }

    func validate(_ sarif: Data) throws -> (Int32, String) {
        let file = try temporaryFile(sarif, name: "out.sarif")
        let schema = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/sarif-schema-2.1.0.json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
            file.path, schema,
        ]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let result = try runPiagraph(["check", "--format", "sarif", "--fail-on", "note"] + examples)
        #expect(result.status == 1)
        let (status, message) = try validate(result.stdout)
        #expect(status == 0, "SARIF invalid: \(message.suffix(400))")
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count > 20)
        let first = try #require(results.first { $0["ruleId"] as? String == "contradiction" })
        let location = ((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 58)
        // Cross-document findings too.
        let chiba = ["000_97d125f7b61b0f43", "003_fb1bf0b09c48865e"].map { Repo.examples.appendingPathComponent($0 + ".txt").path }
        let merged = try runPiagraph(["check", "--merge", "--format", "sarif"] + chiba)
        let (mergedStatus, mergedMessage) = try validate(merged.stdout)
        #expect(mergedStatus == 0, "merged SARIF invalid: \(mergedMessage.suffix(400))")
        // The validator itself rejects a broken log.
        let broken = String(decoding: result.stdout, as: UTF8.self).replacingOccurrences(
            of: "\"version\": \"2.1.0\"", with: "\"version\": \"2.0\"")
        #expect(try validate(Data(broken.utf8)).0 != 0)
    }

    @Test func renderFindingsColoursAndListsThem() throws {
        let result = try runPiagraph(["render", "--findings", "--format", "dot", example003])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("findings (7)"))
        #expect(result.stdoutText.contains("peripheries=2"))
    }
}
