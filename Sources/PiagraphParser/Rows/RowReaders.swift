import PiagraphForm
import PiagraphMessages
import PiagraphModel
import PiagraphText

/// One row of the form the parser reads: what the layout stage tied together, and where the
/// next row starts (a reader may take continuation rows).
struct Row {
    let line: CleanLine
    let key: Key
    let value: String
    /// Index of the row after this one.
    let next: Int
}

/// How a reader recognises its row: by the label without its circled number.
enum LabelMatch: Sendable {
    /// The label, exactly (`委託先名`).
    case key(String)
    /// The label's beginning (`提供・移転の有無` with its note after it).
    case prefix(String)
    /// A numbered block heading: システム3, 委託事項1, 提供先2, 移転先4.
    case block(String)
    /// The heading of an empty template range: システム2~5.
    case template(String)

    func matches(_ key: Key) -> Bool {
        switch self {
        case .key(let k): return key.text.utf8.elementsEqual(k.utf8)
        case .prefix(let p): return key.hasPrefixBytes(p)
        // A flow block's heading without its number too (委託事項 alone): its number was lost,
        // and its rows are no other block's. (A system's is read by what follows it.)
        case .block(let p):
            return numbered(key.text, prefix: p) != nil
                || (p != NumberedBlock.system.rawValue && key.text.utf8.elementsEqual(p.utf8))
        case .template(let p): return isRange(key.text, prefix: p)
        }
    }

    var first: String {
        switch self {
        case .key(let s), .prefix(let s), .block(let s), .template(let s): return s
        }
    }
}

/// What must be open for a row to mean anything: its block.
enum ReaderContext: Sendable {
    case anywhere
    /// I-5 情報提供ネットワークシステムによる情報連携.
    case networkSection
    /// A 委託事項N block.
    case entrustment
    /// A 提供先N or 移転先N block.
    case outflow
}

/// A row reader: the label it reads, the parts of the form where that label means it, the
/// block it needs, and what it does. The table below is the parser's grammar of rows.
struct RowReader: Sendable {
    let match: LabelMatch
    let parts: ClosedRange<Part>
    let context: ReaderContext
    let read: @Sendable (inout ParserState, Row) -> Int

    init(
        _ match: LabelMatch, in parts: ClosedRange<Part>, _ context: ReaderContext = .anywhere,
        _ read: @escaping @Sendable (inout ParserState, Row) -> Int
    ) {
        self.match = match
        self.parts = parts
        self.context = context
        self.read = read
    }
}

