import Foundation
import PiagraphModel

/// A 別添2 row that adds a 提供先, 移転先, 委託 or system but is marked 事後.
public struct LateNotice: AuditRule {
    public static let description = RuleDescription(
        id: "late-notice", name: "Late notice of an important change", severity: .warning,
        rationale: """
        Adding a 提供先, 移転先, 委託 or system is an important change (重要な変更): the revised assessment \
        must be submitted and published before it takes effect (事前). A change-log row that adds one and \
        says 事後 was submitted late, or is misclassified.
        """,
        example: "(別添2) 令和5年… II-4 委託事項3 | 未記載 | 委託事項3 … | 事後.",
        needs: "the (別添2)/(別添3) 変更箇所 rows (every form with a change log)")

    public init() {}

    /// The blocks a row can add: 提供先N, 移転先N, 委託事項N, システムN.
    static let subjects = ["提供先", "移転先", "委託事項", "システム"]
    static let absent = ["未記載", "—", "-", "―", "なし", ""]

    public func check(_ c: AuditContext) -> [Finding] {
        c.assessment.history.compactMap { row in
            guard row.timing == "事後" else { return nil }
            let before = row.before.trimmingCharacters(in: .whitespaces)
            guard Self.absent.contains(before), !row.after.isEmpty, !row.after.contains("(削除)") else { return nil }
            guard let subject = Self.subjects.first(where: { numbered($0, in: row.item) || numbered($0, in: row.after) }) else { return nil }
            return finding("(別添2) \(row.date): adds a \(subject) (\(row.after.prefix(30))…) but is marked 事後; adding one is a 重要な変更, submitted 事前",
                           lines: [row.line])
        }
    }

    /// `提供先1`, `システム 4`: the subject followed by a number.
    func numbered(_ subject: String, in text: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: subject) {
            let after = rest[range.upperBound...].drop { $0 == " " }
            if let first = after.first, first.isASCII, first.isNumber { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}
