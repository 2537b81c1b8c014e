import PiagraphText

/// Matching what a user types (`--highlight 個人番号`, `--from 中間サーバー`) to the names
/// the graph and the document know, with suggestions when nothing matches.
public enum Terms {
    /// Node ids whose label matches `term`: exact (after normalization), else the unique
    /// label containing it.
    public static func nodes(matching term: String, in graph: ArchitectureGraph) -> [String] {
        let key = NameTable.key(term)
        let exact = graph.nodes.filter { NameTable.key($0.label) == key || $0.id == term }
        if !exact.isEmpty { return exact.map(\.id) }
        let containing = graph.nodes.filter { NameTable.key($0.label).contains(key) }
        return containing.count == 1 ? [containing[0].id] : []
    }

    /// The known names closest to `term`, for an error message.
    public static func closest(to term: String, among candidates: [String], count: Int = 5) -> [String] {
        let unique = Array(Set(candidates)).sorted()
        let scored = unique.map { ($0, distance(Array(term), Array($0))) }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(count).map(\.0)
    }

    /// Levenshtein distance, with a containment bonus so that 個人番号 suggests 個人番号対応符号.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        let d = EditDistance.between(a, b)
        return String(b).contains(String(a)) || String(a).contains(String(b)) ? d / 2 : d
    }
}
