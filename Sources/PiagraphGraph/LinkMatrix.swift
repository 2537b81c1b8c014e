import PiagraphMessages
import PiagraphModel

/// The ③ links as a table: every node a link touches (declared systems first, then the others:
/// link categories, national networks, systems named only in その他) against every other.
/// Readable at the form's maximum of 20 systems, where the drawing of all links is not.
public struct LinkMatrix: Sendable, Hashable {
    public enum Mark: String, Sendable, Hashable {
        /// Both sides declare the link (or the system does, towards a category or network).
        case both = "●"
        /// Only the row's system declares it.
        case rowOnly = "→"
        /// Only the column's system declares it.
        case columnOnly = "←"
        /// A mark behind it could not be read.
        case uncertain = "?"
    }

    public var nodes: [GraphNode]
    /// [row][column], symmetric in presence; nil where there is no link.
    public var cells: [[Mark?]]
    /// Each cell's evidence line (the first), for links to the source.
    public var lines: [[Int?]]

    public init(_ graph: ArchitectureGraph) {
        let links = graph.edges.filter { $0.kind == .link }
        let touched = Set(links.flatMap { [$0.from, $0.to] })
        let declared = graph.nodes.filter { touched.contains($0.id) && $0.kind == .system }
        let others = graph.nodes.filter { touched.contains($0.id) && $0.kind != .system }
        nodes = declared + others
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        let systems = Set(declared.map(\.id))
        cells = Array(repeating: Array(repeating: nil, count: nodes.count), count: nodes.count)
        lines = cells.map { $0.map { _ in nil } }
        for edge in links {
            guard let a = index[edge.from], let b = index[edge.to], a != b else { continue }
            let line = edge.evidence.map(\.line).min()
            func mark(_ row: String, _ column: String) -> Mark {
                if !edge.certain { return .uncertain }
                let rowSays = edge.declaredBy.contains(row) || !systems.contains(row)
                let columnSays = edge.declaredBy.contains(column) || !systems.contains(column)
                return rowSays && columnSays ? .both : rowSays ? .rowOnly : .columnOnly
            }
            cells[a][b] = mark(edge.from, edge.to)
            cells[b][a] = mark(edge.to, edge.from)
            lines[a][b] = line
            lines[b][a] = line
        }
    }

    public static var legend: String { MatrixLegend.text(.en) }
    public static func legend(_ language: Language) -> String { MatrixLegend.text(language) }
}
