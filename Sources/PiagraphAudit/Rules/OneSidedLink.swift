import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// System A declares a link to B, B is declared in the same document, and B does not declare A.
public struct OneSidedLink: AuditRule {
    public static let description = RuleDescription(
        key: .oneSidedLink, severity: .note,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t電子申請システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [○] その他 (申請管理システム)\nシステム2\n①システムの名称\t申請管理システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [○] 税務システム [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        // A system declared twice under one name is one node: its first declaration is judged.
        let systemsByID = Dictionary(
            c.assessment.systems.compactMap { s -> (String, SystemDeclaration)? in
                guard let name = s.name, let node = c.graph.nodes.first(where: { $0.kind == .system && $0.label == name }) else {
                    return nil
                }
                return (node.id, s)
            }, uniquingKeysWith: { first, _ in first })
        for edge in c.graph.edges where edge.kind == .link && edge.certain && edge.declaredBy.count == 1 {
            let declarer = edge.declaredBy[0]
            let other = declarer == edge.from ? edge.to : edge.from
            // Both ends named systems of I-2 with readable ③ rows; a system whose その他 names a
            // group ("…を利用する全てのシステム") may include the declarer, so it is not judged.
            guard let otherSystem = systemsByID[other], let declaring = c.node(declarer), let target = c.node(other),
                declaring.kind == .system, otherSystem.connectionsLine != nil,
                otherSystem.connections.allSatisfy({ $0.checked != nil }),
                !c.links(of: other).contains(where: { e in c.node(e.from == other ? e.to : e.from)?.kind == .systemGroup })
            else { continue }
            findings.append(
                finding(
                    .oneSidedLink(declarer: declaring.label, target: target.label),
                    lines: edge.evidence.map(\.line) + [otherSystem.connectionsLine!],
                    nodes: [declarer, other], edges: [edge.id]))
        }
        return findings
    }
}
