import PiagraphMessages
import PiagraphModel
import PiagraphText

/// Reads a converted 特定個人情報保護評価書. Tolerant: it never throws on content, keeps
/// going past damaged or missing parts, and reports what it could not read as diagnostics.
public enum DocumentParser {
    public static func parse(_ document: SourceDocument) -> Assessment {
        Stages.count(.parse)
        let lines = LineStore(document.lines)
        var state = ParserState(
            assessment: Assessment(
                source: Source(
                    path: document.path, sha256: document.sha256,
                    encoding: document.encoding.rawValue, pageStarts: document.pageStarts)),
            lines: lines)
        state.assessment.diagnostics += lines.layoutDiagnostics
        if !document.pagesWithoutText.isEmpty {
            // Some pages of the PDF hold no text (scanned, or blank): nothing on them is read.
            state.assessment.diagnostics.append(
                Diagnostic(
                    .warning, .pageWithoutText, line: nil,
                    .pagesWithoutText(pages: document.pagesWithoutText)))
        }
        state.run()
        return state.assessment.withoutForeignValues().withoutMarkSentinels()
    }

    /// The rows the parser reads, after the layout stage tied each value to its label, for a
    /// reviewer who wants to see how a layout was read (`piagraph extract --rows`). `label` is
    /// nil for text no label awaited; tab-separated source lines give their cells as label and
    /// value.
    public static func rows(_ document: SourceDocument) -> [(line: Int, label: String?, value: String)] {
        let lines = LineStore(document.lines)
        return (0..<lines.count).filter { !lines.isBlank($0) }.map { index in
            let line = lines[index]
            if LineStore.isUnlabelled(line) { return (line.number, nil, line.cells[0]) }
            return (line.number, line.label, line.value)
        }
    }

    /// Whether the text was recognised as an assessment at all: at least two independent
    /// landmarks of the form (header, sections, systems, items) were found.
    public static func isAssessment(_ a: Assessment) -> Bool {
        var landmarks = 0
        if a.header.kind != nil { landmarks += 1 }
        if a.header.number != nil || a.header.title != nil { landmarks += 1 }
        if a.header.affair != nil { landmarks += 1 }
        // A system of which nothing was read (no name, no mark) is a label quoted in prose.
        if a.systems.contains(where: { $0.name != nil || $0.connections.contains { $0.checked != nil } }) { landmarks += 1 }
        if !a.recordedItems.isEmpty { landmarks += 1 }
        if !a.flows.isEmpty { landmarks += 1 }
        if !a.header.files.isEmpty { landmarks += 1 }
        if !a.history.isEmpty { landmarks += 1 }
        if !a.headings.isEmpty { landmarks += 1 }
        // The form's title alone says what the text is, however little of it could be read.
        return landmarks >= 2 || a.header.kind != nil
    }
}

/// The cover's single-valued fields, for reading each once and reporting a conflict.
enum HeaderField: Hashable, CaseIterable {
    case number, title, kind, organization, published, affair

    var label: String {
        switch self {
        case .number: return "評価書番号"
        case .title: return "評価書名"
        case .kind: return "評価書の種類"
        case .organization: return "評価実施機関名"
        case .published: return "公表日"
        case .affair: return "I-1 ①事務の名称"
        }
    }
}

extension Header {
    subscript(field: HeaderField) -> Located<String>? {
        get {
            switch field {
            case .number: return number
            case .title: return title
            case .kind: return kind
            case .organization: return organization
            case .published: return published
            case .affair: return affair
            }
        }
        set {
            switch field {
            case .number: number = newValue
            case .title: title = newValue
            case .kind: kind = newValue
            case .organization: organization = newValue
            case .published: published = newValue
            case .affair: affair = newValue
            }
        }
    }
}

/// The major parts of the forms, in order.
enum Part: Int, Comparable {
    case front, basic, prose, overview, appendix1, risk, disclosure, procedure, appendix2
    static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }

    var title: String {
        switch self {
        case .front: return "表紙"
        case .basic: return "I 基本情報"
        case .prose: return "(別添1) 事務の内容"
        case .overview: return "II 特定個人情報ファイルの概要"
        case .appendix1: return "(別添1) 特定個人情報ファイル記録項目"
        case .risk: return "III リスク対策"
        case .disclosure: return "IV 開示請求、問合せ"
        case .procedure: return "V 評価実施手続"
        case .appendix2: return "(別添2) 変更箇所"
        }
    }

    /// The heading as the form prints it; the 基礎 form names its parts differently.
    func title(basicForm: Bool) -> String {
        guard basicForm else { return title }
        switch self {
        case .basic: return "I 関連情報"
        case .risk: return "II しきい値判断項目 … IV リスク対策"
        default: return title
        }
    }

    /// A part heading standing alone on its row, by the form's table of headings.
    static func heading(_ line: CleanLine) -> Part? {
        let t = line.label
        guard let first = t.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "(")
        else { return nil }
        // A heading stands alone and is short.
        guard t.utf8.count <= LineStore.longLine else { return nil }
        var filled = 0
        for cell in line.cells where !cell.isEmpty {
            filled += 1
            if filled > 1 { return nil }
        }
        let compact = t.utf8.contains(0x20) ? t.filter { $0 != " " } : t
        return FormLabels.part(opening: compact)
    }
}