extension ParserState {
    /// The rows of the three forms, by section. Parts are ranges because a converter can lose a
    /// heading: a row of I read before the I heading is still a row of I.
    static let readers: [RowReader] = [
        // Cover.
        RowReader(.key("評価書番号"), in: .front ... .front) { $0.readNumber($1) },
        RowReader(.key("評価書名"), in: .front ... .front) { $0.readCover(.title, $1) },
        RowReader(.key("評価実施機関名"), in: .front ... .front) { $0.readCover(.organization, $1) },
        RowReader(.key("公表日"), in: .front ... .front) { $0.readCover(.published, $1) },
        // I-1, I-3 (基礎 I 関連情報 1, 2); II-1 names the file whose sections follow.
        RowReader(.key("事務の名称"), in: .front ... .basic) { $0.readAffair($1) },
        RowReader(.key("特定個人情報ファイル名"), in: .front ... .overview) { $0.readFileName($1) },
        // I-2 (基礎: ③システムの名称, a list).
        RowReader(.block(NumberedBlock.system.rawValue), in: .front ... .basic) { $0.openSystem($1) },
        RowReader(.template(NumberedBlock.system.rawValue), in: .front ... .basic) { $0.closeTemplate($1) },
        RowReader(.key("システムの名称"), in: .front ... .basic) { $0.readSystemName($1) },
        RowReader(.key("他のシステムとの接続"), in: .front ... .basic) { $0.readConnections($1) },
        // I-5.
        RowReader(.key("実施の有無"), in: .front ... .basic, .networkSection) { $0.readNetworkExchange($1) },
        // II-2, II-3.
        RowReader(.key("主な記録項目"), in: .front ... .overview) { $0.readRecordedItems($1) },
        RowReader(.key("入手元"), in: .front ... .overview) { $0.readAcquisitionParties($1) },
        RowReader(.key("入手方法"), in: .front ... .overview) { $0.readAcquisitionMethods($1) },
        // II-4 (全項目 adds rows: read by these same labels, the others are not facts of ours).
        RowReader(.key("委託の有無"), in: .front ... .overview) { $0.readEntrustmentDeclared($1) },
        RowReader(.block(NumberedBlock.entrustment.rawValue), in: .front ... .overview) { $0.openEntrustment($1) },
        RowReader(.template(NumberedBlock.entrustment.rawValue), in: .front ... .overview) { $0.closeTemplate($1) },
        RowReader(.key("委託内容"), in: .front ... .overview, .entrustment) {
            $0.entrustment?.content = $1.located
            return $1.next
        },
        RowReader(.key("委託先における取扱者数"), in: .front ... .overview, .entrustment) { $0.readHandlers($1) },
        RowReader(.key("委託先名"), in: .front ... .overview, .entrustment) {
            $0.entrustment?.contractor = $1.located
            return $1.next
        },
        RowReader(.key("再委託の有無"), in: .front ... .overview, .entrustment) { $0.readSubcontract($1) },
        RowReader(.key("再委託の許諾方法"), in: .front ... .overview, .entrustment) {
            $0.entrustment?.permission = $1.located
            return $1.next
        },
        RowReader(.key("再委託事項"), in: .front ... .overview, .entrustment) {
            $0.entrustment?.subcontractItems = $1.located
            return $1.next
        },
        // II-5.
        RowReader(.prefix("提供・移転の有無"), in: .front ... .overview) { $0.readOutflowDeclared($1) },
        RowReader(.block(NumberedBlock.provision.rawValue), in: .front ... .overview) { $0.openOutflow($1, isProvision: true) },
        RowReader(.block(NumberedBlock.transfer.rawValue), in: .front ... .overview) { $0.openOutflow($1, isProvision: false) },
        RowReader(.template(NumberedBlock.provision.rawValue), in: .front ... .overview) { $0.closeTemplate($1) },
        RowReader(.template(NumberedBlock.transfer.rawValue), in: .front ... .overview) { $0.closeTemplate($1) },
        RowReader(.key("法令上の根拠"), in: .front ... .overview, .outflow) {
            $0.outflow?.block.basis = $1.located
            return $1.next
        },
        RowReader(.key("提供先における用途"), in: .front ... .overview, .outflow) { $0.readOutflowText($1, \.purpose) },
        RowReader(.key("移転先における用途"), in: .front ... .overview, .outflow) { $0.readOutflowText($1, \.purpose) },
        RowReader(.key("提供する情報"), in: .front ... .overview, .outflow) { $0.readOutflowText($1, \.information) },
        RowReader(.key("移転する情報"), in: .front ... .overview, .outflow) { $0.readOutflowText($1, \.information) },
        RowReader(.key("提供する情報の対象となる本人の数"), in: .front ... .overview, .outflow) { $0.readPopulation($1) },
        RowReader(.key("移転する情報の対象となる本人の数"), in: .front ... .overview, .outflow) { $0.readPopulation($1) },
        RowReader(.key("提供する情報の対象となる本人の範囲"), in: .front ... .overview, .outflow) {
            $0.outflow?.block.scope = $1.located
            return $1.next
        },
        RowReader(.key("移転する情報の対象となる本人の範囲"), in: .front ... .overview, .outflow) {
            $0.outflow?.block.scope = $1.located
            return $1.next
        },
        RowReader(.key("時期・頻度"), in: .front ... .overview, .outflow) {
            $0.outflow?.block.timing = $1.located
            return $1.next
        },
        RowReader(.key("提供方法"), in: .front ... .overview, .outflow) { $0.readOutflowMethods($1) },
        RowReader(.key("移転方法"), in: .front ... .overview, .outflow) { $0.readOutflowMethods($1) },
    ]

    /// Readers by the first byte of their label, so a row is tried against a handful of them.
    static let readerIndex: [UInt8: [Int]] = {
        var index: [UInt8: [Int]] = [:]
        for (k, reader) in readers.enumerated() { index[reader.match.first.utf8.first!, default: []].append(k) }
        return index
    }()

