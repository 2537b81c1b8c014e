import Foundation
import PiagraphAudit
import PiagraphMessages
import Testing

/// What a reader on a Japanese desktop sees (`LANG=ja_JP.UTF-8`), issue 21: the outputs of the
/// bundled examples hold no English sentence. Words the documents themselves write in Latin
/// letters (and file names, rule ids, codes, options: CatalogueTests.englishWords) are not ours.
@Suite struct JapaneseOutputTests {
    static let japanese = ["LANG": "ja_JP.UTF-8"]
    static let paths = Repo.exampleNames.map { Repo.examples.appendingPathComponent($0 + ".txt").path }

    /// The Latin words of the examples' own text.
    static let documentWords: Set<String> = {
        var words: Set<String> = []
        for path in paths {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            for m in text.matches(of: /[A-Za-z][A-Za-z_]+/) { words.insert(String(m.output)) }
        }
        return words
    }()

    static func english(_ text: String) -> [String] {
        Array(Set(CatalogueTests.englishWords(in: text, also: documentWords))).sorted()
    }

    /// An HTML page's text as a reader sees it: tags and style out, the diagram's tooltips kept
    /// (Graphviz's `<title>` elements hold its element ids, `s1`, `cluster_body`: out).
    static func visibleText(_ html: String) -> String {
        var t = html.replacing(#/<style>[\s\S]*?</style>/#, with: " ")
        t = t.replacing(#/<title>[^<]*</title>/#, with: " ")
        t = t.replacing(#/<[^>]+>/#, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"), ("&nbsp;", " ")] {
            t = t.replacingOccurrences(of: entity, with: character)
        }
        return t
    }

    @Test func checkAndItsRuleListAreJapanese() throws {
        let check = try runPiagraph(["check", "--fail-on", "note"] + Self.paths, environment: Self.japanese)
        #expect(check.status == 1)
        #expect(check.stdoutText.contains("警告: [unknown-system]"), "severities in Japanese, rule ids as they are")
        #expect(check.stdoutText.contains("件のファイルを確認しました"))
        #expect(Self.english(check.stdoutText).isEmpty, "\(Self.english(check.stdoutText))")
        let rules = try runPiagraph(["check", "--list-rules", "--lang", "ja"])
        #expect(rules.stdoutText.contains("片側だけの接続"))
        #expect(Self.english(rules.stdoutText).isEmpty, "\(Self.english(rules.stdoutText))")
    }

    @Test func reportAndScanOverviewAreJapanese() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let report = dir.appendingPathComponent("ja.html")
        let made = try runPiagraph(["report", "-o", report.path, "--highlight", "個人番号", Self.paths[0]], environment: Self.japanese)
        #expect(made.status == 0, "\(made.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("指摘：") && html.contains("引用箇所") && html.contains("凡例"))
        #expect(Self.english(Self.visibleText(html)).isEmpty, "\(Self.english(Self.visibleText(html)))")
        let out = dir.appendingPathComponent("scan-ja")
        let scan = try runPiagraph(["scan", "-o", out.path, "--reports", "--merge-by", "body"] + Self.paths, environment: Self.japanese)
        #expect(scan.status == 1, "\(scan.stderr)")
        for page in ["index.html", "reports/00001.html", "bodies/0001.html"] {
            let text = Self.visibleText(try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8))
            #expect(Self.english(text).isEmpty, "\(page): \(Self.english(text))")
        }
    }

