// The words of `check`'s and `extract`'s text output, and of the SARIF log: severities, line
// references, summaries.

/// A line a finding also rests on: in another file, or on a PDF's page.
public struct LineRef: Sendable, Hashable {
    public var file: String?
    public var line: Int
    public var page: Int?
    public init(file: String?, line: Int, page: Int?) {
        self.file = file
        self.line = line
        self.page = page
    }

    /// "3", "a.txt:3 (p.2)" / 「3行目」「a.txt:3行目（2ページ）」.
    func text(_ l: Language) -> String {
        let file = self.file.map { "\($0):" } ?? ""
        let page = self.page.map { ReportWords.pageNote(page: $0).text(l) } ?? ""
        return pick(l, en: "\(file)\(line)\(page)", ja: "\(file)\(line)行目\(page)")
    }
}

public enum ReportWords: Localized {
    /// A severity as a reader reads it (JSON and SARIF keep `error`/`warning`/`note`).
    case severity(String)
    /// A form as its cover names it, shortened for lists: 基礎, 重点, 全項目.
    case form(String)
    /// After a PDF line: " (p.3)".
    case pageNote(page: Int)
    /// After a finding: " (also lines 3, 5)".
    case alsoLines([LineRef])
    case expired(by: String, until: String)
    case checkedSummary(documents: Int, merged: Bool, counts: [Int], accepted: Int)
    case alsoRestsOn(line: Int)
    case textLayerLines
    /// SARIF's `help` of a rule: its rationale and example.
    case ruleHelp(RuleKey)
    case ruleEntry(id: String, severity: String, name: String, rationale: String, example: String, needs: String, forms: [String])
    // extract --format text
    case at(page: Int?, line: Int)
    case systemsHeading(count: Int)
    case nameLost
    case links
    case noLinksInForm
    case flowsHeading
    case subcontractUnknown
    case via
    case basis
    case itemCounts(appendix: Int, history: Int)
    case diagnosticsHeading(count: Int)
    case recordedItems

    public func text(_ l: Language) -> String {
        switch self {
        case .severity(let raw):
            guard l == .ja else { return raw }
            switch raw {
            case "error": return "エラー"
            case "warning": return "警告"
            default: return "備考"
            }
        case .form(let cover):
            guard l == .ja else { return cover }
            return ["基礎項目評価書": "基礎", "重点項目評価書": "重点", "全項目評価書": "全項目"][cover] ?? cover
        case .pageNote(let page): return pick(l, en: " (p.\(page))", ja: "（\(page)ページ）")
        case .alsoLines(let others):
            return pick(
                l, en: " (also lines \(others.map { $0.text(.en) }.joined(separator: ", ")))",
                ja: "（ほかに\(others.map { $0.text(.ja) }.joined(separator: "、"))）")
        case .expired(let by, let until):
            return pick(l, en: " [accepted by \(by) until \(until): expired]", ja: "［\(by)が\(until)まで受け入れ：期限切れ］")
        case .checkedSummary(let documents, let merged, let counts, let accepted):
            // counts: errors, warnings, notes.
            let names = ["error", "warning", "note"]
            let en =
                "\(documents) file(s) checked" + (merged ? " (and their merged map)" : "") + ": "
                + zip(counts, names).map { "\($0) \($1)(s)" }.joined(separator: ", ")
                + (accepted > 0 ? "; \(accepted) accepted in the baseline, not shown" : "")
            let ja =
                "\(documents)件のファイルを確認しました" + (merged ? "（統合マップを含む）" : "") + "："
                + zip(counts, names).map { "\(ReportWords.severity($1).text(.ja)) \($0)件" }.joined(separator: "、")
                + (accepted > 0 ? "。ベースラインで受け入れ済みの\(accepted)件は表示していません" : "")
            return pick(l, en: en, ja: ja)
        case .alsoRestsOn(let line): return pick(l, en: "also rests on line \(line)", ja: "\(line)行目にも基づく")
        case .textLayerLines:
            return pick(
                l, en: "lines are those of `piagraph extract --text-layer`", ja: "行番号は `piagraph extract --text-layer` の行です")
        case .ruleHelp(let key):
            let t = key.text(l)
            return pick(l, en: t.rationale + " Example: " + t.example, ja: t.rationale + " 例：" + t.example)
        case .ruleEntry(let id, let severity, let name, let rationale, let example, let needs, let forms):
            return pick(
                l,
                en:
                    "\(id) (\(severity)): \(name)\n  \(rationale)\n  Example: \(example)\n  Reads: \(needs). Forms: \(forms.joined(separator: ", ")).",
                ja:
                    "\(id)（\(ReportWords.severity(severity).text(.ja))）：\(name)\n  \(rationale)\n  例：\(example)\n  読む箇所：\(needs)\n  様式：\(forms.map { ReportWords.form($0).text(.ja) }.joined(separator: "、"))"
            )
        case .at(let page, let line):
            return pick(
                l, en: " (" + (page.map { "p.\($0) " } ?? "") + "line \(line))",
                ja: "（" + (page.map { "\($0)ページ " } ?? "") + "\(line)行目）")
        case .systemsHeading(let count): return pick(l, en: "Systems (\(count))", ja: "システム（\(count)）")
        case .nameLost: return pick(l, en: "(name lost)", ja: "（名称不明）")
        case .links: return pick(l, en: "links", ja: "接続")
        case .noLinksInForm: return pick(l, en: "(the form declares none)", ja: "（この様式には記載欄がありません）")
        case .flowsHeading: return pick(l, en: "Flows", ja: "入手・委託・提供・移転")
        case .subcontractUnknown: return pick(l, en: "再委託: unknown", ja: "再委託：不明")
        case .via: return pick(l, en: "via", ja: "方法")
        case .basis: return "根拠"
        case .itemCounts(let appendix, let history):
            return pick(
                l, en: "(別添1) items: \(appendix)   (別添2) change rows: \(history)",
                ja: "(別添1) 項目：\(appendix)   (別添2) 変更箇所の行：\(history)")
        case .diagnosticsHeading(let count): return pick(l, en: "Diagnostics (\(count))", ja: "読み取れなかった箇所（\(count)）")
        case .recordedItems: return "主な記録項目"
        }
    }
}
