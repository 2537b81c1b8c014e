import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// A system other than the 中間サーバー links directly to 情報提供ネットワークシステム; a business
/// system links to 住民基本台帳ネットワークシステム.
public struct DirectNetworkLink: AuditRule {
    public static let description = RuleDescription(
        key: .directNetworkLink, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for edge in c.graph.edges where edge.kind == .link && edge.certain {
            for (system, other) in [(edge.from, edge.to), (edge.to, edge.from)] {
                guard let s = c.node(system), s.kind == .system, let o = c.node(other) else { continue }
                if o.roles.contains(.network), !NameTable.isIntermediateServer(s.label) {
                    findings.append(
                        finding(
                            .directToNetwork(system: s.label),
                            lines: edge.evidence.map(\.line), nodes: [system, other], edges: [edge.id]))
                }
                if o.roles.contains(.residentNetwork), !NameTable.isInfrastructure(s.label) {
                    findings.append(
                        finding(
                            .directToResidentNetwork(system: s.label),
                            lines: edge.evidence.map(\.line), nodes: [system, other], edges: [edge.id]))
                }
            }
        }
        return findings
    }
}