    /// Reads one row: what every row may state (the form's title or stamp, the III boxes, a
    /// section boundary), then the first reader of the table that takes it. Returns the index
    /// of the next row to read.
    mutating func readRow(_ line: CleanLine, at next: Int) -> Int {
        let row = Row(line: line, key: Key(line.key), value: line.value, next: next)
        // The title can stand on any row; the stamp and the dates are the cover's.
        if line.cells.contains(where: { $0.containsBytes(FormLabels.title) }), let kind = Self.kind(in: line.text) {
            setHeader(.kind, kind, line: line.number)
        }
        if part == .front { readCoverMarks(line, row: row) }
        // `評価書番号<TAB>評価書名` above the values' row (a converted table).
        if line.cells.count >= 2, Key(line.cells[0]) == "評価書番号", Key(line.cells[1]) == "評価書名",
            let valueRow = nextNonBlank(after: next - 1)
        {
            let cells = lines[valueRow].cells
            if let number = cells.first, !number.isEmpty { setHeader(.number, number, line: lines[valueRow].number) }
            if cells.count > 1, !cells[1].isEmpty { setHeader(.title, cells[1], line: lines[valueRow].number) }
            return valueRow + 1
        }
        if line.isNumberedHeading || row.key.hasPrefixBytes("特定個人情報ファイル名") {
            // The open block's own section heading, read after the block's rows began (reading
            // order set it there: printed at a page's top, or repeated over it), leaves it open.
            let own =
                (outflow?.block.basis != nil && line.label.containsBytes("特定個人情報の提供・移転"))
                || (entrustment?.content != nil && line.label.containsBytes("特定個人情報ファイルの取扱いの委託"))
            if !own {
                closeBlocks()
            } else if outflow != nil {
                emptyOutflowTexts = []
                outflowOverHeading = true
            }
            inNetworkSection = row.key.hasPrefixBytes("情報提供ネットワークシステムによる情報連携")
        }
        readBoxes(line)
        guard let head = row.key.text.utf8.first, let candidates = Self.readerIndex[head] else { return next }
        for k in candidates {
            let reader = Self.readers[k]
            guard reader.parts.contains(part), reader.match.matches(row.key) else { continue }
            switch reader.context {
            case .anywhere: break
            case .networkSection: guard inNetworkSection else { continue }
            case .entrustment: guard entrustment != nil else { continue }
            case .outflow: guard outflow != nil else { continue }
            }
            return reader.read(&self, row)
        }
        return next
    }

    // MARK: - Cover and I

    /// The cover stamp names the form; dates outside the 公表日 row are kept for its diagnostic.
    mutating func readCoverMarks(_ line: CleanLine, row: Row) {
        let text = line.text
        if let kind = Self.stampKind(in: text) { setHeader(.kind, kind, line: line.number) }
        guard row.key != "公表日" else { return }
        for date in EraDates.all(in: text) where !coverDates.contains(where: { $0.value == date }) {
            coverDates.append(Located(date, line: line.number))
        }
    }

    mutating func readNumber(_ row: Row) -> Int {
        readCover(.number, row)
    }

    mutating func readCover(_ field: HeaderField, _ row: Row) -> Int {
        if !row.value.isEmpty { setHeader(field, row.value, line: row.line.number) }
        return row.next
    }

    mutating func readAffair(_ row: Row) -> Int {
        if row.value.isEmpty {
            diag(.warning, .fieldEmpty, row.line.number, .fieldEmpty(field: "I-1 ①事務の名称"))
        } else {
            setHeader(.affair, row.value, line: row.line.number)
        }
        return row.next
    }

    mutating func readFileName(_ row: Row) -> Int {
        if !row.value.isEmpty {
            addFiles(row.value, line: row.line.number)
            return row.next
        }
        if let valueRow = nextNonBlank(after: row.next - 1), Part.heading(lines[valueRow]) == nil, !lines[valueRow].isNumberedHeading {
            addFiles(lines[valueRow].label, line: lines[valueRow].number)
            return valueRow + 1
        }
        return row.next
    }

