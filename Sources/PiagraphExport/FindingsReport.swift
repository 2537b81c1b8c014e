import Foundation
import PiagraphAudit
import PiagraphMessages
import PiagraphModel

/// Reporters for `piagraph check`: compiler-style text, JSON, and SARIF 2.1.0.
public enum FindingsReport {
    public typealias FileFindings = (path: String, findings: [Finding])

    /// `FILE:LINE: severity: [rule-id] message (also lines …)`, one finding a line. A line of a
    /// PDF is a line of its text layer (`extract --text-layer`), its page after it: `FILE:57 (p.3)`.
    /// `sources` gives the PDFs' page maps by path.
    /// `reviews` (by path, one per finding) leaves out findings accepted in a baseline and marks
    /// those whose acceptance has expired.
    public static func text(
        _ files: [FileFindings], sources: [String: Source] = [:], reviews: [String: [Reviewed]] = [:], language: Language = .en
    ) -> String {
        var out = ""
        var accepted = 0
        func note(_ path: String, _ line: Int) -> String { sources[path]?.pageNote(line, language) ?? "" }
        for (path, findings) in files {
            for (k, f) in findings.enumerated() {
                let review = reviews[path].flatMap { k < $0.count ? $0[k] : nil }
                if review?.isSuppressed == true {
                    accepted += 1
                    continue
                }
                var expired = ""
                if case .expired(let a)? = review?.state { expired = ReportWords.expired(by: a.by, until: a.until ?? "").text(language) }
                let file = f.paths.first ?? path
                let location = f.line.map { "\(file):\($0)" + note(file, $0) } ?? file
                func cited(_ other: String, _ line: Int) -> LineRef {
                    LineRef(file: other == file ? nil : other, line: line, page: sources[other]?.page(ofLine: line))
                }
                let others =
                    f.paths.isEmpty
                    ? f.lines.dropFirst().map { cited(path, $0) } : zip(f.paths, f.lines).dropFirst().map { cited($0.0, $0.1) }
                let also = others.isEmpty ? "" : ReportWords.alsoLines(others).text(language)
                out +=
                    TerminalText.escape("\(location): \(f.severity.word(language)): [\(f.ruleID)] \(f.message(language))\(also)\(expired)")
                    + "\n"
            }
        }
        let all = files.flatMap { path, findings in
            findings.enumerated().filter { k, _ in reviews[path].map { k < $0.count && $0[k].isSuppressed } != true }.map(\.element)
        }
        let counts = Severity.allCases.reversed().map { s in all.filter { $0.severity == s }.count }
        let documents = files.filter { !$0.path.hasPrefix("(") }.count
        out +=
            ReportWords.checkedSummary(documents: documents, merged: documents < files.count, counts: counts, accepted: accepted).text(
                language) + "\n"
        return out
    }

    /// `message` is in `language`; every other member is the same in both.
    public static func json(
        _ files: [FileFindings], sources: [String: Source] = [:], reviews: [String: [Reviewed]] = [:], language: Language = .en
    ) -> [UInt8] {
        JSON.object([
            ("schema", .string("piagraph.check/1")),
            (
                "files",
                .array(
                    files.map { path, findings in
                        .object([
                            ("path", .string(path)),
                            (
                                "findings",
                                .array(
                                    findings.enumerated().map { k, f in
                                        // A PDF's lines are its text layer's; `page`/`pages` say where they are.
                                        let pages: [Int?] = f.lines.enumerated().map { k, line in
                                            sources[f.paths.isEmpty ? path : f.paths[k]]?.page(ofLine: line)
                                        }
                                        var members: [(String, JSON)] = [
                                            ("rule", .string(f.ruleID)), ("severity", .string(f.severity.rawValue)),
                                            ("message", .string(f.message(language))), ("line", .optional(f.line)),
                                        ]
                                        if pages.contains(where: { $0 != nil }) { members.append(("page", .optional(pages.first ?? nil))) }
                                        members += [
                                            ("lines", .array(f.lines.map(JSON.int))),
                                            ("paths", .array(f.paths.map(JSON.string))),
                                            ("nodes", .array(f.nodes.map(JSON.string))), ("edges", .array(f.edges.map(JSON.string))),
                                        ]
                                        if pages.contains(where: { $0 != nil }) {
                                            members.append(("pages", .array(pages.map { .optional($0) })))
                                        }
                                        if let review = reviews[path].flatMap({ k < $0.count ? $0[k] : nil }) {
                                            members += reviewMembers(review)
                                        }
                                        return .object(members)
                                    })
                            ),
                        ])
                    })
            ),
        ]).serializedBytes()
    }

