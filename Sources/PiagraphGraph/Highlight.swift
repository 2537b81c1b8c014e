import PiagraphMessages
import PiagraphModel

/// Where one data item, system or party travels in the graph.
public struct Highlight: Sendable, Hashable {
    public enum NodeMark: String, Sendable, Hashable {
        /// The file's systems, when the file records the item.
        case holds
        /// The file may record it: its mark in 主な記録項目 was unreadable.
        case mayHold
        /// Receives the item over an edge that carries it (contractors, 移転先 …).
        case receives
        /// May receive it (a link or method that does not say what crosses it).
        case mayReceive
        /// Receives the exchange keyed by 個人番号対応符号, not the 個人番号 itself.
        case receivesCode
        /// Supplies the file's data (入手元).
        case source
        /// The node the term names.
        case match
    }

    public enum EdgeMark: String, Sendable, Hashable {
        case carries, mayCarry, keyedByCode, bringsIn, onPath
    }

    public var term: String
    public var nodes: [String: NodeMark]
    public var edges: [String: EdgeMark]
    /// What a reviewer reads: each step with its evidence lines, and what could not be said.
    public var trail: [TrailLine]
    /// The trail in English.
    public var report: [String] { report(.en) }
    public func report(_ language: Language) -> [String] { trail.map { $0.text(language) } }

    public init(term: String, nodes: [String: NodeMark], edges: [String: EdgeMark], trail: [TrailLine]) {
        self.term = term
        self.nodes = nodes
        self.edges = edges
        self.trail = trail
    }
}

public enum HighlightError: Error, Equatable, CustomStringConvertible {
    case unknownTerm(String, suggestions: [String])
    public var problem: HighlightProblem {
        switch self {
        case .unknownTerm(let term, let suggestions): return .unknownTerm(term, suggestions: suggestions)
        }
    }
    public var description: String { problem.english }
}

public enum Highlighter {
    public static let myNumber = "個人番号"

    public static func highlight(_ term: String, in graph: ArchitectureGraph, assessment: Assessment) throws(HighlightError) -> Highlight {
        let key = NameTable.key(term)
        let recorded =
            assessment.recordedItems.first { NameTable.key($0.name) == key || ($0.detail.map(NameTable.key) == key) }
            ?? assessment.recordedItems.first { NameTable.key($0.name).hasPrefix(key) && key.count >= 2 && $0.name != "その他" }
        let listed = assessment.appendixItems.first { NameTable.key($0.name) == key }
        if recorded != nil || listed != nil {
            return item(term, recorded: recorded, listed: listed, graph: graph)
        }
        let matches = Terms.nodes(matching: term, in: graph)
        if !matches.isEmpty { return node(term, ids: matches, graph: graph) }
        let known =
            assessment.recordedItems.map(\.name) + assessment.recordedItems.compactMap(\.detail)
            + assessment.appendixItems.map(\.name) + graph.nodes.map(\.label)
        throw .unknownTerm(term, suggestions: Terms.closest(to: term, among: known))
    }

    static func describe(_ node: GraphNode) -> NodeRef {
        NodeRef(node.label.replacingOccurrences(of: "\n", with: " "), lines: node.evidence.map(\.line).uniqued())
    }

    static func describe(_ edge: GraphEdge) -> [Place] { edge.evidence.map { Place($0.about, line: $0.line) } }

    static func item(_ term: String, recorded: RecordedItem?, listed: AppendixItem?, graph: ArchitectureGraph) -> Highlight {
        var h = Highlight(term: term, nodes: [:], edges: [:], trail: [])
        let isMyNumber = NameTable.key(term) == NameTable.key(myNumber)
        let name = recorded.map { $0.name == "その他" ? ($0.detail ?? term) : $0.name } ?? term
        let certainty: Bool?
        if listed != nil || recorded?.checked == true {
            certainty = true
        } else {
            certainty = recorded?.checked
        }
        guard certainty != false else {
            h.trail.append(.notRecorded(name: name, recordedLine: recorded?.line, mark: recorded?.checked, listedLine: listed?.line))
            return h
        }
        h.trail.append(
            .recorded(
                name: name, certain: certainty == true, recordedLine: recorded?.line, mark: recorded?.checked, listedLine: listed?.line))
        let hold: Highlight.NodeMark = certainty == true ? .holds : .mayHold
        let holders = graph.nodes.filter(\.handlesFile)
        for node in holders {
            let codeOnly = isMyNumber && NameTable.isIntermediateServer(node.label)
            h.nodes[node.id] = codeOnly ? .receivesCode : hold
        }
        h.trail.append(.heldBy(holders.map { describe($0) }))
        if isMyNumber {
            let coded = holders.filter { h.nodes[$0.id] == .receivesCode }
            if !coded.isEmpty {
                h.trail.append(.keyedByCode(coded.map { describe($0) }))
            }
        }
        var propagation = Propagation(h: h, graph: graph, isMyNumber: isMyNumber)
        propagation.run()
        return propagation.h
    }

    /// How an item held by the file's systems travels along the graph's edges, until nothing
    /// changes: contractors pass it to subcontractors, links to the systems beside them.
    struct Propagation {
        var h: Highlight
        let graph: ArchitectureGraph
        let isMyNumber: Bool
        let byID: [String: GraphNode]

        init(h: Highlight, graph: ArchitectureGraph, isMyNumber: Bool) {
            self.h = h
            self.graph = graph
            self.isMyNumber = isMyNumber
            byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        }

