import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphModel
import PiagraphParser
import PiagraphText
import Testing

/// The three forms and the layouts converters leave, on small fixtures written by hand from the
/// form's printed labels (no fixture copies a document's own layout).
@Suite struct FormTests {
    static let fixtures = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms")

    // MARK: Layouts

    @Test func labelCutByANarrowCellIsJoined() throws {
        // pdftotext -layout: 「①システム」 and 「の名称」 on two lines, the value beside the first.
        let a = try parse(
            """
            特定個人情報保護評価書(重点項目評価書)
            システム1
            ①システム     福祉システム
            の名称
            ③他のシス     [ ] 情報提供ネットワークシステム    [○] 庁内連携システム
            テムとの接続   [ ] 住民基本台帳ネットワークシステム  [ ] 既存住民基本台帳システム
                      [○] 宛名システム等           [ ] 税務システム
                      [○] その他 ( 中間サーバー、申請
                      管理システム )
            """)
        let system = try #require(a.systems.first)
        #expect(system.no == 1 && system.name == "福祉システム" && system.line == 3)
        #expect(system.connections.map(\.checked) == [false, true, false, false, true, false, true])
        #expect(system.connections.last?.detail == "中間サーバー、申請管理システム")
    }

    @Test func labelsBeforeValuesAreTiedInOrder() throws {
        // A PDF text layer in content order: label cells first, value cells after.
        let a = try parse(
            """
            特定個人情報保護評価書(全項目評価書)
            評価書番号

            7

            評価書名

            介護保険に関する事務 全項目評価書
            Ⅰ 基本情報
            1.特定個人情報ファイルを取り扱う事務
            ①事務の名称
            ②事務の内容 ※

            介護保険
            <概要>
            介護保険は、40歳以上の国民が加入する制度である。
            """)
        #expect(a.header.number?.value == "7" && a.header.number?.line == 4)
        #expect(a.header.title?.value == "介護保険に関する事務 全項目評価書")
        #expect(a.header.affair?.value == "介護保険" && a.header.affair?.line == 14)
    }

    @Test func pageFlattenedOntoOneLine() throws {
        let a = try parse(
            "特定個人情報保護評価書(重点項目評価書) 評価書番号 評価書名 児童手当の支給に関する事務 重点項目評価書 22 個人のプライバシー等の権利利益の保護の宣言 架空市は、児童手当の支給に関する事務における特定個人情報ファイルの取扱いに当たり宣言する。 特記事項 評価実施機関名 架空市長 公表日 令和5年4月1日 [平成30年5月 様式3] Ⅰ 基本情報 1.特定個人情報ファイルを取り扱う事務 ①事務の名称 児童手当の支給に関する事務 ・児童手当法に基づき、手当を支給する。 2.特定個人情報ファイルを取り扱う事務において使用するシステム システム1 ①システムの名称 児童手当システム ②システムの機能 受給資格の管理"
        )
        #expect(a.header.number?.value == "22")
        #expect(a.header.title?.value == "児童手当の支給に関する事務 重点項目評価書")
        #expect(a.header.organization?.value == "架空市長")
        #expect(a.header.published?.value == "令和5年4月1日")
        #expect(a.header.kind?.value == "重点項目評価書")
        #expect(a.header.affair?.value == "児童手当の支給に関する事務")
        #expect(a.systems.map(\.name) == ["児童手当システム"])
        #expect(a.systems.first?.no == 1)
    }

    @Test func pageFurnitureIsDropped() throws {
        let a = try parse(
            """
            • 検索結果がありません。
            シェア "特定個人情報保護評価書(重点項目評価書)"
            Copied!
            (1)
            特定個人情報保護評価書(重点項目評価書)
            評価書番号
            3
            評価実施機関名
            架空町長
            - 2 -
            公表日
            令和4年1月5日
            """)
        #expect(a.header.number?.value == "3")
        #expect(a.header.organization?.value == "架空町長")
        #expect(a.header.published?.value == "令和4年1月5日")
    }

