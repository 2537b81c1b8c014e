import PiagraphHistory
import PiagraphMessages
import PiagraphModel

/// A 別添2 row that adds a 提供先, 移転先, 委託 or system but is marked 事後.
public struct LateNotice: AuditRule {
    public static let description = RuleDescription(
        key: .lateNotice, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n(別添2) 変更箇所\n変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和5年4月1日\tII-5 提供先2\t未記載\t提供先2 教育委員会\t事後\t\n"
        ])

    public init() {}

    /// The additions the change log's timeline (History, which `piagraph history` prints) finds:
    /// one reading of the log for both commands.
    static let additions: Set<ArchitectureChange.Kind> = [.systemAdded, .entrustmentAdded, .provisionAdded, .transferAdded]

    public func check(_ c: AuditContext) -> [Finding] {
        History.timeline(c.assessment).changes.compactMap { change in
            guard change.timing == "事後", Self.additions.contains(change.kind) else { return nil }
            let row = change.row
            let subject = change.subject.filter { !$0.isNumber }
            return finding(
                .lateNotice(date: row.date, subject: subject, after: String(row.after.prefix(30))),
                lines: [row.line])
        }
    }
}
