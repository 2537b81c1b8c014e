import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphKit

struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every simple path between two nodes, or what a node can reach.",
        discussion: "Declared links go both ways; flows (入手, 提供, 移転, 委託, 再委託) one way. Nodes are named by their label or id.")

    @Argument(help: "The assessment: a PDF or a text file.")
    var file: String

    @OptionGroup var input: InputOptions

    @Option(help: "Start node.")
    var from: String?

    @Option(help: "End node (with --from).")
    var to: String?

    @Option(help: "List every node this one can reach.")
    var reach: String?

    @Option(help: "At most this many paths.")
    var limit: Int = 1000

    func validate() throws {
        if reach == nil && (from == nil || to == nil) { throw ValidationError("Give --from and --to, or --reach.") }
        if reach != nil && (from != nil || to != nil) { throw ValidationError("--reach cannot be combined with --from/--to.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let document = try Loader.open(file, input)
        let graph = document.graph
        let walker = document.context.walker
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        func resolve(_ term: String) throws -> String {
            let ids = Terms.nodes(matching: term, in: graph)
            if ids.count == 1 { return ids[0] }
            if ids.isEmpty {
                let suggestions = Terms.closest(to: term, among: graph.nodes.map(\.label))
                throw CLIError(message: "\(file): no node named '\(term)'; closest: " + suggestions.joined(separator: ", "))
            }
            throw CLIError(
                message: "\(file): '\(term)' names several nodes: " + ids.map { "\(byID[$0]!.label) (\($0))" }.joined(separator: ", "))
        }
        func label(_ id: String) -> String { TerminalText.escape(byID[id]?.label.replacingOccurrences(of: "\n", with: " ") ?? id) }
        func step(_ edge: GraphEdge, to next: String) -> String {
            let lines = edge.evidence.map(\.line).uniqued().map(String.init).joined(separator: ",")
            return " -[\(edge.kind.title) l.\(lines)]-> \(label(next))"
        }
        var out: [String] = []
        if let reach {
            let start = try resolve(reach)
            let reached = walker.reach(from: start)
            out.append("\(label(start)) reaches \(reached.count) node(s):")
            for (node, path) in reached {
                var text = "  " + label(node) + "  via " + label(start)
                var current = start
                for edge in path {
                    current = edge.from == current ? edge.to : edge.from
                    text += step(edge, to: current)
                }
                out.append(text)
            }
        } else if let from, let to {
            let a = try resolve(from)
            let b = try resolve(to)
            let (paths, truncated) = walker.simplePaths(from: a, to: b, limit: limit)
            out.append(
                "\(paths.count) simple path(s) from \(label(a)) to \(label(b))" + (truncated ? " (stopped at --limit \(limit))" : ""))
            for path in paths {
                var text = "  " + label(a)
                var current = a
                for edge in path {
                    current = edge.from == current ? edge.to : edge.from
                    text += step(edge, to: current)
                }
                out.append(text)
            }
        }
        FileHandle.standardOutput.write(Data((out.joined(separator: "\n") + "\n").utf8))
    }
}
