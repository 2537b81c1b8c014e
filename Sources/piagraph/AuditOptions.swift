import ArgumentParser
import PiagraphAudit
import PiagraphMessages
import PiagraphModel

/// Which findings count, shared by `check` and `scan`.
struct AuditOptions: ParsableArguments {
    @Option(name: .customLong("fail-on"), help: help(.failOn))
    var failOn: Severity = .error

    static let ruleIDs = allRuleDescriptions.map { $0.id }

    @Option(
        help: ArgumentHelp(HelpText.disable(rules: ruleIDs, language), valueName: "rule-id"))
    var disable: [String] = []

    func validate() throws {
        let ids = Self.ruleIDs
        for id in disable where !ids.contains(id) {
            throw usage(.unknownRule(id, rules: ids))
        }
    }

    var disabled: Set<String> { Set(disable) }
}
