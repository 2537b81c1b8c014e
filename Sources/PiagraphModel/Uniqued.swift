extension Sequence where Element: Hashable {
    /// The elements without repeats, in the order they first come: lines cited, bodies named,
    /// names seen. (A Set would lose the order the documents state them in.)
    public func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

extension Array where Element: Equatable {
    /// Appends `element` unless it is there already.
    public mutating func appendIfAbsent(_ element: Element) {
        if !contains(element) { append(element) }
    }
}
