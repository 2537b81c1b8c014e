// The HTML pages' words: `report` and `scan`'s overview. Headings are nouns (体言止め) in
// Japanese; notes are sentences (です・ます).

public enum PageText: Localized {
    // report
    case reportMeta(documents: Int)
    case mergedMap
    case findingsHeading(Int)
    case noFinding
    case show
    case severityColumn
    case ruleColumn
    case messageColumn
    case linesColumn
    case matrixHeading
    case lineOf(String)
    case highlightHeading(String)
    case systemsHeading
    case nameColumn
    case lineColumn
    case nameLost
    case recoveredFrom(date: String, line: String)
    case subcontractUnknown
    case flowsHeading
    case noFlows
    case kindColumn
    case partyColumn
    case methodColumn
    case recordedItems(line: String)
    case diagnosticsHeading(Int)
    case diagnosticEntry(severity: String, code: String, line: String, message: String)
    case sourcesHeading
    case pdfLines(command: String)
    case gutter(page: Int?, line: Int)
    // scan overview
    case scanMeta(documents: Int, read: Int, failed: Int, bodies: Int)
    case rulesHeading
    case documentsColumn
    case bodiesColumn
    case findingsColumn
    case bodiesHeading
    case mergedReport
    case bodyMeta(documents: Int, errors: Int, warnings: Int, notes: Int)
    case fileColumn
    case affairColumn
    case formColumn
    case unreadableMarksColumn
    case unreadHeading
    case errorColumn

    public func text(_ l: Language) -> String {
        switch self {
        case .reportMeta(let documents):
            return pick(
                l,
                en: "piagraph review report — \(documents) assessment(s). Every finding and fact links to the source line it rests on.",
                ja: "piagraph 点検レポート — 評価書\(documents)件。指摘と記載事項はすべて、根拠となる行にリンクしています。")
        case .mergedMap: return pick(l, en: "Merged map", ja: "統合マップ")
        case .findingsHeading(let count): return pick(l, en: "Findings: \(count)", ja: "指摘：\(count)件")
        case .noFinding: return pick(l, en: "No finding.", ja: "指摘はありません。")
        case .show: return pick(l, en: "show:", ja: "表示：")
        case .severityColumn: return pick(l, en: "severity", ja: "重大度")
        case .ruleColumn: return pick(l, en: "rule", ja: "ルール")
        case .messageColumn: return pick(l, en: "message and the line it rests on", ja: "内容と根拠の行")
        case .linesColumn: return pick(l, en: "lines", ja: "行")
        case .matrixHeading: return pick(l, en: "Link matrix (③)", ja: "接続マトリクス（③）")
        case .lineOf(let link): return pick(l, en: "(line \(link))", ja: "（\(link)行目）")
        case .highlightHeading(let term): return pick(l, en: "highlight: \(term)", ja: "\(term)の流れ")
        case .systemsHeading: return pick(l, en: "Systems (I-2)", ja: "システム（I-2）")
        case .nameColumn: return pick(l, en: "name", ja: "名称")
        case .lineColumn: return pick(l, en: "line", ja: "行")
        case .nameLost: return pick(l, en: "(name lost)", ja: "（名称不明）")
        case .recoveredFrom(let date, let line):
            return pick(l, en: "(recovered from (別添2) \(date), line \(line))", ja: "（(別添2) \(date)、\(line)行目から復元）")
        case .subcontractUnknown: return pick(l, en: "再委託: 不明", ja: "再委託：不明")
        case .flowsHeading: return pick(l, en: "Flows (入手・委託・提供・移転)", ja: "入手・委託・提供・移転")
        case .noFlows: return pick(l, en: "None read from the text.", ja: "テキストから読み取ったものはありません。")
        case .kindColumn: return pick(l, en: "kind", ja: "種別")
        case .partyColumn: return pick(l, en: "party / item", ja: "相手方・事項")
        case .methodColumn: return pick(l, en: "method / contractor", ja: "方法・委託先")
        case .recordedItems(let line): return pick(l, en: "主な記録項目 (line \(line))", ja: "主な記録項目（\(line)行目）")
        case .diagnosticsHeading(let count):
            return pick(l, en: "Diagnostics (not read): \(count)", ja: "読み取れなかった箇所：\(count)件")
        case .diagnosticEntry(let severity, let code, let line, let message):
            return pick(
                l, en: "\(severity) [\(code)] line \(line): \(message)",
                ja: "\(ReportWords.severity(severity).text(.ja)) [\(code)] \(line)行目：\(message)")
        case .sourcesHeading: return pick(l, en: "Cited source lines", ja: "引用箇所")
        case .pdfLines(let command):
            return pick(
                l, en: "A PDF: lines are those of piagraph's text layer of it (\(command)), each with its page.",
                ja: "PDFの行番号は、piagraphがPDFから取り出したテキスト層（\(command)）の行で、ページを添えています。")
        case .gutter(let page, let line):
            return page.map { pick(l, en: "p.\($0) \(line)", ja: "\($0)頁 \(line)") } ?? String(line)
        case .scanMeta(let documents, let read, let failed, let bodies):
            return pick(
                l,
                en:
                    "\(documents) document(s) scanned, \(read) read, \(failed) could not be read; \(bodies) bod\(bodies == 1 ? "y" : "ies").",
                ja: "評価書\(documents)件を走査し、\(read)件を読み取りました。読み取れなかったもの\(failed)件、機関\(bodies)。")
        case .rulesHeading: return pick(l, en: "Rules across the corpus", ja: "ルール別の集計")
        case .documentsColumn: return pick(l, en: "documents", ja: "評価書")
        case .bodiesColumn: return pick(l, en: "bodies", ja: "機関")
        case .findingsColumn: return pick(l, en: "findings", ja: "指摘")
        case .bodiesHeading: return pick(l, en: "Bodies", ja: "機関別")
        case .mergedReport: return pick(l, en: "merged map and report", ja: "統合マップとレポート")
        case .bodyMeta(let documents, let errors, let warnings, let notes):
            return pick(
                l, en: "\(documents) document(s); findings: \(errors) error, \(warnings) warning, \(notes) note",
                ja: "評価書\(documents)件。指摘：エラー \(errors)件、警告 \(warnings)件、備考 \(notes)件")
        case .fileColumn: return pick(l, en: "file", ja: "ファイル")
        case .affairColumn: return pick(l, en: "affair", ja: "事務")
        case .formColumn: return pick(l, en: "form", ja: "様式")
        case .unreadableMarksColumn: return pick(l, en: "unreadable marks", ja: "読めない印")
        case .unreadHeading: return pick(l, en: "Documents that could not be read", ja: "読み取れなかった評価書")
        case .errorColumn: return pick(l, en: "error", ja: "エラー")
        }
    }
}
