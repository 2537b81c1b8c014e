import PiagraphGraph
import PiagraphModel
import Testing

/// Where a term travels: the semantics of --highlight, on the examples and a fixture.
@Suite struct HighlightTests {
    func run(_ name: String, _ term: String) throws -> (ArchitectureGraph, Highlight) {
        let a = try Repo.example(name)
        let g = GraphBuilder.build(a)
        return (g, try Highlighter.highlight(term, in: g, assessment: a))
    }

    func id(_ g: ArchitectureGraph, _ label: String) -> String { g.nodes.first { $0.label == label }!.id }

    func edge(_ g: ArchitectureGraph, _ a: String, _ b: String) -> String {
        let x = id(g, a)
        let y = id(g, b)
        return g.edges.first { Set([$0.from, $0.to]) == Set([x, y]) }!.id
    }

    @Test func myNumberIsHeldByTheSystemsAndKeyedByTheCodeTowardsTheNetwork() throws {
        let (g, h) = try run("000_97d125f7b61b0f43", "個人番号")
        #expect(h.nodes[id(g, "福祉システム")] == .holds)
        #expect(h.nodes[id(g, "中間サーバー")] == .receivesCode)
        #expect(h.nodes[id(g, "情報提供ネットワークシステム")] == .receivesCode)
        #expect(h.edges[edge(g, "中間サーバー", "情報提供ネットワークシステム")] == .keyedByCode)
        #expect(h.edges[edge(g, "福祉システム", "業務共通システム(庁内連携システム/統合宛名システム)")] == .carries)
        // A system only named in その他 may receive it; the document does not say.
        #expect(h.nodes[id(g, "介護システム")] == .mayReceive)
        #expect(h.report[0].contains("II-2 主な記録項目 line 103: [x]"))
    }

    @Test func anItemTheFileDoesNotRecordGoesNowhere() throws {
        let (_, h) = try run("003_fb1bf0b09c48865e", "個人番号")
        #expect(h.nodes.isEmpty && h.edges.isEmpty)
        #expect(h.report == ["The file does not record 個人番号 (II-2 主な記録項目 line 81: [ ]): nothing to follow."])
    }

    @Test func contractorsAndTransferRecipientsReceiveIt() throws {
        // 001's marks in 主な記録項目 are lost, but (別添1) lists 個人番号: it is recorded.
        let (g, h) = try run("001_72e6b094e35de20b", "個人番号")
        #expect(h.nodes[id(g, "株式会社 アイネス")] == .receives)
        #expect(h.nodes[id(g, "福祉部 保護課")] == .receives)
        #expect(h.report[0].contains("(別添1) line 165"))
    }

    @Test func subcontractorsReceiveWhatContractorsHold() throws {
        let (g, h) = try run("004_eeb43361c0371a47", "個人番号")
        let subcontractors = g.nodes.filter { $0.kind == .subcontractor }
        #expect(subcontractors.count == 2)
        #expect(subcontractors.allSatisfy { h.nodes[$0.id] == .receives })
        #expect(h.nodes[g.holder] == .holds)
    }

    @Test func provisionOverTheNetworkIsKeyedByTheCodeOtherChannelsMayCarry() throws {
        let text =
            ParserTests.header + """
                システム1
                ①システムの名称\t福祉システム
                ③他のシステムとの接続\t[] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()
                主な記録項目\t・識別情報 [○] 個人番号 [] 個人番号対応符号
                提供先1\t都道府県知事
                ⑥提供方法\t[○] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()
                提供先2\t教育委員会
                ⑥提供方法\t[] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [○] 紙 [] その他 ()
                """
        let a = try parse(text)
        let g = GraphBuilder.build(a)
        let h = try Highlighter.highlight("個人番号", in: g, assessment: a)
        #expect(h.nodes[id(g, "都道府県知事")] == .receivesCode)
        #expect(h.nodes[id(g, "教育委員会")] == .mayReceive)
        let other = try Highlighter.highlight("個人番号対応符号", in: g, assessment: a)
        #expect(other.nodes.isEmpty, "not recorded")
    }

    @Test func aPartyTermMarksItAndThePathsToIt() throws {
        let (g, h) = try run("003_fb1bf0b09c48865e", "コムコ株式会社")
        #expect(h.nodes[id(g, "コムコ株式会社")] == .match)
        #expect(h.report.contains { $0.contains("path: 保健医療・衛生情報システム 予防接種台帳システム → コムコ株式会社 [委託, line 102]") })
    }

    @Test func unknownTermsSuggestTheClosest() throws {
        #expect(throws: HighlightError.self) { try run("003_fb1bf0b09c48865e", "マイナンバー") }
        let error = #expect(throws: HighlightError.self) { try run("000_97d125f7b61b0f43", "地方税情報") }
        #expect(error?.description.contains("closest known terms: 地方税関係情報") == true)
    }
}
