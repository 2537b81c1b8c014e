import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// A shared system declared with different links in different documents.
public struct SharedSystemLinksDiffer: MergeAuditRule {
    public static let description = RuleDescription(
        key: .sharedSystemLinksDiffer, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t1\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t業務共通システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n",
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t2\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t業務共通システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [○] 税務システム [] その他 ()\n",
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: MergeContext) -> [Finding] {
        var findings: [Finding] = []
        for node in c.merged.nodes where node.kind == .system && node.sources.count > 1 {
            var declared: [(doc: MergeContext.Document, targets: Set<String>, line: Int)] = []
            for (k, doc) in c.documents.enumerated() {
                guard let local = c.mapping[k].first(where: { $0.value == node.id })?.key,
                    let system = doc.context.assessment.systems.first(where: { s in
                        s.name.map { NameTable.key($0) == NameTable.key(node.label) } ?? false
                    }),
                    let line = system.connectionsLine, system.connections.allSatisfy({ $0.checked != nil })
                else { continue }
                let targets = doc.context.graph.edges
                    .filter { $0.kind == .link && $0.certain && $0.declaredBy.contains(local) }
                    .compactMap { e -> String? in c.mapping[k][e.from == local ? e.to : e.from] }
                declared.append((doc, Set(targets), line))
            }
            guard declared.count > 1, Set(declared.map(\.targets)).count > 1 else { continue }
            let names = Dictionary(uniqueKeysWithValues: c.merged.nodes.map { ($0.id, $0.label) })
            let all = declared.reduce(Set<String>()) { $0.union($1.targets) }
            let gaps = declared.map { d in
                LinkGap(document: d.doc.name, line: d.line, missing: all.subtracting(d.targets).compactMap { names[$0] }.sorted())
            }
            findings.append(
                finding(
                    .sharedLinksDiffer(system: node.label, gaps: gaps),
                    citations: declared.map { ($0.doc.path, $0.line) }, nodes: [node.id]))
        }
        return findings
    }
}
