import ArgumentParser
import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphKit
import PiagraphMessages
import PiagraphModel
import PiagraphText

enum CheckFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
extension Severity: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.checkAbstract.text(language),
        discussion: HelpText.checkDiscussion.text(language))

    @Argument(help: help(.checkFiles))
    var files: [String] = []

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: help(.checkFormat))
    var format: CheckFormat = .text

    @OptionGroup var audit: AuditOptions

    @Flag(help: help(.checkListRules))
    var listRules = false

    @OptionGroup var merging: MergeOptions
    var merge: Bool { merging.merge }
    var force: Bool { merging.force }

    @Option(
        help: help(.checkBaseline, valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: help(.checkWriteBaseline, valueName: "file"))
    var writeBaseline: String?

    @Option(help: help(.checkReason))
    var reason: String?

    @Option(help: help(.checkBy))
    var by: String?

    @Option(help: help(.checkUntil, valueName: "date"))
    var until: String?

    func validate() throws {
        try MergeGuard.validate(files: files, merge: merge)
        if !listRules && files.isEmpty { throw usage(.giveFiles) }
        if writeBaseline != nil && (reason ?? "").isEmpty {
            throw usage(.writeBaselineNeedsReason)
        }
        if writeBaseline != nil && (by ?? "").isEmpty { throw usage(.writeBaselineNeedsBy) }
        if writeBaseline == nil && (reason != nil || by != nil || until != nil) {
            throw usage(.onlyWithWriteBaseline)
        }
        if let until, JapaneseDate(iso: until) == nil { throw usage(.untilNotADate(until)) }
    }

    /// Today as YYYY-MM-DD in the local calendar: when an acceptance's last day has passed.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    func readBaseline() throws -> Baseline? {
        guard let baseline else { return nil }
        guard let data = FileManager.default.contents(atPath: baseline) else {
            throw CLIError(.baselineUnreadable(path: baseline))
        }
        do { return try Baseline.parse(data, path: baseline) } catch { throw CLIError(error.text) }
    }

    func run() throws {
        if listRules {
            FileHandle.standardOutput.write(Data(FindingsReport.ruleList(language: language).utf8))
            return
        }
        // File by file: its findings and their fingerprints (which read the cited lines' text);
        // a document is kept only for the cross-document findings of --merge.
        var results: [(path: String, findings: [Finding])] = []
        var fingerprints: [String: [String]] = [:]
        var sources: [String: Source] = [:]
        var kept: [Document] = []
        for path in files {
            let document = try Loader.open(path, input)
            let findings = document.findings(disabled: audit.disabled)
            results.append((path, findings))
            fingerprints[path] = Self.fingerprints(findings, path: path, lines: [path: document.lines])
            if sources[path] == nil { sources[path] = document.assessment.source }
            if merge { kept.append(document) }
        }
        if merge {
            let body = try MergeGuard.body(kept, force: force)
            let path = "(merged: " + body.context.documents.map(\.name).joined(separator: " + ") + ")"
            let findings = body.findings(disabled: audit.disabled)
            results.append((path, findings))
            fingerprints[path] = Self.fingerprints(
                findings, path: path,
                lines: Dictionary(kept.map { ($0.path, $0.lines) }, uniquingKeysWith: { a, _ in a }))
        }
        var baseline = try readBaseline()
        var reviews = Self.review(fingerprints, against: baseline)
        if let writeBaseline {
            baseline = try write(results, reviews: reviews, previous: baseline, to: writeBaseline)
            reviews = Self.review(fingerprints, against: baseline)
        }
        let output: [UInt8]
        switch format {
        case .text: output = Array(FindingsReport.text(results, sources: sources, reviews: reviews, language: language).utf8)
        case .json: output = FindingsReport.json(results, sources: sources, reviews: reviews, language: language)
        case .sarif:
            output = FindingsReport.sarif(results, version: Piagraph.version, sources: sources, reviews: reviews, language: language)
        }
        FileHandle.standardOutput.write(Data(output))
        let failing = results.contains { path, findings in
            findings.enumerated().contains { k, f in f.severity >= audit.failOn && reviews[path]?[k].isSuppressed != true }
        }
        if failing { throw ExitCode(1) }
    }

    /// Each finding's fingerprint, from the text of the lines it cites (`lines` by file; a
    /// finding's line without a file is in `path`).
    static func fingerprints(_ findings: [Finding], path: String, lines: [String: [Substring]]) -> [String] {
        findings.map { f in
            f.fingerprint { file, line in
                guard let text = lines[file ?? path], line >= 1, line <= text.count else { return nil }
                return String(text[line - 1])
            }
        }
    }

    /// Each finding's state against the baseline (none without one).
    static func review(_ fingerprints: [String: [String]], against baseline: Baseline?) -> [String: [Reviewed]] {
        let today = Self.today()
        return fingerprints.mapValues { prints in
            prints.map { fingerprint in
                guard let baseline else { return Reviewed(fingerprint: fingerprint, state: nil) }
                guard let a = baseline.acceptance(of: fingerprint) else { return Reviewed(fingerprint: fingerprint, state: .new) }
                return Reviewed(fingerprint: fingerprint, state: a.expired(today: today) ? .expired(a) : .accepted(a))
            }
        }
    }

    /// Every finding of the run accepted; an acceptance already in the baseline (still holding)
    /// keeps its reason, who and date. Written atomically.
    func write(_ results: [(path: String, findings: [Finding])], reviews: [String: [Reviewed]], previous: Baseline?, to path: String) throws
        -> Baseline
    {
        var accepted: [Baseline.Acceptance] = []
        for (file, findings) in results {
            for (k, f) in findings.enumerated() {
                guard let review = reviews[file]?[k], !accepted.contains(where: { $0.fingerprint == review.fingerprint }) else { continue }
                if case .accepted(let kept)? = review.state {
                    accepted.append(kept)
                } else {
                    accepted.append(
                        Baseline.Acceptance(
                            fingerprint: review.fingerprint, rule: f.ruleID, file: f.paths.first ?? file,
                            message: f.message, reason: reason ?? "", by: by ?? "", until: until))
                }
            }
        }
        let baseline = Baseline(accepted: accepted)
        do { try AtomicFile.write(baseline.serialized(), to: path) } catch { throw CLIError(error.text) }
        let dropped = (previous?.accepted ?? []).filter { old in !accepted.contains { $0.fingerprint == old.fingerprint } }.count
        FileHandle.standardError.write(
            Data((NoticeText.baselineWritten(path: path, accepted: accepted.count, dropped: dropped).text(language) + "\n").utf8))
        return baseline
    }
}