    @Test func aHeaderRepeatedOnEveryPageIsNotText() throws {
        // pdftotext marks pages with a form feed; the body's name printed atop each page must
        // not become the value a label at the foot of the previous page awaits.
        let a = try parse(
            """
            特定個人情報保護評価書(重点項目評価書)
            評価実施機関名
            \u{0C}架空市 予防接種に関する事務
            架空市長
            公表日
            \u{0C}架空市 予防接種に関する事務
            令和5年4月1日
            Ⅰ 基本情報
            \u{0C}架空市 予防接種に関する事務
            ①事務の名称 予防接種に関する事務
            """)
        #expect(a.header.organization?.value == "架空市長")
        #expect(a.header.published?.value == "令和5年4月1日")
        #expect(a.header.affair?.value == "予防接種に関する事務")
    }

    @Test func aListOfHeadingsWithoutItsTitleIsNoChangeLog() throws {
        // 項目一覧 lost: its entries end with (別添2) 変更箇所, but nothing follows that heading
        // before the real Ⅰ 基本情報, so the body is read, not taken for the change log.
        let a = try parse(
            """
            特定個人情報保護評価書(重点項目評価書)
            Ⅰ 基本情報
            Ⅱ 特定個人情報ファイルの概要
            (別添2) 変更箇所
            Ⅰ 基本情報
            1.特定個人情報ファイルを取り扱う事務
            ①事務の名称 児童手当支給事務
            システム1
            ①システムの名称 福祉システム
            """)
        #expect(a.header.affair?.value == "児童手当支給事務")
        #expect(a.systems.map(\.name) == ["福祉システム"])
        #expect(a.history.isEmpty)
    }

    @Test func anOptionNameCutByItsGridCellIsTheOneItBegins() throws {
        // A large font wraps 「情報提供ネットワークシステム」 inside its cell; the 「ム」 lands
        // beside the next option. The cut name begins exactly one of the ⑥ options.
        let text = """
            特定個人情報保護評価書(重点項目評価書)
            提供先1  都道府県知事
            ⑥提供方法   [○] 情報提供ネットワークシステ [ ] 専用線
                    ム
                    [ ] 電子メール   [ ] 電子記録媒体(フラッシュメモリを除く。)
                    [ ] フラッシュメモリ   [ ] 紙
                    [ ] その他 ( )
            """
        let a = try parse(text)
        let provision = try #require(a.provisions.first)
        #expect(provision.methods.map(\.name) == ["情報提供ネットワークシステム"])
        #expect(provision.methodOptions.allSatisfy { $0.checked != nil })
        // The 「ム」 beside 専用線 spells no name with it: it is the cut name's rest, whole again.
        #expect(!a.diagnostics.contains { $0.code == "name-variant" })
        // Its rest lost, the cut name still begins exactly one option: read as it, with a note.
        let lost = try parse(text.replacingOccurrences(of: "\n        ム\n", with: "\n"))
        #expect(lost.provisions.first?.methods.map(\.name) == ["情報提供ネットワークシステム"])
        #expect(lost.diagnostics.contains { $0.code == "name-variant" && $0.message.contains("情報提供ネットワークシステ") })
        // Too short a beginning says nothing: 「情報」 alone is no option.
        let short = try parse("特定個人情報保護評価書(重点項目評価書)\n提供先1  都道府県知事\n⑥提供方法   [○] 情報 [ ] 専用線\n")
        #expect(short.provisions.first?.methodOptions.first?.checked == nil)
    }

    @Test func theNumberJustAboveItsLabelIsItsValue() throws {
        // Reading order may put the number cell before its label cell; only blank lines between.
        let a = try parse("39\n\n評価書番号\n\n特定個人情報保護評価書(重点項目評価書)\n評価書名\n\n予防接種に関する事務\n")
        #expect(a.header.number?.value == "39" && a.header.number?.line == 1)
        #expect(a.diagnostics.contains { $0.code == "value-before-label" })
        // A page number further up, with text between, is not taken.
        let b = try parse("3\n\n(1)\n特定個人情報保護評価書(重点項目評価書)\n評価書番号\n\n評価書名\n")
        #expect(b.header.number == nil)
        // The page number atop the first page, the label's own number after it (the sweep's
        // seed 2000055, the title between): the number after is the value.
        let c = try parse("1\n\n評価書番号\n\n特定個人情報保護評価書(全項目評価書)\n\n12\n\n評価書名\n\n予防接種に関する事務\n")
        #expect(c.header.number?.value == "12")
        #expect(!c.diagnostics.contains { $0.code == "value-before-label" })
    }

