import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphModel

enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
extension Severity: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit assessments: undeclared or unreachable links, unauthorized paths, contradictions.",
        discussion: """
        Findings print like compiler diagnostics (FILE:LINE: severity: [rule] message), citing every line \
        they rest on. Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for a usage \
        or input error.
        """)

    @Argument(help: "Assessments: PDF or text files.")
    var files: [String] = []

    @OptionGroup var input: InputOptions

    @Option(help: "text, json or sarif (SARIF 2.1.0).")
    var format: CheckFormat = .text

    @OptionGroup var audit: AuditOptions

    @Flag(help: "List the rules with their severity and rationale.")
    var listRules = false

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if !listRules && files.isEmpty { throw ValidationError("Give at least one assessment file.") }
    }

    func run() throws {
        if listRules {
            FileHandle.standardOutput.write(Data(FindingsReport.ruleList().utf8))
            return
        }
        let assessments = try Loader.loadAll(files, input)
        var results = zip(files, assessments).map { path, a in (path: path, findings: Auditor.run(a, disabled: audit.disabled)) }
        if merge {
            let context = try MergeGuard.context(files: files, assessments: assessments, force: force)
            results.append((path: "(merged: " + context.documents.map(\.name).joined(separator: " + ") + ")",
                            findings: Auditor.runMerged(context, disabled: audit.disabled)))
        }
        let sources = Dictionary(zip(files, assessments.map(\.source)), uniquingKeysWith: { a, _ in a })
        let output: [UInt8]
        switch format {
        case .text: output = Array(FindingsReport.text(results, sources: sources).utf8)
        case .json: output = FindingsReport.json(results, sources: sources)
        case .sarif: output = FindingsReport.sarif(results, version: Piagraph.version, sources: sources)
        }
        FileHandle.standardOutput.write(Data(output))
        if results.contains(where: { $0.findings.contains { $0.severity >= audit.failOn } }) { throw ExitCode(1) }
    }
}
