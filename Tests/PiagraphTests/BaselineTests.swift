import Foundation
import PiagraphExport
import PiagraphMessages
import Testing

@testable import PiagraphAudit

/// Accepted findings (`check --baseline`, `--write-baseline`), issue 14.
@Suite struct BaselineTests {
    let example003 = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt")

    func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func findings(_ json: Data) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try #require((root["files"] as? [[String: Any]])?.flatMap { $0["findings"] as? [[String: Any]] ?? [] })
    }

    @Test func lineNumbersAreTakenOutAsTheRegexOfEarlierVersionsDid() {
        // Fingerprints already written into baselines must not move: the hand matcher takes out
        // exactly what `#/(lines?|l\.|p\.) ?[0-9]+(, ?[0-9]+)*/#` did, on messages drawn at random
        // (fixed seed) from the characters that matter, and on real ones.
        let regex = #/(lines?|l\.|p\.) ?[0-9]+(, ?[0-9]+)*/#
        var messages = [
            "line 52", "lines 48, 52", "l.57", "p.3", "業務システム01 (line 12), p. 4", "lines", "line s5", "lines48,52,",
            "③ of システム2: lines 48,  52", "p.3,4, 5", "", "線l.1l.2",
        ]
        var generator = SplitMix(seed: 15)
        let alphabet = Array("lines.p ,0123456789a行")
        for _ in 0..<20_000 {
            let count = Int(generator.next() % 14)
            messages.append(String((0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for message in messages {
            #expect(Finding.withoutLineNumbers(message) == message.replacing(regex, with: ""), "\(message)")
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func fingerprintsRestOnTextNotOnLineNumbers() {
        let a = Finding(
            ruleID: "unknown-system", severity: .warning, text: .unknownSystem(name: "介護システム", places: [Place(.form("II-4"), line: 52)]),
            lines: [52])
        let moved = Finding(
            ruleID: "unknown-system", severity: .warning, text: .unknownSystem(name: "介護システム", places: [Place(.form("II-4"), line: 55)]),
            lines: [55])
        let text: [Int: String] = [52: "③他のシステムとの接続\t[○]その他(介護システム)", 55: "③他のシステムとの接続  [○]その他(介護システム)"]
        let fa = a.fingerprint { _, line in text[line] }
        #expect(fa.count == 16)
        #expect(fa == moved.fingerprint { _, line in text[line] }, "moved three lines down, spaces differently: the same finding")
        #expect(fa != a.fingerprint { _, _ in "③他のシステムとの接続\t[○]その他(障害者福祉システム)" }, "another line text: another finding")
        // Two names that differ by a digit, cited on one line: two findings.
        let first = Finding(
            ruleID: "unknown-system", severity: .warning, text: .unknownSystem(name: "業務システム01", places: [Place(.form("II-4"), line: 52)]),
            lines: [52])
        let second = Finding(
            ruleID: "unknown-system", severity: .warning, text: .unknownSystem(name: "業務システム02", places: [Place(.form("II-4"), line: 52)]),
            lines: [52])
        #expect(first.fingerprint { _, line in text[line] } != second.fingerprint { _, line in text[line] })
        #expect(Finding.withoutLineNumbers("a (line 52) b (also lines 48, 52) p.3 l.57 業務システム01 3 件") == "a () b (also )   業務システム01 3 件")
        let other = Finding(
            ruleID: "one-sided-link", severity: .note, text: .unknownSystem(name: "介護システム", places: [Place(.form("II-4"), line: 52)]),
            lines: [52])
        #expect(fa != other.fingerprint { _, line in text[line] }, "another rule: another finding")
    }

    @Test func acceptedFindingsAreSuppressedNotFailures() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let baseline = dir.appendingPathComponent("baseline.json").path
        let before = try runPiagraph(["check", example003.path])
        #expect(before.status == 1, "003 has an error (contradiction)")
        let written = try runPiagraph([
            "check", example003.path, "--write-baseline", baseline, "--reason", "別評価書で宣言済み", "--by", "情報政策課 山田",
            "--until", "2999-12-31",
        ])
        #expect(written.status == 0)
        #expect(written.stderr.contains("7 accepted finding(s) written"))
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: baseline))) as? [String: Any])
        #expect(file["schema"] as? String == "piagraph.baseline/1")
        let entries = try #require(file["accepted"] as? [[String: Any]])
        #expect(entries.count == 7)
        #expect(
            entries.allSatisfy {
                $0["reason"] as? String == "別評価書で宣言済み" && $0["by"] as? String == "情報政策課 山田" && $0["until"] as? String == "2999-12-31"
            })

        let checked = try runPiagraph(["check", example003.path, "--baseline", baseline])
        #expect(checked.status == 0, "accepted findings do not fail the check")
        #expect(checked.stdoutText == "1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s); 7 accepted in the baseline, not shown\n")

        let json = try findings(try runPiagraph(["check", "--format", "json", example003.path, "--baseline", baseline]).stdout)
        #expect(json.count == 7)
        #expect(json.allSatisfy { $0["baseline"] as? String == "accepted" && ($0["fingerprint"] as? String)?.count == 16 })

        let sarif = try runPiagraph(["check", "--format", "sarif", example003.path, "--baseline", baseline])
        let (status, message) = try CheckCLITests().validate(sarif.stdout)
        #expect(status == 0, "SARIF with suppressions invalid: \(message.suffix(400))")
        let root = try #require(try JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])
        let results = try #require((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        for result in results {
            #expect(result["baselineState"] as? String == "unchanged")
            #expect((result["partialFingerprints"] as? [String: String])?["piagraph/v1"]?.count == 16)
            let suppression = (result["suppressions"] as? [[String: Any]])?.first
            #expect(suppression?["kind"] as? String == "external")
            #expect(suppression?["status"] as? String == "accepted")
            #expect(suppression?["justification"] as? String == "別評価書で宣言済み")
        }
    }

    @Test func aFindingKeepsItsIdentityInARepublishedVersion() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let baseline = dir.appendingPathComponent("baseline.json").path
        _ = try runPiagraph(["check", example003.path, "--write-baseline", baseline, "--reason", "r", "--by", "b"])
        // The re-published version: another file name, three lines more at the top (every line
        // number moves), CRLF line ends.
        let text = try String(contentsOf: example003, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        lines.insert(contentsOf: ["", "", ""], at: 1)
        let republished = dir.appendingPathComponent("003-2025.txt")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: republished)
        let moved = try findings(try runPiagraph(["check", "--format", "json", republished.path, "--baseline", baseline]).stdout)
        let original = try findings(try runPiagraph(["check", "--format", "json", example003.path]).stdout)
        #expect(moved.count == 7)
        #expect(
            zip(moved, original).allSatisfy { ($0["line"] as? Int).map { $0 > 0 } == true && ($0["line"] as? Int) != ($1["line"] as? Int) },
            "every line number moved")
        #expect(moved.allSatisfy { $0["baseline"] as? String == "accepted" }, "\(moved.map { $0["baseline"] ?? "" })")
        #expect(try runPiagraph(["check", republished.path, "--baseline", baseline]).status == 0)

        // The version changes the text of line 52 (介護システム renamed in ③ その他): the four
        // findings resting on that line — read by hand in 003: one-sided-link (lines 48 and 52)
        // and unknown-system for each of the three names there — come back for review; the three
        // others (lines 81, 141, 192) stay accepted.
        let changed = dir.appendingPathComponent("003-2026.txt")
        try Data(text.replacingOccurrences(of: "介護システム", with: "障害者福祉システム").utf8).write(to: changed)
        let after = try findings(try runPiagraph(["check", "--format", "json", changed.path, "--baseline", baseline]).stdout)
        let new = after.filter { $0["baseline"] as? String == "new" }
        #expect(new.compactMap { $0["line"] as? Int } == [48, 52, 52, 52])
        #expect(new.contains { ($0["message"] as? String)?.hasPrefix("障害者福祉システム is named") == true })
        #expect(after.filter { $0["baseline"] as? String == "accepted" }.compactMap { $0["line"] as? Int } == [81, 141, 192])
        let text2 = try runPiagraph(["check", "--fail-on", "warning", changed.path, "--baseline", baseline])
        #expect(text2.status == 1, "the new warnings fail --fail-on warning")
        #expect(text2.stdoutText.contains("障害者福祉システム is named but not declared"))
        #expect(text2.stdoutText.hasSuffix("0 error(s), 3 warning(s), 1 note(s); 3 accepted in the baseline, not shown\n"))
    }

    @Test func anExpiredAcceptanceIsAFindingAgain() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try findings(try runPiagraph(["check", "--format", "json", example003.path]).stdout)
        let contradiction = try #require(all.first { $0["rule"] as? String == "contradiction" })
        let fingerprint = try #require(contradiction["fingerprint"] as? String)
        let baseline = dir.appendingPathComponent("expired.json")
        try Data(
            """
            {"schema": "piagraph.baseline/1", "accepted": [
              {"fingerprint": "\(fingerprint)", "reason": "是正予定", "by": "山田", "until": "2000-01-31"}]}
            """.utf8
        ).write(to: baseline)
        let result = try runPiagraph(["check", example003.path, "--baseline", baseline.path])
        #expect(result.status == 1, "the error is a failure again")
        #expect(result.stdoutText.contains("[contradiction]") && result.stdoutText.contains("[accepted by 山田 until 2000-01-31: expired]"))
        let json = try findings(try runPiagraph(["check", "--format", "json", example003.path, "--baseline", baseline.path]).stdout)
        #expect(json.first { $0["rule"] as? String == "contradiction" }?["baseline"] as? String == "expired")
        #expect(json.filter { $0["baseline"] as? String == "new" }.count == 6)
    }

    @Test func aBadBaselineIsOneLineError() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [(String, String)] = [
            ("not json", "not a JSON object"),
            (#"{"schema": "other/1", "accepted": []}"#, "its schema is not piagraph.baseline/1"),
            (#"{"schema": "piagraph.baseline/1", "accepted": [{"fingerprint": "ab", "by": "x"}]}"#, "entry 1 has no reason"),
            (#"{"schema": "piagraph.baseline/1", "accepted": [{"fingerprint": "ab", "reason": "r"}]}"#, "does not say who accepted it"),
            (
                #"{"schema": "piagraph.baseline/1", "accepted": [{"fingerprint": "ab", "reason": "r", "by": "b", "until": "2025-02-30"}]}"#,
                "is not a date"
            ),
        ]
        for (k, (content, message)) in cases.enumerated() {
            let file = dir.appendingPathComponent("b\(k).json")
            try Data(content.utf8).write(to: file)
            let result = try runPiagraph(["check", example003.path, "--baseline", file.path])
            #expect(result.status == 2, "\(content)")
            #expect(
                result.stderr.hasPrefix("piagraph: \(file.path): not a piagraph baseline") && result.stderr.contains(message),
                "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let missing = try runPiagraph([
            "check", example003.path, "--write-baseline", dir.appendingPathComponent("w.json").path, "--by", "b",
        ])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--write-baseline needs --reason"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("w.json").path))
        #expect(try runPiagraph(["check", example003.path, "--reason", "r"]).status == 2)
        #expect(
            try runPiagraph([
                "check", example003.path, "--write-baseline", "/tmp/x.json", "--reason", "r", "--by", "b", "--until", "31.12.2027",
            ]).status == 2)
    }
}
