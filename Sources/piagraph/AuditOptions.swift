import ArgumentParser
import PiagraphAudit
import PiagraphModel

/// Which findings count, shared by `check` and `scan`.
struct AuditOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at least this severe: error, warning or note.")
    var failOn: Severity = .error

    @Option(help: ArgumentHelp("Turn a rule off (repeatable); `check --list-rules` lists the ids.", valueName: "rule-id"))
    var disable: [String] = []

    func validate() throws {
        let ids = allRules.map { $0.description.id } + allMergeRules.map { $0.description.id }
        for id in disable where !ids.contains(id) {
            throw ValidationError("Unknown rule '\(id)'. Rules: \(ids.joined(separator: ", ")).")
        }
    }

    var disabled: Set<String> { Set(disable) }
}
