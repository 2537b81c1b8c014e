import PiagraphForm
import PiagraphMessages
import PiagraphModel
import PiagraphText

struct ParserState {
    var assessment: Assessment
    let lines: LineStore

    var part: Part = .front
    var seenParts: Set<Part> = []
    var system: SystemBuilder?
    /// The last ③他のシステムとの接続 read: its text, line and the diagnostics its reading gave.
    var lastConnections: (text: String, line: Int, diagnostics: Range<Int>)?
    var entrustment: Entrustment?
    /// The open 提供先/移転先 block; `unnamed`: its name is in the text but could not be read.
    var outflow: (isProvision: Bool, block: Outflow, unnamed: Bool)?
    /// The open block's ②用途 and ③情報 rows read empty after its own section's heading
    /// (their labels, as printed), and whether that heading came inside the block.
    var emptyOutflowTexts: [String] = []
    var outflowOverHeading = false
    var inNetworkSection = false
    var appendixGroup: String?
    var tableGroups: [Int: String] = [:]
    var historyHeaderSeen = false
    /// The change log's field (0 変更日 … 5 提出時期に係る説明) of each cell of its rows, from a
    /// header whose columns a PDF split further (see readHistory); nil: the cells in order.
    var historyFields: [Int]?
    /// Change-log lines whose first cell holds no date, reported once at the end.
    var undatedHistoryLines: [Int] = []
    var seen: Set<Section> = []
    var contents = ContentsList()
    var currentFile: String?
    var historyCellMode = false
    var historyText: [(line: Int, text: String, dated: Bool)] = []
    var conflicted: Set<HeaderField> = []
    /// Dates on the cover outside the 公表日 row, for the diagnostic when 公表日 is not read.
    var coverDates: [Located<String>] = []

    /// The sections of II whose presence finish() checks.
    enum Section: CaseIterable {
        case recordedItems, acquisition, acquisitionMethod, entrustment, outflows

        var title: String {
            switch self {
            case .recordedItems: return "II-2 主な記録項目"
            case .acquisition: return "II-3 ①入手元"
            case .acquisitionMethod: return "II-3 ②入手方法"
            case .entrustment: return "II-4 委託の有無"
            case .outflows: return "II-5 提供・移転の有無"
            }
        }
    }

    init(assessment: Assessment, lines: LineStore) {
        self.assessment = assessment
        self.lines = lines
    }

    struct SystemBuilder {
        var no: Int?
        var headerLine: Int
        var name: Located<String>?
        var connections: [Connection]?
        /// Text beside the block's own label 「システムN」, which the form leaves empty: the name,
        /// when ①システムの名称 is set lower in its cell than its value and stands empty.
        var besideHeader: Located<String>?
    }

    mutating func diag(_ severity: Severity, _ code: DiagnosticCode, _ line: Int?, _ text: DiagnosticText) {
        assessment.diagnostics.append(Diagnostic(severity, code, line: line, text))
    }

    mutating func run() {
        var index = 0
        while index < lines.count {
            // III-V hold long prose of which only part headings and the III boxes are read:
            // skip cleaning lines that can be neither.
            if part == .risk || part == .disclosure || part == .procedure, !lines.mayHoldHeadingOrBox(index) {
                index += 1
                continue
            }
            let line = lines[index]
            index += 1
            if line.isBlank { continue }

            if line.label == "項目一覧" {
                contents.open()
                continue
            }
            // The change log is the last part; the headings its cells quote do not leave it once
            // it holds anything (a list of headings without its 項目一覧 line is no change log).
            let inChangeLog = part == .appendix2 && (!historyText.isEmpty || !assessment.history.isEmpty || historyHeaderSeen)
            if !inChangeLog, let heading = Part.heading(line) {
                if contents.lists(line.label.filter { $0 != " " }) { continue }
                contents.close()
                closeBlocks()
                part = heading
                seenParts.insert(heading)
                assessment.headings.append(Located(line.label, line: line.number))
                appendixGroup = nil
                tableGroups = [:]
                continue
            }

            contents.text()
            switch part {
            case .appendix1 where line.isNumberedHeading:
                // A numbered heading cannot belong to the item list: the III heading was lost
                // and its sections follow (001 goes from (別添1) straight to III-5).
                part = .risk
                diag(
                    .note, .sectionInferred, line.number,
                    .sectionInferred(label: line.label))
            case .appendix1:
                if readAppendixItems(line) { continue }
            case .appendix2:
                if historyCellMode || (lines.isSource(index - 1) && line.cells.count > 1) {
                    flushHistoryText(asCells: true)
                    historyCellMode = true
                    readHistory(line)
                } else {
                    // A date alone in the first column of a laid-out line starts a row for sure.
                    let dated = line.cells.count > 1 && EraDates.isDate(Substring(line.cells[0]))
                    historyText.append((line.number, line.text, dated))
                }
                continue
            default:
                break
            }
            index = readRow(line, at: index)
        }
        closeBlocks()
        finish()
    }

