import Foundation
import PiagraphAudit
import Testing

/// Snapshot: the findings of each bundled example as the tool printed them (the start of each
/// message), copied from its output when they were last reviewed (docs/check.md, "Findings on
/// the examples"). A change here is a change a reviewer must re-read. What matters is also
/// checked against the documents themselves, read by hand, in `ExampleFindingsReadByHandTests`.
@Suite struct ExampleFindingsTests {
    static let expected: [String: [String]] = [
        "000_97d125f7b61b0f43": [
            "- unreadable: not checked: II-3 ①入手元 not found in the text; its facts are ",
            "- unreadable: not checked: II-3 ②入手方法 not found in the text; its facts are",
            "- unreadable: not checked: II-4 委託の有無 not found in the text; its facts are",
            "- unreadable: not checked: II-5 提供・移転の有無 not found in the text; its facts ",
            "54 unreadable: not checked: ③他のシステムとの接続 of 中間サーバー: every option carries the",
            "63 unknown-system: 介護システム is named but not declared as a system in I-2: ③他のシステム",
            "63 unknown-system: 国民健康保険システム is named but not declared as a system in I-2: ③他の",
            "278 late-notice: (別添2) 平成29年11月21日: adds a システム (1システム名称 サービス検索・電子申請機能 2システムの",
            "288 late-notice: (別添2) 平成29年11月21日: adds a 提供先 (提供先1 都道府県知事等 1法令上の根拠 番号法第19条第",
            "291 late-notice: (別添2) 平成29年11月21日: adds a 提供先 (提供先2 社会福祉協議会 1法令上の根拠 番号法第19条第",
            "293 late-notice: (別添2) 平成29年11月21日: adds a 提供先 (提供先3 都道府県知事等 1法令上の根拠 番号法第19条第",
            "296 late-notice: (別添2) 平成29年11月21日: adds a 移転先 (移転先1 こども企画課、各保健福祉センターこども家庭課(子",
        ],
        "001_72e6b094e35de20b": [
            "- unreadable: not checked: II-5 提供・移転の有無 not found in the text; its facts ",
            "53 unknown-system: 奈良電子自治体共同運営システム is named but not declared as a system in I-2",
            "58 contradiction: the 特定個人情報ファイル is named differently: 児童扶養手当システムファイル (line 58",
            "62 undeclared-link: I-5 情報提供ネットワークシステムによる情報連携 [実施する] uses 情報提供ネットワークシステム, but no",
            "80 unreadable: not checked: II-2 主な記録項目: every option carries the same mark",
            "87 unreadable: not checked: II-3 ①入手元: every option carries the same mark <",
            "88 unreadable: not checked: II-3 ②入手方法: the mark of 紙, 電子メール, 情報提供ネットワークシステ",
        ],
        "002_6edb3ad0aa6a4351": [
            "58 unknown-system: 戸籍システム is named but not declared as a system in I-2: ③他のシステム",
            "58 unknown-system: コンビニ交付システム is named but not declared as a system in I-2: ③他の",
            "67 undeclared-link: I-5 情報提供ネットワークシステムによる情報連携 [実施する] uses 情報提供ネットワークシステム, but no",
            "85 unreadable: not checked: II-2 主な記録項目: every option carries the same mark",
            "92 unreadable: not checked: II-3 ①入手元: every option carries the same mark <",
            "93 unreadable: not checked: II-3 ②入手方法: every option carries the same mark ",
            "207 unreadable: not checked: III-5 提供・移転しない: the lone mark <input type=\"chec",
        ],
        "003_fb1bf0b09c48865e": [
            "48 one-sided-link: 保健医療・衛生情報システム 予防接種台帳システム declares a link to 業務共通システム(庁内連携システ",
            "52 unknown-system: 介護システム is named but not declared as a system in I-2: ③他のシステム",
            "52 unknown-system: 福祉システム is named but not declared as a system in I-2: ③他のシステム",
            "52 unknown-system: 国民健康保険システム is named but not declared as a system in I-2: ③他の",
            "81 contradiction: 主な記録項目 selects neither 個人番号 nor 個人番号対応符号, yet 予防接種対象者ファイル is",
            "141 unreadable: not checked: 移転先1 ⑥移転方法: no mark found for 紙; read as unknow",
            "192 unreadable: not checked: III-4 委託しない: the lone mark [<input type=\"checkb",
        ],
        "004_eeb43361c0371a47": [
            "- unreadable: not checked: I-1 ①事務の名称 not found [field-missing]",
            "- unreadable: not checked: II-5 提供・移転の有無 not found in the text; its facts ",
            "34 unreadable: not checked: ③他のシステムとの接続 with no system heading or name befo",
            "45 unreadable: not checked: システム4 中間サーバー: no ③他のシステムとの接続 row; all seven lin",
            "65 unreadable: not checked: II-2 主な記録項目: every option carries the same mark",
            "72 unreadable: not checked: II-3 ①入手元: every option carries the same mark <",
            "73 unknown-system: 電子申込システム is named but not declared as a system in I-2: II-3 ",
            "73 unreadable: not checked: II-3 ②入手方法: the mark of 紙, 電子メール, 情報提供ネットワークシステ",
            "81 count-mismatch: 委託する states no 件数 ( ) while 4 are listed",
            "83 unknown-system: 委託事項1 names 子ども子育て支援システム, which is not declared as a system ",
            "93 unknown-system: 委託事項2 names 庁内連携システム, which is not declared as a system in I",
        ],
    ]

