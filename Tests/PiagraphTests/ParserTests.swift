import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphModel
import PiagraphParser
import Testing

/// Tolerance to damage and the facts beyond the answer keys, on small fixtures.
@Suite struct ParserTests {
    /// Twelve lines; a fixture's own text starts on line 13.
    static let header = """
        特定個人情報保護評価書(重点項目評価書)

        評価書番号\t評価書名
        7\t試験市 試験事務 重点項目評価書

        評価実施機関名

        試験市長

        公表日

        令和7年4月1日

        """

    @Test func connectionRowWithoutSystemHeaderIsKeptAsUnnamedSystem() throws {
        let a = try parse(
            Self.header + """
                ③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()
                システム2
                ①システムの名称\t中間サーバー
                """)
        #expect(a.systems.count == 2)
        #expect(a.systems[0].name == nil && a.systems[0].no == nil && a.systems[0].line == 13)
        #expect(a.systems[0].connections[0].checked == true)
        #expect(a.systems[1].name == "中間サーバー" && a.systems[1].connections.allSatisfy { $0.checked == nil })
        #expect(a.diagnostics.contains { $0.code == "system-header-missing" && $0.line == 13 })
        #expect(a.diagnostics.contains { $0.code == "connections-missing" && $0.line == 15 })
    }

    @Test func templateBlocksAreNotFacts() throws {
        let a = try parse(
            Self.header + """
                システム1
                ①システムの名称\t
                システム2~5
                委託事項1\t
                ①委託内容\t
                提供先1\t
                ①法令上の根拠\t
                ⑥提供方法\t[] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()
                移転先2~5
                """)
        #expect(a.systems.isEmpty)
        #expect(a.flows.isEmpty)
        #expect(!a.diagnostics.contains { $0.code == "block-unnamed" })
    }

    @Test func unnamedBlockWithContentIsReported() throws {
        let a = try parse(
            Self.header + """
                提供先1\t
                ①法令上の根拠\t番号法第19条第8号
                """)
        #expect(a.flows.isEmpty)
        #expect(a.diagnostics.contains { $0.code == "block-unnamed" && $0.line == 13 })
    }

    @Test func missingSectionsAreReported() throws {
        let a = try parse(Self.header + "システム1\n①システムの名称\t福祉システム\n")
        let missing = a.diagnostics.filter { $0.code == "section-missing" }.map(\.message)
        #expect(missing.contains { $0.contains("II-3 ①入手元") })
        #expect(missing.contains { $0.contains("II-4 委託の有無") })
        #expect(missing.contains { $0.contains("II-5 提供・移転の有無") })
        #expect(a.diagnostics.contains { $0.code == "field-missing" && $0.message.contains("事務の名称") })
    }

    @Test func provisionBlockFieldsAndMethodsWrapOntoNextLine() throws {
        let a = try parse(
            Self.header + """
                提供・移転の有無\t[○] 提供を行っている (1) 件 [○] 移転を行っている (1) 件 [] 行っていない
                提供先1\t都道府県知事
                ①法令上の根拠\t番号法第19条第8号
                ②提供先における用途\t用途の文
                ③提供する情報\t情報の文
                ⑥提供方法\t[○] 情報提供ネットワークシステム\t[] 専用線\t[] 電子メール
                \t[] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [○] その他 (端末参照)
                ⑦時期・頻度\t随時
                移転先1\t福祉部 保護課
                ⑥移転方法\t[○] 片内連携システム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()
                """)
        let outflows = a.declarations.outflows
        #expect(outflows?.provides == true && outflows?.provisionCount == 1 && outflows?.none == false)
        guard case .provision(let p)? = a.flows.first else {
            Issue.record("no provision")
            return
        }
        #expect(p.recipient == "都道府県知事" && p.basis?.value == "番号法第19条第8号" && p.basis?.line == 15)
        #expect(p.methods.map(\.name) == ["情報提供ネットワークシステム", "その他"])
        #expect(p.methods.last?.detail == "端末参照")
        #expect(p.timing?.value == "随時")
        guard case .transfer(let t)? = a.flows.last else {
            Issue.record("no transfer")
            return
        }
        #expect(t.methods.map(\.name) == ["庁内連携システム"])
        #expect(a.diagnostics.contains { $0.code == "name-variant" && $0.message.contains("片内連携システム") })
    }

