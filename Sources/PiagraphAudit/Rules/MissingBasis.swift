import PiagraphModel

/// A 提供先 or 移転先 without ①法令上の根拠.
public struct MissingBasis: AuditRule {
    public static let description = RuleDescription(
        id: "missing-basis", name: "Missing legal basis", severity: .error,
        rationale: """
            Providing or transferring specific personal information is only lawful where a provision of the \
            My Number Act or an ordinance allows it (番号法 第19条, 第9条). A 提供先 or 移転先 without \
            ①法令上の根拠 states no such ground.
            """,
        example: "提供先2 都道府県知事, ①法令上の根拠 empty.",
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n提供先1\t都道府県知事\n⑥提供方法\t[] 情報提供ネットワークシステム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [○] 紙 [] その他 ()\n"
        ],
        forms: [.focused, .full],
        needs: "II-5 ①法令上の根拠 (重点, 全項目)")

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        (c.provisions.map { (NumberedBlock.provision.rawValue, $0) } + c.transfers.map { (NumberedBlock.transfer.rawValue, $0) }).compactMap
        { kind, o in
            o.basis == nil ? finding("\(kind)\(o.no) \(o.recipient ?? "") states no ①法令上の根拠", lines: [o.line]) : nil
        }
    }
}
