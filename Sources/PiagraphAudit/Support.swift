import PiagraphGraph
import PiagraphModel

extension AuditContext {
    var provisions: [Outflow] { assessment.provisions }
    var transfers: [Outflow] { assessment.transfers }
    var entrustments: [Entrustment] { assessment.entrustments }
    var acquisitionMethods: [AcquisitionMethod] { assessment.acquisitionMethods }

    /// Declared links (certain) touching a node.
    func links(of id: String) -> [GraphEdge] {
        graph.edges.filter { $0.kind == .link && $0.certain && ($0.from == id || $0.to == id) }
    }

    /// Nodes standing for a link category: role players, or the category's own node.
    func nodes(for category: LinkCategory) -> [GraphNode] {
        graph.nodes.filter { $0.roles.contains(category) && ($0.kind == .system || $0.kind == .category || $0.kind == .nationalNetwork) }
    }

    /// Whether any system declares (for certain) a link to the category.
    func isLinked(_ category: LinkCategory) -> Bool {
        let targets = Set(nodes(for: category).map(\.id))
        return graph.edges.contains { $0.kind == .link && $0.certain && (targets.contains($0.from) || targets.contains($0.to)) }
    }

    var holderIsKnown: Bool { node(graph.holder)?.kind != .fileHolder }

    /// The holder's name; nil when the holder is a placeholder without one.
    var holderName: String? { node(graph.holder)?.label }
}
