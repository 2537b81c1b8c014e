import PiagraphGraph

/// The same system called by different names in different documents.
public struct SystemNameVariants: MergeAuditRule {
    public static let description = RuleDescription(
        key: .systemNameVariants, severity: .note,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t1\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t中間サーバー\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n",
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t2\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t中間サーバ\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n",
        ])

    public init() {}

    public func check(_ c: MergeContext) -> [Finding] {
        var findings: [Finding] = []
        for node in c.merged.nodes where node.kind == .system && node.sources.count > 1 {
            var spellings: [String: [(path: String, line: Int)]] = [:]
            var order: [String] = []
            for (k, doc) in c.documents.enumerated() {
                for system in doc.context.assessment.systems {
                    guard let name = system.name,
                        let local = doc.context.graph.nodes.first(where: { $0.kind == .system && $0.label == name }),
                        c.mapping[k][local.id] == node.id
                    else { continue }
                    if spellings[name] == nil { order.append(name) }
                    spellings[name, default: []].append((doc.path, system.line))
                }
            }
            guard order.count > 1 else { continue }
            findings.append(
                finding(
                    .nameVariants(names: order),
                    citations: order.flatMap { spellings[$0]! }, nodes: [node.id]))
        }
        return findings
    }
}
