import PiagraphMessages
import PiagraphModel

/// A 提供先 or 移転先 without ①法令上の根拠.
public struct MissingBasis: AuditRule {
    public static let description = RuleDescription(
        key: .missingBasis, severity: .error,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n提供先1\t都道府県知事\n⑥提供方法\t[] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [○] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        (c.provisions.map { (NumberedBlock.provision.rawValue, $0) } + c.transfers.map { (NumberedBlock.transfer.rawValue, $0) }).compactMap
        { kind, o in
            o.basis == nil ? finding(.missingBasis(block: "\(kind)\(o.no) \(o.recipient ?? "")"), lines: [o.line]) : nil
        }
    }
}