        func holds(_ id: String) -> Bool { h.nodes[id] == .holds || h.nodes[id] == .mayHold }

        func isNetwork(_ id: String) -> Bool { byID[id]?.kind == .nationalNetwork && byID[id]?.roles.contains(.network) == true }

        mutating func mark(
            _ edge: GraphEdge, _ m: Highlight.EdgeMark, receiver: String, _ nodeMark: Highlight.NodeMark, _ why: TrailReason
        ) {
            h.edges[edge.id] = m
            if h.nodes[receiver] == nil || h.nodes[receiver] == .mayReceive { h.nodes[receiver] = nodeMark }
            h.trail.append(
                .step(
                    from: byID[edge.from].map(Highlighter.describe), fromID: edge.from, directed: edge.kind.isDirected,
                    to: byID[edge.to].map(Highlighter.describe), toID: edge.to, kind: edge.kind.title, why: why,
                    evidence: Highlighter.describe(edge)))
        }

        mutating func run() {
            var changed = true
            var visited: Set<String> = []
            while changed {
                changed = false
                for edge in graph.edges where !visited.contains(edge.id) && step(edge) {
                    visited.insert(edge.id)
                    changed = true
                }
            }
        }

        /// Marks one edge the item crosses; false when it does not (yet) cross it.
        mutating func step(_ edge: GraphEdge) -> Bool {
            let a = edge.from
            let b = edge.to
            let aCarries = holds(a) || h.nodes[a] == .receives
            switch edge.kind {
            case .acquisition:
                guard holds(b) else { return false }
                h.edges[edge.id] = .bringsIn
                if h.nodes[a] == nil { h.nodes[a] = .source }
                h.trail.append(.suppliesFile(from: byID[a].map(Highlighter.describe), fromID: a, evidence: Highlighter.describe(edge)))
                return true
            case .link:
                return stepLink(edge)
            case .entrustment, .subcontract:
                guard aCarries else { return false }
                mark(
                    edge, edge.certain ? .carries : .mayCarry, receiver: b, edge.certain ? .receives : .mayReceive,
                    edge.kind == .entrustment ? .contractorsHandleFile : .subcontractorsUnnamed)
            case .transfer:
                guard aCarries else { return false }
                mark(edge, edge.certain ? .carries : .mayCarry, receiver: b, .receives, .transfereesReceive)
            case .provision:
                guard aCarries else { return false }
                if isMyNumber, edge.channels == [LinkCategory.network.rawValue] {
                    mark(edge, .keyedByCode, receiver: b, .receivesCode, .overNetworkKeyedByCode)
                } else {
                    mark(edge, .mayCarry, receiver: b, .mayReceive, .provisionDoesNotNameItem)
                }
            }
            return true
        }

        /// A declared link (③): both ends handle the file, or one does and the other may receive
        /// it; for 個人番号, the 中間サーバー's side and the national network are keyed by the code.
        mutating func stepLink(_ edge: GraphEdge) -> Bool {
            let a = edge.from
            let b = edge.to
            if isMyNumber, let coded = [a, b].first(where: { h.nodes[$0] == .receivesCode }) {
                // The 中間サーバー's own exchange with the network is keyed by the code.
                let other = coded == a ? b : a
                if isNetwork(other) {
                    mark(edge, .keyedByCode, receiver: other, .receivesCode, .exchangeKeyedByCode)
                    return true
                }
            }
            guard let inside = [a, b].first(where: holds) else { return false }
            let other = inside == a ? b : a
            if isMyNumber, isNetwork(other) {
                mark(edge, .keyedByCode, receiver: other, .receivesCode, .exchangeKeyedByCode)
            } else if isMyNumber, h.nodes[inside] == .receivesCode || h.nodes[other] == .receivesCode {
                mark(edge, .keyedByCode, receiver: other, h.nodes[other] ?? .receivesCode, .intermediateServerSide)
            } else if holds(other) {
                mark(
                    edge, edge.certain ? .carries : .mayCarry, receiver: other, h.nodes[other]!,
                    .bothHandleFile(certain: edge.certain))
            } else {
                mark(edge, .mayCarry, receiver: other, .mayReceive, .declaredLinkUnsaid)
            }
            return true
        }
    }

    static func node(_ term: String, ids: [String], graph: ArchitectureGraph) -> Highlight {
        var h = Highlight(term: term, nodes: [:], edges: [:], trail: [])
        let walker = GraphWalker(graph)
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        for id in ids {
            h.nodes[id] = .match
            if let node = byID[id] {
                h.trail.append(.match(node: describe(node), places: node.evidence.map { Place($0.about, line: $0.line) }))
            }
            for edge in graph.edges where edge.from == id || edge.to == id { h.edges[edge.id] = .carries }
            guard id != graph.holder else { continue }
            let (paths, truncated) = walker.simplePaths(from: graph.holder, to: id, limit: 50)
            for path in paths {
                for edge in path where h.edges[edge.id] == nil { h.edges[edge.id] = .onPath }
                let steps = path.map { e in
                    TrailLine.PathStep(label: byID[e.to]?.label ?? e.to, kind: e.kind.title, line: e.evidence.first?.line ?? 0)
                }
                h.trail.append(.path(from: byID[graph.holder]?.label ?? graph.holder, steps: steps))
            }
            if truncated { h.trail.append(.morePaths(limit: 50)) }
        }
        return h
    }
}