    @Test func highlightHistoryAndDiffAreJapanese() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let svg = dir.appendingPathComponent("mynumber.svg").path
        let trail = try runPiagraph(["render", "--highlight", "個人番号", "-o", svg, Self.paths[0]], environment: Self.japanese)
        #expect(trail.status == 0)
        #expect(trail.stdoutText.contains("ファイルを保有するシステム（I-2）"))
        #expect(Self.english(trail.stdoutText).isEmpty, "\(Self.english(trail.stdoutText))")
        let history = try runPiagraph(["history", Self.paths[4]], environment: Self.japanese)
        #expect(history.stdoutText.contains("委託追加"))
        #expect(Self.english(history.stdoutText).isEmpty, "\(Self.english(history.stdoutText))")
        let diff = try runPiagraph(["diff", Self.paths[3], Self.paths[4]], environment: Self.japanese)
        #expect(diff.stdoutText.contains("旧版"))
        #expect(Self.english(diff.stdoutText).isEmpty, "\(Self.english(diff.stdoutText))")
        let extract = try runPiagraph(["extract", "--format", "text", Self.paths[0]], environment: Self.japanese)
        #expect(Self.english(extract.stdoutText).isEmpty, "\(Self.english(extract.stdoutText))")
    }

    @Test(arguments: ["", "render", "extract", "check", "report", "scan", "paths", "history", "diff", "serve"])
    func helpIsJapanese(command: String) throws {
        let help = try runPiagraph((command.isEmpty ? [] : [command]) + ["--help"], environment: Self.japanese)
        #expect(help.status == 0)
        #expect(help.stdoutText.contains("使い方:") && help.stdoutText.contains("オプション:"))
        #expect(Self.english(help.stdoutText).isEmpty, "\(Self.english(help.stdoutText))")
    }

    @Test func errorsAreJapanese() throws {
        let missing = try runPiagraph(["check", "no-such-file.txt"], environment: Self.japanese)
        #expect(missing.status == 2)
        #expect(missing.stderr == "piagraph: no-such-file.txt：ファイルがありません\n")
        let usage = try runPiagraph(["check", "--format", "yaml", Self.paths[0]], environment: Self.japanese)
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("エラー: 'yaml' は '--format <format>' に使えない値です"))
        let typo = try runPiagraph(["--lang", "ja", "chek"])
        #expect(typo.stderr == "piagraph: 不明なコマンド「chek」（check のことですか？）\n")
        #expect(try runPiagraph(["check", "--lang", "fr", Self.paths[0]]).status == 2, "an unknown language is a usage error")
    }

    /// --lang overrides the locale both ways, and codes, ids and JSON keys do not change.
    @Test func langOverridesTheLocaleAndCodesStay() throws {
        let english = try runPiagraph(["check", "--lang", "en", "--format", "json", Self.paths[3]], environment: Self.japanese)
        let japanese = try runPiagraph(["check", "--format", "json", Self.paths[3]], environment: Self.japanese)
        func strip(_ data: Data) throws -> [[String: String]] {
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let findings = try #require((root["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
            return findings.map {
                ["rule": $0["rule"] as? String ?? "", "severity": $0["severity"] as? String ?? "", "line": "\($0["line"] ?? "")"]
            }
        }
        #expect(try strip(english.stdout) == strip(japanese.stdout))
        #expect(english.stdoutText.contains("\"message\": \"") && !english.stdoutText.contains("ません"))
        #expect(japanese.stdoutText.contains("ません"), "the message follows the language")
        let c = try runPiagraph(["check", Self.paths[3]], environment: ["LANG": "C.UTF-8", "LC_ALL": "ja_JP.UTF-8"])
        #expect(c.stdoutText.contains("件のファイルを確認しました"), "LC_ALL comes before LANG")
    }

    /// A baseline written in one language holds in the other: fingerprints are taken from the
    /// English sentence whatever the language shown.
    @Test func aBaselineHoldsAcrossLanguages() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let baseline = dir.appendingPathComponent("accepted-en.json").path
        let write = try runPiagraph([
            "check", "--lang", "en", "--fail-on", "note", "--write-baseline", baseline, "--reason", "確認済み", "--by", "点検者",
            Self.paths[3],
        ])
        #expect(write.status == 0, "\(write.stderr)")
        let read = try runPiagraph(["check", "--lang", "ja", "--fail-on", "note", "--baseline", baseline, Self.paths[3]])
        #expect(read.status == 0, "every finding accepted: \(read.stdoutText)")
        #expect(read.stdoutText.contains("ベースラインで受け入れ済みの7件は表示していません"))
        let jaBaseline = dir.appendingPathComponent("accepted-ja.json").path
        _ = try runPiagraph([
            "check", "--lang", "ja", "--fail-on", "note", "--write-baseline", jaBaseline, "--reason", "r", "--by", "b", Self.paths[3],
        ])
        let back = try runPiagraph(["check", "--lang", "en", "--fail-on", "note", "--baseline", jaBaseline, Self.paths[3]])
        #expect(back.status == 0, "and the other way: \(back.stdoutText)")
    }

    @Test(arguments: [Language.en, .ja])
    func sarifValidatesInBothLanguages(language: Language) throws {
        let result = try runPiagraph(["check", "--lang", language.rawValue, "--format", "sarif", "--fail-on", "note"] + Self.paths)
        #expect(result.status == 1)
        let (status, message) = try CheckCLITests().validate(result.stdout)
        #expect(status == 0, "SARIF (\(language)) invalid: \(message.suffix(400))")
        let text = result.stdoutText
        #expect(text.contains("\"ruleId\": \"unknown-system\""))
        #expect(language == .en ? text.contains("\"name\": \"Unknown system\"") : text.contains("記載のないシステム"))
    }
}