    mutating func readNetworkExchange(_ row: Row) -> Int {
        assessment.declarations.networkExchange = Declared(
            value: ChosenValue.read(row.value, choices: ["実施する", "実施しない", "未定"]), line: row.line.number)
        if assessment.declarations.networkExchange?.value == nil {
            diag(.warning, .valueUnreadable, row.line.number, .noChoiceFrom(item: "I-5 ①実施の有無", value: row.value))
        }
        return row.next
    }

    mutating func closeTemplate(_ row: Row) -> Int {
        closeBlocks()
        return row.next
    }

    /// 委託事項, 提供先 or 移転先 without its number: a block whose number was lost (a page number
    /// taken for it, a cut heading). Its rows are not the open block's.
    mutating func closeUnnumberedBlock(_ row: Row) -> Int {
        closeBlocks()
        diag(.warning, .blockUnnamed, row.line.number, .blockNumberLost(block: row.key.text))
        return row.next
    }

    mutating func openSystem(_ row: Row) -> Int {
        closeBlocks()
        system = SystemBuilder(no: numbered(row.key.text, prefix: NumberedBlock.system.rawValue), headerLine: row.line.number)
        if !row.value.isEmpty {
            system?.besideHeader = Located(row.value, line: row.line.number)
        } else if let k = nextNonBlank(after: row.next - 1), lines[k].cells.filter({ !$0.isEmpty }).count == 1,
            case let text = lines[k].text, FormLayout.Builder.isShortName(text), !FormLayout.Builder.isLabelStart(text),
            let after = nextNonBlank(after: k), Key(lines[after].key) == "システムの名称", lines[after].value.isEmpty
        {
            // The name on a line of its own between the heading and an empty ①システムの名称 (a PDF
            // of a label centred in its tall cell): the name printed above its label.
            system?.besideHeader = Located(text, line: lines[k].number)
            return k + 1
        }
        return row.next
    }

    mutating func readSystemName(_ row: Row) -> Int {
        // 基礎: ③システムの名称 lists the systems; elsewhere ① names the current システムN.
        if row.line.label.hasPrefixBytes("3") || assessment.form == .basic {
            readSystemList(row.value, line: row.line.number)
            return row.next
        }
        if system == nil || system?.name != nil {
            closeBlocks()
            system = SystemBuilder(no: nil, headerLine: row.line.number)
            diag(
                .warning, .systemHeaderMissing, row.line.number,
                .nameWithoutSystemHeading)
        }
        if !row.value.isEmpty {
            system?.name = Located(row.value, line: row.line.number)
        } else if let beside = system?.besideHeader {
            system?.name = beside
            diag(.note, .valueBeforeLabel, beside.line, .nameBesideBlockLabel(name: beside.value, labelLine: row.line.number))
        }
        return row.next
    }

    mutating func readConnections(_ row: Row) -> Int {
        let line = row.line
        if row.value.isEmpty, system == nil {
            diag(.note, .valueMissing, line.number, .connectionsAlone)
            return row.next
        }
        var (text, consumed) = gather(row.value, from: row.next, expecting: FormOptions.connections.count)
        var at = line.number
        if system != nil, system?.connections != nil, let last = lastConnections,
            last.diagnostics.upperBound == assessment.diagnostics.count,
            case let named = OptionMatcher.named(OptionScanner.scan(text).options, canonical: FormOptions.connections), !named.isEmpty,
            named.isDisjoint(with: OptionMatcher.named(OptionScanner.scan(last.text).options, canonical: FormOptions.connections))
        {
            // The rest of the same list under its label printed again (a page break inside the
            // cell): one list, read as one, not a system of its own.
            assessment.diagnostics.removeSubrange(last.diagnostics)
            text = last.text + " " + text
            at = last.line
        } else if system == nil || system?.connections != nil {
            closeBlocks()
            system = SystemBuilder(no: nil, headerLine: line.number)
            diag(
                .warning, .systemHeaderMissing, line.number,
                .connectionsUnnamed)
        }
        let group = FormPlace.connections(of: system?.name?.value)
        let start = assessment.diagnostics.count
        let matched = OptionMatcher.match(
            OptionScanner.scan(text).options, canonical: FormOptions.connections,
            line: at, group: group, diagnostics: &assessment.diagnostics)
        lastConnections = (text, at, start..<assessment.diagnostics.count)
        system?.connections = matched.map { m in
            let category = LinkCategory(rawValue: m.name)!
            return Connection(category: category, checked: m.checked, detail: category == .other ? m.detail : nil, line: at)
        }
        return consumed
    }

