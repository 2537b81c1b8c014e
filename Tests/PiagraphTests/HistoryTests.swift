import Foundation
import PiagraphAudit
import PiagraphGraph
import PiagraphHistory
import PiagraphModel
import PiagraphParser
import PiagraphText
import Testing

@Suite struct HistoryTests {
    @Test func japaneseDates() {
        #expect(JapaneseDate("令和7年3月27日")?.description == "2025-03-27")
        #expect(JapaneseDate("平成29年11月21日")?.description == "2017-11-21")
        #expect(JapaneseDate("令和元年5月1日")?.description == "2019-05-01")
        #expect(JapaneseDate("2023-04-01")?.description == "2023-04-01")
        #expect(JapaneseDate("前記継続") == nil)
        #expect(JapaneseDate("令和5年13月1日") == nil)
        #expect(JapaneseDate("平成31年4月4日")! < JapaneseDate("令和元年5月1日")!)
    }

    @Test func timelineOf000() throws {
        let (changes, other) = History.timeline(try Repo.example("000_97d125f7b61b0f43"))
        let summary = changes.map { "\($0.line) \($0.timing ?? "—") \($0.kind.rawValue) \($0.subject)" }
        #expect(
            summary == [
                "278 事後 system added システム4",
                "283 事後 入手 changed ②入手方法",
                "287 事前 委託 added 委託事項3",
                "288 事後 提供先 added 提供先1",
                "291 事後 提供先 added 提供先2",
                "293 事後 提供先 added 提供先3",
                "296 事後 移転先 added 移転先1",
                "323 事前 links changed システム4",
                "325 事前 system added システム5",
                "328 事前 委託 replaced 委託事項3",
                "343 事前 links changed システム1",
                "348 事後 委託 removed 委託事項2",
                "349 事後 委託 renumbered 委託事項3",
                "354 事後 提供先 removed 提供先2",
                "358 事後 提供先 renumbered 提供先3",
                "360 事後 移転先 removed 移転先1",
                "375 事後 links changed システム2",
                "381 — 入手 changed ①入手元",
                "396 事前 入手 changed ①入手元",
            ])
        #expect(other == 61)
        let replaced = try #require(changes.first { $0.line == 328 })
        #expect(replaced.summary == "日本郵便株式会社 → 株式会社日立製作所 千葉支店")
        #expect(replaced.date == "令和5年3月31日")
        let links = try #require(changes.first { $0.line == 343 })
        #expect(links.summary.hasPrefix("[ ] 情報提供ネットワークシステム [x] 庁内連携システム"))
    }

    @Test func recoverTakesLostSectionsFromTheLog() throws {
        let r = History.recover(try Repo.example("000_97d125f7b61b0f43"))
        var acquisitions: [Acquisition] = []
        var entrusted: [Entrustment] = []
        var provided: [Outflow] = []
        var transferred: [Outflow] = []
        for flow in r.assessment.flows {
            switch flow {
            case .acquisition(let a): acquisitions.append(a)
            case .entrustment(let e): entrusted.append(e)
            case .provision(let o): provided.append(o)
            case .transfer(let o): transferred.append(o)
            default: break
            }
        }
        #expect(
            acquisitions.map { "\($0.party)(\($0.detail ?? ""))" } == [
                "評価実施機関内の他部署(課税管理課、保護課、健康保険課、区政推進課)",
                "行政機関・独立行政法人等(日本年金機構、デジタル庁)",
                "地方公共団体・地方独立行政法人(他市町村)",
            ])
        #expect(acquisitions.map { $0.recoveredFrom?.line } == [381, 396, 381])
        // 委託事項3 (日本郵便) was replaced by 日立 (328), then renumbered to 2 (349).
        #expect(
            entrusted.map { "\($0.no) \($0.contractor?.value ?? "") \($0.subcontract.map(String.init) ?? "-")" } == [
                "2 株式会社日立製作所 千葉支店 true"
            ])
        // 提供先2 社会福祉協議会 was removed (354) and 提供先3 renumbered to 2 (358); 移転先1 removed (360).
        #expect(provided.map { "\($0.no) \($0.recipient ?? "")" } == ["1 都道府県知事等", "2 都道府県知事等"])
        #expect(provided.map { $0.recoveredFrom?.line } == [288, 293])
        #expect(transferred.isEmpty)
        #expect(r.assessment.diagnostics.contains { $0.code == "recovered" })
        // Without --recover nothing of this is there, and a body that has its sections keeps them.
        #expect(try Repo.example("000_97d125f7b61b0f43").flows.isEmpty)
        let body = try Repo.example("003_fb1bf0b09c48865e")
        #expect(History.recover(body).assessment.flows == body.flows)
    }

    @Test func recoveredFlowsAreDrawnApart() throws {
        let g = GraphBuilder.build(History.recover(try Repo.example("000_97d125f7b61b0f43")).assessment)
        let recovered = g.edges.filter { $0.recoveredFrom != nil }
        #expect(recovered.count == 6)
        #expect(recovered.allSatisfy { $0.kind != .link })
    }

    @Test func replayUndoesLaterChanges() throws {
        let a = try Repo.example("004_eeb43361c0371a47")
        let r = History.replay(a, at: JapaneseDate("令和3年1月1日")!)
        let entrusted = r.assessment.entrustments
        // 委託事項4 was added 令和4年6月30日; 委託事項1's contractor was 富士通株式会社 until 令和3年6月30日.
        #expect(entrusted.map(\.no) == [1, 2, 3])
        #expect(entrusted[0].contractor?.value == "富士通株式会社")
        #expect(entrusted[0].recoveredFrom?.line == 244)
        #expect(r.notes.contains { $0.english.contains("システム6 電子申込システム was added 令和4年6月30日, line 248, but is not in the text") })
        #expect(r.notes.contains { $0.english.contains("入手 is not replayed") })
        // A date after every change changes nothing.
        let now = History.replay(a, at: JapaneseDate("令和9年1月1日")!)
        #expect(now.assessment.flows == a.flows && now.assessment.systems == a.systems)
    }

    @Test func replayRestoresLinksFromTheRow() throws {
        let a = try Repo.example("000_97d125f7b61b0f43")
        let r = History.replay(a, at: JapaneseDate("令和7年1月1日")!)
        let system1 = try #require(r.assessment.systems.first { $0.no == 1 })
        // Row 343 says system 1 had 庁内連携システム and 宛名システム等 checked before 令和7年3月27日.
        #expect(system1.connections.filter { $0.checked == true }.map(\.category) == [.internalBus, .addressSystem])
    }

    @Test func diffOfTwoVersions() throws {
        let dir = Repo.examples.appendingPathComponent("versions")
        let old = try SourceDocument.load(path: dir.appendingPathComponent("sample-2023.txt").path)
        let new = try SourceDocument.load(path: dir.appendingPathComponent("sample-2025.txt").path)
        let diff = GraphDiff.compare(old: DocumentParser.parse(old), new: DocumentParser.parse(new))
        #expect(diff.report.contains("+ システム (I-2) 申請管理システム (new line 24,19)"))
        #expect(diff.report.contains("- 提供 福祉システム → 社会福祉協議会 [紙] (old line 31,33)"))
        #expect(diff.report.contains("~ 委託事項1 福祉システムの保守: 委託先 株式会社旧保守 → 株式会社新保守 (old line 26, new line 29)"))
        #expect(diff.report.contains("~ 福祉システム ③ 既存住民基本台帳システム: [ ] → [x] (old line 19, new line 19)"))
        #expect(diff.report.contains("~ システム 中間サーバー renamed 中間サーバ (old line 21, new line 21)"))
        // Unchanged parts carry no mark; the renamed 中間サーバ is the same node.
        let server = try #require(diff.graph.nodes.first { $0.label == "中間サーバー" })
        #expect(diff.nodes[server.id] == nil)
        #expect(diff.nodes.values.filter { $0 == GraphDiff.Mark.added }.count == 4)
        #expect(diff.nodes.values.filter { $0 == GraphDiff.Mark.removed }.count == 2)
        #expect(GraphDiff.compare(old: DocumentParser.parse(new), new: DocumentParser.parse(new)).report.isEmpty)
    }

    @Test func historyAndDiffCommands() throws {
        let timeline = try runPiagraph(["history", Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path])
        #expect(timeline.status == 0)
        #expect(timeline.stdoutText.contains("令和5年3月31日  事前  委託 replaced: 委託事項3 日本郵便株式会社 → 株式会社日立製作所 千葉支店  (line 328)"))
        let dir = Repo.examples.appendingPathComponent("versions")
        let diff = try runPiagraph([
            "diff", dir.appendingPathComponent("sample-2023.txt").path, dir.appendingPathComponent("sample-2025.txt").path, "--format",
            "dot",
        ])
        #expect(diff.status == 0)
        #expect(diff.stdoutText.contains("(+ 新)"))
        #expect(diff.stderr.contains("+ システム (I-2) 申請管理システム"))
        let at = try runPiagraph([
            "render", Repo.examples.appendingPathComponent("004_eeb43361c0371a47.txt").path, "--at", "令和3年1月1日", "--format", "dot",
        ])
        #expect(at.status == 0)
        #expect(at.stdoutText.contains("富士通株式会社"))
        #expect(at.stderr.contains("contractor back to 富士通株式会社"))
        let badDate = try runPiagraph(["render", Repo.examples.appendingPathComponent("004_eeb43361c0371a47.txt").path, "--at", "someday"])
        #expect(badDate.status == 2)
        let recover = try runPiagraph(["extract", "--recover", Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path])
        let json = try #require(try JSONSerialization.jsonObject(with: recover.stdout) as? [String: Any])
        let flows = try #require(json["flows"] as? [[String: Any]])
        #expect(flows.count == 6)
        #expect(flows.allSatisfy { ($0["recoveredFrom"] as? [String: Any])?["line"] is Int })
    }

    @Test(arguments: Repo.exampleNames)
    func historyAndCheckReadTheLogAlike(name: String) throws {
        // late-notice reports exactly the 事後 additions the timeline shows: one reading of the log.
        let a = try Repo.example(name)
        let additions: Set<ArchitectureChange.Kind> = [.systemAdded, .entrustmentAdded, .provisionAdded, .transferAdded]
        let timeline = History.timeline(a).changes.filter { $0.timing == "事後" && additions.contains($0.kind) }.map(\.line)
        let findings = Auditor.run(a, disabled: []).filter { $0.ruleID == "late-notice" }.compactMap(\.line)
        #expect(timeline == findings)
    }

    @Test func timelineOf001ReadByHand() throws {
        // (別添2) of 001, lines 389–408: 17 rows, all 令和8年3月11日; 15 事後 and 2 事前 (lines 404,
        // 408). Each changes the text of a row (公表日, I-4, I-5-②, I-6, II-2-⑥, II-3-⑤, the 提供先1 and
        // 移転先 fields, II-6, III): none adds, removes or renumbers a system, 委託, 提供先 or 移転先.
        let a = try Repo.example("001_72e6b094e35de20b")
        #expect(a.history.count == 17)
        #expect(Set(a.history.map(\.date)) == ["令和8年3月11日"])
        #expect(a.history.filter { $0.timing == "事前" }.map(\.line) == [404, 408])
        #expect(a.history.filter { $0.timing == "事後" }.count == 15)
        let timeline = History.timeline(a)
        #expect(timeline.changes.isEmpty && timeline.otherRows == 17)
    }

    @Test func timelineOf004ReadByHand() throws {
        // (別添2) of 004, lines 242–267: 23 rows. By hand: line 243 changes ①入手元 (事後); 244 replaces
        // 委託事項1's contractor 富士通株式会社 with 富士通Japan株式会社 (事後); 248 adds システム6
        // 電子申込システム (— before, 事前); 251 changes ②入手方法 to add その他(電子申込システム) (事前);
        // 253 adds 委託事項4 電子申込システムの保守 (事前), whose fields follow on 254–257. The other rows
        // change text only (249 and 263 are システム6's ②機能, a field of the added system).
        let a = try Repo.example("004_eeb43361c0371a47")
        #expect(a.history.count == 23)
        let timeline = History.timeline(a)
        #expect(timeline.changes.map(\.line) == [243, 244, 248, 251, 253])
        #expect(timeline.changes.map(\.kind) == [.sourcesChanged, .entrustmentReplaced, .systemAdded, .sourcesChanged, .entrustmentAdded])
        #expect(timeline.changes.map(\.timing) == ["事後", "事後", "事前", "事前", "事前"])
        #expect(timeline.changes[1].summary == "富士通株式会社 → 富士通Japan株式会社")
        #expect(timeline.changes[2].subject == "システム6" && timeline.changes[2].summary.hasPrefix("電子申込システム"))
        #expect(timeline.changes[4].subject == "委託事項4" && timeline.changes[4].summary.hasPrefix("電子申込システムの保守"))
        #expect(timeline.otherRows == 18)
    }
}
