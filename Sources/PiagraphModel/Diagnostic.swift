import PiagraphMessages

/// How serious a diagnostic of the parser or a finding of the audit is; `check --fail-on`
/// compares against it.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case note, warning, error
    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Every code a diagnostic can carry: the registry. A code is stable once published (JSON,
/// `extract`'s output); each is documented in docs/extract.md (a test checks).
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // Marks.
    case marksLost = "marks-lost"
    case marksMissing = "marks-missing"
    case marksAmbiguous = "marks-ambiguous"
    case checkboxAmbiguous = "checkbox-ambiguous"
    case checkboxInferred = "checkbox-inferred"
    case optionMissing = "option-missing"
    case optionConflict = "option-conflict"
    case optionUnrecognised = "option-unrecognised"
    case nameVariant = "name-variant"
    // Values and fields.
    case valueUnreadable = "value-unreadable"
    case valueBeforeLabel = "value-before-label"
    case valueMissing = "value-missing"
    case valueForeign = "value-foreign"
    case fieldEmpty = "field-empty"
    case fieldMissing = "field-missing"
    case fieldConflict = "field-conflict"
    // Structure.
    case sectionMissing = "section-missing"
    case sectionInferred = "section-inferred"
    case systemHeaderMissing = "system-header-missing"
    case connectionsMissing = "connections-missing"
    case methodsMissing = "methods-missing"
    case templateEmpty = "template-empty"
    case blockUnnamed = "block-unnamed"
    case linksNotInForm = "links-not-in-form"
    // The text as a whole.
    case textTruncated = "text-truncated"
    case textGarbled = "text-garbled"
    case textFlattened = "text-flattened"
    case pageWithoutText = "page-without-text"
    // The change log.
    case tableHeaderMissing = "table-header-missing"
    case cellsMerged = "cells-merged"
    case rowsMerged = "rows-merged"
    case historyRowUnreadable = "history-row-unreadable"
    case recovered = "recovered"
    case replayed = "replayed"
}

/// Something the parser could not read cleanly. A value, never printed by the library.
public struct Diagnostic: Sendable, Hashable {

    public var severity: Severity
    /// Stable kebab-case identifier from the registry (DiagnosticCode), e.g. `marks-lost`.
    public var code: String
    /// 1-based source line, or nil for a finding about the whole document.
    public var line: Int?
    /// The sentence, from the catalogue: `text.text(.ja)` in Japanese.
    public var text: DiagnosticText
    /// The sentence in English (what JSON's `message` held before it followed the language).
    public var message: String { text.english }

    public init(_ severity: Severity, _ code: DiagnosticCode, line: Int?, _ text: DiagnosticText) {
        self.severity = severity
        self.code = code.rawValue
        self.line = line
        self.text = text
    }

    public func message(_ language: Language) -> String { text.text(language) }
}

extension Severity {
    /// The severity as a reader reads it: `warning`, 「警告」.
    public func word(_ language: Language) -> String { ReportWords.severity(rawValue).text(language) }
}

extension Source {
    /// `cite(_:)` in a language: "p.3 l.57" / 「3ページ 57行目」.
    public func cite(_ line: Int, _ language: Language) -> String {
        page(ofLine: line).map { Cite.page($0, line: line, language) } ?? String(line)
    }

    /// `pageNote(_:)` in a language: " (p.3)" / 「（3ページ）」.
    public func pageNote(_ line: Int?, _ language: Language) -> String {
        line.flatMap(page(ofLine:)).map { ReportWords.pageNote(page: $0).text(language) } ?? ""
    }
}