    // MARK: - II

    mutating func readRecordedItems(_ row: Row) -> Int {
        readRecordedItems(row.value, line: row.line.number)
        return row.next
    }

    mutating func readAcquisitionParties(_ row: Row) -> Int {
        seen.insert(.acquisition)
        let options = OptionScanner.scan(row.value).options
        for m in OptionMatcher.match(
            options, canonical: FormOptions.acquisitionParties, line: row.line.number,
            group: "II-3 ①入手元", diagnostics: &assessment.diagnostics)
        {
            appendFlow(.acquisition(Acquisition(party: m.name, detail: m.detail, checked: m.checked, line: row.line.number)))
        }
        return row.next
    }

    mutating func readAcquisitionMethods(_ row: Row) -> Int {
        seen.insert(.acquisitionMethod)
        let (text, consumed) = gather(row.value, from: row.next, expecting: FormOptions.acquisitionMethods.count)
        for m in OptionMatcher.match(
            OptionScanner.scan(text).options, canonical: FormOptions.acquisitionMethods,
            line: row.line.number, group: "II-3 ②入手方法", diagnostics: &assessment.diagnostics)
        {
            appendFlow(
                .acquisitionMethod(
                    AcquisitionMethod(
                        method: m.name, detail: m.name == "その他" ? m.detail : nil, checked: m.checked, line: row.line.number)))
        }
        return consumed
    }

    mutating func readEntrustmentDeclared(_ row: Row) -> Int {
        seen.insert(.entrustment)
        let next = row.next
        var count = ChosenValue.count(row.value)
        if count == nil, next < lines.count, !lines.isBlank(next), lines[next].key.isEmpty || lines[next].label.hasPrefixBytes("(") {
            count = ChosenValue.count(lines[next].text)
        }
        let chosen = ChosenValue.read(row.value, choices: ["委託する", "委託しない"])
        assessment.declarations.entrustment = Declared(value: chosen, count: count, line: row.line.number)
        if chosen == nil { diag(.warning, .valueUnreadable, row.line.number, .noChoice(item: "II-4 委託の有無")) }
        return next
    }

    mutating func openEntrustment(_ row: Row) -> Int {
        guard let no = numbered(row.key.text, prefix: NumberedBlock.entrustment.rawValue) else { return closeUnnumberedBlock(row) }
        closeBlocks()
        entrustment = Entrustment(no: no, item: row.value.isEmpty ? nil : row.value, line: row.line.number)
        return row.next
    }

    mutating func readHandlers(_ row: Row) -> Int {
        entrustment?.handlers = ChosenValue.read(row.value, choices: Self.handlerChoices).map { Located($0, line: row.line.number) }
        return row.next
    }

    mutating func readSubcontract(_ row: Row) -> Int {
        let chosen = ChosenValue.read(row.value, choices: ["再委託する", "再委託しない"])
        entrustment?.subcontract = chosen.map { $0 == "再委託する" }
        entrustment?.subcontractLine = row.line.number
        if chosen == nil, let no = entrustment?.no {
            diag(.warning, .valueUnreadable, row.line.number, .noChoice(item: "委託事項\(no) ④再委託の有無"))
        }
        return row.next
    }

    mutating func readOutflowDeclared(_ row: Row) -> Int {
        seen.insert(.outflows)
        let matched = OptionMatcher.match(
            OptionScanner.scan(row.value).options, canonical: FormOptions.outflowPresence,
            line: row.line.number, group: "II-5 提供・移転の有無", diagnostics: &assessment.diagnostics)
        var declaration = OutflowDeclaration(line: row.line.number)
        declaration.provides = matched[0].checked
        declaration.provisionCount = matched[0].detail.flatMap { Int($0) }
        declaration.transfers = matched[1].checked
        declaration.transferCount = matched[1].detail.flatMap { Int($0) }
        declaration.none = matched[2].checked
        assessment.declarations.outflows = declaration
        return row.next
    }

