import PiagraphModel
import PiagraphText

/// Reads a converted 特定個人情報保護評価書. Tolerant: it never throws on content, keeps
/// going past damaged or missing parts, and reports what it could not read as diagnostics.
public enum DocumentParser {
    public static func parse(_ document: SourceDocument) -> Assessment {
        let lines = LineStore(document.lines)
        var state = ParserState(
            assessment: Assessment(source: Source(path: document.path, sha256: document.sha256,
                                                  encoding: document.encoding.rawValue)),
            lines: lines)
        state.assessment.diagnostics += lines.layoutDiagnostics
        state.run()
        return state.assessment.withoutMarkSentinels()
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
        if !a.systems.isEmpty { landmarks += 1 }
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
enum HeaderField: Hashable {
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

    /// A part heading standing alone on its row, by the form's table of headings.
    static func heading(_ line: CleanLine) -> Part? {
        let t = line.label
        guard let first = t.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "(")
        else { return nil }
        guard line.cells.filter({ !$0.isEmpty }).count == 1 else { return nil }
        let compact = t.filter { $0 != " " }
        return FormLabels.parts.first { compact.hasPrefixBytes($0.key) }?.part
    }
}

struct ParserState {
    var assessment: Assessment
    let lines: LineStore

    private var part: Part = .front
    private var seenParts: Set<Part> = []
    private var system: SystemBuilder?
    private var entrustment: Entrustment?
    private var outflow: (isProvision: Bool, block: Outflow)?
    private var inNetworkSection = false
    private var appendixGroup: String?
    private var tableGroups: [Int: String] = [:]
    private var historyHeaderSeen = false
    private var seen: Set<String> = []
    private var contents: Set<String>?
    private var currentFile: String?
    private var historyCellMode = false
    private var historyText: [(line: Int, text: String, dated: Bool)] = []
    private var conflicted: Set<HeaderField> = []

    init(assessment: Assessment, lines: LineStore) {
        self.assessment = assessment
        self.lines = lines
    }

    private struct SystemBuilder {
        var no: Int?
        var headerLine: Int
        var name: Located<String>?
        var connections: [Connection]?
    }

    private mutating func diag(_ severity: Diagnostic.Severity, _ code: String, _ line: Int?, _ message: String) {
        assessment.diagnostics.append(Diagnostic(severity, code, line: line, message))
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
                contents = []
                continue
            }
            // The change log is the last part; the headings its cells quote do not leave it.
            if part != .appendix2, let heading = Part.heading(line) {
                // 項目一覧 lists the headings; it ends at one listed twice (the real Ⅰ 基本情報).
                let compact = line.label.filter { $0 != " " }
                if var listed = contents, !listed.contains(compact) {
                    listed.insert(compact)
                    contents = listed
                    continue
                }
                contents = nil
                closeBlocks()
                part = heading
                seenParts.insert(heading)
                assessment.headings.append(Located(line.label, line: line.number))
                appendixGroup = nil
                tableGroups = [:]
                continue
            }

