import PiagraphAudit
import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// `piagraph report`: one self-contained HTML file (no script, no network, no external asset)
/// with the diagram, the findings, the facts, the highlight paths and the cited source lines.
public enum HTMLReport {
    public struct Document: Sendable {
        public var path: String
        public var assessment: Assessment
        /// The source text's lines, for showing cited lines in context.
        public var lines: [Substring]
        public var findings: [Finding]
        public var highlights: [Highlight]
        /// The diagram as SVG bytes (from Renderer), or nil when it is drawn once for a merged map.
        public var svg: [UInt8]?
        /// The lines the diagram's nodes link to (`nodeLines`): quoted in the page.
        public var nodeLines: [Int]
        /// The ③ links as a table, shown under the diagram.
        public var matrix: LinkMatrix?

        public init(
            path: String, assessment: Assessment, lines: [Substring], findings: [Finding], highlights: [Highlight], svg: [UInt8]?,
            nodeLines: [Int] = [], matrix: LinkMatrix? = nil
        ) {
            self.matrix = matrix
            self.path = path
            self.assessment = assessment
            self.lines = lines
            self.findings = findings
            self.highlights = highlights
            self.svg = svg
            self.nodeLines = nodeLines
        }
    }

    /// For a document's diagram: each node with evidence links to the first line of
    /// it, quoted in the report (pass to DOTWriter.Options and to Document).
    public static func nodeLines(_ graph: ArchitectureGraph) -> [String: Int] {
        var lines: [String: Int] = [:]
        for node in graph.nodes { if let first = node.evidence.map(\.line).min() { lines[node.id] = first } }
        return lines
    }

    public struct Merged: Sendable {
        public var svg: [UInt8]
        public var findings: [Finding]
        public init(svg: [UInt8], findings: [Finding]) {
            self.svg = svg
            self.findings = findings
        }
    }

    // MARK: Escaping

    /// Text from documents, as HTML text or attribute value.
    public static func escape(_ text: String) -> String { XMLText.escape(text, keepNewlines: true) }

