import PiagraphText

/// A row label compared byte-wise: labels are NFKC already, and String's Unicode-aware
/// equality costs more than the rest of the row's handling.
struct Key: Equatable, ExpressibleByStringLiteral {
    let text: String
    init(_ text: String) { self.text = text }
    init(stringLiteral value: String) { self.text = value }
    static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    func hasPrefixBytes(_ prefix: String) -> Bool { text.hasPrefixBytes(prefix) }
}
