import Foundation
import Testing

@Suite struct RenderCLITests {
    let example000 = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
    let example003 = Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path

    @Test func renderIsTheDefaultCommandAndWritesSVG() throws {
        let result = try runPiagraph([example003])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("<?xml"))
        #expect(result.stdoutText.contains("中間サーバ"))
    }

    @Test func theDensestFormRendersInTheDenseModeAndSaysSo() throws {
        // 20 systems (the form's maximum), each linked to every other one and to every category.
        let path = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dense-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try runPiagraph(["render", path, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("drawn in the dense mode"), "\(result.stderr)")
        let svg = try Data(contentsOf: out)
        #expect(RenderTests.isWellFormedXML(Array(svg)))
        let json = try runPiagraph(["render", path, "--format", "json"])
        let graph = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        // 190 links among the 20 systems, 20 × 6 to the categories shared by all: 310 edges.
        #expect((graph["edges"] as? [Any])?.count == 310)
    }

    @Test func highlightAtTheTopLevelPrintsTheReportWithLines() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let out = dir.appendingPathComponent("mynumber.svg").path
        let result = try runPiagraph(["--highlight", "個人番号", example000, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.stdoutText
        #expect(report.contains("個人番号: recorded in the file — II-2 主な記録項目 line 103: [x]"))
        #expect(report.contains("Keyed by 個人番号対応符号, not the 個人番号: 中間サーバー"))
        #expect(report.contains("福祉システム (line 40, 63) — 業務共通システム"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownHighlightTermListsTheClosestAndKeepsTheOldFile() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let out = dir.appendingPathComponent("keep.svg")
        try Data("old".utf8).write(to: out)
        let result = try runPiagraph(["render", example000, "--highlight", "個人番號", "-o", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("closest known terms: 個人番号"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: out, encoding: .utf8) == "old", "a failed render must not touch the output")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func formatFollowsTheExtensionAndOutputIsAtomic() throws {
        let dir = try temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        for (ext, magic) in [
            ("png", [UInt8(0x89), 0x50]), ("pdf", Array("%P".utf8)), ("dot", Array("di".utf8)), ("json", Array("{\n".utf8)),
        ] {
            let out = dir.appendingPathComponent("graph.\(ext)")
            let result = try runPiagraph(["render", example003, "-o", out.path])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
            #expect(Array(try Data(contentsOf: out).prefix(2)) == magic, "\(ext)")
        }
        let missingDir = try runPiagraph(["render", example003, "-o", "/nonexistent-dir/x.svg"])
        #expect(missingDir.status == 2)
        #expect(missingDir.stderr.contains("does not exist"))
        let unknownExtension = try runPiagraph(["render", example003, "-o", dir.appendingPathComponent("x.gif").path])
        #expect(unknownExtension.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.gif").path))
    }

    @Test func graphJSONCarriesEvidence() throws {
        let result = try runPiagraph(["render", example003, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(json["schema"] as? String == "piagraph.graph/1")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let server = try #require(nodes.first { $0["label"] as? String == "中間サーバ" })
        let lines = (server["evidence"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }
        #expect(lines == [55, 52])
    }

    @Test func pathsAndReach() throws {
        let paths = try runPiagraph(["paths", example003, "--from", "予防接種台帳システム", "--to", "情報提供ネットワークシステム"])
        #expect(paths.status == 0, "\(paths.stderr)")
        #expect(paths.stdoutText.hasPrefix("2 simple path(s) from 保健医療・衛生情報システム 予防接種台帳システム"))
        #expect(paths.stdoutText.contains("-[システム間の接続 (③) l.57]-> 情報提供ネットワークシステム"))
        let reach = try runPiagraph(["paths", example003, "--reach", "都道府県知事"])
        #expect(reach.stdoutText.hasPrefix("都道府県知事 reaches 0 node(s)"))
        let unknown = try runPiagraph(["paths", example003, "--reach", "中間サーバX"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("closest: 中間サーバ"))
        let usage = try runPiagraph(["paths", example003, "--from", "中間サーバ"])
        #expect(usage.status == 2)
    }
}
