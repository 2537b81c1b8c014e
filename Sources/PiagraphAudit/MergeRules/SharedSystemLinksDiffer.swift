import PiagraphGraph
import PiagraphModel

/// A shared system declared with different links in different documents.
public struct SharedSystemLinksDiffer: MergeAuditRule {
    public static let description = RuleDescription(
        id: "shared-system-links-differ", name: "Shared system declared differently", severity: .warning,
        rationale: """
            A system shared by several affairs (the 中間サーバー, the integration bus) has one set of links. \
            When two assessments of the same body declare it with different ③ links, at least one of them \
            describes the architecture wrongly. Documents whose marks for it are unreadable are not compared.
            """,
        example: "000 業務共通システム ③ その他(介護…) only; 003 業務共通システム ③ [○] 既存住民基本台帳システム [○] 税務システム その他(…).",
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t1\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t業務共通システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n",
            "特定個人情報保護評価書(重点項目評価書)\n評価書番号\t2\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t業務共通システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [○] 税務システム [] その他 ()\n",
        ],
        forms: [.focused, .full],
        needs: "I-2 ③ marks of one system in two documents (重点, 全項目)")

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
            let detail = declared.map { d in
                let missing = all.subtracting(d.targets).compactMap { names[$0] }.sorted()
                return "\(d.doc.name) (line \(d.line)) lacks " + (missing.isEmpty ? "nothing" : missing.joined(separator: ", "))
            }.joined(separator: "; ")
            findings.append(
                finding(
                    "\(node.label) is declared with different links: \(detail)",
                    citations: declared.map { ($0.doc.path, $0.line) }, nodes: [node.id]))
        }
        return findings
    }
}
