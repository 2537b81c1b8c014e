import Foundation
import Testing

@Suite struct CLITests {
    let example = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path
    let other = Repo.examples.appendingPathComponent("001_72e6b094e35de20b.txt").path

    @Test func extractOneFileIsOneObject() throws {
        let result = try runPiagraph(["extract", example])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        #expect(json?["schema"] as? String == "piagraph.extract/1")
        let source = json?["source"] as? [String: Any]
        #expect((source?["sha256"] as? String)?.count == 64)
    }

    @Test func extractSeveralFilesIsAnArrayInInputOrder() throws {
        let result = try runPiagraph(["extract", example, other])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]]
        let numbers = json?.compactMap { ($0["assessment"] as? [String: Any])?["number"] as? String }
        #expect(numbers == ["39", "13"])
    }

    @Test func extractIsDeterministic() throws {
        let first = try runPiagraph(["extract", example, other])
        let second = try runPiagraph(["extract", example, other])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test func extractReadsOnSeveralThreadsInTheFilesOrder() throws {
        // The five examples, forwards and back, read on one thread and on three: the same bytes,
        // the documents in the order given. Of two bad files, the first in that order is the error.
        let examples = try FileManager.default.contentsOfDirectory(atPath: Repo.examples.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { Repo.examples.appendingPathComponent($0).path }
        let files = examples + examples.reversed()
        for format in ["json", "text"] {
            let one = try runPiagraph(["extract", "--format", format, "--jobs", "1"] + files)
            let three = try runPiagraph(["extract", "--format", format, "--jobs", "3"] + files)
            #expect(one.status == 0 && three.status == 0)
            #expect(one.stdout == three.stdout, "\(format) differs between --jobs 1 and --jobs 3")
        }
        let json = try runPiagraph(["extract", "--jobs", "3"] + files)
        let numbers = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
            .compactMap { ($0["assessment"] as? [String: Any])?["number"] as? String }
        let each = try files.map { path in
            try #require(
                (try JSONSerialization.jsonObject(with: runPiagraph(["extract", path]).stdout) as? [String: Any])?["assessment"]
                    as? [String: Any])["number"] as? String
        }
        #expect(numbers == each.compactMap { $0 })
        let bad = try runPiagraph(["extract", "--jobs", "2", example, "/nonexistent/a.txt", other, "/nonexistent/b.txt"])
        #expect(bad.status != 0 && bad.stdout.isEmpty)
        #expect(bad.stderr.contains("/nonexistent/a.txt") && !bad.stderr.contains("/nonexistent/b.txt"))
        #expect(try runPiagraph(["extract", "--jobs", "0", example]).status == 2)
    }

    @Test func textFormatSummarises() throws {
        let result = try runPiagraph(["extract", "--format", "text", example])
        #expect(result.status == 0)
        let text = result.stdoutText
        #expect(text.contains("システム3 中間サーバ (line 55)"))
        #expect(text.contains("提供先1 都道府県知事 (line 114) via [x] 情報提供ネットワークシステム"))
        #expect(text.contains("委託事項1 保健医療・衛生情報システムの運用保守 → コムコ株式会社 [再委託しない] (line 102)"))
    }

    /// The same document as Shift_JIS, UTF-16 with BOM and CRLF gives the same facts.
    @Test func encodingsAndLineEndsGiveTheSameFacts() throws {
        // U+2014 has no Shift_JIS code; its CP932 counterpart is U+2015.
        let text = try String(contentsOfFile: example, encoding: .utf8).replacingOccurrences(of: "\u{2014}", with: "\u{2015}")
        func facts(_ data: Data, name: String) throws -> [String: Any] {
            let url = try temporaryFile(data, name: name)
            let result = try runPiagraph(["extract", url.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            var json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            json["source"] = nil
            return json
        }
        let reference = try facts(Data(text.utf8), name: "utf8.txt")
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(try #require(text.data(using: .utf16LittleEndian)))
        let variants: [(String, Data)] = [
            ("sjis.txt", try #require(text.data(using: .shiftJIS))),
            ("utf16.txt", utf16),
            ("crlf.txt", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ]
        for (name, data) in variants {
            let other = try facts(data, name: name)
            #expect(NSDictionary(dictionary: other).isEqual(to: reference), "\(name) differs")
        }
    }

    @Test func versionAndHelp() throws {
        let version = try runPiagraph(["--version"])
        #expect(version.status == 0)
        #expect(version.stdoutText.hasPrefix("0."))
        for args in [["--help"], ["extract", "--help"]] {
            let help = try runPiagraph(args)
            #expect(help.status == 0)
            #expect(help.stdoutText.contains("USAGE"))
        }
    }

    @Test func terminalOutputEscapesControlCharacters() throws {
        let text = """
            特定個人情報保護評価書(重点項目評価書)
            評価書番号\t評価書名
            1\t\u{1B}[31m赤い\u{1B}[0m 評価書
            システム1
            ①システムの名称\t福祉\u{1B}]0;pwned\u{07}システム
            """
        let url = try temporaryFile(Data(text.utf8))
        let result = try runPiagraph(["extract", "--format", "text", url.path])
        #expect(result.status == 0)
        #expect(!result.stdoutText.contains("\u{1B}"))
        #expect(result.stdoutText.contains("\\u{1b}[31m赤い"))
    }
}