    mutating func openOutflow(_ row: Row, isProvision: Bool) -> Int {
        guard let no = numbered(row.key.text, prefix: (isProvision ? NumberedBlock.provision : NumberedBlock.transfer).rawValue)
        else { return closeUnnumberedBlock(row) }
        closeBlocks()
        emptyOutflowTexts = []
        outflowOverHeading = false
        outflow = (
            isProvision, Outflow(no: no, recipient: row.value.isEmpty ? nil : row.value, line: row.line.number),
            row.line.valueUnreadable
        )
        return row.next
    }

    mutating func readOutflowText(_ row: Row, _ field: WritableKeyPath<Outflow, Located<String>?>) -> Int {
        guard outflow != nil else { return row.next }
        outflow!.block[keyPath: field] = row.located
        if row.located == nil { emptyOutflowTexts.append(FormLayout.Builder.printed(row.line.cells[0])) }
        return row.next
    }

    mutating func readPopulation(_ row: Row) -> Int {
        outflow?.block.population = ChosenValue.read(row.value, choices: Self.populationChoices).map { Located($0, line: row.line.number) }
        return row.next
    }

    mutating func readOutflowMethods(_ row: Row) -> Int {
        guard let (isProvision, block, _) = outflow else { return row.next }
        let canonical = isProvision ? FormOptions.provisionMethods : FormOptions.transferMethods
        let (text, consumed) = gather(row.value, from: row.next, expecting: canonical.count)
        let group = FormPlace.item((isProvision ? NumberedBlock.provision : NumberedBlock.transfer).heading(block.no) + " ⑥" + row.key.text)
        let matched = OptionMatcher.match(
            OptionScanner.scan(text).options, canonical: canonical, line: row.line.number,
            group: group, diagnostics: &assessment.diagnostics)
        outflow?.block.methodOptions = matched.map {
            Choice(name: $0.name, checked: $0.checked, detail: $0.name == "その他" ? $0.detail : nil)
        }
        outflow?.block.methodsLine = row.line.number
        return consumed
    }
}

extension Row {
    /// The value as a located fact, nil when the row is empty.
    var located: Located<String>? { value.isEmpty ? nil : Located(value, line: line.number) }
}

extension ParserState {
    static let handlerChoices = ["10人未満", "10人以上50人未満", "50人以上100人未満", "100人以上500人未満", "500人以上1,000人未満", "1,000人以上"]
    static let populationChoices = ["1万人未満", "1万人以上10万人未満", "10万人以上100万人未満", "100万人以上1,000万人未満", "1,000万人以上"]

    /// How many following lines an option group may wrap onto: the longest grid, 提供方法's
    /// seven options, one a line.
    static let optionLinesMax = 6

    /// A group's options can wrap onto following lines that start with a mark; collect them
    /// until the expected number of marks is seen.
    func gather(_ text: String, from next: Int, expecting count: Int) -> (String, Int) {
        var text = text
        var index = next
        var marks = OptionScanner.scan(text).options.count
        while marks < count, index < lines.count, index < next + Self.optionLinesMax {
            let candidate = lines[index]
            if candidate.isBlank { break }
            let scanned = OptionScanner.scan(candidate.text)
            guard scanned.prefix.isEmpty, !scanned.options.isEmpty else { break }
            text += " " + candidate.text
            marks += scanned.options.count
            index += 1
        }
        // The last option's text in parentheses wrapped onto a line of its own (「その他 ( 番号連携
        // サーバを利用する全てのシ」 「ステム )」): taken when that line closes the parenthesis.
        // Only when the lines taken close it: nothing is taken on a guess.
        var taken = text
        var at = index
        for _ in 0..<2 where Self.unclosed(taken) && at < lines.count {
            let candidate = lines[at]
            guard !candidate.isBlank, LineStore.isUnlabelled(candidate), OptionScanner.scan(candidate.text).options.isEmpty,
                Part.heading(candidate) == nil
            else { break }
            taken += FormLayout.Builder.glue(taken, candidate.text) + candidate.text
            at += 1
        }
        if at > index, !Self.unclosed(taken) { return (taken, at) }
        return (text, index)
    }

