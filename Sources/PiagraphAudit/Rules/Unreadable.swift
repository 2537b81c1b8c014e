import PiagraphModel

/// What the parser could not read, so a reviewer knows what was not checked.
public struct Unreadable: AuditRule {
    public static let description = RuleDescription(
        id: "unreadable", name: "Not read", severity: .note,
        rationale: """
        Marks lost in the PDF conversion, missing sections and unreadable values are facts piagraph \
        could not check. The other rules say nothing about them; these notes say where to look by hand.
        """,
        example: "II-3 ①入手元: every option carries the same mark <input type=\"checkbox\"/>; all read as unknown.",
        needs: "what the parser could not read (every form)")

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        c.assessment.diagnostics.filter { $0.severity >= .warning }.map {
            finding("not checked: \($0.message) [\($0.code)]", lines: $0.line.map { [$0] } ?? [])
        }
    }
}
