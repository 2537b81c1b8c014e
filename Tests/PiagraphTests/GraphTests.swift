import Foundation
import PiagraphGraph
import PiagraphKit
import PiagraphModel
import Testing

/// Snapshot: the graph of each example, node by node and edge by edge (kinds, labels, and
/// for edges: kind, ends, and "?" when the mark behind the edge could not be read), copied
/// from the tool's output when it was last reviewed; a change here must be re-read. The
/// facts the graph is built from are held to the hand-made keys (KeyTests), and what the
/// examples' findings rest on is read by hand in ExampleFindingsReadByHandTests.
@Suite struct GraphTests {
    static func signature(_ g: ArchitectureGraph) -> (nodes: [String], edges: [String]) {
        func short(_ s: String) -> String {
            let flat = s.replacingOccurrences(of: "\n", with: " ")
            return flat.count <= 40 ? flat : String(flat.prefix(40))
        }
        let label = Dictionary(uniqueKeysWithValues: g.nodes.map { ($0.id, short($0.label)) })
        return (
            g.nodes.map { "\($0.kind.rawValue):\(short($0.label))" },
            g.edges.map { "\($0.kind.rawValue):\(label[$0.from]!)→\(label[$0.to]!)" + ($0.certain ? "" : "?") }
        )
    }

