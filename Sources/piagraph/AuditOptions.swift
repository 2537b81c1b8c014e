import ArgumentParser
import PiagraphAudit
import PiagraphModel

/// Which findings count, shared by `check` and `scan`.
struct AuditOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning or note.")
    var failOn: Severity = .error

    static let ruleIDs = allRuleDescriptions.map { $0.id }

    @Option(
        help: ArgumentHelp(
            "Turn a rule off (repeatable): \(ruleIDs.joined(separator: ", ")). `check --list-rules` describes them.",
            valueName: "rule-id"))
    var disable: [String] = []

    func validate() throws {
        let ids = Self.ruleIDs
        for id in disable where !ids.contains(id) {
            throw ValidationError("Unknown rule '\(id)'. Rules: \(ids.joined(separator: ", ")).")
        }
    }

    var disabled: Set<String> { Set(disable) }
}
