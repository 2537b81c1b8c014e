import PiagraphGraph

/// A contractor that handles several affairs.
public struct ContractorSeveralAffairs: MergeAuditRule {
    public static let description = RuleDescription(
        key: .contractorSeveralAffairs, severity: .note,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t36\n評価実施機関名\t試験市長\n①事務の名称\t介護保険に関する事務\n委託事項1\tシステム保守\n③委託先名\t富士通Japan株式会社\n",
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t45\n評価実施機関名\t試験市長\n①事務の名称\t国民健康保険に関する事務\n委託事項1\tシステム運用\n③委託先名\t富士通Japan株式会社\n",
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: MergeContext) -> [Finding] {
        c.merged.nodes.filter { $0.kind == .contractor && $0.sources.count > 1 }.map { node in
            var citations: [(path: String, line: Int)] = []
            for (k, doc) in c.documents.enumerated() {
                for (local, merged) in c.mapping[k] where merged == node.id {
                    for e in doc.context.graph.node(local)?.evidence ?? [] { citations.append((doc.path, e.line)) }
                }
            }
            return finding(
                .contractorSeveralAffairs(contractor: node.label, affairs: node.sources),
                citations: citations, nodes: [node.id])
        }
    }
}