    static let expected: [String: (nodes: [String], edges: [String])] = [
        "000_97d125f7b61b0f43": (
            nodes: [
                "system:福祉システム",
                "system:中間サーバー",
                "system:業務共通システム(庁内連携システム/統合宛名システム)",
                "system:サービス検索・電子申請機能",
                "system:申請管理システム",
                "nationalNetwork:情報提供ネットワークシステム",
                "nationalNetwork:住民基本台帳ネットワークシステム",
                "category:既存住民基本台帳システム",
                "category:税務システム",
                "referencedSystem:介護システム",
                "referencedSystem:国民健康保険システム",
            ],
            edges: [
                "link:福祉システム→業務共通システム(庁内連携システム/統合宛名システム)",
                "link:中間サーバー→情報提供ネットワークシステム?",
                "link:中間サーバー→業務共通システム(庁内連携システム/統合宛名システム)",
                "link:中間サーバー→住民基本台帳ネットワークシステム?",
                "link:中間サーバー→既存住民基本台帳システム?",
                "link:中間サーバー→税務システム?",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→介護システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→国民健康保険システム",
                "link:サービス検索・電子申請機能→申請管理システム",
            ]
        ),
        "001_72e6b094e35de20b": (
            nodes: [
                "system:福祉情報システム",
                "system:共通基盤システム",
                "system:サービス検索・電子申請機能",
                "category:庁内連携システム",
                "category:既存住民基本台帳システム",
                "category:宛名システム等",
                "category:税務システム",
                "systemGroup:各種業務システム",
                "referencedSystem:奈良電子自治体共同運営システム",
                "person:本人又は本人の代理人",
                "department:評価実施機関内の他部署 (市民課 市民税課)",
                "publicBody:行政機関・独立行政法人等 (日本年金機構等)",
                "publicBody:地方公共団体・地方独立行政法人 (他市町村)",
                "otherParty:民間事業者",
                "otherParty:その他",
                "contractor:株式会社 アイネス",
                "department:福祉部 保護課",
            ],
            edges: [
                "link:福祉情報システム→庁内連携システム",
                "link:福祉情報システム→既存住民基本台帳システム",
                "link:福祉情報システム→宛名システム等",
                "link:福祉情報システム→税務システム",
                "link:共通基盤システム→既存住民基本台帳システム",
                "link:共通基盤システム→宛名システム等",
                "link:共通基盤システム→税務システム",
                "link:共通基盤システム→各種業務システム",
                "link:サービス検索・電子申請機能→奈良電子自治体共同運営システム",
                "acquisition:本人又は本人の代理人→福祉情報システム?",
                "acquisition:評価実施機関内の他部署 (市民課 市民税課)→福祉情報システム?",
                "acquisition:行政機関・独立行政法人等 (日本年金機構等)→福祉情報システム?",
                "acquisition:地方公共団体・地方独立行政法人 (他市町村)→福祉情報システム?",
                "acquisition:民間事業者→福祉情報システム?",
                "acquisition:その他→福祉情報システム?",
                "entrustment:福祉情報システム→株式会社 アイネス",
                "transfer:福祉情報システム→福祉部 保護課",
                "transfer:福祉情報システム→福祉部 保護課",
            ]
        ),
        "002_6edb3ad0aa6a4351": (
            nodes: [
                "system:番号連携サーバ",
                "system:統合基盤システム(庁内連携システム)",
                "system:総合宛名システム",
                "system:住民基本台帳ネットワークシステム",
                "fileHolder:低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定",
                "category:既存住民基本台帳システム",
                "category:税務システム",
                "systemGroup:番号連携サーバを利用する全てのシステム",
                "systemGroup:統合基盤システムを経由して庁内連携する全てのシステム",
                "systemGroup:総合宛名システムを利用する全てのシステム",
                "referencedSystem:戸籍システム",
                "referencedSystem:コンビニ交付システム",
                "person:本人又は本人の代理人",
                "department:評価実施機関内の他部署 (市民局区政推進部、財政局税務部市民税課)",
                "publicBody:行政機関・独立行政法人等 (デジタル庁)",
                "publicBody:地方公共団体・地方独立行政法人 (各地方自治体)",
                "otherParty:民間事業者",
                "otherParty:その他",
                "contractor:富士通Japan株式会社 埼玉・群馬公共ビジネス部",
            ],
            edges: [
                "link:番号連携サーバ→統合基盤システム(庁内連携システム)",
                "link:番号連携サーバ→住民基本台帳ネットワークシステム",
                "link:番号連携サーバ→既存住民基本台帳システム",
                "link:番号連携サーバ→税務システム",
                "link:番号連携サーバ→番号連携サーバを利用する全てのシステム",
                "link:統合基盤システム(庁内連携システム)→既存住民基本台帳システム",
                "link:統合基盤システム(庁内連携システム)→総合宛名システム",
                "link:統合基盤システム(庁内連携システム)→税務システム",
                "link:統合基盤システム(庁内連携システム)→統合基盤システムを経由して庁内連携する全てのシステム",
                "link:総合宛名システム→既存住民基本台帳システム",
                "link:総合宛名システム→税務システム",
                "link:総合宛名システム→総合宛名システムを利用する全てのシステム",
                "link:住民基本台帳ネットワークシステム→既存住民基本台帳システム",
                "link:住民基本台帳ネットワークシステム→戸籍システム",
                "link:住民基本台帳ネットワークシステム→コンビニ交付システム",
                "acquisition:本人又は本人の代理人→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "acquisition:評価実施機関内の他部署 (市民局区政推進部、財政局税務部市民税課)→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "acquisition:行政機関・独立行政法人等 (デジタル庁)→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "acquisition:地方公共団体・地方独立行政法人 (各地方自治体)→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "acquisition:民間事業者→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "acquisition:その他→低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定?",
                "entrustment:低所得者支援及び定額減税補足給付金支給管理台帳ファイルを保有するシステム (特定→富士通Japan株式会社 埼玉・群馬公共ビジネス部",
            ]
        ),
        "003_fb1bf0b09c48865e": (
            nodes: [
                "system:保健医療・衛生情報システム 予防接種台帳システム",
                "system:業務共通システム(庁内連携システム/統合宛名システム)",
                "system:中間サーバ",
                "category:既存住民基本台帳システム",
                "category:税務システム",
                "referencedSystem:介護システム",
                "referencedSystem:福祉システム",
                "referencedSystem:国民健康保険システム",
                "nationalNetwork:情報提供ネットワークシステム",
                "person:本人又は本人の代理人",
                "department:評価実施機関内の他部署 (市民局市民自治推進部区政推進課)",
                "otherParty:その他 (予防接種協力医療機関)",
                "contractor:コムコ株式会社",
                "publicBody:都道府県知事",
                "publicBody:市町村長",
            ],
            edges: [
                "link:保健医療・衛生情報システム 予防接種台帳システム→業務共通システム(庁内連携システム/統合宛名システム)",
                "link:保健医療・衛生情報システム 予防接種台帳システム→既存住民基本台帳システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→既存住民基本台帳システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→税務システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→介護システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→福祉システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→国民健康保険システム",
                "link:業務共通システム(庁内連携システム/統合宛名システム)→中間サーバ",
                "link:中間サーバ→情報提供ネットワークシステム",
                "acquisition:本人又は本人の代理人→保健医療・衛生情報システム 予防接種台帳システム",
                "acquisition:評価実施機関内の他部署 (市民局市民自治推進部区政推進課)→保健医療・衛生情報システム 予防接種台帳システム",
                "acquisition:その他 (予防接種協力医療機関)→保健医療・衛生情報システム 予防接種台帳システム",
                "entrustment:保健医療・衛生情報システム 予防接種台帳システム→コムコ株式会社",
                "provision:保健医療・衛生情報システム 予防接種台帳システム→都道府県知事",
                "provision:保健医療・衛生情報システム 予防接種台帳システム→市町村長",
            ]
        ),
        "004_eeb43361c0371a47": (
            nodes: [
                "unnamedSystem:名称不明のシステム (34行)",
                "system:団体内統合宛名システム",
                "system:中間サーバー",
                "fileHolder:子ども医療費助成ファイルを保有するシステム (特定できず)",
                "category:既存住民基本台帳システム",
                "category:税務システム",
                "systemGroup:住民情報系の各業務システム",
                "category:庁内連携システム",
                "referencedSystem:電子申込システム",
                "person:本人又は本人の代理人",
                "department:評価実施機関内の他部署 (住民票担当部署、地方税担当部署、保険担当部署)",
                "publicBody:行政機関・独立行政法人等 (各医療保険者)",
                "publicBody:地方公共団体・地方独立行政法人 (各市町村、地方公共団体システム機構)",
                "otherParty:民間事業者",
                "otherParty:その他 (受給資格調査に係る調査先(受給者の配偶者の勤務先、児童福祉施設))",
                "contractor:富士通Japan株式会社",
                "subcontractor:再委託先 (名称の記載なし)",
                "contractor:日本電気株式会社",
                "subcontractor:再委託先 (名称の記載なし)",
                "contractor:株式会社パソナ",
                "contractor:株式会社NTTデータ関西",
            ],
            edges: [
                "link:名称不明のシステム (34行)→既存住民基本台帳システム",
                "link:名称不明のシステム (34行)→団体内統合宛名システム",
                "link:名称不明のシステム (34行)→税務システム",
                "link:名称不明のシステム (34行)→住民情報系の各業務システム",
                "link:名称不明のシステム (34行)→中間サーバー",
                "link:団体内統合宛名システム→庁内連携システム",
                "link:団体内統合宛名システム→既存住民基本台帳システム",
                "link:団体内統合宛名システム→中間サーバー",
                "acquisition:本人又は本人の代理人→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "acquisition:評価実施機関内の他部署 (住民票担当部署、地方税担当部署、保険担当部署)→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "acquisition:行政機関・独立行政法人等 (各医療保険者)→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "acquisition:地方公共団体・地方独立行政法人 (各市町村、地方公共団体システム機構)→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "acquisition:民間事業者→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "acquisition:その他 (受給資格調査に係る調査先(受給者の配偶者の勤務先、児童福祉施設))→子ども医療費助成ファイルを保有するシステム (特定できず)?",
                "entrustment:子ども医療費助成ファイルを保有するシステム (特定できず)→富士通Japan株式会社",
                "subcontract:富士通Japan株式会社→再委託先 (名称の記載なし)",
                "entrustment:子ども医療費助成ファイルを保有するシステム (特定できず)→日本電気株式会社",
                "subcontract:日本電気株式会社→再委託先 (名称の記載なし)",
                "entrustment:子ども医療費助成ファイルを保有するシステム (特定できず)→株式会社パソナ",
                "entrustment:子ども医療費助成ファイルを保有するシステム (特定できず)→株式会社NTTデータ関西",
            ]
        ),
    ]

