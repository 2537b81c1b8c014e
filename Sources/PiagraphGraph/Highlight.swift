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
    public var report: [String]

    public init(term: String, nodes: [String: NodeMark], edges: [String: EdgeMark], report: [String]) {
        self.term = term
        self.nodes = nodes
        self.edges = edges
        self.report = report
    }
}

public enum HighlightError: Error, Equatable, CustomStringConvertible {
    case unknownTerm(String, suggestions: [String])
    public var description: String {
        switch self {
        case .unknownTerm(let term, let suggestions):
            return "'\(term)' is neither a recorded item, a (別添1) item, a system nor a party of this document"
                + (suggestions.isEmpty ? "" : "; closest known terms: " + suggestions.joined(separator: ", "))
        }
    }
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

    static func describe(_ node: GraphNode) -> String {
        let lines = node.evidence.map(\.line).uniqued()
        return "\(node.label.replacingOccurrences(of: "\n", with: " ")) (line \(lines.map(String.init).joined(separator: ", ")))"
    }

    static func describe(_ edge: GraphEdge) -> String {
        edge.evidence.map { "\($0.note), line \($0.line)" }.joined(separator: "; ")
    }

    static func item(_ term: String, recorded: RecordedItem?, listed: AppendixItem?, graph: ArchitectureGraph) -> Highlight {
        var h = Highlight(term: term, nodes: [:], edges: [:], report: [])
        let isMyNumber = NameTable.key(term) == NameTable.key(myNumber)
        let name = recorded.map { $0.name == "その他" ? ($0.detail ?? term) : $0.name } ?? term
        let certainty: Bool?
        if listed != nil || recorded?.checked == true {
            certainty = true
        } else {
            certainty = recorded?.checked
        }
        var basis: [String] = []
        if let r = recorded {
            basis.append("II-2 主な記録項目 line \(r.line): " + (r.checked == true ? "[x]" : r.checked == false ? "[ ]" : "[?] unreadable"))
        }
        if let l = listed { basis.append("(別添1) line \(l.line)") }
        guard certainty != false else {
            h.report.append("The file does not record \(name) (\(basis.joined(separator: "; "))): nothing to follow.")
            return h
        }
        h.report.append(
            "\(name): " + (certainty == true ? "recorded in the file" : "maybe recorded (its mark was lost)")
                + " — " + basis.joined(separator: "; "))
        let hold: Highlight.NodeMark = certainty == true ? .holds : .mayHold
        let holders = graph.nodes.filter(\.handlesFile)
        for node in holders {
            let codeOnly = isMyNumber && NameTable.isIntermediateServer(node.label)
            h.nodes[node.id] = codeOnly ? .receivesCode : hold
        }
        h.report.append("Held by the file's systems (I-2): " + holders.map { describe($0) }.joined(separator: "; "))
        if isMyNumber {
            let coded = holders.filter { h.nodes[$0.id] == .receivesCode }
            if !coded.isEmpty {
                h.report.append(
                    "Keyed by 個人番号対応符号, not the 個人番号: " + coded.map { describe($0) }.joined(separator: "; ")
                        + " — exchange over 情報提供ネットワークシステム uses the code")
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

        mutating func mark(_ edge: GraphEdge, _ m: Highlight.EdgeMark, receiver: String, _ nodeMark: Highlight.NodeMark, _ why: String) {
            h.edges[edge.id] = m
            if h.nodes[receiver] == nil || h.nodes[receiver] == .mayReceive { h.nodes[receiver] = nodeMark }
            let from = byID[edge.from].map(Highlighter.describe) ?? edge.from
            let to = byID[edge.to].map(Highlighter.describe) ?? edge.to
            let arrow = edge.kind.isDirected ? "→" : "—"
            h.report.append("  \(from) \(arrow) \(to): \(edge.kind.title), \(why) [\(Highlighter.describe(edge))]")
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
                let from = byID[a].map(Highlighter.describe) ?? a
                h.report.append("  \(from) → the file: 入手, supplies the file's data [\(Highlighter.describe(edge))]")
                return true
            case .link:
                return stepLink(edge)
            case .entrustment, .subcontract:
                guard aCarries else { return false }
                mark(
                    edge, edge.certain ? .carries : .mayCarry, receiver: b, edge.certain ? .receives : .mayReceive,
                    edge.kind == .entrustment ? "contractors handle the whole file" : "subcontractors the document does not name")
            case .transfer:
                guard aCarries else { return false }
                mark(edge, edge.certain ? .carries : .mayCarry, receiver: b, .receives, "移転先 receive the file's data")
            case .provision:
                guard aCarries else { return false }
                if isMyNumber, edge.channels == [LinkCategory.network.rawValue] {
                    mark(edge, .keyedByCode, receiver: b, .receivesCode, "over 情報提供ネットワークシステム, keyed by 個人番号対応符号")
                } else {
                    mark(edge, .mayCarry, receiver: b, .mayReceive, "③提供する情報 says what is provided; the item is not named there")
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
                    mark(edge, .keyedByCode, receiver: other, .receivesCode, "exchange keyed by 個人番号対応符号, not the 個人番号")
                    return true
                }
            }
            guard let inside = [a, b].first(where: holds) else { return false }
            let other = inside == a ? b : a
            if isMyNumber, isNetwork(other) {
                mark(edge, .keyedByCode, receiver: other, .receivesCode, "exchange keyed by 個人番号対応符号, not the 個人番号")
            } else if isMyNumber, h.nodes[inside] == .receivesCode || h.nodes[other] == .receivesCode {
                mark(edge, .keyedByCode, receiver: other, h.nodes[other] ?? .receivesCode, "the 中間サーバー side is keyed by 個人番号対応符号")
            } else if holds(other) {
                mark(
                    edge, edge.certain ? .carries : .mayCarry, receiver: other, h.nodes[other]!,
                    "both systems handle the file" + (edge.certain ? "" : " (the link's mark is unreadable)"))
            } else {
                mark(edge, .mayCarry, receiver: other, .mayReceive, "a declared link; the document does not say what crosses it")
            }
            return true
        }
    }

    static func node(_ term: String, ids: [String], graph: ArchitectureGraph) -> Highlight {
        var h = Highlight(term: term, nodes: [:], edges: [:], report: [])
        let walker = GraphWalker(graph)
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        for id in ids {
            h.nodes[id] = .match
            if let node = byID[id] {
                h.report.append("\(describe(node)): " + node.evidence.map { "\($0.note) (line \($0.line))" }.joined(separator: "; "))
            }
            for edge in graph.edges where edge.from == id || edge.to == id { h.edges[edge.id] = .carries }
            guard id != graph.holder else { continue }
            let (paths, truncated) = walker.simplePaths(from: graph.holder, to: id, limit: 50)
            for path in paths {
                for edge in path where h.edges[edge.id] == nil { h.edges[edge.id] = .onPath }
                let steps = path.map { e in "\(byID[e.to]?.label ?? e.to) [\(e.kind.title), line \(e.evidence.first?.line ?? 0)]" }
                h.report.append("  path: \(byID[graph.holder]?.label ?? graph.holder) → " + steps.joined(separator: " → "))
            }
            if truncated { h.report.append("  (more than 50 paths; the first 50 are shown)") }
        }
        return h
    }
}
