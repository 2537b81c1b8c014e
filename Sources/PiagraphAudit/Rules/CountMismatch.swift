import PiagraphModel

/// The 件数 of 提供を行っている (N)件, 移転を行っている (N)件 and 委託する (N)件 against the blocks listed.
public struct CountMismatch: AuditRule {
    public static let description = RuleDescription(
        id: "count-mismatch", name: "Count mismatch", severity: .warning,
        rationale: """
        The form states how many 提供先, 移転先 and 委託事項 there are, then lists them. When the number and \
        the list disagree, a block was dropped or left over from an earlier version.
        """,
        example: "提供・移転の有無 [○] 提供を行っている (3) 件, but only 提供先1 and 提供先2 are listed.",
        forms: [.focused, .full],
        needs: "II-4 and II-5 件数 and blocks (重点, 全項目)")

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        func compare(_ what: String, stated: Int?, selected: Bool?, listed: [Int], line: Int) {
            guard selected == true else { return }
            if let stated, stated != listed.count {
                findings.append(finding("\(what) states \(stated) 件 but \(listed.count) are listed", lines: [line] + listed))
            } else if stated == nil, !listed.isEmpty {
                findings.append(finding("\(what) states no 件数 ( ) while \(listed.count) are listed", lines: [line] + listed))
            }
        }
        if let o = c.assessment.declarations.outflows {
            compare("提供を行っている", stated: o.provisionCount, selected: o.provides, listed: c.provisions.map(\.line), line: o.line)
            compare("移転を行っている", stated: o.transferCount, selected: o.transfers, listed: c.transfers.map(\.line), line: o.line)
        }
        if let d = c.assessment.declarations.entrustment {
            compare("委託する", stated: d.count, selected: d.value == "委託する" ? true : d.value == nil ? nil : false,
                    listed: c.entrustments.map(\.line), line: d.line)
        }
        return findings
    }
}
