import PiagraphMessages
import PiagraphModel

/// The 件数 of 提供を行っている (N)件, 移転を行っている (N)件 and 委託する (N)件 against the blocks listed.
public struct CountMismatch: AuditRule {
    public static let description = RuleDescription(
        key: .countMismatch, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n提供・移転の有無\t[○] 提供を行っている (3) 件 [] 移転を行っている () 件 [] 行っていない\nシステム1\n①システムの名称\t中間サーバー\n③他のシステムとの接続\t[○] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n提供先1\t都道府県知事\n①法令上の根拠\t番号法第19条第8号\n⑥提供方法\t[○] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        func compare(_ what: String, stated: Int?, selected: Bool?, listed: [Int], line: Int) {
            guard selected == true else { return }
            if let stated, stated != listed.count {
                findings.append(finding(.countDiffers(what: what, stated: stated, listed: listed.count), lines: [line] + listed))
            } else if stated == nil, !listed.isEmpty {
                findings.append(finding(.countUnstated(what: what, listed: listed.count), lines: [line] + listed))
            }
        }
        if let o = c.assessment.declarations.outflows {
            compare("提供を行っている", stated: o.provisionCount, selected: o.provides, listed: c.provisions.map(\.line), line: o.line)
            compare("移転を行っている", stated: o.transferCount, selected: o.transfers, listed: c.transfers.map(\.line), line: o.line)
        }
        if let d = c.assessment.declarations.entrustment {
            compare(
                "委託する", stated: d.count, selected: d.value == "委託する" ? true : d.value == nil ? nil : false,
                listed: c.entrustments.map(\.line), line: d.line)
        }
        return findings
    }
}