    func nextNonBlank(after index: Int) -> Int? {
        var i = index + 1
        while i < lines.count {
            if !lines.isBlank(i) { return i }
            i += 1
        }
        return nil
    }

    static let coverFields: [String: HeaderField] = [
        "評価書番号": .number, "評価書名": .title, "評価実施機関名": .organization, "公表日": .published,
    ]

    /// A header field stated twice with different values is unknown, not one of them picked.
    mutating func setHeader(_ field: HeaderField, _ value: String, line: Int) {
        if conflicted.contains(field) { return }
        guard let existing = assessment.header[field] else {
            assessment.header[field] = Located(value, line: line)
            return
        }
        if existing.value == value { return }
        conflicted.insert(field)
        assessment.header[field] = nil
        diag(
            .warning, .fieldConflict, line,
            .fieldConflict(field: field.label, first: existing.value, firstLine: existing.line, second: value))
    }

    /// A flow of part II, tied to the file whose sections state it.
    mutating func appendFlow(_ flow: Flow) {
        let file = currentFile ?? (assessment.header.files.count == 1 ? assessment.header.files[0].value : nil)
        switch flow {
        case .acquisition(var x):
            x.file = file
            assessment.flows.append(.acquisition(x))
        case .acquisitionMethod(var x):
            x.file = file
            assessment.flows.append(.acquisitionMethod(x))
        case .entrustment(var x):
            x.file = file
            assessment.flows.append(.entrustment(x))
        case .provision(var x):
            x.file = file
            assessment.flows.append(.provision(x))
        case .transfer(var x):
            x.file = file
            assessment.flows.append(.transfer(x))
        }
    }

    mutating func closeBlocks() {
        if let s = system {
            system = nil
            if let name = s.name {
                let connections =
                    s.connections
                    ?? LinkCategory.allCases.map {
                        Connection(category: $0, checked: nil, detail: nil, line: name.line)
                    }
                if s.connections == nil {
                    diag(
                        .warning, .connectionsMissing, name.line,
                        .connectionsMissing(system: s.no, name: name.value))
                }
                assessment.systems.append(
                    SystemDeclaration(
                        no: s.no, name: name.value, line: name.line, connections: connections,
                        connectionsLine: s.connections?.first?.line))
            } else if let connections = s.connections {
                assessment.systems.append(
                    SystemDeclaration(
                        no: s.no, name: nil, line: connections.first?.line ?? s.headerLine,
                        connections: connections, connectionsLine: connections.first?.line))
            } else if let no = s.no {
                diag(.note, .templateEmpty, s.headerLine, .templateEmpty(system: no))
            }
        }
        if let e = entrustment {
            entrustment = nil
            if e.item != nil || e.contractor != nil {
                appendFlow(.entrustment(e))
            } else if e.content != nil || e.subcontract != nil {
                diag(.warning, .blockUnnamed, e.line, .entrustmentUnnamed(number: e.no))
            }
        }
        if let (isProvision, block, unnamed) = outflow {
            outflow = nil
            let label = (isProvision ? NumberedBlock.provision : NumberedBlock.transfer).heading(block.no)
            var block = block
            // The form asks for both texts: where both rows stand empty after the section's
            // heading came inside the block, after the basis, their text came before their labels
            // (the page broke there) and ran on in the basis, which cannot say where it ends.
            if let basis = block.basis, block.purpose == nil, block.information == nil, outflowOverHeading,
                emptyOutflowTexts.count >= 2
            {
                diag(.warning, .valueUnreadable, basis.line, .textHoldsEmptyRows(block: label, empty: emptyOutflowTexts))
                block.basis = nil
            }
            let content =
                block.basis != nil || block.purpose != nil || block.information != nil
                || block.methodOptions.contains(where: { $0.checked == true })
            if block.recipient == nil, content {
                diag(.warning, .blockUnnamed, block.line, unnamed ? .outflowNameUnreadable(block: label) : .outflowUnnamed(block: label))
            }
            // A block whose name ran into its basis's text is still a flow of the document: its
            // recipient is unknown, not absent. A block without a name is none: where its name
            // went, its other rows may have gone too.
            if block.recipient != nil || (unnamed && content) {
                var block = block
                if block.methodsLine == nil, block.methodOptions.isEmpty {
                    // No ⑥ row read: which methods the block selects is unknown, not none.
                    let canonical = isProvision ? FormOptions.provisionMethods : FormOptions.transferMethods
                    block.methodOptions = canonical.map { Choice(name: $0, checked: nil) }
                    diag(
                        .warning, .methodsMissing, block.line,
                        .methodsMissing(block: label, row: isProvision ? "⑥提供方法" : "⑥移転方法"))
                }
                appendFlow(isProvision ? .provision(block) : .transfer(block))
            }
        }
    }

