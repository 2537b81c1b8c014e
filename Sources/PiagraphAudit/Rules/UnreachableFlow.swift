import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// The file's system cannot reach the channel a flow uses through declared links.
public struct UnreachableFlow: AuditRule {
    public static let description = RuleDescription(
        key: .unreachableFlow, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [○] 税務システム [] その他 ()\nシステム2\n①システムの名称\t中間サーバー\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n提供先1\t都道府県知事\n①法令上の根拠\t番号法第19条第8号\n⑥提供方法\t[○] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        guard c.holderIsKnown else { return [] }
        // Links only: flows are what is being checked.
        let reachable = Set(
            c.walker.reach(from: c.graph.holder).filter { entry in entry.path.allSatisfy { $0.kind == .link && $0.certain } }.map(\.node)
        )
        .union([c.graph.holder])
        var findings: [Finding] = []
        func check(_ category: LinkCategory, _ what: String, line: Int) {
            let channel = c.nodes(for: category)
            guard !channel.isEmpty, !channel.contains(where: { reachable.contains($0.id) }),
                c.isLinked(category)
            else { return }
            findings.append(
                finding(
                    .unreachable(what: what, category: category.rawValue, holder: c.holderName),
                    lines: [line] + c.lines(of: c.graph.holder).prefix(1) + channel.flatMap { c.lines(of: $0.id) },
                    nodes: [c.graph.holder] + channel.map(\.id)))
        }
        for o in c.provisions where o.methodOptions.contains(where: { $0.checked == true && $0.name == LinkCategory.network.rawValue }) {
            check(.network, "提供先\(o.no) \(o.recipient ?? "")", line: o.methodsLine ?? o.line)
        }
        for o in c.transfers where o.methodOptions.contains(where: { $0.checked == true && $0.name == LinkCategory.internalBus.rawValue }) {
            check(.internalBus, "移転先\(o.no) \(o.recipient ?? "")", line: o.methodsLine ?? o.line)
        }
        for m in c.acquisitionMethods where m.checked == true && m.method == LinkCategory.network.rawValue {
            check(.network, "II-3 ②入手方法", line: m.line)
        }
        return findings
    }
}
