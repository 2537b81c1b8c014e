import Foundation
import PiagraphAudit
import PiagraphMessages
import PiagraphModel
import Testing

/// Each rule against a minimal fixture that triggers it and one that does not.
@Suite struct RuleTests {
    static func system(_ no: Int, _ name: String, network: Bool = false, bus: Bool = false, tax: Bool = false, other: String? = nil)
        -> String
    {
        func m(_ on: Bool) -> String { on ? "[○]" : "[]" }
        return """
            システム\(no)
            ①システムの名称\t\(name)
            ③他のシステムとの接続\t\(m(network)) 情報提供ネットワークシステム \(m(bus)) 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 \(m(tax)) 税務システム \(m(other != nil)) その他 (\(other ?? ""))

            """
    }

    static func methods(_ selected: String, transfer: Bool = false) -> String {
        let options =
            transfer
            ? ["庁内連携システム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)", "フラッシュメモリ", "紙", "その他 ()"]
            : ["情報提供ネットワークシステム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)", "フラッシュメモリ", "紙", "その他 ()"]
        return options.map { ($0.hasPrefix(selected) ? "[○] " : "[] ") + $0 }.joined(separator: " ")
    }

    static func provision(_ no: Int, _ recipient: String, by method: String, basis: Bool = true) -> String {
        "提供先\(no)\t\(recipient)\n" + (basis ? "①法令上の根拠\t番号法第19条第8号\n" : "") + "⑥提供方法\t\(methods(method))\n"
    }

    static func transfer(_ no: Int, _ recipient: String, by method: String) -> String {
        "移転先\(no)\t\(recipient)\n①法令上の根拠\t番号法第9条第2項\n⑥移転方法\t\(methods(method, transfer: true))\n"
    }

    func findings(_ rule: String, _ body: String) throws -> [Finding] {
        let all = Auditor.run(try parse(ParserTests.header + body))
        return all.filter { $0.ruleID == rule }
    }

