import PiagraphModel
import PiagraphText

/// The document's rows after the layout stage (FormLayout); source lines kept as they are
/// are cleaned on first use: most of a document's bytes are prose that the parser never
/// reads, and cleaning is the costliest step.
final class LineStore {
    private let raw: [Substring]
    /// The source line of each of `raw` when the layout cut flattened pages (FlatPages).
    private let numbers: [Int]?
    private let slots: [FormLayout.Slot]
    private var cache: [CleanLine?]
    let layoutDiagnostics: [Diagnostic]

    init(_ raw: [Substring]) {
        let layout = FormLayout.rows(raw)
        self.raw = layout.lines
        self.numbers = layout.numbers
        self.slots = layout.slots
        self.layoutDiagnostics = layout.diagnostics
        self.cache = Array(repeating: nil, count: layout.slots.count)
    }

    var count: Int { slots.count }

    subscript(index: Int) -> CleanLine {
        switch slots[index] {
        case .row(let row): return row
        case .source(let i):
            if let line = cache[index] { return line }
            let line = CleanLine(number: numbers?[i] ?? i + 1, raw: raw[i])
            cache[index] = line
            return line
        }
    }

    /// The source line number of the last row with text.
    var lastTextLine: Int? {
        var index = count - 1
        while index >= 0 {
            if !isBlank(index) { return self[index].number }
            index -= 1
        }
        return nil
    }

    /// Whether the row is a source line kept as it is (tab cells), not one the layout rebuilt.
    func isSource(_ index: Int) -> Bool {
        if case .source = slots[index] { return true }
        return false
    }

    func isBlank(_ index: Int) -> Bool {
        if case .source(let i) = slots[index], raw[i].utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        return self[index].isBlank
    }

    /// Headings are short single-cell lines; the boxes say しない.
    func mayHoldHeadingOrBox(_ index: Int) -> Bool {
        switch slots[index] {
        case .source(let i):
            let line = raw[i]
            return line.utf8.count < Self.longLine || line.containsBytes("しない")
        case .row(let row):
            // A rebuilt row that starts with a part heading is one; other long text is prose.
            return row.cells.count == 1 && Part.heading(row) != nil || row.cells.reduce(0) { $0 + $1.utf8.count } < Self.longLine
                || row.cells.contains { $0.containsBytes("しない") }
        }
    }

    static func isUnlabelled(_ line: CleanLine) -> Bool { line.cells.count == 1 }

    /// Bytes beyond which a source line is prose, not a heading.
    static let longLine = 160
}
