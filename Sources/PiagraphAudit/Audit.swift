import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// What a rule is, as data: the id never changes once published. Its name, rationale, example
/// and what it reads are the catalogue's (RuleKey), in both languages; the properties without a
/// language are the English ones.
public struct RuleDescription: Sendable, Hashable {
    public let key: RuleKey
    public var id: String { key.rawValue }
    public let severity: Severity
    /// Whole documents, in the converted text's form (tab-separated cells), that trigger the rule:
    /// one, or one per document for a rule across documents. docs/check.md shows them and the
    /// tests read them, with the findings they give.
    public let samples: [String]
    /// The forms whose documents can state what the rule checks; on a document of another
    /// form it does not run (a 基礎 document declares no link, so none is missing).
    public let forms: Set<FormKind>

    public init(key: RuleKey, severity: Severity, samples: [String], forms: Set<FormKind> = Set(FormKind.allCases)) {
        self.key = key
        self.severity = severity
        self.samples = samples
        self.forms = forms
    }

    public func text(_ language: Language) -> RuleKey.Text { key.text(language) }
    public var name: String { text(.en).name }
    public var rationale: String { text(.en).rationale }
    /// A short example of what triggers it, for the documentation.
    public var example: String { text(.en).example }
    /// What the rule reads from a document, in words (the rule list, docs/check.md).
    public var needs: String { text(.en).needs }

    /// Whether the rule applies to a document of this form (an unknown form: every rule).
    public func applies(to form: FormKind?) -> Bool { form.map(forms.contains) ?? true }
}

/// One finding: a value, never printed by the library. It cites every line it rests on.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var severity: Severity
    /// The sentence, from the catalogue.
    public var text: FindingText
    /// The sentence in English: what fingerprints are taken from, whatever the language shown.
    public var message: String { text.english }
    /// Source lines the finding rests on, the primary one first.
    public var lines: [Int]
    /// Graph nodes and edges it concerns (for `render --findings`).
    public var nodes: [String]
    public var edges: [String]
    /// For a finding across documents: the file of each line (same count as `lines`).
    /// Empty when every line is in the file being checked.
    public var paths: [String]

    public init(
        ruleID: String, severity: Severity, text: FindingText, lines: [Int], nodes: [String] = [], edges: [String] = [],
        paths: [String] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.text = text
        if paths.count == lines.count && !paths.isEmpty {
            var pairs: [(String, Int)] = []
            for pair in zip(paths, lines) where !pairs.contains(where: { $0 == pair }) { pairs.append(pair) }
            self.paths = pairs.map(\.0)
            self.lines = pairs.map(\.1)
        } else {
            let unique = lines.uniqued()
            self.lines = unique
            self.paths = []
        }
        self.nodes = nodes
        self.edges = edges
    }

    public var line: Int? { lines.first }

    public func message(_ language: Language) -> String { text.text(language) }
}

/// What every rule reads: the facts, the graph built from them, and reachability.
public struct AuditContext: Sendable {
    public let assessment: Assessment
    public let graph: ArchitectureGraph
    public let walker: GraphWalker

    /// The context of one document; `graph` is the one the caller already built from it, if any.
    public init(_ assessment: Assessment, graph: ArchitectureGraph? = nil) {
        self.assessment = assessment
        self.graph = graph ?? GraphBuilder.build(assessment)
        self.walker = GraphWalker(self.graph)
    }

    public func node(_ id: String) -> GraphNode? { graph.node(id) }

    /// Lines where a node is named.
    public func lines(of id: String) -> [Int] { node(id)?.evidence.map(\.line) ?? [] }
}

/// One audit rule: a small type described by data, with its check.
public protocol AuditRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: AuditContext) -> [Finding]
}

extension AuditRule {
    /// A finding of this rule, at its severity.
    func finding(_ text: FindingText, lines: [Int], nodes: [String] = [], edges: [String] = []) -> Finding {
        Finding(
            ruleID: Self.description.id, severity: Self.description.severity, text: text, lines: lines,
            nodes: nodes, edges: edges)
    }
}

public enum Auditor {
    /// Runs every enabled rule, in registry order; findings sorted by line, then rule.
    /// `graph`: the document's graph when the caller built it already (it is built once).
    public static func run(_ assessment: Assessment, graph: ArchitectureGraph? = nil, disabled: Set<String> = []) -> [Finding] {
        run(AuditContext(assessment, graph: graph), disabled: disabled)
    }

    /// Runs every enabled rule on a context already built (its graph and walker).
    public static func run(_ context: AuditContext, disabled: Set<String> = []) -> [Finding] {
        var findings: [Finding] = []
        for rule in allRules where !disabled.contains(rule.description.id) && rule.description.applies(to: context.assessment.form) {
            findings += rule.init().check(context)
        }
        return findings.enumerated().sorted { a, b in
            let la = a.element.line ?? 0
            let lb = b.element.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }

    public static func rule(_ id: String) -> (any AuditRule.Type)? { allRules.first { $0.description.id == id } }
}