    @Test func anOutflowWithoutItsMethodsRowHasUnknownMethods() throws {
        // A 移転先 whose ⑥移転方法 the text lost (a page's reading order put the grid elsewhere):
        // not "no method", but every method unknown, with a warning.
        let a = try parse(
            Self.header + """
                提供・移転の有無\t[] 提供を行っている () 件 [○] 移転を行っている (2) 件 [] 行っていない
                移転先1\t福祉部 保護課
                ①法令上の根拠\t番号利用法 第9条第2項
                移転先2\t福祉部 障害福祉課
                ⑥移転方法\t[○] 庁内連携システム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()
                """)
        let t = a.transfers
        #expect(t.count == 2)
        #expect(t.first?.methodOptions.count == 7 && t.first?.methodOptions.allSatisfy { $0.checked == nil } == true)
        #expect(a.diagnostics.contains { $0.code == "methods-missing" && $0.message.contains("移転先1") })
        #expect(t.last?.methods.map(\.name) == ["庁内連携システム"])
        #expect(!a.diagnostics.contains { $0.code == "methods-missing" && $0.message.contains("移転先2") })
    }

    @Test func everyKnownMisreadingIsTheFormsWording() throws {
        // One table (Misreadings) serves option names and system names alike.
        for misread in ["片内連携システム", "府内連携システム"] {
            let a = try parse(
                Self.header + """
                    提供・移転の有無\t[] 提供を行っている () 件 [○] 移転を行っている (1) 件 [] 行っていない
                    移転先1\t福祉部 保護課
                    ⑥移転方法\t[○] \(misread) [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()
                    """)
            guard case .transfer(let t)? = a.flows.last else {
                Issue.record("no transfer")
                continue
            }
            #expect(t.methods.map(\.name) == ["庁内連携システム"], "\(misread)")
            #expect(NameTable.key(misread) == NameTable.key("庁内連携システム"))
        }
    }

    @Test func entrustmentWithSubcontract() throws {
        let a = try parse(
            Self.header + """
                委託の有無 ※\t[委託する] <選択肢>
                \t(2) 件\t1) 委託する 2) 委託しない
                委託事項1\tシステム保守
                ①委託内容\t保守作業
                ③委託先名\t株式会社テスト
                再委託\t④再委託の有無 ※\t[再委託する] <選択肢> 1) 再委託する 2) 再委託しない
                \t⑤再委託の許諾方法\t書面による承認
                \t⑥再委託事項\t保守作業の一部
                委託事項2~5
                """)
        #expect(a.declarations.entrustment == Declared(value: "委託する", count: 2, line: 13))
        guard case .entrustment(let e)? = a.flows.first else {
            Issue.record("no entrustment")
            return
        }
        #expect(e.item == "システム保守" && e.contractor?.value == "株式会社テスト")
        #expect(e.subcontract == true && e.subcontractLine == 18)
        #expect(e.permission?.value == "書面による承認" && e.subcontractItems?.value == "保守作業の一部")
    }

    @Test func riskSectionBoxes() throws {
        let a = try parse(
            Self.header + """
                4. 特定個人情報ファイルの取扱いの委託\t\t[○] 委託しない
                5. 特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)\t\t[] 提供・移転しない
                6. 情報提供ネットワークシステムとの接続
                [○] 接続しない(入手) [] 接続しない(提供)
                """)
        let d = a.declarations
        #expect(d.noEntrustmentBox == Box(checked: true, line: 13))
        #expect(d.noOutflowBox == Box(checked: false, line: 14))
        #expect(d.noNetworkAcquisitionBox == Box(checked: true, line: 16))
        #expect(d.noNetworkProvisionBox == Box(checked: false, line: 16))
    }

    @Test func networkExchangeIsReadOnlyInItsSection() throws {
        let a = try parse(
            Self.header + """
                5. 情報提供ネットワークシステムによる情報連携 ※
                ①実施の有無\t[実施しない] <選択肢> 1) 実施する 2) 実施しない 3) 未定
                8. 監査
                実施の有無\t[○] 自己点検 [] 内部監査
                """)
        #expect(a.declarations.networkExchange == Declared(value: "実施しない", line: 14))
    }

    @Test func tableOfContentsIsNotTheBody() throws {
        let a = try parse(
            Self.header + """
                項目一覧

                I 基本情報
                II 特定個人情報ファイルの概要
                (別添2) 変更箇所

                ③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()
                """)
        #expect(a.systems.count == 1, "the row after the contents must not be read as a change-log row")
        #expect(a.history.isEmpty)
    }

