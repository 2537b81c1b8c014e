import PiagraphModel

/// 提供 or 移転 by 電子メール, フラッシュメモリ, 電子記録媒体 or 紙.
public struct WeakChannel: AuditRule {
    public static let description = RuleDescription(
        id: "weak-channel", name: "Weak channel", severity: .warning,
        rationale: """
        E-mail, removable media and paper are where specific personal information gets lost, misdelivered \
        or copied; a 提供 or 移転 that uses them deserves the risk measures of III to say how.
        """,
        example: "移転先1 ⑥移転方法 [○] 電子メール.",
        forms: [.focused, .full],
        needs: "II-5 ⑥提供方法/移転方法 (重点, 全項目)")

    public init() {}

    static let weak = ["電子メール", "フラッシュメモリ", "電子記録媒体(フラッシュメモリを除く。)", "紙"]

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for (kind, blocks) in [(NumberedBlock.provision.rawValue, c.provisions), (NumberedBlock.transfer.rawValue, c.transfers)] {
            for o in blocks {
                let used = o.methodOptions.filter { $0.checked == true && Self.weak.contains($0.name) }.map(\.name)
                guard !used.isEmpty else { continue }
                findings.append(finding("\(kind)\(o.no) \(o.recipient ?? "") receives the file's data by \(used.joined(separator: ", "))",
                                        lines: [o.methodsLine ?? o.line, o.line]))
            }
        }
        return findings
    }
}
