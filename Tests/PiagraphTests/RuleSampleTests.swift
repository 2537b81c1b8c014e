import Foundation
import PiagraphAudit
import PiagraphKit
import PiagraphModel
import PiagraphText
import Testing

/// Each rule's samples (its description's, shown in docs/check.md) read as documents: the rule
/// fires where the samples say, with the message pinned here (line: message). The messages are
/// pins of the rule's wording, checked by reading them against the sample.
@Suite struct RuleSampleTests {
    static func documents(_ d: RuleDescription) throws -> [Document] {
        try d.samples.enumerated().map { k, text in
            Document(source: try SourceDocument(data: Data(text.utf8), path: "sample\(k + 1).txt"))
        }
    }

    /// The rule's findings on its samples, as `line: message` (merged: `path:line: message`).
    static func found(_ d: RuleDescription) throws -> [String] {
        let documents = try documents(d)
        if documents.count == 1 {
            return documents[0].findings().filter { $0.ruleID == d.id }.map { "\($0.line ?? 0): \($0.message)" }
        }
        let body = try Body(documents, force: true)
        return body.findings().filter { $0.ruleID == d.id }.map { f in
            zip(f.paths, f.lines).map { "\($0):\($1)" }.joined(separator: ",") + ": " + f.message
        }
    }

    /// Read by hand against each sample: the line the finding cites and what it says.
    static let pins: [String: [String]] = [
        "undeclared-link": ["8: 提供先1 都道府県知事 ⑥提供方法 uses 情報提供ネットワークシステム, but no system of I-2 declares a link to it"],
        "unreachable-flow": ["11: 提供先1 都道府県知事 uses 情報提供ネットワークシステム, which 福祉システム cannot reach through the declared links"],
        "one-sided-link": ["5: 電子申請システム declares a link to 申請管理システム, which does not declare one back"],
        "unknown-system": ["5: 介護システム is named but not declared as a system in I-2: ③他のシステムとの接続 of 福祉システム: その他 (line 5)"],
        "direct-network-link": ["5: 福祉システム links directly to 情報提供ネットワークシステム; exchange normally goes through the 中間サーバー"],
        "weak-channel": ["8: 移転先1 福祉部 保護課 receives the file's data by 電子メール"],
        "subcontract-unbounded": ["5: 委託事項1 システム保守 allows 再委託 without ⑤再委託の許諾方法"],
        "count-mismatch": ["3: 提供を行っている states 3 件 but 1 are listed"],
        "contradiction": ["9: III-5 says 提供・移転しない, but II-5 lists 移転先1 福祉部 保護課 outside 情報提供ネットワークシステム"],
        "missing-basis": ["3: 提供先1 都道府県知事 states no ①法令上の根拠"],
        "late-notice": ["5: (別添2) 令和5年4月1日: adds a 提供先 (提供先2 教育委員会…) but is marked 事後; adding one is a 重要な変更, submitted 事前"],
        "shared-system-links-differ": [
            "sample1.txt:6,sample2.txt:6: 業務共通システム is declared with different links: 1 (line 6) lacks 税務システム; 2 (line 6) lacks nothing"
        ],
        "contractor-several-affairs": ["sample1.txt:6,sample2.txt:6: 富士通Japan株式会社 handles the files of 2 affairs: 36, 45"],
        "system-name-variants": ["sample1.txt:5,sample2.txt:5: one system is named '中間サーバー' and '中間サーバ'"],
    ]

    static let descriptions = allRules.map { $0.description } + allMergeRules.map { $0.description }

    @Test(arguments: descriptions.map(\.id))
    func eachRulesSamplesGiveItsFindings(_ id: String) throws {
        let d = try #require(Self.descriptions.first { $0.id == id })
        #expect(d.samples.count == (allMergeRules.contains { $0.description.id == d.id } ? 2 : 1))
        let found = try Self.found(d)
        if d.id == "unreadable" {
            // A sample of a few lines lacks most of the form: those notes too are unread facts.
            #expect(
                found.contains(
                    "4: not checked: II-3 ①入手元: every option carries the same mark <input type=\"checkbox\"/>; the selection was lost in conversion, all 6 read as unknown [marks-lost]"
                ))
            #expect(found.allSatisfy { $0.contains("not checked: ") })
        } else {
            #expect(found == Self.pins[d.id], "\(d.id): \(found)")
        }
        let documents = try Self.documents(d)
        let all = documents.count == 1 ? documents[0].findings() : try Body(documents, force: true).findings()
        let severities = all.filter { $0.ruleID == d.id }.map(\.severity)
        #expect(!severities.isEmpty && severities.allSatisfy { $0 == d.severity })
    }

    @Test func theSamplesAreInTheDocumentation() throws {
        let docs = try String(contentsOf: Repo.root.appendingPathComponent("docs/check.md"), encoding: .utf8)
        for d in allRules.map({ $0.description }) + allMergeRules.map({ $0.description }) {
            for sample in d.samples {
                #expect(docs.contains("```\n" + sample), "docs/check.md shows the sample of \(d.id)")
            }
        }
    }
}
