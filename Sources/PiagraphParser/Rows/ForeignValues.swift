import PiagraphForm
import PiagraphMessages
import PiagraphModel
import PiagraphText

/// A last look at every free-text value the parser read, by what the form says each cell can
/// hold: a name never holds a marked option of the form, a select box's <選択肢>, a legal basis
/// (提供先・委託先・評価実施機関), a bare date, or a sentence going on after its 。. Where a layout
/// was misread, a value can run into its neighbour's cell; such a value is not this fact, so it is
/// read as unknown with a diagnostic (`value-foreign`) rather than reported with the neighbour's
/// text in it. This judges the value by its kind, never by the printing it came from.
enum ForeignValues {
    enum Kind {
        /// A name: organization, recipient, contractor, entrustment item.
        case name
        /// A name that is never a legal basis or a date (提供先・移転先, 委託先, 評価実施機関名).
        case party
        /// Free text: an option's text in parentheses (その他( ), 入手元's detail), an outflow's
        /// legal basis. It holds no other option.
        case text
    }

    /// Why the value cannot be this cell's text; nil when nothing foreign is in it.
    static func reason(_ value: String, _ kind: Kind) -> ForeignReason? {
        if value.containsBytes("<選択肢>") { return .selectBoxList }
        if let option = markedOption(value) { return .markedOption(option) }
        switch kind {
        case .text: return nil
        case .name, .party:
            if kind == .party, citesArticle(value) || namesLaw(value) { return .legalBasis }
            if kind == .party, EraDates.isDate(Substring(value.filter { $0 != " " })) { return .date }
            if sentenceGoesOn(value) { return .sentenceGoesOn }
            if closesAnother(value) { return .strayBracket }
            if let words = formWords(value) { return .formWords(words) }
            return nil
        }
    }

    /// A mark of the form followed by the beginning of one of the form's option names.
    private static func markedOption(_ value: String) -> String? {
        guard value.unicodeScalars.contains(where: { MarkGlyphs.isGlyph($0) || MarkSentinel.isSentinel($0) || $0 == "[" })
        else { return nil }
        for option in OptionScanner.scan(value).options {
            let label = option.label.filter { $0 != " " }
            guard !label.isEmpty else { continue }
            // A cut option (「行政機関・独立行」) counts once three characters of it are there.
            for name in allOptions where zip(label, name).prefix(while: { $0 == $1 }).count >= min(name.count, 3) {
                return option.label
            }
        }
        return nil
    }

    private static let allOptions: [String] = {
        var seen = Set<String>()
        return FormOptions.printed.values.flatMap { $0 }.filter { seen.insert($0).inserted }.sorted()
    }()

    /// 「番号法第19条」, 「番号利用法 第9条第2項」: an article cited, as a legal basis does and no
    /// name of a body or a department.
    static func citesArticle(_ value: String) -> Bool {
        var rest = value[...]
        while let at = rest.firstIndex(of: "第") {
            let after = rest[rest.index(after: at)...]
            let number = after.prefix { $0.isNumber || "〇一二三四五六七八九十百千".contains($0) }
            if !number.isEmpty, after.dropFirst(number.count).first == "条" { return true }
            rest = after
        }
        return false
    }

    /// 「番号利用法」, 「福祉部 保護課 番号利用法」: a word that ends in 法 is a law's name, the first
    /// words of a legal basis, and no body's or department's.
    static func namesLaw(_ value: String) -> Bool {
        value.split(separator: " ").contains { $0.count >= 2 && $0.hasSuffix("法") }
    }

    /// Whether the text names a law, an article, an ordinance or a table, as every legal basis does.
    static func citesLaw(_ value: String) -> Bool {
        ["法", "条", "令", "規則", "別表"].contains { value.containsBytes($0) }
    }

    /// 「市町村長 )」, 「] その他」, 「情報ファイルの全体]」: a bracket closed that the value never
    /// opened — a grid's detail or mark, a select box's chosen value, which a misread layout ran
    /// into the name.
    static func closesAnother(_ value: String) -> Bool {
        var round = 0
        var square = 0
        for c in value.unicodeScalars {
            switch c {
            case "(", "（": round += 1
            case ")", "）":
                round -= 1
                if round < 0 { return true }
            case "[", "［": square += 1
            case "]", "］":
                square -= 1
                if square < 0 { return true }
            default: break
            }
        }
        return false
    }

