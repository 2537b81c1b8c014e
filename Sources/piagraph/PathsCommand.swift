import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphMessages

struct Paths: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.pathsAbstract.text(language),
        discussion: HelpText.pathsDiscussion.text(language))

    @Argument(help: help(.pathsFile))
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: help(.pathsFrom))
    var from: String?

    @Option(help: help(.pathsTo))
    var to: String?

    @Option(help: help(.pathsReach))
    var reach: String?

    @Option(help: help(.pathsLimit))
    var limit: Int = 1000

    func validate() throws {
        if reach == nil && (from == nil || to == nil) { throw usage(.giveFromTo) }
        if reach != nil && (from != nil || to != nil) { throw usage(.reachAlone) }
        if limit < 1 { throw usage(.limitMinimum) }
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
                throw CLIError(.noNode(path: file, term: term, closest: suggestions))
            }
            throw CLIError(.notice(.severalNodes(path: file, term: term, nodes: ids.map { "\(byID[$0]!.label) (\($0))" })))
        }
        func label(_ id: String) -> String { TerminalText.escape(byID[id]?.label.replacingOccurrences(of: "\n", with: " ") ?? id) }
        func step(_ edge: GraphEdge, to next: String) -> String {
            let lines = edge.evidence.map(\.line).uniqued().map(String.init).joined(separator: ",")
            return NoticeText.step(kind: edge.kind.title, lines: lines).text(language) + label(next)
        }
        var out: [String] = []
        if let reach {
            let start = try resolve(reach)
            let reached = walker.reach(from: start)
            out.append(NoticeText.reaches(node: label(start), count: reached.count).text(language))
            for (node, path) in reached {
                var text = "  " + label(node) + "  " + NoticeText.via.text(language) + " " + label(start)
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
                NoticeText.paths(count: paths.count, from: label(a), to: label(b), limit: truncated ? limit : nil).text(language))
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