            contents = nil
            switch part {
            case .appendix1 where line.isNumberedHeading:
                // A numbered heading cannot belong to the item list: the III heading was lost
                // and its sections follow (001 goes from (別添1) straight to III-5).
                part = .risk
                diag(.note, "section-inferred", line.number,
                     "'\(line.label)' follows (別添1) without a III リスク対策 heading; read as part of III")
            case .appendix1:
                if readAppendixItems(line) { continue }
            case .appendix2:
                if historyCellMode || (lines.isSource(index - 1) && line.cells.count > 1) {
                    flushHistoryText(asCells: true)
                    historyCellMode = true
                    readHistory(line)
                } else {
                    // A date alone in the first column of a laid-out line starts a row for sure.
                    let dated = line.cells.count > 1 && FormLayout.isDate(Substring(line.cells[0]))
                    historyText.append((line.number, line.text, dated))
                }
                continue
            default:
                break
            }
            index = readLine(line, at: index)
        }
        closeBlocks()
        finish()
    }

    private func nextNonBlank(after index: Int) -> Int? {
        var i = index + 1
        while i < lines.count {
            if !lines.isBlank(i) { return i }
            i += 1
        }
        return nil
    }

    /// Reads one labelled row; returns the index of the next line to read (rows may consume
    /// continuation lines).
    private mutating func readLine(_ line: CleanLine, at next: Int) -> Int {
        let key = Key(line.key)
        let value = line.value
        var nextIndex = next

        // Header.
        if let kind = Self.kind(in: line.text) {
            setHeader(.kind, kind, line: line.number)
        }
        if part == .front, let kind = Self.stampKind(in: line.text) {
            setHeader(.kind, kind, line: line.number)
        }
        if line.cells.count >= 2, Key(line.cells[0]) == "評価書番号", Key(line.cells[1]) == "評価書名",
           let row = nextNonBlank(after: next - 1) {
            let cells = lines[row].cells
            if let number = cells.first, !number.isEmpty { setHeader(.number, number, line: lines[row].number) }
            if cells.count > 1, !cells[1].isEmpty { setHeader(.title, cells[1], line: lines[row].number) }
            return row + 1
        }
        if part == .front, !value.isEmpty, let field = Self.coverFields[key.text] {
            setHeader(field, value, line: line.number)
            return nextIndex
        }

        if line.isNumberedHeading || key.hasPrefixBytes("特定個人情報ファイル名") {
            closeBlocks()
            inNetworkSection = key.hasPrefixBytes("情報提供ネットワークシステムによる情報連携")
        }
        readBoxes(line)

        if key == "特定個人情報ファイル名" {
            if !value.isEmpty {
                addFiles(value, line: line.number)
                return nextIndex
            }
            if let row = nextNonBlank(after: next - 1), Part.heading(lines[row]) == nil, !lines[row].isNumberedHeading {
                addFiles(lines[row].label, line: lines[row].number)
                return row + 1
            }
        }
        if key == "事務の名称", part <= .basic {
            if value.isEmpty {
                diag(.warning, "field-empty", line.number, "I-1 ①事務の名称 is empty")
            } else {
                setHeader(.affair, value, line: line.number)
            }
            return nextIndex
        }
        if inNetworkSection, key == "実施の有無" {
            assessment.declarations.networkExchange = Declared(
                value: ChosenValue.read(value, choices: ["実施する", "実施しない", "未定"]), line: line.number)
            if assessment.declarations.networkExchange?.value == nil {
                diag(.warning, "value-unreadable", line.number, "I-5 ①実施の有無: no choice could be read from '\(value)'")
            }
            return nextIndex
        }

        // I-2 systems.
        if let no = numbered(key.text, prefix: "システム") {
            closeBlocks()
            system = SystemBuilder(no: no, headerLine: line.number)
            return nextIndex
        }
        if isRange(key.text, prefix: "システム") {
            closeBlocks()
            return nextIndex
        }
        if key == "システムの名称", line.label.hasPrefixBytes("3") || assessment.header.kind?.value == "基礎項目評価書" {
            readSystemList(value, line: line.number)
            return nextIndex
        }
        if key == "システムの名称" {
            if system == nil || system?.name != nil {
                closeBlocks()
                system = SystemBuilder(no: nil, headerLine: line.number)
                diag(.warning, "system-header-missing", line.number,
                     "①システムの名称 without a システムN heading before it; the system's number is unknown")
            }
            if !value.isEmpty { system?.name = Located(value, line: line.number) }
            return nextIndex
        }
        if key == "他のシステムとの接続", value.isEmpty, system == nil {
            diag(.note, "value-missing", line.number, "③他のシステムとの接続 stands without a system or marks after it; nothing read")
            return nextIndex
        }
        if key == "他のシステムとの接続" {
            if system == nil || system?.connections != nil {
                closeBlocks()
                system = SystemBuilder(no: nil, headerLine: line.number)
                diag(.warning, "system-header-missing", line.number,
                     "③他のシステムとの接続 with no system heading or name before it (lost in conversion); kept as an unnamed system")
            }
            let (text, consumed) = gather(value, from: next, expecting: FormOptions.connections.count)
            nextIndex = consumed
            let group = "③他のシステムとの接続" + (system?.name.map { " of \($0.value)" } ?? "")
            let options = OptionScanner.scan(text).options
            let matched = OptionMatcher.match(options, canonical: FormOptions.connections, line: line.number,
                                              group: group, diagnostics: &assessment.diagnostics)
            system?.connections = matched.map { m in
                let category = LinkCategory(rawValue: m.name)!
                return Connection(category: category, checked: m.checked,
                                  detail: category == .other ? m.detail : nil, line: line.number)
            }
            return nextIndex
        }

        // II-2.
        if key == "主な記録項目" {
            readRecordedItems(value, line: line.number)
            return nextIndex
        }

        // II-3.
        if key == "入手元" {
            seen.insert("acquisition")
            let options = OptionScanner.scan(value).options
            for m in OptionMatcher.match(options, canonical: FormOptions.acquisitionParties, line: line.number,
                                         group: "II-3 ①入手元", diagnostics: &assessment.diagnostics) {
                appendFlow(.acquisition(Acquisition(party: m.name, detail: m.detail, checked: m.checked, line: line.number)))
            }
            return nextIndex
        }
        if key == "入手方法" {
            seen.insert("acquisitionMethod")
            let (text, consumed) = gather(value, from: next, expecting: FormOptions.acquisitionMethods.count)
            nextIndex = consumed
            let options = OptionScanner.scan(text).options
            for m in OptionMatcher.match(options, canonical: FormOptions.acquisitionMethods, line: line.number,
                                         group: "II-3 ②入手方法", diagnostics: &assessment.diagnostics) {
                appendFlow(.acquisitionMethod(AcquisitionMethod(
                    method: m.name, detail: m.name == "その他" ? m.detail : nil, checked: m.checked, line: line.number)))
            }
            return nextIndex
        }

        // II-4.
        if key == "委託の有無" {
            seen.insert("entrustment")
            var count = ChosenValue.count(value)
            if count == nil, next < lines.count, !lines.isBlank(next), lines[next].key.isEmpty || lines[next].label.hasPrefixBytes("(") {
                count = ChosenValue.count(lines[next].text)
            }
            let chosen = ChosenValue.read(value, choices: ["委託する", "委託しない"])
            assessment.declarations.entrustment = Declared(value: chosen, count: count, line: line.number)
            if chosen == nil { diag(.warning, "value-unreadable", line.number, "II-4 委託の有無: no choice could be read") }
            return nextIndex
        }
        if let no = numbered(key.text, prefix: "委託事項") {
            closeBlocks()
            entrustment = Entrustment(no: no, item: value.isEmpty ? nil : value, line: line.number)
            return nextIndex
        }
        if isRange(key.text, prefix: "委託事項") {
            closeBlocks()
            return nextIndex
        }
        if entrustment != nil {
            let v = value.isEmpty ? nil : Located(value, line: line.number)
            switch key {
            case "委託内容": entrustment?.content = v; return nextIndex
            case "委託先における取扱者数":
                entrustment?.handlers = ChosenValue.read(value, choices: Self.handlerChoices).map { Located($0, line: line.number) }
                return nextIndex
            case "委託先名": entrustment?.contractor = v; return nextIndex
            case "再委託の有無":
                let chosen = ChosenValue.read(value, choices: ["再委託する", "再委託しない"])
                entrustment?.subcontract = chosen.map { $0 == "再委託する" }
                entrustment?.subcontractLine = line.number
                if chosen == nil {
                    diag(.warning, "value-unreadable", line.number, "委託事項\(entrustment!.no) ④再委託の有無: no choice could be read")
                }
                return nextIndex
            case "再委託の許諾方法": entrustment?.permission = v; return nextIndex
            case "再委託事項": entrustment?.subcontractItems = v; return nextIndex
            default: break
            }
        }

        // II-5.
        if key.hasPrefixBytes("提供・移転の有無") {
            seen.insert("outflows")
            let options = OptionScanner.scan(value).options
            let matched = OptionMatcher.match(options, canonical: FormOptions.outflowPresence, line: line.number,
                                              group: "II-5 提供・移転の有無", diagnostics: &assessment.diagnostics)
            var declaration = OutflowDeclaration(line: line.number)
            declaration.provides = matched[0].checked
            declaration.provisionCount = matched[0].detail.flatMap { Int($0) }
            declaration.transfers = matched[1].checked
            declaration.transferCount = matched[1].detail.flatMap { Int($0) }
            declaration.none = matched[2].checked
            assessment.declarations.outflows = declaration
            return nextIndex
        }
        for (prefix, isProvision) in [("提供先", true), ("移転先", false)] {
            if let no = numbered(key.text, prefix: prefix) {
                closeBlocks()
                outflow = (isProvision, Outflow(no: no, recipient: value.isEmpty ? nil : value, line: line.number))
                return nextIndex
            }
            if isRange(key.text, prefix: prefix) {
                closeBlocks()
                return nextIndex
            }
        }
        if outflow != nil {
            let v = value.isEmpty ? nil : Located(value, line: line.number)
            switch key {
            case "法令上の根拠": outflow?.block.basis = v
            case "提供先における用途", "移転先における用途": outflow?.block.purpose = v
            case "提供する情報", "移転する情報": outflow?.block.information = v
            case "提供する情報の対象となる本人の数", "移転する情報の対象となる本人の数":
                outflow?.block.population = ChosenValue.read(value, choices: Self.populationChoices).map { Located($0, line: line.number) }
            case "提供する情報の対象となる本人の範囲", "移転する情報の対象となる本人の範囲": outflow?.block.scope = v
            case "時期・頻度": outflow?.block.timing = v
            case "提供方法", "移転方法":
                let isProvision = outflow!.isProvision
                let canonical = isProvision ? FormOptions.provisionMethods : FormOptions.transferMethods
                let (text, consumed) = gather(value, from: next, expecting: canonical.count)
                nextIndex = consumed
                let name = (isProvision ? "提供先" : "移転先") + "\(outflow!.block.no) ⑥" + key.text
                let options = OptionScanner.scan(text).options
                let matched = OptionMatcher.match(options, canonical: canonical, line: line.number, group: name,
                                                  diagnostics: &assessment.diagnostics)
                outflow?.block.methodOptions = matched.map {
                    Choice(name: $0.name, checked: $0.checked, detail: $0.name == "その他" ? $0.detail : nil)
                }
                outflow?.block.methodsLine = line.number
            default: break
            }
        }
        return nextIndex
    }

    static let coverFields: [String: HeaderField] = [
        "評価書番号": .number, "評価書名": .title, "評価実施機関名": .organization, "公表日": .published,
    ]

    /// A header field stated twice with different values is unknown, not one of them picked.
    private mutating func setHeader(_ field: HeaderField, _ value: String, line: Int) {
        if conflicted.contains(field) { return }
        guard let existing = assessment.header[field] else {
            assessment.header[field] = Located(value, line: line)
            return
        }
        if existing.value == value { return }
        conflicted.insert(field)
        assessment.header[field] = nil
        diag(.warning, "field-conflict", line,
             "\(field.label) is stated as '\(existing.value)' (line \(existing.line)) and as '\(value)'; read as unknown")
    }

    static let handlerChoices = ["10人未満", "10人以上50人未満", "50人以上100人未満", "100人以上500人未満", "500人以上1,000人未満", "1,000人以上"]
    static let populationChoices = ["1万人未満", "1万人以上10万人未満", "10万人以上100万人未満", "100万人以上1,000万人未満", "1,000万人以上"]

    /// A group's options can wrap onto following lines that start with a mark; collect them
    /// until the expected number of marks is seen.
    private func gather(_ text: String, from next: Int, expecting count: Int) -> (String, Int) {
        var text = text
        var index = next
        var marks = OptionScanner.scan(text).options.count
        while marks < count, index < lines.count, index < next + 6 {
            let candidate = lines[index]
            if candidate.isBlank { break }
            let scanned = OptionScanner.scan(candidate.text)
            guard scanned.prefix.isEmpty, !scanned.options.isEmpty else { break }
            text += " " + candidate.text
            marks += scanned.options.count
            index += 1
        }
        return (text, index)
    }

    /// The cover stamp `[平成26年4月 様式2]` names the form by its number.
    static func stampKind(in text: String) -> String? {
        guard let offset = text.byteOffset(of: "様式") else { return nil }
        let after = text.utf8.dropFirst(offset + "様式".utf8.count).prefix(1)
        guard let digit = after.first else { return nil }
        return FormLabels.kinds.first { $0.stamp.utf8.last == digit }?.name
    }

    /// 特定個人情報ファイル名: one name, or several numbered `(1) A (2) B` (全項目 lists them all).
    /// In part II the name opens the file's own sections: the facts read until the next one
    /// belong to it.
    private mutating func addFiles(_ text: String, line: Int) {
        var names: [String] = []
        var current = ""
        for token in text.split(separator: " ") {
            if token.hasPrefixBytes("("), let close = token.firstIndex(of: ")"),
               token[token.index(after: token.startIndex)..<close].allSatisfy({ $0.isASCII && $0.isNumber }),
               close > token.index(after: token.startIndex) {
                if !current.isEmpty { names.append(current) }
                current = String(token[token.index(after: close)...])
                continue
            }
            current += current.isEmpty ? String(token) : " " + token
        }
        if !current.isEmpty { names.append(current) }
        for name in names where !assessment.header.files.contains(where: { $0.value == name }) {
            assessment.header.files.append(Located(name, line: line))
        }
        if part == .overview, names.count == 1 { currentFile = names[0] }
    }

    /// 基礎 ③システムの名称: the systems as a bullet list, with no link marks.
    private mutating func readSystemList(_ value: String, line: Int) {
        closeBlocks()
        var names: [String] = []
        for token in value.split(separator: " ") {
            if token.hasPrefixBytes("・") {
                names.append(String(token.dropFirst()))
            } else if !names.isEmpty {
                names[names.count - 1] += " " + token
            }
        }
        if names.isEmpty, !value.isEmpty {
            if value.contains(where: { $0 == "、" || $0 == "。" }) {
                diag(.warning, "value-unreadable", line, "③システムの名称: '\(value)' is not a list of names; no system read")
                return
            }
            names = [value]
        }
        for name in names where !name.isEmpty {
            assessment.systems.append(SystemDeclaration(no: nil, name: name, line: line, connections: [], connectionsLine: nil))
        }
        if !names.isEmpty {
            diag(.note, "links-not-in-form", line,
                 "the 基礎項目評価書 names its systems without ③他のシステムとの接続: no link between them is declared, none is read")
        }
    }

    static func kind(in text: String) -> String? {
        guard text.containsBytes("特定個人情報保護評価書("), let range = text.range(of: "特定個人情報保護評価書(") else { return nil }
        let rest = text[range.upperBound...]
        guard let close = rest.firstIndex(of: ")") else { return nil }
        let kind = String(rest[..<close])
        return kind.hasSuffix("評価書") ? kind : nil
    }

    /// III-4 [ ] 委託しない, III-5 [ ] 提供・移転しない, III-6 [ ] 接続しない(入手) [ ] 接続しない(提供).
    private mutating func readBoxes(_ line: CleanLine) {
        guard line.cells.contains(where: { $0.containsBytes("しない") }) else { return }
        let text = line.text
        let scanned = OptionScanner.scan(text).options
        guard !scanned.isEmpty else { return }
        func box(_ name: String, among names: [String], section: String) -> Box? {
            guard scanned.contains(where: { $0.label.hasPrefixBytes(name) }) else { return nil }
            let group = "\(section) " + names.joined(separator: " / ")
            let matched = OptionMatcher.match(scanned, canonical: names, line: line.number, group: group,
                                              diagnostics: &assessment.diagnostics)
            return Box(checked: matched.first { $0.name == name }?.checked, line: line.number)
        }
        if line.label.containsBytes("特定個人情報ファイルの取扱いの委託"), let b = box("委託しない", among: ["委託しない"], section: "III-4") {
            assessment.declarations.noEntrustmentBox = b
        }
        if line.label.containsBytes("特定個人情報の提供・移転"), let b = box("提供・移転しない", among: ["提供・移転しない"], section: "III-5") {
            assessment.declarations.noOutflowBox = b
        }
        if text.containsBytes("接続しない(入手)") {
            let names = ["接続しない(入手)", "接続しない(提供)"]
            let matched = OptionMatcher.match(scanned, canonical: names, line: line.number, group: "III-6 情報提供ネットワークシステムとの接続",
                                              diagnostics: &assessment.diagnostics)
            assessment.declarations.noNetworkAcquisitionBox = Box(checked: matched[0].checked, line: line.number)
            assessment.declarations.noNetworkProvisionBox = Box(checked: matched[1].checked, line: line.number)
        }
    }

    private mutating func readRecordedItems(_ value: String, line: Int) {
        seen.insert("recordedItems")
        let options = OptionScanner.scan(value).options
        guard !options.isEmpty else {
            diag(.warning, "marks-missing", line, "II-2 主な記録項目: no marked items could be read")
            return
        }
        var names: [String] = []
        var details: [String?] = []
        for option in options {
            // The category bullets (・連絡先等情報) follow the last item of each category.
            var label = option.label
            if let bullet = label.range(of: " ・") { label = String(label[..<bullet.lowerBound]) }
            if label.hasPrefixBytes("・") { label = "" }
            let afterOther = label.hasPrefixBytes("その他") ? label.dropFirst(3) : nil
            if let afterOther, afterOther.isEmpty || afterOther.hasPrefixBytes(" ") || afterOther.hasPrefixBytes("(") {
                names.append("その他")
                details.append(OptionMatcher.parenthesised(afterOther).0)
            } else {
                names.append(label.trimmingSpaces)
                details.append(nil)
            }
        }
        let resolved = MarkResolver.resolve(options.map(\.mark), names: names, line: line, group: "II-2 主な記録項目")
        assessment.diagnostics.append(contentsOf: resolved.diagnostics)
        for k in names.indices where !names[k].isEmpty {
            var item = RecordedItem(name: names[k], checked: resolved.states[k], detail: details[k], line: line)
            item.file = currentFile ?? (assessment.header.files.count == 1 ? assessment.header.files[0].value : nil)
            assessment.recordedItems.append(item)
        }
    }

    /// (別添1): lists separated by 、 or ・, headings (【…】, ○…), and two-column tables of
    /// 名称 / No. / 項目名. Returns false for lines that are not part of the list.
    private mutating func readAppendixItems(_ line: CleanLine) -> Bool {
        let filled = line.cells.filter { !$0.isEmpty }
        if filled.count == 1 {
            let text = filled[0]
            if assessment.header.files.contains(where: { $0.value == text }) || text.hasSuffix("ファイル") {
                appendixGroup = nil
                tableGroups = [:]
                return true
            }
            if text.hasPrefixBytes("【") || text.hasPrefixBytes("○") || text.hasPrefixBytes("■") {
                appendixGroup = text.trimmingCharacters(in: ["【", "】", "○", "■", " "])
                return true
            }
            let separator = text.containsBytes("、") ? "、" : "・"
            for piece in text.splitBytes(separator) {
                let name = String(piece).trimmingSpaces
                if !name.isEmpty, name != "-" { assessment.appendixItems.append(AppendixItem(name: name, group: appendixGroup, line: line.number)) }
            }
            return true
        }
        // A table row: cells in (number, name) pairs, one pair per side-by-side table.
        var pair = 0
        var k = 0
        let cells = line.cells
        while k < cells.count {
            let a = cells[k]
            let b = k + 1 < cells.count ? cells[k + 1] : ""
            if a == "名称" {
                tableGroups[pair] = b
            } else if a.hasPrefixBytes("名称"), b.hasSuffix("項目名") {
                tableGroups[pair] = String(b.dropLast(3)).trimmingSpaces
            } else if !a.isEmpty, a.allSatisfy({ $0.isASCII && $0.isNumber }), !b.isEmpty {
                assessment.appendixItems.append(AppendixItem(name: b, group: tableGroups[pair] ?? appendixGroup, line: line.number))
            }
            pair += 1
            k += 2
        }
        return true
    }

    private mutating func readHistory(_ line: CleanLine) {
        let cells = line.cells
        if cells.first == "変更日" {
            historyHeaderSeen = true
            return
        }
        let filled = cells.filter { !$0.isEmpty }
        if !filled.isEmpty, filled.allSatisfy({ $0.allSatisfy { $0 == "-" } }) { return }
        func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
        let timing = cell(4)
        assessment.history.append(HistoryRow(
            date: cell(0), item: cell(1), before: cell(2), after: cell(3),
            timing: timing.isEmpty ? nil : timing, reason: cell(5), line: line.number))
    }

    /// A change log without cell boundaries (a PDF's text, a flattened page): a row begins at
    /// a date that starts a line or is followed by an item reference (`III-3`, `表紙`); 事前 or
    /// 事後 ends its cells. The cells between cannot be told apart, so the row's text stays in
    /// `item` and a diagnostic says so.
    private mutating func flushHistoryText(asCells: Bool) {
        defer { historyText.removeAll() }
        guard !historyText.isEmpty else { return }
        if asCells {
            for (number, text, _) in historyText { readHistory(CleanLine(number: number, cells: [text])) }
            return
        }
        struct Token { var text: Substring; var line: Int; var startsLine: Bool; var dated: Bool }
        var tokens: [Token] = []
        for (number, text, dated) in historyText {
            for (k, t) in text.split(separator: " ").enumerated() {
                tokens.append(Token(text: t, line: number, startsLine: k == 0, dated: dated && k == 0))
            }
        }
        func isItemReference(_ t: Substring) -> Bool {
            ["I", "V", "表紙", "(別添", "別添", "全体"].contains { t.hasPrefixBytes($0) }
        }
        var starts: [Int] = []
        for (k, token) in tokens.enumerated() where FormLayout.isDate(token.text) {
            if token.startsLine || (k + 1 < tokens.count && isItemReference(tokens[k + 1].text)) { starts.append(k) }
        }
        // A date cell inside a row (変更前 令和6年3月1日) is no new row: each row has one timing.
        var rows: [(start: Int, timing: Int?)] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : tokens.count
            let timing = (start + 1..<end).first { tokens[$0].text == "事前" || tokens[$0].text == "事後" }
            if let last = rows.last, last.timing == nil, !tokens[start].dated {
                rows[rows.count - 1].timing = timing
            } else {
                rows.append((start, timing))
            }
        }
        for (n, row) in rows.enumerated() {
            let end = n + 1 < rows.count ? rows[n + 1].start : tokens.count
            let cellsEnd = row.timing ?? end
            let item = tokens[(row.start + 1)..<cellsEnd].map(\.text).joined(separator: " ")
            let reason = row.timing.map { tokens[($0 + 1)..<end].map(\.text).joined(separator: " ") } ?? ""
            assessment.history.append(HistoryRow(
                date: String(tokens[row.start].text), item: item, before: "", after: "",
                timing: row.timing.map { String(tokens[$0].text) }, reason: reason, line: tokens[row.start].line))
        }
        if !rows.isEmpty {
            diag(.note, "cells-merged", rows.first.map { tokens[$0.start].line },
                 "(別添) 変更箇所 has no cell boundaries in this text: \(rows.count) rows told apart by their dates; 項目, 変更前 and 変更後 of each are kept together in its item")
        }
    }

    /// A flow of part II, tied to the file whose sections state it.
    private mutating func appendFlow(_ flow: Flow) {
        let file = currentFile ?? (assessment.header.files.count == 1 ? assessment.header.files[0].value : nil)
        switch flow {
        case .acquisition(var x): x.file = file; assessment.flows.append(.acquisition(x))
        case .acquisitionMethod(var x): x.file = file; assessment.flows.append(.acquisitionMethod(x))
        case .entrustment(var x): x.file = file; assessment.flows.append(.entrustment(x))
        case .provision(var x): x.file = file; assessment.flows.append(.provision(x))
        case .transfer(var x): x.file = file; assessment.flows.append(.transfer(x))
        }
    }

    private mutating func closeBlocks() {
        if let s = system {
            system = nil
            if let name = s.name {
                let connections = s.connections ?? LinkCategory.allCases.map {
                    Connection(category: $0, checked: nil, detail: nil, line: name.line)
                }
                if s.connections == nil {
                    diag(.warning, "connections-missing", name.line,
                         "システム\(s.no.map(String.init) ?? "?") \(name.value): no ③他のシステムとの接続 row; all seven links read as unknown")
                }
                assessment.systems.append(SystemDeclaration(no: s.no, name: name.value, line: name.line, connections: connections,
                                                            connectionsLine: s.connections?.first?.line))
            } else if let connections = s.connections {
                assessment.systems.append(SystemDeclaration(no: s.no, name: nil, line: connections.first?.line ?? s.headerLine,
                                                            connections: connections, connectionsLine: connections.first?.line))
            } else if let no = s.no {
                diag(.note, "template-empty", s.headerLine, "システム\(no) has no ①システムの名称; not a system")
            }
        }
        if let e = entrustment {
            entrustment = nil
            if e.item != nil || e.contractor != nil {
                appendFlow(.entrustment(e))
            } else if e.content != nil {
                diag(.warning, "block-unnamed", e.line, "委託事項\(e.no) has content but no name; not read as a flow")
            }
        }
        if let (isProvision, block) = outflow {
            outflow = nil
            let label = (isProvision ? "提供先" : "移転先") + "\(block.no)"
            if block.recipient != nil {
                appendFlow(isProvision ? .provision(block) : .transfer(block))
            } else if block.basis != nil || block.purpose != nil || block.information != nil
                        || block.methodOptions.contains(where: { $0.checked == true }) {
                diag(.warning, "block-unnamed", block.line, "\(label) has content but no recipient; not read as a flow")
            }
        }
    }

    private mutating func finish() {
        flushHistoryText(asCells: historyCellMode)
        let h = assessment.header
        let headerFields: [(Located<String>?, String)] = [
            (h.number, "評価書番号"), (h.title, "評価書名"), (h.kind, "評価書の種類"),
            (h.organization, "評価実施機関名"), (h.published, "公表日"), (h.affair, "I-1 ①事務の名称"),
        ]
        for (field, name) in headerFields where field == nil {
            diag(.warning, "field-missing", nil, "\(name) not found")
        }
        if h.files.isEmpty { diag(.warning, "field-missing", nil, "特定個人情報ファイル名 not found") }
        if assessment.systems.isEmpty {
            diag(.warning, "section-missing", nil, "I-2 no system (システムN with ①システムの名称) found")
        }
        let expected: [(String, String)] = [
            ("recordedItems", "II-2 主な記録項目"),
            ("acquisition", "II-3 ①入手元"),
            ("acquisitionMethod", "II-3 ②入手方法"),
            ("entrustment", "II-4 委託の有無"),
            ("outflows", "II-5 提供・移転の有無"),
        ]
        for (tag, name) in expected where !seen.contains(tag) {
            diag(.warning, "section-missing", nil, "\(name) not found in the text; its facts are not read")
        }
        for p in [Part.basic, .overview, .appendix1, .risk, .disclosure, .procedure, .appendix2] where !seenParts.contains(p) {
            diag(.note, "section-missing", nil, "heading '\(p.title)' not found")
        }
        if seenParts.contains(.appendix2) && !historyHeaderSeen && !assessment.history.isEmpty {
            diag(.note, "table-header-missing", nil, "(別添2) has rows but no 変更日 header row")
        }
    }
}