    /// A name that is a piece of one of the form's labels or select box choices, five characters
    /// or more (「報ファイルの一部」, 「情報ファイルの範囲」, 「特定個人情報ファイ」), or of one of its
    /// option names, two or more (「メモリ」, 「テム」): a label, a choice or an option cut by its
    /// cell, which a misread layout took for the name beside it.
    static func formWords(_ value: String) -> String? {
        let words = value.filter { $0 != " " && $0 != "\n" }
        // One kana alone is no name but the end of a word its cell cut (「ム」 of 「システム」).
        if words.count == 1, let scalar = words.unicodeScalars.first, (0x3041...0x30FF).contains(scalar.value) { return value }
        guard words.count >= 2 else { return nil }
        if optionWords.containsBytes(words) { return value }
        return words.count >= 5 && labelWords.containsBytes(words) ? value : nil
    }

    /// Why a system's name is no name: the form's own words (systemNameDebris), a grid's brackets
    /// closed in it (「] 情報提供ネットワークシステム ] …」, marks' halves), or the body's own name among
    /// its words (a page's running header read into it, 「中間サーバー 架空町長」).
    static func systemNameReason(_ name: String, organization: String?) -> ForeignReason? {
        if let words = systemNameDebris(name) { return .formWords(words) }
        if closesAnother(name) { return .strayBracket }
        if let organization, name.split(separator: " ").contains(where: { $0 == organization }) {
            return .otherField("評価実施機関名")
        }
        return nil
    }

    /// A system's name that is the form's own words: a piece of a connection option's name cut
    /// inside a katakana word (「ークシステム」, 「ステム」, 「ム等」 of 「…ネットワークシステム」 and
    /// 「宛名システム等」; 「連携シス」 of 「庁内連携システム」), the heading's own word 「システム」 (a
    /// heading that lost its number), the form's title (「… 重点項目評価書」, a page's running
    /// header), or a bare number. A grid's debris or a page's furniture that a misread layout took
    /// for the name; a name that begins or ends a word, as 「住民基本台帳システム」 in
    /// 「既存住民基本台帳システム」, stays a name.
    static func systemNameDebris(_ value: String) -> String? {
        let name = value.filter { $0 != " " }
        if name == FormLabels.numberedBlocks[0] || name.containsBytes("評価書") || name.allSatisfy(\.isNumber) { return value }
        func katakana(_ c: Unicode.Scalar) -> Bool { (0x30A1...0x30FC).contains(c.value) }
        let piece = Array(name.unicodeScalars)
        guard let first = piece.first, let last = piece.last else { return nil }
        for option in FormOptions.connections where option.unicodeScalars.count > piece.count {
            let scalars = Array(option.unicodeScalars)
            for start in 0...(scalars.count - piece.count) where scalars[start..<(start + piece.count)].elementsEqual(piece) {
                let end = start + piece.count
                // Cut inside a katakana word at either end (「ークシステム」, 「連携シス」).
                if (start > 0 && katakana(scalars[start - 1]) && katakana(first))
                    || (end < scalars.count && katakana(scalars[end]) && katakana(last))
                {
                    return value
                }
            }
        }
        return nil
    }

    /// The form's option names, and its labels and select box choices, each list one text with
    /// a line break between its entries (a value without one matches inside one entry): one
    /// search a value.
    private static let optionWords = allOptions.joined(separator: "\n")
    private static let labelWords = (FormLabels.rows.map(\.key) + FormOptions.selectChoices).joined(separator: "\n")

    /// A company's legal form (「株式会社」, 「有限会社」, 「合同会社」): a contractor's name, never
    /// an entrusted task's.
    static func namesCompany(_ value: String) -> Bool {
        ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社"].contains { value.containsBytes($0) }
    }

    /// A text ending as an entrusted task's name does (「…システム保守」, 「…委託業務」, 「…の運用」):
    /// what is done, never who does it.
    static func namesTask(_ value: String) -> Bool {
        let words = value.filter { $0 != " " }
        return ["業務", "保守", "作業", "運用"].contains { words.hasSuffix($0) } && !namesCompany(words)
    }

    /// 「介護保険システムの運用保守 架空情報株式会社」, 「…連携業務 …情報を抽出・連携」: a task's name
    /// ends at its 業務, 保守, 作業 or 運用 (see namesTask); words after it, set apart and not its
    /// parenthesis, are the next cell's (the contractor, the 委託内容), run into this one.
    static func taskThenMore(_ value: String) -> Bool {
        let parts = value.split(separator: " ")
        for k in parts.indices.dropLast() where namesTask(String(parts[k])) {
            if let next = parts[k + 1].first, next != "(", next != "（" { return true }
        }
        return false
    }