    @Test(arguments: Repo.exampleNames)
    func nodesAndEdgesOfExample(name: String) throws {
        let graph = GraphBuilder.build(try Repo.example(name))
        let actual = Self.signature(graph)
        let expected = try #require(Self.expected[name])
        #expect(actual.nodes == expected.nodes)
        #expect(actual.edges == expected.edges)
    }

    @Test func holderIsTheFirstBusinessSystemOrAPlaceholder() throws {
        #expect(GraphBuilder.build(try Repo.example("000_97d125f7b61b0f43")).holder == "s1")
        let g = GraphBuilder.build(try Repo.example("002_6edb3ad0aa6a4351"))
        #expect(g.node(g.holder)?.kind == .fileHolder)
        #expect(g.holderRule.contains("no business system"))
    }

    @Test func namesResolveWithEvidence() throws {
        let g = GraphBuilder.build(try Repo.example("003_fb1bf0b09c48865e"))
        // 中間サーバ named in システム2's その他 (line 52) is システム3 (line 55).
        let server = try #require(g.nodes.first { $0.label == "中間サーバ" })
        #expect(server.kind == .system)
        #expect(server.evidence.map(\.line) == [55, 52])
        // 業務共通システム(庁内連携システム/統合宛名システム) plays both roles.
        let common = try #require(g.nodes.first { $0.label.hasPrefix("業務共通システム") })
        #expect(common.roles == [.internalBus, .addressSystem])
        #expect(g.merges.contains { $0.node == common.id && $0.rule.contains("plays the role of 宛名システム等") })
        // 福祉システム is only named in その他: referenced, not declared.
        #expect(g.nodes.contains { $0.label == "福祉システム" && $0.kind == .referencedSystem })
    }

