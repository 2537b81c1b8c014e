import PiagraphMessages
import PiagraphModel

/// What changed between two versions of an assessment: nodes, edges, links, flows, methods,
/// contractors, each with the lines in the old and the new text.
public struct GraphDiff: Sendable {
    public enum Mark: String, Sendable { case added, removed }

    /// Both versions on one map: what only the old has is removed, only the new added.
    public var graph: ArchitectureGraph
    public var nodes: [String: Mark]
    public var edges: [String: Mark]
    /// One line per change, for people.
    public var changes: [ChangeLine]
    /// Those lines in English.
    public var report: [String] { report(.en) }
    public func report(_ language: Language) -> [String] { changes.map { $0.text(language) } }

    public static func compare(old: Assessment, new: Assessment) -> GraphDiff {
        compare(old: old, GraphBuilder.build(old), new: new, GraphBuilder.build(new))
    }

    /// The two versions with the graphs their readers built.
    public static func compare(old: Assessment, _ oldGraph: ArchitectureGraph, new: Assessment, _ newGraph: ArchitectureGraph) -> GraphDiff
    {
        let merged = GraphMerger.merge([.init(name: "old", graph: oldGraph), .init(name: "new", graph: newGraph)])
        var nodes: [String: Mark] = [:]
        var edges: [String: Mark] = [:]
        var report: [ChangeLine] = []
        func lines(_ evidence: [Evidence], _ side: String) -> String {
            var seen: [Int] = []
            for e in evidence where e.note.hasPrefix("[\(side)]") && !seen.contains(e.line) { seen.append(e.line) }
            return seen.map(String.init).joined(separator: ",")
        }
        let label = Dictionary(uniqueKeysWithValues: merged.graph.nodes.map { ($0.id, $0.label.replacingOccurrences(of: "\n", with: " ")) })
        for n in merged.graph.nodes where n.sources.count == 1 {
            let mark: Mark = n.sources == ["old"] ? .removed : .added
            nodes[n.id] = mark
            let side = mark == .removed ? "old" : "new"
            report.append(.node(added: mark == .added, kind: n.kind.title, label: label[n.id]!, lines: lines(n.evidence, side)))
        }
        for e in merged.graph.edges where e.sources.count == 1 {
            let mark: Mark = e.sources == ["old"] ? .removed : .added
            edges[e.id] = mark
            let side = mark == .removed ? "old" : "new"
            report.append(
                .edge(
                    added: mark == .added, kind: e.kind.title, from: label[e.from]!, directed: e.kind.isDirected, to: label[e.to]!,
                    label: e.label, lines: lines(e.evidence, side)))
        }
        // Marks that changed on systems present in both versions.
        for newSystem in new.systems {
            guard let name = newSystem.name,
                let oldSystem = old.systems.first(where: { $0.name.map(NameTable.key) == NameTable.key(name) })
            else { continue }
            if oldSystem.name != name {
                report.append(.renamed(old: oldSystem.name!, new: name, oldLine: oldSystem.line, newLine: newSystem.line))
            }
            for (a, b) in zip(oldSystem.connections, newSystem.connections) where a.checked != b.checked || a.detail != b.detail {
                func mark(_ c: Connection) -> String {
                    (c.checked == true ? "[x]" : c.checked == false ? "[ ]" : "[?]") + (c.detail.map { " (\($0))" } ?? "")
                }
                report.append(
                    .linkMark(
                        system: name, category: a.category.rawValue, before: mark(a), after: mark(b), oldLine: a.line, newLine: b.line))
            }
        }
        // Contractors and subcontracting of the same 委託事項.
        let oldEntrusted = old.entrustments
        for e in new.entrustments {
            guard let before = oldEntrusted.first(where: { $0.no == e.no }) else { continue }
            if before.contractor?.value != e.contractor?.value {
                report.append(
                    .contractor(
                        entrustment: "委託事項\(e.no) \(e.item ?? "")", before: before.contractor?.value ?? "—",
                        after: e.contractor?.value ?? "—",
                        oldLine: before.contractor?.line ?? before.line, newLine: e.contractor?.line ?? e.line))
            }
            if before.subcontract != e.subcontract {
                func text(_ b: Bool?) -> String { b == true ? "再委託する" : b == false ? "再委託しない" : "不明" }
                report.append(
                    .subcontract(
                        entrustment: "委託事項\(e.no)", before: text(before.subcontract), after: text(e.subcontract),
                        oldLine: before.subcontractLine ?? before.line, newLine: e.subcontractLine ?? e.line))
            }
        }
        // Methods of the same 提供先/移転先.
        func outflows(_ a: Assessment) -> [(String, Outflow)] {
            a.provisions.map { (NumberedBlock.provision.rawValue, $0) } + a.transfers.map { (NumberedBlock.transfer.rawValue, $0) }
        }
        // A block whose recipient is unknown is no block of the other version's.
        for (kind, o) in outflows(new) where o.recipient != nil {
            guard let (_, before) = outflows(old).first(where: { $0.0 == kind && $0.1.recipient == o.recipient }) else { continue }
            let a = before.methods.map(\.name)
            let b = o.methods.map(\.name)
            if a != b {
                report.append(
                    .methods(
                        block: "\(kind) \(o.recipient ?? "")", before: a, after: b, oldLine: before.methodsLine ?? before.line,
                        newLine: o.methodsLine ?? o.line))
            }
        }
        var graph = merged.graph
        for i in graph.nodes.indices { graph.nodes[i].sources = [] }
        for i in graph.edges.indices { graph.edges[i].sources = [] }
        graph.title = "差分: \(old.header.title?.value ?? old.source.path) → \(new.header.published?.value ?? new.source.path)"
        return GraphDiff(graph: graph, nodes: nodes, edges: edges, changes: report)
    }
}