    func expectRule(_ rule: String, triggers: String, not clean: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let hit = try findings(rule, triggers)
        #expect(!hit.isEmpty, "\(rule) should fire", sourceLocation: sourceLocation)
        #expect(
            hit.allSatisfy { !$0.lines.isEmpty && $0.severity == Auditor.rule(rule)!.description.severity }, sourceLocation: sourceLocation)
        let miss = try findings(rule, clean)
        #expect(miss.isEmpty, "\(rule) should stay silent: \(miss.map(\.message))", sourceLocation: sourceLocation)
    }

    @Test func everyRuleSaysWhatItReadsAndOnWhichForms() {
        for rule in allRules.map({ $0.description }) + allMergeRules.map({ $0.description }) {
            #expect(!rule.needs.isEmpty && !rule.forms.isEmpty, "\(rule.id)")
            #expect(rule.applies(to: nil), "an unreadable cover runs every rule: \(rule.id)")
        }
    }

    @Test func rulesThatReadLinksOrFlowsDoNotRunOnABasicDocument() throws {
        // The triggering fixtures of four rules, under a 基礎 cover: that form cannot state what
        // they check, so what it lacks is no finding. Under the 重点 cover they fire (above).
        let cases: [(String, String)] = [
            ("undeclared-link", Self.system(1, "福祉システム", bus: true) + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム")),
            (
                "unreachable-flow",
                Self.system(1, "福祉システム", tax: true) + Self.system(2, "中間サーバー", network: true)
                    + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム")
            ),
            ("weak-channel", Self.system(1, "福祉システム", bus: true) + Self.transfer(1, "福祉部 保護課", by: "電子メール")),
            ("missing-basis", Self.provision(1, "都道府県知事", by: "紙", basis: false)),
        ]
        let basicHeader = ParserTests.header.replacingOccurrences(of: "重点項目評価書", with: "基礎項目評価書")
        for (rule, body) in cases {
            let document = try parse(basicHeader + body)
            #expect(document.form == .basic)
            #expect(!Auditor.run(document).contains { $0.ruleID == rule }, "\(rule) on a 基礎 document")
            #expect(!(try findings(rule, body)).isEmpty, "\(rule) on the 重点 document")
        }
    }

    @Test func undeclaredLink() throws {
        try expectRule(
            "undeclared-link",
            triggers: Self.system(1, "福祉システム", bus: true) + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム"),
            not: Self.system(1, "福祉システム", bus: true) + Self.system(2, "中間サーバー", network: true, bus: true)
                + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム"))
    }

    @Test func unreachableFlow() throws {
        try expectRule(
            "unreachable-flow",
            triggers: Self.system(1, "福祉システム", tax: true) + Self.system(2, "中間サーバー", network: true)
                + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム"),
            not: Self.system(1, "福祉システム", bus: true) + Self.system(2, "中間サーバー", network: true, bus: true)
                + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム"))
    }

    @Test func oneSidedLink() throws {
        try expectRule(
            "one-sided-link",
            triggers: Self.system(1, "電子申請システム", other: "申請管理システム") + Self.system(2, "申請管理システム", tax: true),
            not: Self.system(1, "電子申請システム", other: "申請管理システム") + Self.system(2, "申請管理システム", other: "電子申請システム"))
    }

    @Test func unknownSystem() throws {
        try expectRule(
            "unknown-system",
            triggers: Self.system(1, "福祉システム", other: "介護システム"),
            not: Self.system(1, "福祉システム", other: "介護システム") + Self.system(2, "介護システム", other: "福祉システム"))
        // A 委託内容 naming a system nobody declared.
        let entrusted = try findings("unknown-system", Self.system(1, "福祉システム") + "委託事項1\t介護保険システムの保守\n③委託先名\t株式会社テスト\n")
        #expect(entrusted.map(\.message) == ["委託事項1 names 介護保険システム, which is not declared as a system in I-2"])
    }

    @Test func directNetworkLink() throws {
        try expectRule(
            "direct-network-link",
            triggers: Self.system(1, "福祉システム", network: true),
            not: Self.system(1, "福祉システム", bus: true) + Self.system(2, "中間サーバー", network: true, bus: true))
    }

    @Test func weakChannel() throws {
        try expectRule(
            "weak-channel",
            triggers: Self.system(1, "福祉システム", bus: true) + Self.transfer(1, "福祉部 保護課", by: "電子メール"),
            not: Self.system(1, "福祉システム", bus: true) + Self.transfer(1, "福祉部 保護課", by: "庁内連携システム"))
    }

    @Test func subcontractUnbounded() throws {
        let base = Self.system(1, "福祉システム") + "委託事項1\tシステム保守\n③委託先名\t株式会社テスト\n再委託\t④再委託の有無 ※\t[再委託する]\n"
        try expectRule(
            "subcontract-unbounded",
            triggers: base + "\t⑤再委託の許諾方法\t\n\t⑥再委託事項\t保守の一部\n",
            not: base + "\t⑤再委託の許諾方法\t書面による承認\n\t⑥再委託事項\t保守の一部\n")
    }

    @Test func countMismatch() throws {
        let body = Self.system(1, "中間サーバー", network: true) + Self.provision(1, "都道府県知事", by: "情報提供ネットワークシステム")
        try expectRule(
            "count-mismatch",
            triggers: "提供・移転の有無\t[○] 提供を行っている (3) 件 [] 移転を行っている () 件 [] 行っていない\n" + body,
            not: "提供・移転の有無\t[○] 提供を行っている (1) 件 [] 移転を行っている () 件 [] 行っていない\n" + body)
    }

    @Test func contradiction() throws {
        let body = Self.system(1, "福祉システム", bus: true) + Self.transfer(1, "福祉部 保護課", by: "庁内連携システム")
        try expectRule(
            "contradiction",
            triggers: body + "5. 特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)\t[○] 提供・移転しない\n",
            not: body + "5. 特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)\t[] 提供・移転しない\n")
        let entrusted = try findings("contradiction", "委託の有無\t[委託しない] <選択肢>\n委託事項1\t保守\n③委託先名\t株式会社テスト\n")
        #expect(entrusted.map(\.message) == ["II-4 says 委託しない, but 1 委託事項 are listed"])
    }

    @Test func missingBasis() throws {
        try expectRule(
            "missing-basis",
            triggers: Self.provision(1, "都道府県知事", by: "紙", basis: false),
            not: Self.provision(1, "都道府県知事", by: "紙"))
    }

    @Test func lateNotice() throws {
        let table = "(別添2) 変更箇所\n\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n"
        try expectRule(
            "late-notice",
            triggers: table + "令和5年4月1日\tII-5 提供先2\t未記載\t提供先2 教育委員会\t事後\t\n",
            not: table + "令和5年4月1日\tII-5 提供先2\t未記載\t提供先2 教育委員会\t事前\t\n"
                + "令和5年4月1日\tII-5 提供先1\t都道府県知事\t(削除)\t事後\t\n")
    }

    @Test func unreadable() throws {
        let hit = try findings(
            "unreadable",
            "①入手元\t<input type=\"checkbox\"/> 本人又は本人の代理人 <input type=\"checkbox\"/> 評価実施機関内の他部署 () <input type=\"checkbox\"/> 行政機関・独立行政法人等 () <input type=\"checkbox\"/> 地方公共団体・地方独立行政法人 () <input type=\"checkbox\"/> 民間事業者 () <input type=\"checkbox\"/> その他 ()\n"
        )
        #expect(hit.contains { $0.message.contains("II-3 ①入手元") && $0.lines == [13] && $0.severity == .note })
        // Notes of the parser (e.g. an inferred mark) are not "not read".
        var clean = Assessment(source: Source(path: "x", sha256: "", encoding: "UTF-8"))
        clean.diagnostics = [Diagnostic(.note, .checkboxInferred, line: 3, .checkboxInferred(group: "II-3 ①入手元", options: ["本人"]))]
        #expect(Unreadable().check(AuditContext(clean)).isEmpty)
    }

    @Test func registryHasEveryRuleOnceWithItsDocumentation() throws {
        let descriptions = allRules.map { $0.description } + allMergeRules.map { $0.description }
        let ids = descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        func files(_ folder: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: Repo.root.appendingPathComponent("Sources/PiagraphAudit/\(folder)").path)
                .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
        }
        #expect(try files("Rules") == allRules.map { String(describing: $0) }.sorted())
        #expect(try files("MergeRules") == allMergeRules.map { String(describing: $0) }.sorted())
        let docs = try ["docs/check.md", "docs/history.md"].map {
            try String(contentsOf: Repo.root.appendingPathComponent($0), encoding: .utf8)
        }.joined()
        for d in descriptions { #expect(docs.contains("`\(d.id)`"), "docs/check.md or docs/history.md documents \(d.id)") }
        #expect(descriptions.allSatisfy { !$0.rationale.isEmpty && !$0.example.isEmpty })
    }
}