    /// Graphviz's SVG without its XML prolog and doctype, ready to inline.
    static func inline(_ svg: [UInt8]) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return "" }
        return String(text[start.lowerBound...])
    }

    static func anchor(_ doc: Int, _ line: Int) -> String { "src-\(doc)-\(line)" }

    public static let style = """
        :root { --ink: #1d2430; --muted: #5b6472; --line: #d9dee6; --error: #c00000; --warning: #b86a00; --note: #3d5f99; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1180px; padding: 24px; color: var(--ink); background: #fff;
               font: 14px/1.6 "Noto Sans CJK JP", "IPAGothic", "Hiragino Sans", "Yu Gothic", sans-serif; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        .meta { color: var(--muted); margin: 0 0 16px; }
        .diagram { border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; background: #fcfcfd; }
        .diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
        th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: #f2f4f7; }
        td.sev-error { color: var(--error); font-weight: bold; } td.sev-warning { color: var(--warning); font-weight: bold; }
        td.sev-note { color: var(--note); }
        .yes { color: #1a7f37; font-weight: bold; } .no { color: #9aa3ae; } .unknown { color: #b86a00; font-weight: bold; }
        pre.source { margin: 4px 0 14px; padding: 6px 8px; background: #f7f8fa; border: 1px solid var(--line); white-space: pre-wrap;
                     word-break: break-all; font: 12px/1.5 "Noto Sans Mono CJK JP", "IPAGothic", monospace; }
        pre.source .cited { background: #fff3bf; display: block; }
        pre.source .n { color: var(--muted); user-select: none; }
        ul.paths { font-size: 13px; } .recovered { color: #6b4fa3; }
        a { color: #1f5fbf; }
        .diagram svg a:hover polygon, .diagram svg a:hover ellipse, .diagram svg a:hover path { stroke-width: 3; }
        .filters { font-size: 13px; margin: 4px 0; } .filters label { margin-right: 12px; white-space: nowrap; }
        table.matrix td { text-align: center; } table.matrix td.self { background: #d9dee6; } table.matrix { width: auto; }
        q.excerpt { display: block; color: var(--muted); font-size: 12px; quotes: "「" "」"; }
        \(filterRules)
        @media print {
          .filters { display: none; }
          body { max-width: none; padding: 0; font-size: 11px; }
          .diagram { border: none; page-break-inside: avoid; }
          h2 { page-break-after: avoid; } tr, pre.source { page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// Filters without script: a finding row is hidden while the box of its severity or its
    /// rule, in the same findings block, is unticked (`:has`, Chromium 105+, Firefox 121+).
    static var filterRules: String {
        let rules = allRuleDescriptions.map { $0.id }
        return (Severity.allCases.map { "sev-\($0.rawValue)" } + rules.map { "rule-\($0)" })
            .map { ".findings-block:has(input.\($0):not(:checked)) tr.f-\($0) { display: none; }" }
            .joined(separator: "\n    ")
    }

    // MARK: Writing

    public static func render(title: String, documents: [Document], merged: Merged? = nil, language l: Language = .en) -> String {
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"\(l.rawValue)\"><head><meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>\(escape(title))</title>")
        html.append("<style>\(style)</style></head><body>")
        html.append("<h1>\(escape(title))</h1>")
        html.append("<p class=\"meta\">\(escape(PageText.reportMeta(documents: documents.count).text(l)))</p>")
        if let merged {
            html.append("<h2 id=\"merged\">\(PageText.mergedMap.text(l))</h2>")
            html.append("<div class=\"diagram\">\(inline(merged.svg))</div>")
            html.append(findingsTable(merged.findings, documents: documents, docIndex: nil, l))
        }
        for (k, doc) in documents.enumerated() {
            html.append(section(doc, index: k, documents: documents, l))
        }
        html.append(sourceSection(documents: documents, merged: merged, l))
        html.append("</body></html>")
        return html.joined(separator: "\n") + "\n"
    }

    static func mark(_ checked: Bool?) -> String {
        switch checked {
        case true?: return "<span class=\"yes\">[x]</span>"
        case false?: return "<span class=\"no\">[ ]</span>"
        case nil: return "<span class=\"unknown\">[?]</span>"
        }
    }

    /// A link to a cited line; a PDF's line (of its text layer) shows its page: `p.3 l.57`.
    static func lineLink(_ documents: [Document], _ doc: Int, _ line: Int?, _ l: Language) -> String {
        guard let line else { return "—" }
        let source = doc < documents.count ? documents[doc].assessment.source : nil
        return "<a href=\"#\(anchor(doc, line))\">\(source?.cite(line, l) ?? String(line))</a>"
    }

    static func findingsTable(_ findings: [Finding], documents: [Document], docIndex: Int?, _ l: Language) -> String {
        var out = ["<h3>\(PageText.findingsHeading(findings.count).text(l))</h3>"]
        guard !findings.isEmpty else { return out[0] + "<p>\(PageText.noFinding.text(l))</p>" }
        out.append("<div class=\"findings-block\">")
        // Filter boxes for what is there: each severity and rule of these findings.
        let severities = Severity.allCases.reversed().filter { s in findings.contains { $0.severity == s } }
        let rules = findings.map(\.ruleID).uniqued().sorted()
        let boxes =
            severities.map { s in
                "<label><input type=\"checkbox\" class=\"sev-\(s.rawValue)\" checked> \(s.word(l)) (\(findings.filter { $0.severity == s }.count))</label>"
            }
            + rules.map { r in
                "<label><input type=\"checkbox\" class=\"rule-\(escape(r))\" checked> \(escape(r)) (\(findings.filter { $0.ruleID == r }.count))</label>"
            }
        out.append("<p class=\"filters\">\(PageText.show.text(l)) " + boxes.joined(separator: " ") + "</p>")
        out.append(
            "<table class=\"findings\"><thead><tr><th>\(PageText.severityColumn.text(l))</th><th>\(PageText.ruleColumn.text(l))</th>"
                + "<th>\(PageText.messageColumn.text(l))</th><th>\(PageText.linesColumn.text(l))</th></tr></thead><tbody>"
        )
        for f in findings {
            func document(_ k: Int) -> Int {
                let path = k < f.paths.count ? f.paths[k] : nil
                return path.flatMap { p in documents.firstIndex { $0.path == p } } ?? docIndex ?? 0
            }
            let links: [String] = f.lines.enumerated().map { k, line in
                let doc = document(k)
                let prefix =
                    k < f.paths.count && documents.count > 1 ? "\(escape(documents[doc].assessment.header.number?.value ?? "")):" : ""
                return prefix + lineLink(documents, doc, line, l)
            }
            out.append(
                "<tr class=\"f-sev-\(f.severity.rawValue) f-rule-\(escape(f.ruleID))\"><td class=\"sev-\(f.severity.rawValue)\">\(f.severity.word(l))</td>"
                    + "<td>\(escape(f.ruleID))</td><td>\(escape(f.message(l)))\(excerpt(f, documents: documents, doc: document(0)))</td><td>\(links.joined(separator: ", "))</td></tr>"
            )
        }
        out.append("</tbody></table></div>")
        return out.joined(separator: "\n")
    }

    /// The link matrix: each mark links to the line that states the link.
    static func matrixTable(_ m: LinkMatrix, documents: [Document], doc: Int, _ l: Language) -> String {
        var out = [
            "<h3>\(PageText.matrixHeading.text(l))</h3>",
            "<table class=\"matrix\"><thead><tr><th colspan=\"2\"></th>"
                + m.nodes.indices.map { "<th>\($0 + 1)</th>" }.joined() + "</tr></thead><tbody>",
        ]
        for (r, node) in m.nodes.enumerated() {
            var row =
                "<tr><th>\(r + 1)</th><th>\(escape(node.label.replacingOccurrences(of: "\n", with: " ")))"
                + (node.kind == .system ? "" : " <small>(\(escape(node.kind.title)))</small>") + "</th>"
            for c in m.nodes.indices {
                if r == c {
                    row += "<td class=\"self\"></td>"
                    continue
                }
                guard let mark = m.cells[r][c] else {
                    row += "<td></td>"
                    continue
                }
                row += "<td>" + (m.lines[r][c].map { "<a href=\"#\(anchor(doc, $0))\">\(mark.rawValue)</a>" } ?? mark.rawValue) + "</td>"
            }
            out.append(row + "</tr>")
        }
        out.append("</tbody></table><p class=\"meta\">\(escape(LinkMatrix.legend(l)))</p>")
        return out.joined(separator: "\n")
    }

    /// The line a finding rests on, quoted under its message and linked to it in context.
    static func excerpt(_ f: Finding, documents: [Document], doc: Int) -> String {
        guard let line = f.lines.first, doc < documents.count, line >= 1, line <= documents[doc].lines.count else { return "" }
        var text = documents[doc].lines[line - 1].filter { $0 != "\u{0C}" }.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(
            separator: " ")
        if text.count > 160 { text = String(text.prefix(160)) + " …" }
        guard !text.isEmpty else { return "" }
        return "<q class=\"excerpt\"><a href=\"#\(anchor(doc, line))\">\(escape(text))</a></q>"
    }

    static func section(_ doc: Document, index k: Int, documents: [Document], _ l: Language) -> String {
        func lineLink(_ documents: [Document], _ doc: Int, _ line: Int?) -> String { Self.lineLink(documents, doc, line, l) }
        let a = doc.assessment
        let h = a.header
        var out: [String] = []
        out.append("<h2 id=\"doc-\(k)\">\(escape(h.title?.value ?? doc.path))</h2>")
        let meta = [("評価書番号", h.number), ("評価実施機関", h.organization), ("公表日", h.published), ("事務", h.affair)]
            .map { name, v in
                "\(name): \(escape(v?.value ?? "—"))" + (v.map { " " + PageText.lineOf(lineLink(documents, k, $0.line)).text(l) } ?? "")
            }
        out.append("<p class=\"meta\">\(escape(doc.path)) — " + meta.joined(separator: " · ") + "</p>")
        if let svg = doc.svg {
            out.append("<div class=\"diagram\">\(inline(svg))</div>")
        }
        if let matrix = doc.matrix, !matrix.nodes.isEmpty { out.append(matrixTable(matrix, documents: documents, doc: k, l)) }
        out.append(findingsTable(doc.findings, documents: documents, docIndex: k, l))
        for hl in doc.highlights {
            out.append("<h3>\(escape(PageText.highlightHeading(hl.term).text(l)))</h3><ul class=\"paths\">")
            for line in hl.report(l) { out.append("<li>\(escape(line))</li>") }
            out.append("</ul>")
        }

        out.append("<h3>\(PageText.systemsHeading.text(l))</h3>")
        out.append(
            "<table class=\"systems\"><thead><tr><th>#</th><th>\(PageText.nameColumn.text(l))</th><th>\(PageText.lineColumn.text(l))</th>"
                + LinkCategory.allCases.map { "<th>\(escape($0.rawValue))</th>" }.joined() + "</tr></thead><tbody>")
        for s in a.systems {
            let cells = s.connections.map { c in "<td>\(mark(c.checked))" + (c.detail.map { " \(escape($0))" } ?? "") + "</td>" }.joined()
            out.append(
                "<tr><td>\(s.no.map(String.init) ?? "?")</td><td>\(escape(s.name ?? PageText.nameLost.text(l)))</td><td>\(lineLink(documents, k, s.line))</td>\(cells)</tr>"
            )
        }
        out.append("</tbody></table>")

        var flowRows: [String] = []
        for flow in a.flows {
            func recovered(_ r: RecoveredFrom?) -> String {
                r.map {
                    " <span class=\"recovered\">"
                        + PageText.recoveredFrom(date: escape($0.date), line: lineLink(documents, k, $0.line)).text(l) + "</span>"
                } ?? ""
            }
            switch flow {
            case .acquisition(let x):
                flowRows.append(
                    "<tr><td>入手元</td><td>\(mark(x.checked)) \(escape(x.party))\(x.detail.map { " (\(escape($0)))" } ?? "")\(recovered(x.recoveredFrom))</td><td></td><td>\(lineLink(documents, k, x.line))</td></tr>"
                )
            case .acquisitionMethod(let x):
                flowRows.append(
                    "<tr><td>入手方法</td><td>\(mark(x.checked)) \(escape(x.method))\(x.detail.map { " (\(escape($0)))" } ?? "")</td><td></td><td>\(lineLink(documents, k, x.line))</td></tr>"
                )
            case .entrustment(let x):
                let sub = x.subcontract.map { $0 ? "再委託する" : "再委託しない" } ?? PageText.subcontractUnknown.text(l)
                flowRows.append(
                    "<tr><td>委託事項\(x.no)</td><td>\(escape(x.item ?? "—"))\(recovered(x.recoveredFrom))</td><td>\(escape(x.contractor?.value ?? "—")) [\(sub)]</td><td>\(lineLink(documents, k, x.line))</td></tr>"
                )
            case .provision(let x), .transfer(let x):
                let kind = flow.kind.blockTitle ?? ""
                let via = x.methods.map { "\(mark($0.checked)) \(escape($0.name))" + ($0.detail.map { " (\(escape($0)))" } ?? "") }.joined(
                    separator: " ")
                flowRows.append(
                    "<tr><td>\(kind)\(x.no)</td><td>\(escape(x.recipient ?? "—"))\(recovered(x.recoveredFrom))</td><td>\(via)<br>根拠: \(escape(x.basis?.value ?? "—"))</td><td>\(lineLink(documents, k, x.line))</td></tr>"
                )
            }
        }
        out.append("<h3>\(PageText.flowsHeading.text(l))</h3>")
        if flowRows.isEmpty {
            out.append("<p>\(PageText.noFlows.text(l))</p>")
        } else {
            out.append(
                "<table class=\"flows\"><thead><tr><th>\(PageText.kindColumn.text(l))</th><th>\(PageText.partyColumn.text(l))</th>"
                    + "<th>\(PageText.methodColumn.text(l))</th><th>\(PageText.lineColumn.text(l))</th></tr></thead><tbody>"
            )
            out += flowRows
            out.append("</tbody></table>")
        }
        if !a.recordedItems.isEmpty {
            out.append(
                "<h3>\(PageText.recordedItems(line: lineLink(documents, k, a.recordedItems[0].line)).text(l))</h3><p>"
                    + a.recordedItems.map { "\(mark($0.checked)) \(escape($0.name))" + ($0.detail.map { " (\(escape($0)))" } ?? "") }
                    .joined(separator: " &nbsp; ")
                    + "</p>")
        }
        if !a.diagnostics.isEmpty {
            out.append("<h3>\(PageText.diagnosticsHeading(a.diagnostics.count).text(l))</h3><ul>")
            for d in a.diagnostics {
                let entry = PageText.diagnosticEntry(
                    severity: d.severity.rawValue, code: escape(d.code), line: lineLink(documents, k, d.line), message: escape(d.message(l))
                )
                out.append("<li>\(entry.text(l))</li>")
            }
            out.append("</ul>")
        }
        return out.joined(separator: "\n")
    }

    /// Every line a finding, a fact of the tables or a diagnostic cites, with two lines around it.
    static func sourceSection(documents: [Document], merged: Merged?, _ l: Language) -> String {
        var out = ["<h2 id=\"sources\">\(PageText.sourcesHeading.text(l))</h2>"]
        for (k, doc) in documents.enumerated() {
            var cited = Set<Int>()
            let mergedHere = (merged?.findings ?? []).flatMap { f in zip(f.paths, f.lines).filter { $0.0 == doc.path }.map(\.1) }
            for f in doc.findings { cited.formUnion(f.lines) }
            cited.formUnion(doc.nodeLines)
            cited.formUnion(doc.matrix?.lines.flatMap { $0.compactMap { $0 } } ?? [])
            cited.formUnion(mergedHere)
            let a = doc.assessment
            cited.formUnion(a.systems.map(\.line))
            cited.formUnion(a.flows.map(\.line))
            cited.formUnion(a.diagnostics.compactMap(\.line))
            cited.formUnion(a.flows.compactMap { $0.recoveredFrom?.line })
            for v in [a.header.number, a.header.organization, a.header.published, a.header.affair] { if let v { cited.insert(v.line) } }
            if let first = a.recordedItems.first { cited.insert(first.line) }
            out.append("<h3>\(escape(doc.path))</h3>")
            if a.source.isPDF {
                out.append(
                    "<p class=\"meta\">"
                        + PageText.pdfLines(command: "<code>piagraph extract --text-layer \(escape(doc.path))</code>").text(l) + "</p>")
            }
            for line in cited.sorted() where line >= 1 && line <= doc.lines.count {
                var block = "<pre class=\"source\" id=\"\(anchor(k, line))\">"
                for n in max(1, line - 2)...min(doc.lines.count, line + 2) {
                    var text = String(doc.lines[n - 1]).filter { $0 != "\u{0C}" }
                    if text.count > 400 { text = String(text.prefix(400)) + " …" }
                    let number = PageText.gutter(page: a.source.page(ofLine: n), line: n).text(l)
                    let content = "<span class=\"n\">\(number)</span> \(escape(text))"
                    block += n == line ? "<span class=\"cited\">\(content)</span>" : content + "\n"
                }
                out.append(block + "</pre>")
            }
        }
        return out.joined(separator: "\n")
    }
}
