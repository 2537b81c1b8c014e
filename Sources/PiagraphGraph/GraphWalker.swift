/// Reachability over the resolved graph: declared links go both ways, flows one way.
public struct GraphWalker: Sendable {
    public let graph: ArchitectureGraph
    private var adjacency: [String: [(edge: GraphEdge, next: String)]] = [:]

    public init(_ graph: ArchitectureGraph) {
        self.graph = graph
        for edge in graph.edges {
            adjacency[edge.from, default: []].append((edge, edge.to))
            if !edge.kind.isDirected { adjacency[edge.to, default: []].append((edge, edge.from)) }
        }
    }

    public func neighbours(of id: String) -> [(edge: GraphEdge, next: String)] { adjacency[id] ?? [] }

    /// Every node reachable from `start`, with the edge path to it (breadth first, so the
    /// path is a shortest one), in a deterministic order.
    public func reach(from start: String) -> [(node: String, path: [GraphEdge])] {
        var seen: Set<String> = [start]
        var queue: [(String, [GraphEdge])] = [(start, [])]
        var result: [(node: String, path: [GraphEdge])] = []
        var head = 0
        while head < queue.count {
            let (id, path) = queue[head]
            head += 1
            for (edge, next) in neighbours(of: id) where !seen.contains(next) {
                seen.insert(next)
                let extended = path + [edge]
                result.append((next, extended))
                queue.append((next, extended))
            }
        }
        return result
    }

    /// Every simple path from `from` to `to`, shortest first, at most `limit` of them.
    public func simplePaths(from: String, to: String, limit: Int = 1000) -> (paths: [[GraphEdge]], truncated: Bool) {
        var paths: [[GraphEdge]] = []
        var truncated = false
        var onPath: Set<String> = [from]
        var current: [GraphEdge] = []
        func visit(_ id: String) {
            if truncated { return }
            if id == to {
                if paths.count >= limit {
                    truncated = true
                    return
                }
                paths.append(current)
                return
            }
            for (edge, next) in neighbours(of: id) where !onPath.contains(next) {
                onPath.insert(next)
                current.append(edge)
                visit(next)
                current.removeLast()
                onPath.remove(next)
                if truncated { return }
            }
        }
        visit(from)
        paths.sort { $0.count != $1.count ? $0.count < $1.count : $0.map(\.id).lexicographicallyPrecedes($1.map(\.id)) }
        return (paths, truncated)
    }
}
