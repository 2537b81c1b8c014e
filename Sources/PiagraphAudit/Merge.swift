import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// Several assessments of one body and their merged map.
public struct MergeContext: Sendable {
    public struct Document: Sendable {
        public let path: String
        public let name: String
        public let context: AuditContext
    }

    public let documents: [Document]
    public let merged: ArchitectureGraph
    /// Per document: its node ids → merged ids.
    public let mapping: [[String: String]]

    public init(_ documents: [(path: String, assessment: Assessment)]) {
        self.init(documents.map { (path: $0.path, context: AuditContext($0.assessment)) })
    }

    /// The documents' contexts as their readers built them (each graph built once).
    public init(_ documents: [(path: String, context: AuditContext)]) {
        let docs = documents.map { path, context in
            Document(path: path, name: MergeContext.shortName(context.assessment, path: path), context: context)
        }
        let result = GraphMerger.merge(docs.map { GraphMerger.Part(name: $0.name, graph: $0.context.graph) })
        self.documents = docs
        self.merged = result.graph
        self.mapping = result.mapping
    }

    /// 評価書番号, else the file name: how a document is named on the merged map.
    public static func shortName(_ a: Assessment, path: String) -> String {
        a.header.number?.value ?? String(path.split(separator: "/").last ?? Substring(path))
    }

    /// The body each document belongs to (評価実施機関名), in input order.
    public var bodies: [String] { documents.map { $0.context.assessment.header.organization?.value ?? "?" } }
}

/// A rule across documents: one small type with an id, a severity and a rationale.
public protocol MergeAuditRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: MergeContext) -> [Finding]
}

extension MergeAuditRule {
    func finding(_ text: FindingText, citations: [(path: String, line: Int)], nodes: [String] = []) -> Finding {
        Finding(
            ruleID: Self.description.id, severity: Self.description.severity, text: text,
            lines: citations.map(\.line), nodes: nodes, paths: citations.map(\.path))
    }
}

extension Auditor {
    /// The cross-document rules over a merged map.
    public static func runMerged(_ context: MergeContext, disabled: Set<String> = []) -> [Finding] {
        allMergeRules.filter { !disabled.contains($0.description.id) }.flatMap { $0.init().check(context) }
    }
}