/// The document's rows after the layout stage (FormLayout); source lines kept as they are
/// are cleaned on first use: most of a document's bytes are prose that the parser never
/// reads, and cleaning is the costliest step.
final class LineStore {
    private let raw: [Substring]
    private let slots: [FormLayout.Slot]
    private var cache: [CleanLine?]
    let layoutDiagnostics: [Diagnostic]

    init(_ raw: [Substring]) {
        self.raw = raw
        let layout = FormLayout.rows(raw)
        self.slots = layout.slots
        self.layoutDiagnostics = layout.diagnostics
        self.cache = Array(repeating: nil, count: layout.slots.count)
    }

    var count: Int { slots.count }

    subscript(index: Int) -> CleanLine {
        if let line = cache[index] { return line }
        let line: CleanLine
        switch slots[index] {
        case .source(let i): line = CleanLine(number: i + 1, raw: raw[i])
        case .row(let row): line = row
        }
        cache[index] = line
        return line
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
        guard case .source(let i) = slots[index] else { return true }
        let line = raw[i]
        return line.utf8.count < Self.longLine || line.containsBytes("しない")
    }

    static func isUnlabelled(_ line: CleanLine) -> Bool { line.cells.count == 1 }

    /// Bytes beyond which a source line is prose, not a heading.
    static let longLine = 160
}