    /// 「…別表23の項に定める事務 生活保護法による…」: a 事務 that ends a phrase (at the value's end or
    /// before a space) names what is done, as a 用途 does; a legal basis names a 事務 only inside
    /// a law's title (「…で定める事務を定める命令」).
    static func namesAffair(_ value: String) -> Bool {
        var rest = value[...]
        while let range = rest.range(of: "事務") {
            let after = rest[range.upperBound...]
            if after.isEmpty || after.first == " " { return true }
            rest = after
        }
        return false
    }

    /// 「に関する事務」: a 用途 names a law's or a 事務's name, which no particle or closing mark
    /// begins; such a value is the rest of a phrase that began in the cell before it.
    static func beginsMidPhrase(_ value: String) -> Bool {
        if FormLayout.Builder.cannotBeginCell(value) { return true }
        return ["に関", "に係", "に基", "による", "により", "に定", "に掲"].contains { value.hasPrefix($0) }
    }

    /// 「第9条第2項 …」: an article cited with no law's name before it. A legal basis names its law
    /// first (「番号利用法 第9条第2項」); one that begins at an article lost its first words to
    /// another place of the text.
    static func beginsWithArticle(_ value: String) -> Bool {
        guard value.hasPrefix("第") else { return false }
        // Digits or kanji numerals (「第十九条」): both are numbers to Character.
        let number = value.dropFirst().prefix { $0.isNumber }
        return !number.isEmpty && value.dropFirst(1 + number.count).hasPrefix("条")
    }

    /// 「…する。次の…」: a 。 outside parentheses with text after it.
    private static func sentenceGoesOn(_ value: String) -> Bool {
        var depth = 0
        var ended = false
        for c in value {
            if ended, c != " " { return true }
            switch c {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            case "。" where depth == 0: ended = true
            default: break
            }
        }
        return false
    }
}