    @Test func aRecipientTheTextDidNotGiveIsAPartyOfItsOwnBlock() throws {
        // Two transfers whose names ran into their bases on a flattened page: each is its own
        // unnamed party, in one document and across two.
        let flat = """
            特定個人情報保護評価書(重点項目評価書) 評価書番号 21 評価書名 架空町 福祉事務 重点項目評価書 特記事項 評価実施機関名 架空町長 公表日 令和7年3月14日 5.特定個人情報の提供・移転(委託に伴うものを除く。) 移転先1 ①法令上の根拠 福祉部 保護課 番号利用法 第9条第2項 ②移転先における用途 生活保護の決定及び実施に関する事務 ③移転する情報 児童扶養手当の支給に関する情報 移転先2 ①法令上の根拠 福祉部 障害福祉課 番号利用法 第9条第2項、番号利用条例 第4条第3項 ②移転先における用途 障害者の自立支援給付の支給に関する事務 ③移転する情報 児童扶養手当の支給に関する情報
            """
        let a = try parse(flat)
        #expect(a.transfers.map(\.no) == [1, 2] && a.transfers.allSatisfy { $0.recipient == nil && $0.basis == nil })
        let g = GraphBuilder.build(a)
        let unnamed = g.nodes.filter(\.unnamed)
        #expect(unnamed.map(\.label) == ["移転先1 (名称不明)", "移転先2 (名称不明)"])
        let merged = GraphMerger.merge([.init(name: "a", graph: g), .init(name: "b", graph: g)]).graph
        #expect(merged.nodes.filter(\.unnamed).count == 4)
    }

    @Test func theReadmesPageOfValuesRunTogether() throws {
        // README's example: 移転先1's name and its basis run together on a flattened page.
        let a = try Document.open(Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/flat-values-run-together.txt").path)
        let t = try #require(a.assessment.transfers.first)
        #expect(t.recipient == nil && t.basis == nil)
        #expect(t.purpose?.value == "生活保護の決定及び実施に関する事務")
        #expect(
            a.assessment.diagnostics.map(\.code).filter { ["value-unreadable", "block-unnamed"].contains($0) } == [
                "value-unreadable", "block-unnamed",
            ])
        #expect(GraphBuilder.build(a.assessment).nodes.contains { $0.unnamed && $0.label == "移転先1 (名称不明)" })
    }

    @Test func spellingVariantsAndRoles() {
        #expect(NameTable.key("中間サーバー") == NameTable.key("中間サーバ"))
        #expect(NameTable.key("片内連携システム") == NameTable.key("庁内連携システム"))
        #expect(NameTable.roles(of: "業務共通システム(庁内連携システム/統合宛名システム)") == [.internalBus, .addressSystem])
        #expect(NameTable.roles(of: "総合宛名システム") == [.addressSystem])
        #expect(NameTable.roles(of: "福祉システム").isEmpty)
        #expect(NameTable.isGroup("番号連携サーバを利用する全てのシステム"))
        #expect(NameTable.names(in: "介護システム、福祉システム、中間サーバ") == ["介護システム", "福祉システム", "中間サーバ"])
        #expect(NameTable.names(in: "サービス検索・電子申請機能") == ["サービス検索・電子申請機能"])
    }

    @Test func mutualDeclarationsAreOneLinkWithBothEvidences() throws {
        let g = GraphBuilder.build(try Repo.example("000_97d125f7b61b0f43"))
        let link = try #require(
            g.edges.first { e in
                e.kind == .link && Set([e.from, e.to]).map { g.node($0)!.label }.sorted() == ["サービス検索・電子申請機能", "申請管理システム"]
            })
        #expect(link.evidence.map(\.line) == [67, 72])
    }

    @Test func missingConnectionRowDrawsNoLink() throws {
        let g = GraphBuilder.build(try Repo.example("004_eeb43361c0371a47"))
        let server = try #require(g.nodes.first { $0.label == "中間サーバー" })
        // 中間サーバー has no ③ row: its only links are those other systems declare.
        let links = g.edges.filter { $0.kind == .link && ($0.from == server.id || $0.to == server.id) }
        #expect(links.count == 2)
        #expect(links.allSatisfy { $0.certain })
    }

    @Test func pathsAndReach() throws {
        let g = GraphBuilder.build(try Repo.example("003_fb1bf0b09c48865e"))
        let walker = GraphWalker(g)
        let network = try #require(Terms.nodes(matching: "情報提供ネットワークシステム", in: g).first)
        let (paths, truncated) = walker.simplePaths(from: g.holder, to: network)
        #expect(!truncated)
        let labels = paths.map { path in path.map { g.node($0.to == network || $0.from == network ? network : ($0.to))!.label } }
        #expect(paths.count == 2, "via 業務共通 directly, or via 既存住基 then 業務共通: \(labels)")
        #expect(paths[0].count == 3)
        let reached = Set(walker.reach(from: g.holder).map(\.node))
        #expect(reached.contains(network))
        // Flows are one-way: a provision recipient reaches nothing.
        let prefecture = try #require(Terms.nodes(matching: "都道府県知事", in: g).first)
        #expect(walker.reach(from: prefecture).isEmpty)
    }
}