    @Test func aProducerThatSetsDigitsApartAndCentresLabels() throws {
        // As LibreOffice prints the form: 「① 法令上の根拠」 and 「移転先 1」 with the number set
        // apart, the label centred in its tall cell (its value's first line above it), digits
        // set apart inside values and dates.
        let a = try parse(
            """
            特定個人情報保護評価書(重点項目評価書)
            [令和 6 年 10 月 様式 3]
                      移転先 1        福祉部 保護課

                                   番号利用法 第 9 条第 2 項 奈良市行政手続における特定の個人を識別するための番
                    ① 法令上の根拠       号の利用等に関する法律に基づく条例 第 4 条第 3 項

                    ⑥ 移転方法   [○] 庁内連携システム [ ] 専用線 [ ] 電子メール [ ] 電子記録媒体(フラッシュメモリを除く。) [ ] フラッシュメモリ [ ] 紙 [ ] その他 ( )
            """)
        let transfer = try #require(a.transfers.first)
        #expect(transfer.no == 1 && transfer.recipient == "福祉部 保護課")
        #expect(transfer.basis?.value == "番号利用法 第9条第2項 奈良市行政手続における特定の個人を識別するための番号の利用等に関する法律に基づく条例 第4条第3項")
        #expect(transfer.methods.map(\.name) == ["庁内連携システム"])
        #expect(a.form == .focused)
    }

    @Test func aChangeLogWhoseRowsCannotBeToldApartSaysSo() throws {
        // The date column printed one character a line: no row begins with a date.
        let a = try parse("特定個人情報保護評価書(重点項目評価書)\n(別添2) 変更箇所\n平\n成 I 基本情報 事後 文言の整理\n29\n")
        #expect(a.history.isEmpty)
        #expect(a.diagnostics.contains { $0.code == "value-unreadable" && $0.message.contains("変更箇所") })
    }

    @Test func aFlattenedPageWithWrapSpacesInsideWords() throws {
        // A viewer joins a page's lines with spaces: a wrapped label cell becomes two words, a
        // wrapped item name gets a space inside it.
        let a = try parse(
            "特定個人情報保護評価書(重点項目評価書) Ⅰ 基本情報 システム1 ①システムの 名称 福祉システム ③他のシステ ムとの接続 [ ] 情報提供ネットワークシステム [○] 庁内連携システム [ ] 住民基本台帳ネットワークシステム [ ] 既存住民基本台帳システム [ ] 宛名システム等 [ ] 税務システム [○] その他 ( 介護システム、 国民健康保険システム ) Ⅱ 特定個人情報ファイルの概要 主な記録 項目 [○] 個人番号 [ ] 国 税関係情報 [○] 地方 税関係情報"
        )
        #expect(a.systems.map(\.name) == ["福祉システム"])
        #expect(a.systems.first?.connections.last?.detail == "介護システム、国民健康保険システム")
        #expect(a.recordedItems.map(\.name) == ["個人番号", "国税関係情報", "地方税関係情報"])
        #expect(a.recordedItems.map(\.checked) == [true, false, true])
    }

    @Test func chosenValueOfASelectBoxAndItsChoices() throws {
        let a = try parse(
            """
            特定個人情報保護評価書(重点項目評価書)
            委託事項1   システムの運用保守
            ③委託先名   架空情報株式会社
            ④再委託の有無 ※   [再委託する] <選択肢> 1) 再委託する 2) 再委託しない
            """)
        let entrustment = try #require(a.entrustments.first)
        #expect(entrustment.contractor?.value == "架空情報株式会社")
        #expect(entrustment.subcontract == true)
    }

    // MARK: The cover

    @Test func theStampNamesTheFormWhenTheTitleIsLost() throws {
        let a = try parse("評価書番号 4\n評価実施機関名 架空村長\n[平成26年4月 様式2]\n")
        #expect(a.header.kind?.value == "基礎項目評価書")
        #expect(a.form == .basic)
    }

    @Test func titleAndStampThatDisagreeLeaveTheFormUnknown() throws {
        let a = try parse("特定個人情報保護評価書(重点項目評価書)\n評価書番号 4\n[平成26年4月 様式4]\n")
        #expect(a.header.kind == nil)
        #expect(a.diagnostics.contains { $0.code == "field-conflict" && $0.message.contains("評価書の種類") })
    }