extension Assessment {
    /// The assessment with each value that holds a neighbour's text read as unknown.
    func withoutForeignValues() -> Assessment {
        var a = self
        var found: [Diagnostic] = []
        /// Reports `value` of `what` as another cell's text; the caller reads it as unknown.
        func reject(_ what: String, _ value: String, line: Int, _ reason: ForeignReason) {
            found.append(Diagnostic(.warning, .valueForeign, line: line, .valueForeign(what: what, value: value, reason: reason)))
        }
        func check(_ value: String?, _ kind: ForeignValues.Kind, _ what: String, line: Int) -> String? {
            guard let value, let reason = ForeignValues.reason(value, kind) else { return value }
            reject(what, value, line: line, reason)
            return nil
        }
        func check(_ value: Located<String>?, _ kind: ForeignValues.Kind, _ what: String) -> Located<String>? {
            guard let value else { return nil }
            return check(value.value, kind, what, line: value.line).map { Located($0, line: value.line) }
        }
        func outflow(_ o: inout Outflow, block: String) {
            let recipient = o.recipient
            o.recipient = check(o.recipient, .party, block, line: o.line)
            // The recipient's cell holds a legal basis: the basis's text began there (a label
            // centred in its tall cell, its value's first lines above it), and what the basis's
            // row holds is its rest.
            if let recipient, o.recipient == nil, ForeignValues.citesArticle(recipient) || ForeignValues.namesLaw(recipient),
                let basis = o.basis
            {
                found.append(
                    Diagnostic(
                        .warning, .valueForeign, line: basis.line,
                        .basisBeganAbove(block: block, value: basis.value)))
                o.basis = nil
            }
            // The name's cell held a piece of the form's own words: the block's values were read
            // one cell off, and the basis's row holds the name's or another's text.
            if let recipient, o.recipient == nil, ForeignValues.formWords(recipient) != nil, let basis = o.basis {
                reject("\(block) 法令上の根拠", basis.value, line: basis.line, .afterForeignName(recipient))
                o.basis = nil
            }
            if let basis = o.basis, let words = ForeignValues.formWords(basis.value) {
                reject("\(block) 法令上の根拠", basis.value, line: basis.line, .formWords(words))
                o.basis = nil
            }
            // A basis that names no law, article or table (「都道府県知事」) is a name: the block's
            // values were read one cell off, and its name's row holds another's text.
            if let basis = o.basis, !ForeignValues.citesLaw(basis.value) {
                reject("\(block) 法令上の根拠", basis.value, line: basis.line, .otherField("提供先・移転先"))
                o.basis = nil
                if let recipient = o.recipient {
                    reject(block, recipient, line: o.line, .otherField("法令上の根拠"))
                    o.recipient = nil
                }
            }
            // A basis cites laws; a 用途 names a 事務. A basis naming one holds its 用途's text (the
            // two cells run together, or their values read crossed); a 用途 that cites an article
            // and names no 事務 holds its basis's.
            if let basis = o.basis, ForeignValues.namesAffair(basis.value) {
                reject("\(block) 法令上の根拠", basis.value, line: basis.line, .otherField("用途"))
                o.basis = nil
            }
            // A 用途 that begins mid-phrase (「に関する事務」): its first words stand at the end of
            // the basis before it (a 用途 centred in its tall cell, its first line above its label).
            if let purpose = o.purpose, ForeignValues.beginsMidPhrase(purpose.value) {
                reject("\(block) 用途", purpose.value, line: purpose.line, .phraseBegunBefore)
                o.purpose = nil
                if let basis = o.basis {
                    reject("\(block) 法令上の根拠", basis.value, line: basis.line, .otherField("用途"))
                    o.basis = nil
                }
            }
            if let basis = o.basis, ForeignValues.beginsWithArticle(basis.value) {
                reject("\(block) 法令上の根拠", basis.value, line: basis.line, .articleWithoutLaw)
                o.basis = nil
            }
            if let purpose = o.purpose, ForeignValues.citesArticle(purpose.value), !purpose.value.containsBytes("事務") {
                reject("\(block) 用途", purpose.value, line: purpose.line, .legalBasis)
                o.purpose = nil
            }
            o.basis = check(o.basis, .text, "\(block) 法令上の根拠")
        }
        a.header.organization = check(a.header.organization, .party, "評価実施機関名")
        a.header.affair = check(a.header.affair, .name, "事務の名称")
        for s in a.systems.indices {
            if let name = a.systems[s].name,
                let reason = ForeignValues.systemNameReason(name, organization: a.header.organization?.value)
            {
                let block = a.systems[s].no.map { "システム\($0)" } ?? "システム"
                reject("\(block) システムの名称", name, line: a.systems[s].line, reason)
                a.systems[s].name = nil
            }
            let name = a.systems[s].name.map { "\($0) " } ?? ""
            for c in a.systems[s].connections.indices {
                let connection = a.systems[s].connections[c]
                a.systems[s].connections[c].detail = check(
                    connection.detail, .text, "\(name)他のシステムとの接続 その他",
                    line: connection.line)
            }
        }
        let items = Set(a.entrustments.compactMap(\.item))
        a.flows = a.flows.map { flow in
            switch flow {
            case .acquisition(var x):
                x.detail = check(x.detail, .text, "入手元 \(x.party)", line: x.line)
                return .acquisition(x)
            case .acquisitionMethod(var x):
                x.detail = check(x.detail, .text, "入手方法 \(x.method)", line: x.line)
                return .acquisitionMethod(x)
            case .entrustment(var x):
                x.item = check(x.item, .name, "委託事項\(x.no)", line: x.line)
                x.contractor = check(x.contractor, .party, "委託事項\(x.no) 委託先")
                // An item is a task and a contractor a company: an item naming a company, or a
                // contractor that is a block's item or names a task, is a cell read as its
                // neighbour's (a block's values one off).
                if let item = x.item, ForeignValues.namesCompany(item) {
                    reject("委託事項\(x.no)", item, line: x.line, .otherField("委託先"))
                    x.item = nil
                }
                if let item = x.item, ForeignValues.taskThenMore(item) {
                    reject("委託事項\(x.no)", item, line: x.line, .otherField("委託内容"))
                    x.item = nil
                }
                // (A task among its words: a whole naming a task has one as its last word.)
                if let contractor = x.contractor,
                    items.contains(contractor.value)
                        || contractor.value.split(separator: " ").contains(where: { ForeignValues.namesTask(String($0)) })
                {
                    reject("委託事項\(x.no) 委託先", contractor.value, line: contractor.line, .otherField("委託事項"))
                    x.contractor = nil
                }
                return .entrustment(x)
            case .provision(var o):
                // 提供 gives to another body: the body itself is no 提供先 (a page's running header,
                // 「千葉市長 特定個人情報保護評価書」, read into the name).
                if let recipient = o.recipient, let organization = a.header.organization?.value,
                    recipient.filter({ $0 != " " }) == organization.filter({ $0 != " " })
                {
                    reject("提供先\(o.no)", recipient, line: o.line, .otherField("評価実施機関名"))
                    o.recipient = nil
                }
                outflow(&o, block: "提供先\(o.no)")
                return .provision(o)
            case .transfer(var o):
                outflow(&o, block: "移転先\(o.no)")
                return .transfer(o)
            }
        }
        for k in a.recordedItems.indices {
            let item = a.recordedItems[k]
            a.recordedItems[k].detail = check(item.detail, .text, "主な記録項目 \(item.name)", line: item.line)
        }
        a.diagnostics += found
        return a
    }
}
