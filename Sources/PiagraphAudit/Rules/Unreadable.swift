import PiagraphMessages
import PiagraphModel

/// What the parser could not read, so a reviewer knows what was not checked.
public struct Unreadable: AuditRule {
    public static let description = RuleDescription(
        key: .unreadable, severity: .note,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n3. 特定個人情報の入手・使用\n①入手元\t<input type=\"checkbox\"/> 本人又は本人の代理人 <input type=\"checkbox\"/> 評価実施機関内の他部署 () <input type=\"checkbox\"/> 行政機関・独立行政法人等 () <input type=\"checkbox\"/> 地方公共団体・地方独立行政法人 () <input type=\"checkbox\"/> 民間事業者 () <input type=\"checkbox\"/> その他 ()\n"
        ])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        c.assessment.diagnostics.filter { $0.severity >= .warning }.map {
            finding(.notChecked($0.text, code: $0.code), lines: $0.line.map { [$0] } ?? [])
        }
    }
}
