/// How serious a diagnostic of the parser or a finding of the audit is; `check --fail-on`
/// compares against it.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case note, warning, error
    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Something the parser could not read cleanly. A value, never printed by the library.
public struct Diagnostic: Sendable, Hashable {

    public var severity: Severity
    /// Stable kebab-case identifier, e.g. `marks-lost`.
    public var code: String
    /// 1-based source line, or nil for a finding about the whole document.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, _ code: String, line: Int?, _ message: String) {
        self.severity = severity
        self.code = code
        self.line = line
        self.message = message
    }
}
