import PiagraphAudit
import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// Several assessments of one body read together (`--merge`): one map of the body and the
/// findings across its documents. Each document's graph is the one the document built.
public struct Body {
    /// At most this many documents make one map: a body publishes a few dozen assessments; more
    /// is a mistake (a whole directory tree), and the map would not be readable.
    public static let maxDocuments = 200

    public let documents: [Document]
    public let context: MergeContext

    /// Documents of different bodies (評価実施機関名) are refused unless `force`.
    public init(_ documents: [Document], force: Bool = false) throws(Document.Failure) {
        let context = MergeContext(documents.map { (path: $0.path, context: $0.context) })
        let bodies = context.bodies
        if Set(bodies).count > 1 && !force {
            throw Document.Failure(.differentBodies(bodies.uniqued()))
        }
        self.documents = documents
        self.context = context
    }

    /// The merged map.
    public var graph: ArchitectureGraph { context.merged }

    /// The cross-document findings, rules of `disabled` left out.
    public func findings(disabled: Set<String> = []) -> [Finding] { Auditor.runMerged(context, disabled: disabled) }
}
