import PiagraphAudit
import PiagraphModel

/// One scanned document reduced to what a table of many documents needs: a few hundred bytes
/// kept per document, so a scan's memory does not grow with the documents' size.
public struct DocumentSummary: Sendable {
    /// 1-based position in the scan's input order.
    public var index: Int
    public var file: String
    /// Why the document could not be read; nil when it was.
    public var error: String?
    public var body: String?
    public var affair: String?
    public var form: String?
    public var published: String?
    public var number: String?
    public var systems = 0
    /// Flow.Kind.allCases order.
    public var flows: [Int] = Array(repeating: 0, count: Flow.Kind.allCases.count)
    /// note, warning, error (Severity.allCases order).
    public var findings: [Int] = Array(repeating: 0, count: Severity.allCases.count)
    /// (rule id, count), sorted by rule id.
    public var rules: [(String, Int)] = []
    public var marks = MarkTally()
    public var diagnostics = 0

    public init(index: Int, file: String, error: String) {
        self.index = index
        self.file = file
        self.error = error
    }

    public init(index: Int, file: String, assessment a: Assessment, findings: [Finding]) {
        self.index = index
        self.file = file
        let h = a.header
        body = h.organization?.value
        affair = h.affair?.value
        form = h.kind?.value
        published = h.published?.value
        number = h.number?.value
        systems = a.systems.count
        for flow in a.flows { flows[Flow.Kind.allCases.firstIndex(of: flow.kind)!] += 1 }
        var byRule: [String: Int] = [:]
        for finding in findings {
            self.findings[Severity.allCases.firstIndex(of: finding.severity)!] += 1
            byRule[finding.ruleID, default: 0] += 1
        }
        rules = byRule.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        marks = MarkTally(a)
        diagnostics = a.diagnostics.count
    }

    public func count(_ severity: Severity) -> Int { findings[Severity.allCases.firstIndex(of: severity)!] }
}

/// The tables `piagraph scan` writes: a row per document (CSV, JSON Lines) and the corpus
/// overview (rules, bodies). Columns are part of the contract; documented in docs/scan.md.
public enum CorpusTables {
    static let flowColumns = ["acquisitions", "acquisition_methods", "entrustments", "provisions", "transfers"]

    public static let documentColumns =
        ["index", "file", "status", "error", "body", "affair", "form", "published", "number", "systems"]
        + flowColumns + [
            "errors", "warnings", "notes", "findings_by_rule", "marks_shown", "marks_unreadable", "marks_unreadable_share",
            "diagnostics",
        ]

    public static func csvHeader() -> [UInt8] { CSV.row(documentColumns) }

    public static func csvRow(_ s: DocumentSummary) -> [UInt8] {
        var cells = [
            String(s.index), s.file, s.error == nil ? "ok" : "error", s.error ?? "", s.body ?? "", s.affair ?? "",
            s.form ?? "", s.published ?? "", s.number ?? "", String(s.systems),
        ]
        cells += s.flows.map(String.init)
        cells += [
            String(s.count(.error)), String(s.count(.warning)), String(s.count(.note)),
            s.rules.map { "\($0.0)=\($0.1)" }.joined(separator: " "),
            String(s.marks.shown), String(s.marks.unreadable), share(s.marks), String(s.diagnostics),
        ]
        return CSV.row(cells)
    }

    /// One JSON object on one line, the same fields as the CSV (numbers as numbers, findings by
    /// rule as an object, absent values as null).
    public static func jsonLine(_ s: DocumentSummary) -> [UInt8] {
        var members: [(String, JSON)] = [
            ("index", .int(s.index)), ("file", .string(s.file)), ("status", .string(s.error == nil ? "ok" : "error")),
            ("error", .optional(s.error)), ("body", .optional(s.body)), ("affair", .optional(s.affair)), ("form", .optional(s.form)),
            ("published", .optional(s.published)), ("number", .optional(s.number)), ("systems", .int(s.systems)),
        ]
        members += zip(flowColumns, s.flows).map { ($0, JSON.int($1)) }
        members += [
            ("errors", .int(s.count(.error))), ("warnings", .int(s.count(.warning))), ("notes", .int(s.count(.note))),
            ("findings_by_rule", .object(s.rules.map { ($0.0, JSON.int($0.1)) })),
            ("marks_shown", .int(s.marks.shown)), ("marks_unreadable", .int(s.marks.unreadable)),
            ("marks_unreadable_share", .decimal(share(s.marks))), ("diagnostics", .int(s.diagnostics)),
        ]
        var out = JSON.object(members).compactBytes()
        out.append(0x0A)
        return out
    }

    /// Three decimals, fixed: the same bytes on every machine.
    static func share(_ tally: MarkTally) -> String {
        guard tally.shown > 0 else { return "0.000" }
        let thousandths = (tally.unreadable * 1000 + tally.shown / 2) / tally.shown
        let text = String(thousandths)
        let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
        return padded.dropLast(3) + "." + padded.suffix(3)
    }
}