    static func summary(_ f: Finding) -> String {
        "\(f.line.map(String.init) ?? "-") \(f.ruleID): \(f.message.prefix(60))"
    }

    @Test(arguments: Repo.exampleNames)
    func findingsOfExample(name: String) throws {
        let actual = Auditor.run(try Repo.example(name)).map(Self.summary)
        #expect(actual == Self.expected[name])
    }

    @Test func disablingARuleRemovesOnlyItsFindings() throws {
        let a = try Repo.example("003_fb1bf0b09c48865e")
        let all = Auditor.run(a)
        let without = Auditor.run(a, disabled: ["unknown-system"])
        #expect(without == all.filter { $0.ruleID != "unknown-system" })
    }
}

/// Findings that follow from what the documents state, read by hand from their text (the line
/// numbers are the documents' own): not copied from the tool.
@Suite struct ExampleFindingsReadByHandTests {
    static func findings(_ name: String) throws -> [Finding] { Auditor.run(try Repo.example(name)) }

    static func has(_ findings: [Finding], _ rule: String, line: Int, _ words: String) -> Bool {
        findings.contains { $0.ruleID == rule && $0.line == line && $0.message.contains(words) }
    }

    @Test func example000() throws {
        let f = try Self.findings("000_97d125f7b61b0f43")
        // Line 63: システム3's ③ その他 (介護システム、福祉システム、国民健康保険システム、中間サーバー);
        // I-2 declares 福祉システム and 中間サーバー, not the other two.
        #expect(Self.has(f, "unknown-system", line: 63, "介護システム"))
        #expect(Self.has(f, "unknown-system", line: 63, "国民健康保険システム"))
        #expect(!f.contains { $0.ruleID == "unknown-system" && $0.message.hasPrefix("福祉システム ") })
        // Lines 278, 288: (別添2) 平成29年11月21日, 未記載 → システム4 / 提供先1, 提出時期 事後.
        #expect(Self.has(f, "late-notice", line: 278, "adds a システム"))
        #expect(Self.has(f, "late-notice", line: 288, "adds a 提供先"))
    }

    @Test func example001() throws {
        let f = try Self.findings("001_72e6b094e35de20b")
        // Line 53: システム5's ③ その他 (奈良電子自治体共同運営システム), which I-2 does not declare.
        #expect(Self.has(f, "unknown-system", line: 53, "奈良電子自治体共同運営システム"))
        // Line 58 (I-3) names 児童扶養手当システムファイル, II-1 児童扶養手当情報ファイル.
        #expect(Self.has(f, "contradiction", line: 58, "児童扶養手当情報ファイル"))
        // Its change log adds nothing 事後 (17 rows, none adding a block): no late notice.
        #expect(!f.contains { $0.ruleID == "late-notice" })
    }

    @Test func example002() throws {
        let f = try Self.findings("002_6edb3ad0aa6a4351")
        // Line 58: ③ その他 (戸籍システム、コンビニ交付システム、番号連携サーバ); I-2 declares 番号連携サーバ,
        // 統合基盤システム, 総合宛名システム and 住民基本台帳ネットワークシステム only.
        #expect(Self.has(f, "unknown-system", line: 58, "戸籍システム"))
        #expect(Self.has(f, "unknown-system", line: 58, "コンビニ交付システム"))
        #expect(!f.contains { $0.ruleID == "unknown-system" && $0.message.hasPrefix("番号連携サーバ ") })
    }

    @Test func example003() throws {
        let f = try Self.findings("003_fb1bf0b09c48865e")
        // Line 52: 業務共通システム's その他 names 介護, 福祉 and 国民健康保険システム; I-2 declares
        // 予防接種台帳システム, 業務共通システム and 中間サーバ.
        for name in ["介護システム", "福祉システム", "国民健康保険システム"] {
            #expect(Self.has(f, "unknown-system", line: 52, name), "\(name)")
        }
        // Line 81: 主な記録項目 [] 個人番号 [] 個人番号対応符号 — neither is selected.
        #expect(Self.has(f, "contradiction", line: 81, "selects neither 個人番号 nor 個人番号対応符号"))
    }

    @Test func example004() throws {
        let f = try Self.findings("004_eeb43361c0371a47")
        // Line 81: 委託の有無 … ( ) 件, while 委託事項1–4 follow (lines 82, 92, 99, 106).
        #expect(Self.has(f, "count-mismatch", line: 81, "4 are listed"))
        // Line 73: ②入手方法 その他 ( 電子申込システム ); I-2 declares no such system (lines 39, 45).
        #expect(Self.has(f, "unknown-system", line: 73, "電子申込システム"))
        // Its 事後 rows change a contractor and 入手元 (lines 243, 244): none adds a block.
        #expect(!f.contains { $0.ruleID == "late-notice" })
    }
}