    /// Whether the text leaves a parenthesis open.
    static func unclosed(_ text: String) -> Bool {
        text.utf8.filter { $0 == 0x28 }.count > text.utf8.filter { $0 == 0x29 }.count
    }

    /// The cover stamp `[平成26年4月 様式2]` names the form by its number.
    static func stampKind(in text: String) -> String? {
        guard text.containsBytes("様式") else { return nil }
        let text = text.filter { $0 != " " }  // 「様式 3」 as some PDF producers print it
        guard let offset = text.byteOffset(of: "様式") else { return nil }
        let after = text.utf8.dropFirst(offset + "様式".utf8.count).prefix(1)
        guard let digit = after.first else { return nil }
        return FormLabels.stamps.first { $0.stamp.utf8.last == digit }?.form.rawValue
    }

    /// 特定個人情報ファイル名: one name, or several numbered `(1) A (2) B` (全項目 lists them all).
    /// In part II the name opens the file's own sections: the facts read until the next one
    /// belong to it.
    mutating func addFiles(_ text: String, line: Int) {
        var names: [String] = []
        var current = ""
        for token in text.split(separator: " ") {
            if token.hasPrefixBytes("("), let close = token.firstIndex(of: ")"),
                token[token.index(after: token.startIndex)..<close].allSatisfy({ $0.isASCII && $0.isNumber }),
                close > token.index(after: token.startIndex)
            {
                assessment.header.filesNumbered = true
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
    mutating func readSystemList(_ value: String, line: Int) {
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
                diag(.warning, .valueUnreadable, line, .systemListUnreadable(value: value))
                return
            }
            names = [value]
        }
        for name in names where !name.isEmpty {
            assessment.systems.append(SystemDeclaration(no: nil, name: name, line: line, connections: [], connectionsLine: nil))
        }
        if !names.isEmpty {
            diag(
                .note, .linksNotInForm, line,
                .linksNotInBasicForm)
        }
    }

    static func kind(in text: String) -> String? {
        // 「特定個人情報保護評価書 ( 重点項目評価書 )」: the form's words, whatever spaces a printing set.
        let text = text.utf8.contains(0x20) ? text.filter { $0 != " " } : text
        let opening = "特定個人情報保護評価書("
        guard let offset = text.byteOffset(of: opening) else { return nil }
        let rest = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset + opening.utf8.count)...]
        guard let close = rest.firstIndex(of: ")") else { return nil }
        let kind = String(rest[..<close])
        return kind.hasSuffix("評価書") ? kind : nil
    }

    /// III-4 [ ] 委託しない, III-5 [ ] 提供・移転しない, III-6 [ ] 接続しない(入手) [ ] 接続しない(提供).
    mutating func readBoxes(_ line: CleanLine) {
        guard line.cells.contains(where: { $0.containsBytes("しない") }) else { return }
        let text = line.text
        let scanned = OptionScanner.scan(text).options
        guard !scanned.isEmpty else { return }
        func box(_ name: String, among names: [String], section: String) -> Box? {
            guard scanned.contains(where: { $0.label.hasPrefixBytes(name) }) else { return nil }
            let group = FormPlace.item("\(section) " + names.joined(separator: " / "))
            let matched = OptionMatcher.match(
                scanned, canonical: names, line: line.number, group: group,
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
            let matched = OptionMatcher.match(
                scanned, canonical: names, line: line.number, group: "III-6 情報提供ネットワークシステムとの接続",
                diagnostics: &assessment.diagnostics)
            assessment.declarations.noNetworkAcquisitionBox = Box(checked: matched[0].checked, line: line.number)
            assessment.declarations.noNetworkProvisionBox = Box(checked: matched[1].checked, line: line.number)
        }
    }

    mutating func readRecordedItems(_ value: String, line: Int) {
        seen.insert(.recordedItems)
        let options = OptionScanner.scan(value).options
        guard !options.isEmpty else {
            diag(.warning, .marksMissing, line, .recordedItemsUnmarked)
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
                // Read as any option's text.
                details.append(
                    OptionMatcher.checkedDetail(
                        afterOther, group: .item("II-2 主な記録項目"), option: "その他", line: line,
                        diagnostics: &assessment.diagnostics
                    ).detail)
            } else {
                names.append(FormOptions.recordedItemName(label.trimmingSpaces))
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
}