    @Test func appendixListsAndHistoryRows() throws {
        let a = try parse(
            Self.header + """
                (別添1) 特定個人情報ファイル記録項目

                【税データ】

                宛名番号、世帯番号、カナ氏名

                名称\t資格履歴\t名称\t支払履歴
                No.\t項目名\tNo.\t項目名
                1\t個人番号\t1\t振込金額
                \t\t2\t口座番号

                III リスク対策

                (別添2) 変更箇所

                変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明
                令和4年6月30日\tII-4 委託の有無\t3件\t4件\t事前\t
                -----\t---\t---\t---\t---\t---
                <p>令和5年6月30日</p>\t<p>I-2 システム6</p>\t—\t電子申込システム\t\t
                """)
        #expect(a.appendixItems.map(\.name) == ["宛名番号", "世帯番号", "カナ氏名", "個人番号", "振込金額", "口座番号"])
        #expect(a.appendixItems.map(\.group) == ["税データ", "税データ", "税データ", "資格履歴", "支払履歴", "支払履歴"])
        #expect(a.history.count == 2)
        #expect(
            a.history[0]
                == HistoryRow(
                    date: "令和4年6月30日", item: "II-4 委託の有無", before: "3件", after: "4件",
                    timing: "事前", reason: "", line: 29))
        #expect(a.history[1].date == "令和5年6月30日" && a.history[1].timing == nil && a.history[1].line == 31)
    }

    @Test func appendixTablesOf001() throws {
        // Nine side-by-side tables (名称 / No. / 項目名): 11+21+26+12+25+9+4+22+3 items, and
        // the III-5 section that follows without a III heading is not read as items.
        let a = try Repo.example("001_72e6b094e35de20b")
        #expect(a.appendixItems.count == 133)
        let groups = Dictionary(grouping: a.appendixItems, by: { $0.group ?? "" }).mapValues(\.count)
        #expect(
            groups == [
                "資格履歴": 11, "支払履歴": 21, "手当支給要件児童": 26, "適用除外情報": 12, "手当資格内容": 25,
                "過払情報": 9, "過払月額": 4, "受給年金情報": 22, "中間サーバ": 3,
            ])
        #expect(a.appendixItems.allSatisfy { $0.line < 263 })
        #expect(a.declarations.noOutflowBox == Box(checked: false, line: 263))
        #expect(a.diagnostics.contains { $0.code == "section-inferred" && $0.line == 263 })
    }

    @Test func documentsSayingTwoThingsKeepBoth() throws {
        let a = try Repo.example("001_72e6b094e35de20b")
        #expect(a.header.files.map(\.value) == ["児童扶養手当システムファイル", "児童扶養手当情報ファイル"])
        #expect(a.header.files.map(\.line) == [58, 73])
    }

    @Test func examplesDeclarations() throws {
        let a = try Repo.example("003_fb1bf0b09c48865e")
        let d = a.declarations
        #expect(d.networkExchange?.value == "実施する")
        #expect(d.entrustment == Declared(value: "委託する", count: 1, line: 100))
        #expect(d.outflows?.provides == true && d.outflows?.provisionCount == 2 && d.outflows?.transfers == false)
        #expect(d.noEntrustmentBox?.checked == nil, "a lone [<input type=checkbox/>] cannot be read")
        #expect(d.noOutflowBox == Box(checked: true, line: 201))
        #expect(d.noNetworkAcquisitionBox == Box(checked: false, line: 211))
        #expect(a.appendixItems.count > 20 && a.appendixItems.first?.name == "予防接種番号")
    }

    @Test func everyFactHasAPlausibleLine() throws {
        for name in Repo.exampleNames {
            let document = try Repo.example(name)
            let lineCount = try String(contentsOf: Repo.examples.appendingPathComponent(name + ".txt"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).count
            let lines =
                document.systems.map(\.line) + document.flows.map(\.line) + document.recordedItems.map(\.line)
                + document.history.map(\.line) + document.appendixItems.map(\.line) + document.diagnostics.compactMap(\.line)
            #expect(lines.allSatisfy { (1...lineCount).contains($0) }, "\(name)")
        }
    }

    @Test func outputIsDeterministic() throws {
        for name in Repo.exampleNames {
            let a = ExtractJSON.render([try Repo.example(name)])
            let b = ExtractJSON.render([try Repo.example(name)])
            #expect(a == b)
        }
    }

    @Test func markSentinelsNeverReachTheOutput() throws {
        // (別添2) row 343 of 000 quotes <input> marks; the tags are removed in the JSON.
        let json = ExtractJSON.render([try Repo.example("000_97d125f7b61b0f43")])
        #expect(!json.unicodeScalars.contains { (0xE001...0xE003).contains($0.value) })
        #expect(json.contains("\"before\": \"情報提供ネットワークシステム 庁内連携システム"))
    }

    @Test func jsonEscapesEverything() throws {
        let text = JSON.object([("k\"", .string("a\"b\\c\nd\u{1}e\u{2028}<script>"))]).serialized()
        #expect(text == "{\n  \"k\\\"\": \"a\\\"b\\\\c\\nd\\u0001e\\u2028<script>\"\n}\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(parsed?["k\""] == "a\"b\\c\nd\u{1}e\u{2028}<script>")
    }
}
