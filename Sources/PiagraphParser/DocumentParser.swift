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
        state.run()
        return state.assessment.withoutMarkSentinels()
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
        return landmarks >= 2
    }
}

/// The major parts of the form, in order.
enum Part: Int, Comparable {
    case front, basic, overview, appendix1, risk, disclosure, procedure, appendix2
    static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }

    var title: String {
        switch self {
        case .front: return "表紙"
        case .basic: return "I 基本情報"
        case .overview: return "II 特定個人情報ファイルの概要"
        case .appendix1: return "(別添1) 特定個人情報ファイル記録項目"
        case .risk: return "III リスク対策"
        case .disclosure: return "IV 開示請求、問合せ"
        case .procedure: return "V 評価実施手続"
        case .appendix2: return "(別添2) 変更箇所"
        }
    }

    static func heading(_ line: CleanLine) -> Part? {
        let t = line.label
        guard let first = t.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "(")
        else { return nil }
        guard line.cells.filter({ !$0.isEmpty }).count == 1 else { return nil }
        if t == "I 基本情報" { return .basic }
        if t.hasPrefixBytes("II 特定個人情報ファイルの概要") { return .overview }
        if t.hasPrefixBytes("III リスク対策") || t.hasPrefixBytes("III 特定個人情報ファイルの取扱いプロセスにおけるリスク対策") { return .risk }
        if t.hasPrefixBytes("IV 開示請求") { return .disclosure }
        if t.hasPrefixBytes("V 評価実施手続") { return .procedure }
        if t.hasPrefixBytes("(別添1)") { return .appendix1 }
        if t.hasPrefixBytes("(別添2)") { return .appendix2 }
        return nil
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
    private var inContents = false
    private var lastContentsEntry: Part?

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
                inContents = true
                lastContentsEntry = nil
                continue
            }
            if let heading = Part.heading(line) {
                // The 項目一覧 lists the headings in order; it ends at the first line that is not
                // one of them, or at a heading that goes back (the real I 基本情報).
                if inContents {
                    if let last = lastContentsEntry, heading <= last {
                        inContents = false
                    } else {
                        lastContentsEntry = heading
                        continue
                    }
                }
                closeBlocks()
                part = heading
                seenParts.insert(heading)
                appendixGroup = nil
                tableGroups = [:]
                continue
            }

            inContents = false
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
                readHistory(line)
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
        if assessment.header.kind == nil, let kind = Self.kind(in: line.text) {
            assessment.header.kind = Located(kind, line: line.number)
        }
        if line.cells.count >= 2, Key(line.cells[0]) == "評価書番号", Key(line.cells[1]) == "評価書名",
           let row = nextNonBlank(after: line.number - 1) {
            let cells = lines[row].cells
            if let number = cells.first, !number.isEmpty { assessment.header.number = Located(number, line: row + 1) }
            if cells.count > 1, !cells[1].isEmpty { assessment.header.title = Located(cells[1], line: row + 1) }
            return row + 1
        }
        if part == .front, key == "評価実施機関名" || key == "公表日", value.isEmpty,
           let row = nextNonBlank(after: line.number - 1), Part.heading(lines[row]) == nil {
            let v = Located(lines[row].text, line: row + 1)
            if key == "評価実施機関名" { assessment.header.organization = v } else { assessment.header.published = v }
            return row + 1
        }

        if line.isNumberedHeading || key.hasPrefixBytes("特定個人情報ファイル名") {
            closeBlocks()
            inNetworkSection = key.hasPrefixBytes("情報提供ネットワークシステムによる情報連携")
        }
        readBoxes(line)

        if key == "特定個人情報ファイル名" && value.isEmpty, let row = nextNonBlank(after: line.number - 1),
           Part.heading(lines[row]) == nil, !lines[row].isNumberedHeading {
            let name = lines[row].label
            if !name.isEmpty, !assessment.header.files.contains(where: { $0.value == name }) {
                assessment.header.files.append(Located(name, line: row + 1))
            }
            return row + 1
        }
        if key == "事務の名称", assessment.header.affair == nil {
            if value.isEmpty {
                diag(.warning, "field-empty", line.number, "I-1 ①事務の名称 is empty")
            } else {
                assessment.header.affair = Located(value, line: line.number)
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
                assessment.flows.append(.acquisition(Acquisition(party: m.name, detail: m.detail, checked: m.checked, line: line.number)))
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
                assessment.flows.append(.acquisitionMethod(AcquisitionMethod(
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
            assessment.recordedItems.append(RecordedItem(name: names[k], checked: resolved.states[k],
                                                         detail: details[k], line: line))
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
                assessment.flows.append(.entrustment(e))
            } else if e.content != nil {
                diag(.warning, "block-unnamed", e.line, "委託事項\(e.no) has content but no name; not read as a flow")
            }
        }
        if let (isProvision, block) = outflow {
            outflow = nil
            let label = (isProvision ? "提供先" : "移転先") + "\(block.no)"
            if block.recipient != nil {
                assessment.flows.append(isProvision ? .provision(block) : .transfer(block))
            } else if block.basis != nil || block.purpose != nil || block.information != nil
                        || block.methodOptions.contains(where: { $0.checked == true }) {
                diag(.warning, "block-unnamed", block.line, "\(label) has content but no recipient; not read as a flow")
            }
        }
    }

    private mutating func finish() {
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

/// Source lines cleaned on first use: most of a document's bytes are prose that the parser
/// never reads, and cleaning is the costliest step.
final class LineStore {
    private let raw: [Substring]
    private var cache: [CleanLine?]

    init(_ raw: [Substring]) {
        self.raw = raw
        self.cache = Array(repeating: nil, count: raw.count)
    }

    var count: Int { raw.count }

    subscript(index: Int) -> CleanLine {
        if let line = cache[index] { return line }
        let line = CleanLine(number: index + 1, raw: raw[index])
        cache[index] = line
        return line
    }

    func isBlank(_ index: Int) -> Bool {
        if raw[index].utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        return self[index].isBlank
    }

    /// Headings are short single-cell lines; the boxes say しない.
    func mayHoldHeadingOrBox(_ index: Int) -> Bool {
        let line = raw[index]
        return line.utf8.count < 160 || line.containsBytes("しない")
    }
}
