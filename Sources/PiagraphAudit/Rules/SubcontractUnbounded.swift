import PiagraphMessages
import PiagraphModel

/// 再委託する with no 許諾方法 or no 再委託事項; a 委託事項 without 委託先名.
public struct SubcontractUnbounded: AuditRule {
    public static let description = RuleDescription(
        key: .subcontractUnbounded, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\n委託事項1\tシステム保守\n③委託先名\t株式会社テスト\n④再委託の有無\t[再委託する] <選択肢> 1) 再委託する 2) 再委託しない\n⑤再委託の許諾方法\t\n⑥再委託事項\t保守の一部\n"
        ],
        forms: [.focused, .full])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for e in c.entrustments {
            if e.contractor == nil {
                findings.append(finding(.noContractor(entrustment: "委託事項\(e.no) \(e.item ?? "")"), lines: [e.line]))
            }
            guard e.subcontract == true else { continue }
            var missing: [String] = []
            if e.permission == nil { missing.append("⑤再委託の許諾方法") }
            if e.subcontractItems == nil { missing.append("⑥再委託事項") }
            if !missing.isEmpty {
                findings.append(
                    finding(
                        .subcontractUnbounded(entrustment: "委託事項\(e.no) \(e.item ?? "")", missing: missing),
                        lines: [e.subcontractLine ?? e.line, e.line]))
            }
        }
        return findings
    }
}