    @Test func aFieldStatedTwiceDifferentlyIsUnknown() throws {
        let a = try parse("特定個人情報保護評価書(重点項目評価書)\n公表日 令和5年4月1日\n評価実施機関名 架空市長\n公表日 令和5年6月1日\n")
        #expect(a.header.published == nil)
        let conflict = try #require(a.diagnostics.first { $0.code == "field-conflict" })
        #expect(conflict.message.contains("令和5年4月1日") && conflict.message.contains("令和5年6月1日"))
        #expect(a.header.organization?.value == "架空市長")
    }

    @Test func textWithNoneOfTheFormIsNotAnAssessment() throws {
        let a = try parse("議事録\n令和5年4月1日\n出席者 三名\n次回は未定。\n")
        #expect(!DocumentParser.isAssessment(a))
        let titled = try parse("特定個人情報保護評価書(全項目評価書)\n")
        #expect(DocumentParser.isAssessment(titled))
    }

    // MARK: The three forms

    @Test func basicFormHasNoLinksAndNoLinkFindings() throws {
        let text = """
            特定個人情報保護評価書(基礎項目評価書)
            評価書番号 5
            評価実施機関名 架空市長
            [平成26年4月 様式2]
            Ⅰ 関連情報
            1.特定個人情報ファイルを取り扱う事務
            ①事務の名称 予防接種に関する事務
            ③システムの名称 ・健康管理システム ・中間サーバー
            2.特定個人情報ファイル名 予防接種対象者ファイル
            4.情報提供ネットワークシステムによる情報連携
            ①実施の有無 [実施する] <選択肢> 1) 実施する 2) 実施しない
            """
        let basic = try parse(text)
        #expect(basic.systems.map(\.name) == ["健康管理システム", "中間サーバー"])
        #expect(basic.systems.allSatisfy { $0.connections.isEmpty })
        #expect(basic.header.files.map(\.value) == ["予防接種対象者ファイル"])
        #expect(!basic.diagnostics.contains { $0.message.contains("II-3") }, "the 基礎 form has no II-3")
        #expect(!Auditor.run(basic).contains { $0.ruleID == "undeclared-link" })
        #expect(!UndeclaredLink.description.applies(to: .basic))
        #expect(UndeclaredLink.description.applies(to: .focused))
    }

    @Test func fullFormTiesEachFlowToItsFile() throws {
        let document = try SourceDocument.load(path: Self.fixtures.appendingPathComponent("full-two-files.txt").path)
        let a = DocumentParser.parse(document)
        #expect(a.form == .full)
        #expect(a.header.files.map(\.value) == ["介護保険被保険者ファイル", "介護保険受給者ファイル"])
        let first = "介護保険被保険者ファイル"
        let second = "介護保険受給者ファイル"
        #expect(
            a.acquisitions.filter { $0.checked == true }.map { "\($0.party)@\($0.file ?? "")" }
                == ["本人又は本人の代理人@\(first)", "評価実施機関内の他部署@\(second)"])
        #expect(a.entrustments.map(\.file) == [first])
        #expect(a.entrustments.first?.contractor?.value == "架空情報株式会社")
        #expect(a.entrustments.first?.subcontract == false)
        #expect(a.transfers.map(\.file) == [second])
        #expect(a.recordedItems.filter { $0.name == "個人番号" }.map(\.checked) == [true, false])
        // Two numbered files are two files, not one file named twice.
        #expect(!Auditor.run(a).contains { $0.ruleID == "contradiction" })
    }

    @Test func fileFieldIsInTheContract() throws {
        let document = try SourceDocument.load(path: Self.fixtures.appendingPathComponent("full-two-files.txt").path)
        let json = ExtractJSON.render([DocumentParser.parse(document)])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let flows = try #require(object["flows"] as? [[String: Any]])
        #expect(flows.compactMap { $0["file"] as? String }.count == flows.count)
        #expect(flows.last?["file"] as? String == "介護保険受給者ファイル")
        let items = try #require(object["recordedItems"] as? [[String: Any]])
        #expect(Set(items.compactMap { $0["file"] as? String }) == ["介護保険被保険者ファイル", "介護保険受給者ファイル"])
    }
}
