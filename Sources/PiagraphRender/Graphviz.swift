import CGraphviz
import Foundation
import PiagraphMessages

/// Why Graphviz could not lay out or render a graph; one line, Graphviz's own words included.
public struct GraphvizError: Error, Equatable, CustomStringConvertible, Sendable {
    public let problem: GraphvizProblem
    /// Graphviz's own last message, when it wrote one for this failure.
    public let said: String?
    public var text: ErrorText { .graphviz(problem, said: said) }
    public var message: String { text.english }
    public var description: String { message }
}

/// Graphviz's C API (libgvc/libcgraph 2.42), in process. Every pointer stays in this file.
///
/// Graphviz is not thread-safe (global lexer, >130 mutable globals): one process-wide lock
/// serializes every call, graph building included, and one context serves all renders.
public enum Graphviz {
    public enum Output: String, Sendable, CaseIterable {
        case svg, png, pdf
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// Lays out DOT text with `engine` (dot, sfdp …) and renders it. With `showMessages`,
    /// Graphviz prints its own warnings and errors on stderr (otherwise they are captured and
    /// only an error's last message is told).
    public static func render(dot: String, engine: String, output: Output, showMessages: Bool = false) throws(GraphvizError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            piagraph_capture_errors()
            context = gvContext()
        }
        guard let gvc = context else { throw GraphvizError(problem: .noContext, said: nil) }
        if showMessages { piagraph_show_messages() }
        defer { if showMessages { piagraph_capture_errors() } }
        // cgraph keeps only the last message, from whichever call wrote it: a failure that
        // wrote none must not be told with an earlier call's message.
        let before = lastMessage()
        piagraph_reset_errors()
        func failure(_ problem: GraphvizProblem) -> GraphvizError {
            let message = lastMessage()
            let said = piagraph_had_error() != 0 && message != nil && message != before
            return GraphvizError(problem: problem, said: said ? message : nil)
        }

        var text = dot
        let graph: UnsafeMutablePointer<Agraph_t>? = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { piagraph_read_graph($0.baseAddress, $0.count) }
        }
        guard let graph else { throw failure(.unreadable) }
        // Clean-up order matters: the layout refers to the graph (gvFreeLayout, then agclose).
        // gvFreeLayout is safe on a graph without a layout, and frees what a failed one left.
        defer { agclose(graph) }
        defer { gvFreeLayout(gvc, graph) }
        if piagraph_had_error() != 0 { throw failure(.unreadable) }

        guard gvLayout(gvc, graph, engine) == 0 else { throw failure(.layout(engine: engine)) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, output.rawValue, &data, &length) == 0, let data else {
            throw failure(.render(format: output.rawValue))
        }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        gvFreeRenderData(data)
        // A malformed label still renders (the node shows its name): the error level tells.
        if piagraph_had_error() != 0 { throw failure(.reported) }
        return bytes
    }

    /// cgraph's last captured message, on one line; nil when there is none.
    private static func lastMessage() -> String? {
        guard let message = piagraph_last_error() else { return nil }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text.replacingOccurrences(of: "\n", with: " ")
    }
}
