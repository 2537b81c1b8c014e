import PiagraphMessages
import PiagraphModel

/// 提供 or 移転 by 電子メール, フラッシュメモリ, 電子記録媒体 or 紙.
public struct WeakChannel: AuditRule {
    public static let description = RuleDescription(
        key: .weakChannel, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n移転先1\t福祉部 保護課\n①法令上の根拠\t番号法第9条第2項\n⑥移転方法\t[] 庁内連携システム [] 専用線 [○] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    static let weak = ["電子メール", "フラッシュメモリ", "電子記録媒体(フラッシュメモリを除く。)", "紙"]

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for (kind, blocks) in [(NumberedBlock.provision.rawValue, c.provisions), (NumberedBlock.transfer.rawValue, c.transfers)] {
            for o in blocks {
                let used = o.methodOptions.filter { $0.checked == true && Self.weak.contains($0.name) }.map(\.name)
                guard !used.isEmpty else { continue }
                findings.append(
                    finding(
                        .weakChannel(block: "\(kind)\(o.no) \(o.recipient ?? "")", methods: used),
                        lines: [o.methodsLine ?? o.line, o.line]))
            }
        }
        return findings
    }
}
