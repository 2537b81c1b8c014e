import Foundation
import PiagraphAudit
import PiagraphGraph
import Testing

@Suite struct MergeTests {
    static let chiba = ["000_97d125f7b61b0f43", "003_fb1bf0b09c48865e"]

    func context(_ names: [String]) throws -> MergeContext {
        MergeContext(try names.map { (path: $0 + ".txt", assessment: try Repo.example($0)) })
    }

    @Test func mergedNodeSetOfTheTwoChibaAssessments() throws {
        // Checked by hand: 000's 11 nodes; 003 adds its business system, its sources, recipients
        // and contractor. 中間サーバ(003) = 中間サーバー(000); 003's 福祉システム (only named in
        // その他) is 000's システム1; 業務共通, 介護, 国保, the categories and the network are shared.
        let c = try context(Self.chiba)
        let nodes = c.merged.nodes.map {
            "\($0.kind.rawValue):\($0.label.replacingOccurrences(of: "\n", with: " "))|\($0.sources.joined(separator: ","))"
        }
        #expect(
            nodes == [
                "system:福祉システム|14,39",
                "system:中間サーバー|14,39",
                "system:業務共通システム(庁内連携システム/統合宛名システム)|14,39",
                "system:サービス検索・電子申請機能|14",
                "system:申請管理システム|14",
                "nationalNetwork:情報提供ネットワークシステム|14,39",
                "nationalNetwork:住民基本台帳ネットワークシステム|14",
                "category:既存住民基本台帳システム|14,39",
                "category:税務システム|14,39",
                "referencedSystem:介護システム|14,39",
                "referencedSystem:国民健康保険システム|14,39",
                "system:保健医療・衛生情報システム 予防接種台帳システム|39",
                "person:本人又は本人の代理人|39",
                "department:評価実施機関内の他部署 (市民局市民自治推進部区政推進課)|39",
                "otherParty:その他 (予防接種協力医療機関)|39",
                "contractor:コムコ株式会社|39",
                "publicBody:都道府県知事|39",
                "publicBody:市町村長|39",
            ])
        #expect(c.merged.fileHolders.count == 2)
        let server = try #require(c.merged.nodes.first { $0.label == "中間サーバー" })
        #expect(server.evidence.contains { $0.note.hasPrefix("[39]") && $0.line == 55 })
        // The link both documents state is one edge listing both.
        let shared = c.merged.edges.filter { $0.sources == ["14", "39"] }
        #expect(!shared.isEmpty)
    }

    @Test func crossDocumentFindings() throws {
        let findings = Auditor.runMerged(try context(Self.chiba))
        let summary = findings.map { "\($0.ruleID) \(zip($0.paths, $0.lines).map { "\($0.0):\($0.1)" }.joined(separator: " "))" }
        #expect(
            summary == [
                "shared-system-links-differ 000_97d125f7b61b0f43.txt:63 003_fb1bf0b09c48865e.txt:52",
                "system-name-variants 000_97d125f7b61b0f43.txt:52 003_fb1bf0b09c48865e.txt:55",
            ])
        #expect(findings[0].message.contains("14 (line 63) lacks 既存住民基本台帳システム, 税務システム"))
    }

    @Test func contractorOfSeveralAffairs() throws {
        // Two documents of one body sharing a contractor (fixtures, as no two examples do).
        func doc(_ number: String, _ item: String) -> String {
            ParserTests.header.replacingOccurrences(of: "7\t試験市", with: "\(number)\t試験市") + """
                システム1
                ①システムの名称\t業務システム\(number)
                委託事項1\t\(item)
                ③委託先名\t株式会社共通
                """
        }
        let c = MergeContext([
            (path: "a.txt", assessment: try parse(doc("1", "保守"))), (path: "b.txt", assessment: try parse(doc("2", "運用"))),
        ])
        let findings = Auditor.runMerged(c).filter { $0.ruleID == "contractor-several-affairs" }
        #expect(findings.map(\.message) == ["株式会社共通 handles the files of 2 affairs: 1, 2"])
        #expect(findings[0].paths == ["a.txt", "b.txt"])
    }

    @Test func mergingDifferentBodiesNeedsForce() throws {
        let a = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
        let b = Repo.examples.appendingPathComponent("001_72e6b094e35de20b.txt").path
        let refused = try runPiagraph(["render", "--merge", a, b, "--format", "dot"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("different bodies (千葉市長, 奈良市長)"))
        #expect(refused.stdout.isEmpty)
        let forced = try runPiagraph(["render", "--merge", "--force", a, b, "--format", "dot"])
        #expect(forced.status == 0)
        #expect(forced.stdoutText.contains("統合マップ: 14 + 13"))
        let twoWithoutMerge = try runPiagraph(["render", a, b])
        #expect(twoWithoutMerge.status == 2)
    }

    @Test func checkMergeReportsAcrossFiles() throws {
        let files = Self.chiba.map { Repo.examples.appendingPathComponent($0 + ".txt").path }
        let result = try runPiagraph(["check", "--merge", "--format", "sarif"] + files)
        #expect(result.stdoutText.contains("shared-system-links-differ"))
        let text = try runPiagraph(["check", "--merge"] + files)
        #expect(
            text.stdoutText.contains(
                "\(files[0]):52: note: [system-name-variants] one system is named '中間サーバー' and '中間サーバ' (also lines \(files[1]):55)"))
    }

    @Test func mergeTakesAtMostTwoHundredDocuments() throws {
        // Refused before any file is read (the paths need not even exist).
        let files = (0...MergeLimit.max).map { "/nonexistent/\($0).txt" }
        for command in [["render", "--merge"], ["check", "--merge"], ["report", "--merge", "-o", "/nonexistent/r.html"]] {
            let result = try runPiagraph(command + files)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("--merge takes at most 200 documents; 201 were given"), "\(result.stderr)")
        }
    }
}

/// The documented bound (docs/history.md).
enum MergeLimit { static let max = 200 }
