import PiagraphGraph

/// `piagraph render --format json`: the graph itself, for other tools.
public enum GraphJSON {
    public static let schema = "piagraph.graph/1"

    public static func value(_ g: ArchitectureGraph, highlight: Highlight? = nil) -> JSON {
        func evidence(_ e: [Evidence]) -> JSON {
            .array(e.map { .object([("text", .string($0.text)), ("line", .int($0.line)), ("note", .string($0.note))]) })
        }
        var members: [(String, JSON)] = [
            ("schema", .string(schema)),
            ("source", .string(g.source)),
            ("title", .string(g.title)),
            ("holder", .string(g.holder)),
            ("holderRule", .string(g.holderRule)),
            ("fileHolders", .array(g.fileHolders.map(JSON.string))),
            (
                "nodes",
                .array(
                    g.nodes.map { n in
                        .object([
                            ("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind.rawValue)),
                            ("cluster", .optional(n.cluster?.rawValue)), ("roles", .array(n.roles.map { .string($0.rawValue) })),
                            ("handlesFile", .bool(n.handlesFile)), ("evidence", evidence(n.evidence)),
                            ("sources", .array(n.sources.map(JSON.string))),
                        ])
                    })
            ),
            (
                "edges",
                .array(
                    g.edges.map { e in
                        .object([
                            ("id", .string(e.id)), ("from", .string(e.from)), ("to", .string(e.to)), ("kind", .string(e.kind.rawValue)),
                            ("directed", .bool(e.kind.isDirected)), ("label", .optional(e.label)),
                            ("channels", .array(e.channels.map(JSON.string))), ("certain", .bool(e.certain)),
                            ("evidence", evidence(e.evidence)), ("declaredBy", .array(e.declaredBy.map(JSON.string))),
                            ("sources", .array(e.sources.map(JSON.string))), ("recoveredFrom", .optional(e.recoveredFrom)),
                        ])
                    })
            ),
            (
                "merges",
                .array(
                    g.merges.map { m in
                        .object([("node", .string(m.node)), ("rule", .string(m.rule)), ("names", evidence(m.names))])
                    })
            ),
        ]
        if let h = highlight {
            members.append(
                (
                    "highlight",
                    .object([
                        ("term", .string(h.term)),
                        ("nodes", .object(h.nodes.keys.sorted().map { ($0, .string(h.nodes[$0]!.rawValue)) })),
                        ("edges", .object(h.edges.keys.sorted().map { ($0, .string(h.edges[$0]!.rawValue)) })),
                        ("report", .array(h.report.map(JSON.string))),
                    ])
                ))
        }
        return .object(members)
    }
}
