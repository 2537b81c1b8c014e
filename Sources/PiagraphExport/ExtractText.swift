import PiagraphMessages
import PiagraphModel

/// `piagraph extract --format text`: a summary for a person, every fact with its line.
public enum ExtractText {
    public static func render(_ assessments: [Assessment], language: Language = .en) -> String {
        assessments.map { render($0, language: language) }.joined(separator: "\n")
    }

    static func mark(_ checked: Bool?) -> String {
        switch checked {
        case true?: return "[x]"
        case false?: return "[ ]"
        case nil: return "[?]"
        }
    }

    static func e(_ s: String?) -> String { s.map(TerminalText.escape) ?? "—" }
    /// ` (line 57)`; in a PDF's text layer ` (p.3 line 57)`.
    static func at(_ source: Source, _ line: Int?, _ l: Language) -> String {
        line.map { line in ReportWords.at(page: source.page(ofLine: line), line: line).text(l) } ?? ""
    }

    public static func render(_ a: Assessment, language l: Language = .en) -> String {
        func at(_ source: Source, _ line: Int?) -> String { Self.at(source, line, l) }
        var out: [String] = []
        let h = a.header
        out.append("\(e(a.source.path)): \(e(h.title?.value)) [\(e(h.kind?.value)), 評価書番号 \(e(h.number?.value))]")
        out.append("  評価実施機関名: \(e(h.organization?.value))  公表日: \(e(h.published?.value))")
        out.append("  事務の名称: \(e(h.affair?.value))\(at(a.source, h.affair?.line))")
        for file in h.files { out.append("  特定個人情報ファイル: \(e(file.value))\(at(a.source, file.line))") }

        out.append("")
        out.append(ReportWords.systemsHeading(count: a.systems.count).text(l))
        for s in a.systems {
            let title = s.no.map { "システム\($0)" } ?? "システム?"
            out.append("  \(title) \(e(s.name ?? ReportWords.nameLost.text(l)))\(at(a.source, s.line))")
            let links = s.connections.map { c -> String in
                let detail = c.detail.map { " (\(e($0)))" } ?? ""
                return "\(mark(c.checked)) \(c.category.rawValue)\(detail)"
            }
            out.append(
                "    \(ReportWords.links.text(l)): " + (links.isEmpty ? ReportWords.noLinksInForm.text(l) : links.joined(separator: "  ")))
        }

        out.append("")
        out.append(ReportWords.flowsHeading.text(l))
        let acquisitions = a.acquisitions
        if !acquisitions.isEmpty {
            out.append(
                "  入手元\(at(a.source, acquisitions[0].line)): "
                    + acquisitions.map {
                        "\(mark($0.checked)) \($0.party)" + ($0.detail.map { " (\(e($0)))" } ?? "")
                    }.joined(separator: "  "))
        }
        let methods = a.acquisitionMethods
        if !methods.isEmpty {
            out.append(
                "  入手方法\(at(a.source, methods[0].line)): "
                    + methods.map {
                        "\(mark($0.checked)) \($0.method)" + ($0.detail.map { " (\(e($0)))" } ?? "")
                    }.joined(separator: "  "))
        }
        for flow in a.flows {
            switch flow {
            case .entrustment(let x):
                let sub = x.subcontract.map { $0 ? "再委託する" : "再委託しない" } ?? ReportWords.subcontractUnknown.text(l)
                out.append("  委託事項\(x.no) \(e(x.item)) → \(e(x.contractor?.value)) [\(sub)]\(at(a.source, x.line))")
            case .provision(let x), .transfer(let x):
                let kind = flow.kind.blockTitle ?? ""
                let via = x.methods.map { "\(mark($0.checked)) \($0.name)" + ($0.detail.map { " (\(e($0)))" } ?? "") }
                out.append(
                    "  \(kind)\(x.no) \(e(x.recipient))\(at(a.source, x.line)) \(ReportWords.via.text(l)) \(via.isEmpty ? "—" : via.joined(separator: ", "))"
                )
                if let basis = x.basis { out.append("    根拠: \(e(basis.value))\(at(a.source, basis.line))") }
            default: break
            }
        }

        if !a.recordedItems.isEmpty {
            out.append("")
            out.append("主な記録項目\(at(a.source, a.recordedItems[0].line))")
            out.append(
                "  "
                    + a.recordedItems.map { "\(mark($0.checked)) \(e($0.name))" + ($0.detail.map { " (\(e($0)))" } ?? "") }
                    .joined(separator: "  "))
        }
        out.append("")
        out.append(ReportWords.itemCounts(appendix: a.appendixItems.count, history: a.history.count).text(l))

        out.append("")
        out.append(ReportWords.diagnosticsHeading(count: a.diagnostics.count).text(l))
        for d in a.diagnostics {
            let location = (d.line.map { ":\($0)" } ?? "") + a.source.pageNote(d.line, l)
            out.append("  \(e(a.source.path))\(location): \(d.severity.word(l)): [\(d.code)] \(e(d.message(l)))")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