    /// `fingerprint`, and against a baseline `baseline` (new, accepted, expired) with the acceptance.
    static func reviewMembers(_ review: Reviewed) -> [(String, JSON)] {
        var members: [(String, JSON)] = [("fingerprint", .string(review.fingerprint))]
        func acceptance(_ a: Baseline.Acceptance) -> JSON {
            .object([("reason", .string(a.reason)), ("by", .string(a.by)), ("until", .optional(a.until))])
        }
        switch review.state {
        case nil: break
        case .new?: members.append(("baseline", .string("new")))
        case .accepted(let a)?: members += [("baseline", .string("accepted")), ("acceptance", acceptance(a))]
        case .expired(let a)?: members += [("baseline", .string("expired")), ("acceptance", acceptance(a))]
        }
        return members
    }

    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// With `reviews`: each result's `partialFingerprints`, and against a baseline its
    /// `baselineState` and, when accepted, a `suppressions` entry with the reason.
    /// Messages and rule descriptions in `language`; rule ids, names, levels and fingerprints the
    /// same in both.
    public static func sarif(
        _ files: [FileFindings], version: String, sources: [String: Source] = [:],
        reviews: [String: [Reviewed]] = [:], language: Language = .en
    ) -> [UInt8] {
        let rules = allRuleDescriptions
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        /// In a PDF, the region's line is a line of piagraph's text layer of it; the page is a
        /// property of the location, for a reviewer opening the PDF itself.
        func location(_ path: String, _ line: Int?) -> JSON {
            var physical: [(String, JSON)] = [("artifactLocation", .object([("uri", .string(uri(path)))]))]
            if let line { physical.append(("region", .object([("startLine", .int(line))]))) }
            var members: [(String, JSON)] = [("physicalLocation", .object(physical))]
            if let line, let page = sources[path]?.page(ofLine: line) {
                members.append(
                    (
                        "properties",
                        .object([
                            ("page", .int(page)),
                            ("textLayer", .string(ReportWords.textLayerLines.text(language))),
                        ])
                    ))
            }
            return .object(members)
        }
        let results: [JSON] = files.flatMap { path, findings in
            findings.enumerated().map { k, f -> JSON in
                var members: [(String, JSON)] = [
                    ("ruleId", .string(f.ruleID)),
                    ("ruleIndex", .int(index[f.ruleID] ?? 0)),
                    ("level", .string(level(f.severity))),
                    ("message", .object([("text", .string(f.message(language)))])),
                    ("locations", .array([location(f.paths.first ?? path, f.line)])),
                ]
                if f.lines.count > 1 {
                    let files = f.paths.isEmpty ? Array(repeating: path, count: f.lines.count) : f.paths
                    members.append(
                        (
                            "relatedLocations",
                            .array(
                                zip(files, f.lines).dropFirst().enumerated().map { k, pair in
                                    let line = pair.1
                                    var loc = location(pair.0, line)
                                    if case .object(var m) = loc {
                                        m.insert(("id", .int(k + 1)), at: 0)
                                        m.append(
                                            ("message", .object([("text", .string(ReportWords.alsoRestsOn(line: line).text(language)))])))
                                        loc = .object(m)
                                    }
                                    return loc
                                })
                        ))
                }
                if let review = reviews[path].flatMap({ k < $0.count ? $0[k] : nil }) { members += sarifReview(review) }
                return .object(members)
            }
        }
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("piagraph")),
                                        ("version", .string(version)),
                                        (
                                            "rules",
                                            .array(
                                                rules.map { r in
                                                    let t = r.text(language)
                                                    return .object([
                                                        ("id", .string(r.id)), ("name", .string(r.name)),
                                                        ("shortDescription", .object([("text", .string(t.name))])),
                                                        ("fullDescription", .object([("text", .string(t.rationale))])),
                                                        ("help", .object([("text", .string(ReportWords.ruleHelp(r.key).text(language)))])),
                                                        ("defaultConfiguration", .object([("level", .string(level(r.severity)))])),
                                                        ("properties", ruleProperties(r, language)),
                                                    ])
                                                })
                                        ),
                                    ])
                                )
                            ])
                        ),
                        (
                            "artifacts",
                            .array(
                                files.filter { !$0.path.hasPrefix("(") }.map {
                                    .object([("location", .object([("uri", .string(uri($0.path)))]))])
                                })
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ]).serializedBytes()
    }

    static func sarifReview(_ review: Reviewed) -> [(String, JSON)] {
        var members: [(String, JSON)] = [("partialFingerprints", .object([("piagraph/v1", .string(review.fingerprint))]))]
        switch review.state {
        case nil: break
        case .new?: members.append(("baselineState", .string("new")))
        case .expired?: members.append(("baselineState", .string("unchanged")))
        case .accepted(let a)?:
            var properties: [(String, JSON)] = [("by", .string(a.by))]
            if let until = a.until { properties.append(("until", .string(until))) }
            members += [
                ("baselineState", .string("unchanged")),
                (
                    "suppressions",
                    .array([
                        .object([
                            ("kind", .string("external")), ("status", .string("accepted")),
                            ("justification", .string(a.reason)), ("properties", .object(properties)),
                        ])
                    ])
                ),
            ]
        }
        return members
    }

    /// What a rule reads and the forms it runs on, as a SARIF property bag.
    static func ruleProperties(_ r: RuleDescription, _ language: Language) -> JSON {
        let forms: [JSON] = FormKind.allCases.filter(r.forms.contains).map { .string($0.rawValue) }
        return .object([("forms", .array(forms)), ("needs", .string(r.text(language).needs))])
    }

    /// `piagraph check --list-rules`.
    public static func ruleList(language: Language = .en) -> String {
        allRuleDescriptions.map { d in
            let t = d.text(language)
            return ReportWords.ruleEntry(
                id: d.id, severity: d.severity.rawValue, name: t.name, rationale: t.rationale, example: t.example, needs: t.needs,
                forms: FormKind.allCases.filter(d.forms.contains).map(\.rawValue)
            ).text(language)
        }.joined(separator: "\n\n") + "\n"
    }
}
