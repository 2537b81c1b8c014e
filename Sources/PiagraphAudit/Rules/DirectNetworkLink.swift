import PiagraphGraph
import PiagraphModel

/// A system other than the 中間サーバー links directly to 情報提供ネットワークシステム; a business
/// system links to 住民基本台帳ネットワークシステム.
public struct DirectNetworkLink: AuditRule {
    public static let description = RuleDescription(
        id: "direct-network-link", name: "Direct link to a national network", severity: .warning,
        rationale: """
            Exchange over 情報提供ネットワークシステム normally goes through the 中間サーバー, keyed by \
            個人番号対応符号; a business system reaching 住基ネット directly is equally unusual. Not a breach of \
            a written rule, but an architecture to ask about.
            """,
        example: "システム1 福祉システム ③ [○] 情報提供ネットワークシステム.",
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n"
        ],
        forms: [.focused, .full],
        needs: "I-2 ③ marks (重点, 全項目)")

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for edge in c.graph.edges where edge.kind == .link && edge.certain {
            for (system, other) in [(edge.from, edge.to), (edge.to, edge.from)] {
                guard let s = c.node(system), s.kind == .system, let o = c.node(other) else { continue }
                if o.roles.contains(.network), !NameTable.isIntermediateServer(s.label) {
                    findings.append(
                        finding(
                            "\(s.label) links directly to 情報提供ネットワークシステム; exchange normally goes through the 中間サーバー",
                            lines: edge.evidence.map(\.line), nodes: [system, other], edges: [edge.id]))
                }
                if o.roles.contains(.residentNetwork), !NameTable.isInfrastructure(s.label) {
                    findings.append(
                        finding(
                            "business system \(s.label) links directly to 住民基本台帳ネットワークシステム",
                            lines: edge.evidence.map(\.line), nodes: [system, other], edges: [edge.id]))
                }
            }
        }
        return findings
    }
}
