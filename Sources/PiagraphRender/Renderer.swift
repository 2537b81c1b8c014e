import Foundation
import PiagraphGraph
import PiagraphMessages

public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot, json

    /// The format an output file's extension names, if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "json": self = .json
        default: return nil
        }
    }
}

/// How a graph will be laid out, and why, when a limit applies.
public struct LayoutPlan: Sendable, Equatable {
    public var engine: String
    /// Extra graph attributes that bound the layout's work.
    public var attributes: [String]
    public var notes: [DiagramText]
    /// The notes in English, one line.
    public var note: String? { note(.en) }
    public func note(_ language: Language) -> String? {
        notes.isEmpty ? nil : notes.map { $0.text(language) }.joined(separator: pick(language))
    }
    private func pick(_ language: Language) -> String { language == .ja ? "。" : "; " }
}

public enum RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    case tooLarge(nodes: Int, edges: Int)
    case graphviz(GraphvizError)
    public var description: String { text(.en) }
    /// The error as the catalogue says it.
    public var error: ErrorText {
        switch self {
        case .tooLarge(let n, let e):
            return .layout(.tooLarge(nodes: n, edges: e, maxNodes: Renderer.maxNodes, maxEdges: Renderer.maxEdges))
        case .graphviz(let error): return error.text
        }
    }
    public func text(_ language: Language) -> String {
        switch self {
        case .tooLarge(let n, let e):
            return DiagramText.tooLarge(nodes: n, edges: e, maxNodes: Renderer.maxNodes, maxEdges: Renderer.maxEdges).text(language)
        case .graphviz(let error): return error.text.text(language)
        }
    }
}

/// Chooses the layout and renders through Graphviz.
public enum Renderer {
    /// Up to this size `dot` lays out in well under a second; beyond it dot's crossing
    /// minimisation can take minutes on dense graphs, so `sfdp` takes over.
    public static let dotNodeLimit = 150
    public static let dotEdgeLimit = 400
    /// From this size on, dot's iterations are capped (nslimit, mclimit, searchsize).
    public static let boundedNodeLimit = 60
    /// Edges per node from which a graph is dense (a clique of systems each linked to all the
    /// others: the form's 20 systems make 190 links): edges are drawn straight, dot's iterations
    /// capped hard and spacing reduced, which keeps its layout under a second (a fuzzed dense
    /// document took 9 s with splines). Not `concentrate`, which crashes dot 2.42's dot_position
    /// on such graphs (Tests/PiagraphTests/Fixtures/fuzz/render-concentrate-crash.txt).
    public static let denseEdgesPerNode = 4
    /// Beyond this nothing is laid out.
    public static let maxNodes = 5000
    public static let maxEdges = 20000

    public static func plan(_ graph: ArchitectureGraph) throws(RenderError) -> LayoutPlan {
        let n = graph.nodes.count
        let e = graph.edges.count
        if n > maxNodes || e > maxEdges { throw .tooLarge(nodes: n, edges: e) }
        if n > dotNodeLimit || e > dotEdgeLimit {
            return LayoutPlan(
                engine: "sfdp", attributes: ["overlap=scale", "splines=false", "maxiter=600"],
                notes: [.sfdp(nodes: n, edges: e, nodeLimit: dotNodeLimit, edgeLimit: dotEdgeLimit)])
        }
        var attributes: [String] = []
        var notes: [DiagramText] = []
        if n > boundedNodeLimit {
            attributes += ["nslimit=8", "nslimit1=8", "mclimit=0.5", "searchsize=40"]
            notes.append(.iterationsCapped(nodes: n))
        }
        if e >= denseEdgesPerNode * max(n, 1) {
            attributes += ["nslimit=2", "nslimit1=2", "mclimit=0.1", "searchsize=20", "splines=line", "nodesep=0.2", "ranksep=0.5"]
            notes.append(.denseMode(nodes: n, edges: e))
        }
        return LayoutPlan(engine: "dot", attributes: attributes, notes: notes)
    }

    /// The plan for writing a graph as text (DOT): a graph too large to lay out here is still
    /// written, for another tool, with sfdp's bounds in it and a note that says so.
    public static func textPlan(_ graph: ArchitectureGraph) -> LayoutPlan {
        do {
            return try plan(graph)
        } catch {
            return LayoutPlan(
                engine: "sfdp", attributes: ["overlap=scale", "splines=false", "maxiter=600"],
                notes: [.dotOnly(nodes: graph.nodes.count, edges: graph.edges.count, maxNodes: maxNodes, maxEdges: maxEdges)])
        }
    }

    /// DOT text for the plan: the layout engine and its bounds are part of the text, so the
    /// DOT output reproduces the same picture with the `dot` program.
    public static func dot(_ graph: ArchitectureGraph, plan: LayoutPlan, options: DOTWriter.Options) -> String {
        var text = DOTWriter.write(graph, options: options)
        if let brace = text.firstIndex(of: "\n") {
            text.insert(contentsOf: "\n  graph [layout=\(plan.engine)];", at: brace)
        }
        // The bounds go last: a graph attribute set again overrides the writer's (nodesep …).
        if !plan.attributes.isEmpty, let close = text.lastIndex(of: "}") {
            text.insert(contentsOf: "  graph [\(plan.attributes.joined(separator: ", "))];\n", at: close)
        }
        return text
    }

    public static func render(
        _ graph: ArchitectureGraph, format: Graphviz.Output, options: DOTWriter.Options,
        showMessages: Bool = false
    ) throws(RenderError) -> [UInt8] {
        let plan = try plan(graph)
        let text = dot(graph, plan: plan, options: options)
        do {
            let bytes = try Graphviz.render(dot: text, engine: plan.engine, output: format, showMessages: showMessages)
            return format == .pdf ? stableDates(bytes) : bytes
        } catch {
            throw .graphviz(error)
        }
    }

    /// The link matrix (`render --view matrix`): a table, laid out in no time at any size.
    public static func renderMatrix(
        _ graph: ArchitectureGraph, format: Graphviz.Output, language: Language = .en
    ) throws(RenderError) -> [UInt8] {
        let text = MatrixWriter.dot(LinkMatrix(graph), title: graph.title, language: language)
        do {
            let bytes = try Graphviz.render(dot: text, engine: "dot", output: format, showMessages: false)
            return format == .pdf ? stableDates(bytes) : bytes
        } catch {
            throw .graphviz(error)
        }
    }

    /// Cairo stamps PDFs with the time of rendering; zero its digits (same length, so the
    /// cross-reference offsets stay valid) to keep output byte-for-byte reproducible.
    public static func stableDates(_ pdf: [UInt8]) -> [UInt8] {
        var bytes = pdf
        for marker in ["/CreationDate (D:", "/ModDate (D:"] {
            let needle = Array(marker.utf8)
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) {
                    var j = i + needle.count
                    while j < bytes.count, bytes[j] != UInt8(ascii: ")") {
                        if bytes[j] >= 0x30, bytes[j] <= 0x39 { bytes[j] = 0x30 }
                        j += 1
                    }
                    i = j
                } else {
                    i += 1
                }
            }
        }
        return bytes
    }
}
