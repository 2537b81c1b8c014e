import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// A flow or a declared method needs a link that no system declares.
public struct UndeclaredLink: AuditRule {
    public static let description = RuleDescription(
        key: .undeclaredLink, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n提供先1\t都道府県知事\n①法令上の根拠\t番号法第19条第8号\n⑥提供方法\t[○] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        func need(_ category: LinkCategory, _ what: String, line: Int) {
            guard !c.isLinked(category) else { return }
            let systems = c.assessment.systems.compactMap(\.connectionsLine)
            findings.append(
                finding(
                    .undeclaredLink(what: what, category: category.rawValue),
                    lines: [line] + systems, nodes: c.nodes(for: category).map(\.id)))
        }
        // I-5 情報連携 実施する exchanges over the network: some system must link to it. Links whose
        // marks were lost are left to the unreadable notes.
        if let exchange = c.assessment.declarations.networkExchange, exchange.value == "実施する",
            !c.graph.edges.contains(where: { e in
                e.kind == .link && !e.certain && [e.from, e.to].contains { c.node($0)?.roles.contains(.network) == true }
            })
        {
            need(.network, "I-5 情報提供ネットワークシステムによる情報連携 [実施する]", line: exchange.line)
        }
        for m in c.acquisitionMethods where m.checked == true {
            switch m.method {
            case LinkCategory.network.rawValue: need(.network, "II-3 ②入手方法", line: m.line)
            case LinkCategory.internalBus.rawValue: need(.internalBus, "II-3 ②入手方法", line: m.line)
            case "その他":
                // A system named as the method must be declared or linked.
                guard let name = m.detail, let id = Terms.nodes(matching: name, in: c.graph).first,
                    let node = c.node(id), node.kind == .referencedSystem, c.links(of: id).isEmpty
                else { continue }
                findings.append(
                    finding(
                        .methodSystemUnlinked(name: name),
                        lines: [m.line], nodes: [id]))
            default: break
            }
        }
        for o in c.provisions {
            for method in o.methodOptions where method.checked == true && method.name == LinkCategory.network.rawValue {
                need(.network, "提供先\(o.no) \(o.recipient ?? "") ⑥提供方法", line: o.methodsLine ?? o.line)
            }
        }
        for o in c.transfers {
            for method in o.methodOptions where method.checked == true && method.name == LinkCategory.internalBus.rawValue {
                need(.internalBus, "移転先\(o.no) \(o.recipient ?? "") ⑥移転方法", line: o.methodsLine ?? o.line)
            }
        }
        return findings
    }
}