    mutating func finish() {
        flushHistoryText(asCells: historyCellMode)
        let h = assessment.header
        // A field read as unknown because it was stated twice has its field-conflict already.
        for field in HeaderField.allCases where h[field] == nil && !conflicted.contains(field) {
            if field == .published, !coverDates.isEmpty {
                // Say which dates the cover does hold, so a reader can judge by hand.
                diag(
                    .warning, .fieldMissing, nil,
                    .publishedNotFound(dates: coverDates.map(\.value), lines: coverDates.map(\.line)))
                continue
            }
            diag(.warning, .fieldMissing, nil, .fieldMissing(field: field.label))
        }
        if h.files.isEmpty { diag(.warning, .fieldMissing, nil, .fieldMissing(field: "特定個人情報ファイル名")) }
        let basicForm = assessment.form == .basic
        if assessment.systems.isEmpty {
            diag(
                .warning, .sectionMissing, nil,
                basicForm ? .noSystemBasic : .noSystemFull)
        }
        // The 基礎 form has no II-2…II-5: their absence there says nothing.
        if !basicForm {
            for section in Section.allCases where !seen.contains(section) {
                diag(.warning, .sectionMissing, nil, .sectionNotFound(title: section.title))
            }
        }
        let expected: [Part] = basicForm ? [.basic, .risk] : [.basic, .overview, .appendix1, .risk, .disclosure, .procedure, .appendix2]
        let last = seenParts.max() ?? .front
        for p in expected where p < last && !seenParts.contains(p) {
            diag(.note, .sectionMissing, nil, .headingNotFound(title: p.title(basicForm: basicForm)))
        }
        // A text that stops before the form's last parts was cut off (a viewer's excerpt, a
        // partial conversion): say which parts it lacks. Only the change log missing is a note.
        let trailing = expected.filter { $0 > last }
        if !trailing.isEmpty {
            diag(
                trailing == [.appendix2] ? .note : .warning, .textTruncated, lines.lastTextLine,
                .textTruncated(last: last.title(basicForm: basicForm), missing: trailing.map { $0.title(basicForm: basicForm) }))
        }
        if let first = undatedHistoryLines.first {
            diag(
                .warning, .historyRowUnreadable, first,
                .changeLogUndated(count: undatedHistoryLines.count, lines: undatedHistoryLines))
        }
        if seenParts.contains(.appendix2) && !historyHeaderSeen && !assessment.history.isEmpty {
            diag(.note, .tableHeaderMissing, nil, .changeLogHeaderMissing)
        }
    }
}