/// The corpus seen from above, accumulated document by document (in input order, so its
/// output is the same whatever the number of jobs). It keeps counts and each document's scan
/// index, not the documents: a scan's memory stays flat in the number of documents.
public struct CorpusOverview: Sendable {
    public struct RuleRow: Sendable {
        public var rule: String
        public var severity: Severity?
        public var documents = 0
        public var findings = 0
        public var bodies: Set<String> = []
    }

    public struct BodyRow: Sendable {
        public var body: String
        /// Scan indices of its documents, in input order.
        public var documents: [Int] = []
        public var findings: [Int] = Array(repeating: 0, count: Severity.allCases.count)
    }

    public private(set) var rules: [String: RuleRow] = [:]
    public private(set) var bodies: [String: BodyRow] = [:]
    public private(set) var documents = 0
    /// Scan indices of the documents that could not be read.
    public private(set) var failed: [Int] = []
    /// The most severe finding of any document.
    public private(set) var worst: Severity?

    /// What a document whose 評価実施機関名 could not be read is listed under.
    public static let unknownBody = "(unknown body)"

    public init() {}

    public mutating func add(_ s: DocumentSummary) {
        documents += 1
        guard s.error == nil else {
            failed.append(s.index)
            return
        }
        let body = s.body ?? Self.unknownBody
        bodies[body, default: BodyRow(body: body)].documents.append(s.index)
        for (k, n) in s.findings.enumerated() where n > 0 {
            bodies[body]!.findings[k] += n
            worst = max(worst ?? Severity.allCases[k], Severity.allCases[k])
        }
        for (rule, n) in s.rules {
            rules[rule, default: RuleRow(rule: rule, severity: Self.severity(of: rule))].documents += 1
            rules[rule]!.findings += n
            rules[rule]!.bodies.insert(body)
        }
    }

    static func severity(of rule: String) -> Severity? {
        allRuleDescriptions.first { $0.id == rule }?.severity
    }

    /// Rules by id; every registered rule is listed, found or not.
    public var ruleRows: [RuleRow] {
        var all = rules
        for rule in allRules {
            let d = rule.description
            if all[d.id] == nil { all[d.id] = RuleRow(rule: d.id, severity: d.severity) }
        }
        return all.values.sorted { $0.rule < $1.rule }
    }

    public var bodyRows: [BodyRow] { bodies.values.sorted { $0.body < $1.body } }

    public func rulesCSV() -> [UInt8] {
        var out = CSV.row(["rule", "severity", "documents", "bodies", "findings"])
        for r in ruleRows {
            out += CSV.row([r.rule, r.severity?.rawValue ?? "", String(r.documents), String(r.bodies.count), String(r.findings)])
        }
        return out
    }

    public func bodiesCSV() -> [UInt8] {
        var out = CSV.row(["body", "documents", "errors", "warnings", "notes"])
        for b in bodyRows {
            let f = b.findings
            out += CSV.row([b.body, String(b.documents.count), String(f[2]), String(f[1]), String(f[0])])
        }
        return out
    }
}

/// RFC 4180 CSV as Excel reads it: CRLF line ends, a field quoted when it holds a comma, quote,
/// CR or LF. A text field that Excel would take for a formula (starting with = + - @, TAB or
/// CR) gets a leading apostrophe (OWASP's advice on CSV injection); JSON Lines keeps the exact
/// text.
public enum CSV {
    /// The UTF-8 byte order mark Excel needs to read UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func row(_ cells: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (k, cell) in cells.enumerated() {
            if k > 0 { out.append(0x2C) }
            field(cell, into: &out)
        }
        out += [0x0D, 0x0A]
        return out
    }

    static func field(_ cell: String, into out: inout [UInt8]) {
        var bytes = Array(cell.utf8)
        if let first = bytes.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first), !isNumber(bytes) {
            bytes.insert(0x27, at: 0)
        }
        guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else {
            out += bytes
            return
        }
        out.append(0x22)
        for b in bytes {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    /// A plain (possibly negative) number is data, not a formula.
    static func isNumber(_ bytes: [UInt8]) -> Bool {
        let digits = bytes.first == 0x2D ? bytes.dropFirst() : bytes[...]
        return !digits.isEmpty && digits.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
    }

    /// Parses CSV as written above (for tests and for reading a scan back): rows of fields.
    public static func parse(_ bytes: [UInt8]) -> [[String]] {
        var input = bytes[...]
        if input.starts(with: byteOrderMark) { input = input.dropFirst(3) }
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = input.startIndex
        while i < input.endIndex {
            let b = input[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < input.endIndex && input[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == 0x22 {
                quoted = true
            } else if b == 0x2C {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if b == 0x0D && i + 1 < input.endIndex && input[i + 1] == 0x0A {
                row.append(String(decoding: field, as: UTF8.self))
                field = []
                rows.append(row)
                row = []
                i += 1
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(decoding: field, as: UTF8.self))
            rows.append(row)
        }
        return rows
    }
}
