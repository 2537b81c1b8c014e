/// One map of a body from several assessments: the same system named in several documents
/// becomes one node (through the same name resolution), and every node and edge lists the
/// assessments that state it.
public enum GraphMerger {
    public struct Part: Sendable {
        public var name: String
        public var graph: ArchitectureGraph
        public init(name: String, graph: ArchitectureGraph) {
            self.name = name
            self.graph = graph
        }
    }

    public struct Result: Sendable {
        public var graph: ArchitectureGraph
        /// For each part, its node ids → the merged node ids.
        public var mapping: [[String: String]]
    }

    /// Kinds that name a system; they merge with each other by resolved name.
    static let systemKinds: Set<NodeKind> = [.system, .referencedSystem, .category, .nationalNetwork, .systemGroup]

    /// When names merge, the most informative kind wins.
    static let rank: [NodeKind: Int] = [.system: 5, .nationalNetwork: 4, .category: 3, .referencedSystem: 2, .systemGroup: 1]

    static func key(_ node: GraphNode, part: Int, graph: ArchitectureGraph, mapping: [String: String]) -> String {
        if node.unnamed { return "part\(part):" + node.id }
        switch node.kind {
        case _ where systemKinds.contains(node.kind): return "sys:" + NameTable.key(node.label)
        case .unnamedSystem, .fileHolder: return "part\(part):" + node.id
        case .person: return "person"
        case .subcontractor:
            // The unnamed subcontractors of one contractor are one party across documents.
            let contractor = graph.edges.first { $0.kind == .subcontract && $0.to == node.id }?.from
            return "u:" + (contractor.flatMap { mapping[$0] } ?? node.id + "@\(part)")
        default: return node.kind.rawValue + ":" + NameTable.key(node.label)
        }
    }

    public static func merge(_ parts: [Part]) -> Result {
        var nodes: [GraphNode] = []
        var index: [String: Int] = [:]
        var mapping: [[String: String]] = []
        var merges: [Merge] = []
        for (p, part) in parts.enumerated() {
            var map: [String: String] = [:]
            for node in part.graph.nodes {
                let tagged = node.evidence.map { Evidence(text: $0.text, line: $0.line, about: .document(part.name, $0.about)) }
                let k = key(node, part: p, graph: part.graph, mapping: map)
                if let i = index[k] {
                    if (rank[node.kind] ?? 0) > (rank[nodes[i].kind] ?? 0) {
                        nodes[i].kind = node.kind
                        nodes[i].label = node.label
                        nodes[i].cluster = node.cluster
                    }
                    nodes[i].evidence += tagged
                    for role in node.roles { nodes[i].roles.appendIfAbsent(role) }
                    nodes[i].handlesFile = nodes[i].handlesFile || node.handlesFile
                    nodes[i].sources.appendIfAbsent(part.name)
                    map[node.id] = nodes[i].id
                } else {
                    var copy = node
                    copy.id = "n\(nodes.count + 1)"
                    copy.evidence = tagged
                    copy.sources = [part.name]
                    index[k] = nodes.count
                    nodes.append(copy)
                    map[node.id] = copy.id
                }
            }
            mapping.append(map)
        }
        // Names that came together from different documents, spelled differently or not.
        for node in nodes where node.sources.count > 1 {
            merges.append(Merge(node: node.id, names: node.evidence, rule: "same system in \(node.sources.joined(separator: ", "))"))
        }

        var edges: [GraphEdge] = []
        for (p, part) in parts.enumerated() {
            let map = mapping[p]
            for edge in part.graph.edges {
                guard let from = map[edge.from], let to = map[edge.to], from != to else { continue }
                let tagged = edge.evidence.map { Evidence(text: $0.text, line: $0.line, about: .document(part.name, $0.about)) }
                let declaredBy = edge.declaredBy.compactMap { map[$0] }
                if let i = edges.firstIndex(where: { e in
                    e.kind == edge.kind && (e.kind.isDirected ? (e.from == from && e.to == to) : Set([e.from, e.to]) == Set([from, to]))

                }) {
                    edges[i].evidence += tagged
                    edges[i].certain = edges[i].certain || edge.certain
                    if edges[i].certain { edges[i].label = edges[i].label == "?" ? nil : edges[i].label }
                    for d in declaredBy { edges[i].declaredBy.appendIfAbsent(d) }
                    edges[i].sources.appendIfAbsent(part.name)
                } else {
                    var copy = edge
                    copy.id = "e\(edges.count + 1)"
                    copy.from = from
                    copy.to = to
                    copy.evidence = tagged
                    copy.declaredBy = declaredBy
                    copy.sources = [part.name]
                    edges.append(copy)
                }
            }
        }
        let first = parts.first
        let holder = first.flatMap { mapping[0][$0.graph.holder] } ?? ""
        let title = "統合マップ: " + parts.map(\.name).joined(separator: " + ")
        var graph = ArchitectureGraph(
            title: title, source: parts.map(\.graph.source).joined(separator: ", "), nodes: nodes,
            edges: edges, holder: holder,
            holderRule: "merged map: the first document's file system; each document's own is marked",
            merges: merges)
        for (p, part) in parts.enumerated() {
            if let id = mapping[p][part.graph.holder], !graph.fileHolders.contains(id) { graph.fileHolders.append(id) }
        }
        return Result(graph: graph, mapping: mapping)
    }
}
