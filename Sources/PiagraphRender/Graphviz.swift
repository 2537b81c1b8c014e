import CGraphviz
import Foundation

/// Why Graphviz could not lay out or render a graph; one line, Graphviz's own words included.
public struct GraphvizError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
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

    /// Lays out DOT text with `engine` (dot, sfdp …) and renders it.
    public static func render(dot: String, engine: String, output: Output) throws(GraphvizError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            piagraph_capture_errors()
            context = gvContext()
        }
        guard let gvc = context else { throw GraphvizError(message: "Graphviz: cannot create a context") }
        piagraph_reset_errors()

        var text = dot
        let graph: UnsafeMutablePointer<Agraph_t>? = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { piagraph_read_graph($0.baseAddress, $0.count) }
        }
        guard let graph else { throw GraphvizError(message: "Graphviz could not read the graph: " + lastError()) }
        // Clean-up order matters: the layout refers to the graph (gvFreeLayout, then agclose).
        defer { agclose(graph) }
        if piagraph_had_error() != 0 { throw GraphvizError(message: "Graphviz could not read the graph: " + lastError()) }

        guard gvLayout(gvc, graph, engine) == 0 else {
            throw GraphvizError(message: "Graphviz layout (\(engine)) failed: " + lastError())
        }
        defer { gvFreeLayout(gvc, graph) }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, graph, output.rawValue, &data, &length) == 0, let data else {
            throw GraphvizError(message: "Graphviz could not render \(output.rawValue): " + lastError())
        }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
        gvFreeRenderData(data)
        // A malformed label still renders (the node shows its name): the error level tells.
        if piagraph_had_error() != 0 { throw GraphvizError(message: "Graphviz reported an error: " + lastError()) }
        return bytes
    }

    private static func lastError() -> String {
        guard let message = piagraph_last_error() else { return "no message" }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "no message" : text.replacingOccurrences(of: "\n", with: " ")
    }
}
