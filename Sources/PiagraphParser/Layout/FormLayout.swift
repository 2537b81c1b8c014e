import PiagraphForm
import PiagraphMessages
import PiagraphModel
import PiagraphText

/// Rebuilds the form's rows (label, value) from text in any layout a converter leaves:
/// - cells separated by tabs (HTML tables converted to text): kept as they are;
/// - `pdftotext -layout`: label and value side by side (two or more spaces apart), a narrow
///   label cell wrapped onto the next lines (「①システム」 + 「の名称」);
/// - a PDF's text in reading order: label and value cells on separate lines, labels first;
/// - a page flattened onto one line: labels found in the middle of the line.
/// Values printed apart from their labels are tied back by the form's grammar: each label
/// awaits a value of its shape (FormLabels), in order, until another complete row or a
/// heading shows the run is over. Page furniture is dropped. Nothing is guessed: text no label
/// awaits stays unlabelled, and the parser reads no fact from it.
enum FormLayout {
    /// A row for the parser: a source line kept as it is (tab cells), or a rebuilt row whose
    /// line number is where its value was read (its label's line when it has no value).
    enum Slot {
        case source(Int)
        case row(CleanLine)
    }

    struct Result {
        var slots: [Slot]
        var diagnostics: [Diagnostic]
        /// The lines `.source` slots index: the text's own, or its flattened pages cut at their
        /// labels (FlatPages).
        var lines: [Substring]
        /// The source line of each of `lines`, when they are not the text's own.
        var numbers: [Int]?
    }

    /// Empty marks a converter split at their inner space (reading order of 「[　] 庁内連携システム」):
    /// 「[」 on a line of its own or at the end of a line of text, and 「] 庁内連携システム」 a line or
    /// more below, with other such 「[」, marked options, blank lines and the grid's centred label
    /// between (a grid's two columns interleave). Each 「]」 line closes one 「[」 before it and is
    /// written 「[ ] …」; a lone 「[」 line is left blank, a line's last 「[」 dropped. Brackets that
    /// hold nothing are all alike, so which 「[」 closes which does not matter; but a 「[」 with a mark
    /// after it at a line's end (「[ ○」) is closed first, its 「]」 line left as it is. Other text
    /// between ends the search. Nil when no line is a lone 「[」; the lines keep their number.
    static func joinSplitMarks(_ raw: [Substring]) -> [Substring]? {
        func isLone(_ line: Substring) -> Bool {
            var bracket = false
            for b in line.utf8 where b != 0x20 {
                if b == 0x5B, !bracket { bracket = true } else { return false }
            }
            return bracket
        }
        guard raw.contains(where: isLone) else { return nil }
        func isLabel(_ line: Substring) -> Bool { Builder.isLabel(CleanLine(number: 0, raw: line).text) }
        var lines = raw
        // The open brackets, oldest first: the line, and whether it is a lone 「[」 (else a
        // line's last 「[」).
        var open: [(line: Int, lone: Bool)] = []
        var marked = 0
        for (i, line) in raw.enumerated() {
            if isLone(line) {
                open.append((i, true))
                continue
            }
            let text = line.drop { $0 == " " }
            let end = text.reversed().drop { $0 == " " }
            if text.isEmpty || text == ")" { continue }
            if text.hasPrefix("]") {
                if marked > 0 {
                    marked -= 1
                } else if !open.isEmpty {
                    let o = open.removeFirst()
                    lines[o.line] =
                        o.lone ? "" : Substring(String(raw[o.line].reversed().drop { $0 == " " }.dropFirst().drop { $0 == " " }.reversed()))
                    lines[i] = Substring(line.prefix { $0 == " " } + "[ ] " + text.dropFirst().drop { $0 == " " })
                }
                continue
            }
            // 「[ ○」 at the line's end: a marked option whose 「]」 comes below.
            if let glyph = end.first?.unicodeScalars.first, MarkGlyphs.isGlyph(glyph),
                end.dropFirst().drop(while: { $0 == " " }).first == "["
            {
                marked += 1
                continue
            }
            if end.first == "[" {
                // A line of text or of marked options ending in an empty mark's 「[」.
                if !text.hasPrefix("["), !isLabel(line) { open.removeAll() }
                open.append((i, false))
                continue
            }
            if text.hasPrefix("[") || isLabel(line) { continue }
            // The rest of the detail whose line ended in the 「[」 (「( 他 [」 then 「市町村 )」):
            // the option's text wrapped, the next column's mark still open.
            if let last = open.last, !last.lone, closesDetail(text, opened: raw[last.line], between: raw[(last.line + 1)..<i]) {
                continue
            }
            open.removeAll()
            marked = 0
        }
        return lines
    }

    /// Whether `text`, with only blank lines between, closes the parenthesis left open before the
    /// 「[」 that ends `opened`, and holds no bracket of a mark.
    static func closesDetail(_ text: Substring, opened: Substring, between: ArraySlice<Substring>) -> Bool {
        // Raw lines, not yet normalized: full-width parentheses count too.
        func balance(_ line: Substring) -> Int { line.reduce(0) { $0 + ("(（".contains($1) ? 1 : ")）".contains($1) ? -1 : 0) } }
        guard between.allSatisfy({ $0.allSatisfy { $0 == " " } }), text.last == ")" || text.last == "）",
            !text.contains("["), !text.contains("]")
        else { return false }
        return balance(opened) > 0 && balance(opened) + balance(text) == 0
    }

    /// A laid-out text whose pages (form feeds) show their numbers at their edges, three at
    /// least, loses the number a page's first or last line ends with beside a cell's text, set
    /// apart by two spaces or more (「保健医療・衛生情報システム 予防接種台帳システム      -4-」: a
    /// value whose cell the page break cut, on the line of the page's number). Only the page's
    /// own number, counted by the form feeds.
    static func withoutInlinePageNumbers(_ raw: [Substring]) -> [Substring] {
        func number(_ text: Substring) -> Int? {
            guard text.utf8.count <= 24 else { return nil }
            let cleaned = CleanLine(number: 0, raw: text).text
            return FlatPages.pageNumberValue([Substring(cleaned)])
        }
        var numbered = 0
        var inline: [(line: Int, keep: Substring)] = []
        for (n, page) in Builder.pageEdges(raw).enumerated() {
            guard let page else { continue }
            var found = false
            for edge in Set([page.first, page.last]).sorted() {
                let line = raw[edge]
                if number(line.drop { $0 == "\u{0C}" || $0 == " " }) == n + 1 {
                    found = true
                    continue
                }
                // The line's last cell, after two spaces or more.
                var body = line
                while body.last == " " { body = body.dropLast() }
                guard let gap = body.range(of: "  ", options: .backwards) else { continue }
                let head = body[..<gap.lowerBound]
                guard !head.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0C || $0 == 0x09 }),
                    number(body[gap.upperBound...].drop { $0 == " " }) == n + 1
                else { continue }
                found = true
                inline.append((edge, head))
            }
            if found { numbered += 1 }
        }
        guard numbered >= 3, !inline.isEmpty else { return raw }
        var out = raw
        for (line, head) in inline { out[line] = head }
        return out
    }

    static func rows(_ text: [Substring]) -> Result {
        let relined = FlatPages.relined(text)
        let raw = relined == nil ? withoutInlinePageNumbers(joinSplitMarks(text) ?? text) : text
        var builder = Builder(raw: relined?.lines ?? raw, flattened: relined != nil)
        builder.run()
        // Some PDF producers set digits apart from the Japanese around them (「第 9 条第 2 項」,
        // a font change at each digit): in rebuilt values the space is theirs, not the text's.
        var slots = builder.slots.map { slot -> Slot in
            guard case .row(let row) = slot, row.cells.count == 2, row.cells[1].utf8.contains(0x20) else { return slot }
            return .row(CleanLine(number: row.number, cells: [row.cells[0], joinDigits(row.cells[1])]))
        }
        var diagnostics = builder.diagnostics
        guard let relined else { return Result(slots: slots, diagnostics: diagnostics, lines: raw, numbers: nil) }
        // The layout numbered the cut lines; facts cite the source line they come from.
        func source(_ n: Int) -> Int { n >= 1 && n <= relined.numbers.count ? relined.numbers[n - 1] : n }
        slots = slots.map { slot in
            guard case .row(let row) = slot else { return slot }
            var line = CleanLine(number: source(row.number), cells: row.cells)
            line.valueUnreadable = row.valueUnreadable
            return .row(line)
        }
        for k in diagnostics.indices {
            diagnostics[k].line = diagnostics[k].line.map(source)
            if case .numberBeforeLabel(let label, let number, let labelLine) = diagnostics[k].text {
                diagnostics[k].text = .numberBeforeLabel(label: label, number: number, labelLine: source(labelLine))
            }
        }
        diagnostics.append(
            Diagnostic(.note, .textFlattened, line: relined.flattened.first, .textFlattened(pages: relined.flattened.count)))
        return Result(slots: slots, diagnostics: diagnostics, lines: relined.lines, numbers: relined.numbers)
    }
}

extension FormLayout {
    struct Builder {
        let raw: [Substring]
        var slots: [Slot] = []
        var diagnostics: [Diagnostic] = []
        private var part: Part = .front
        /// Rebuilt rows awaiting a value, as indices into `slots`, oldest first.
        private var pending: [Int] = []
        /// The rebuilt row that a continuation line extends (wrapped cell, next option line).
        private var open: Int?
        /// The option rows of the current section, for a grid column printed after it.
        private var optionRows: [Int] = []
        /// Option groups whose values a flattened page's interleaved blocks left unknown: they
        /// lack their options still, so a grid of their list found after the next section's
        /// heading (a column reading order set after the page's end) may be theirs, and whose it
        /// is cannot be told.
        private var unreadGroups: [Int] = []
        /// The slot of the last numbered section heading (「5.特定個人情報の提供・移転」).
        private var sectionSlot = 0
        /// A label of a run was printed again with no block's heading between (see
        /// placeEmptyRow): the labels after it, up to the next heading, await no value either.
        private var interleaved = false
        /// Blocks (委託事項, 提供先 …) one of which lost its labels' values: its labels awaited them
        /// at the next block's heading, none read. Kept to the next section's or part's heading.
        private var blocksWithoutValues: Set<String> = []
        /// A run of later blocks' labels, all awaiting their values, after such a block: the values
        /// after them may be that block's, and are unknown up to the next section's or part's
        /// heading.
        private var valuesAstray = false
        private var lastWasBlank = true
        /// The last line of a rebuilt row's value as printed (laid-out text): a cell's text
        /// wraps only where its line is full.
        private var lastValueLine: (row: Int, text: String)?
        /// The columns of an option grid's marked line in laid-out text, and the lines below it
        /// that continue them (see routeGridLine).
        private var band: GridBand?
        /// Each paragraph's (lines between blank lines) line widths, by its first line: where a
        /// line of its column is full.
        private var paragraphWidths: [Int: Paragraph] = [:]
        /// Lines that are a page's repeated header or footer, or its number (see repeatedPageEdges).
        private var pageFurniture: Set<Int> = []
        /// Where a laid-out text's full lines end (see textRight), once measured.
        private var measuredRight: Int??
        /// The form label of each rebuilt row (parallel to `slots`; nil for text and source lines).
        private var forms: [FormLabel?] = []
        private var textLines = 0
        private var fragmentedLines: [Int] = []
        /// The last bare number dropped on the cover, and the slot count then: 評価書番号 printed
        /// just before its label takes it.
        private var droppedNumber: (text: String, line: Int, slots: Int)?
        /// The first of the unlabelled rows emitted since the last blank line: a label centred
        /// in a tall cell, just below them, takes them as the start of its value.
        private var textAbove: Int?
        /// The first of the unlabelled lines of marked options since the last label, over blank
        /// lines: a grid's first rows printed above its centred label (reading order).
        private var optionsAbove: Int?
        /// Whether a blank line (or the end) follows the line being read and the pieces of its
        /// cut label: a cell ends there.
        private var blankAfter = false
        /// The index in `raw` of the line after the one being read and the pieces of its cut label.
        private var following = 0
        /// Whether a label's value began above it (its text above taken into it): the text sets
        /// labels in the middle of their cells.
        private var centredSeen = false
        /// Whether the change log has text: from then on, no heading leaves it.
        private var changeLogHoldsText = false
        /// A run of labels has begun to receive its values, some of its labels still awaiting
        /// theirs: a system's heading after them does not continue the run.
        private var valuesFlowing = false
        /// Inside 項目一覧: the headings listed there are not the parts themselves.
        private var contents = ContentsList()
        /// A flattened page's last block heading ran on into its block's values through to a
        /// select box's choices (its name, ①'s text, ③'s name, ④'s 「<選択肢>」): its labels,
        /// printed after them, await nothing from the next block. (A heading followed only by
        /// its ①'s text leaves the rest of its values to come after its labels.)
        private var blockValuesBefore = false

        /// The lines are a flattened text's pages cut at the form's labels (FlatPages).
        let flattened: Bool

        init(raw: [Substring], flattened: Bool = false) {
            self.raw = raw
            self.flattened = flattened
        }

        mutating func run() {
            pageFurniture = Self.repeatedPageEdges(raw)
            // A converted table (rows as tab cells) gives its rows: past the cover, its other
            // lines are prose and headings the parser reads as they are.
            let tabbed = raw.lazy.filter { Self.hasTab($0) }.count
            let cellLayout = tabbed * 5 >= raw.count
            var index = 0
            while index < raw.count {
                let line = raw[index]
                if Self.hasTab(line) {
                    // Tab cells: a converted table, read by the parser as it is.
                    appendSource(index)
                    endRun()
                    open = nil
                    lastWasBlank = false
                    index += 1
                    continue
                }
                if cellLayout, part != .front {
                    appendSource(index)
                    lastWasBlank = line.utf8.allSatisfy { $0 == 0x20 }
                    index += 1
                    continue
                }
                // III-V are long prose of which the parser reads only headings and the しない
                // boxes: a long line holding neither is left uncleaned, as the parser skips it.
                if part == .risk || part == .disclosure || part == .procedure, line.utf8.count >= LineStore.longLine,
                    !line.containsBytes("しない"), !Self.partWords.contains(where: { line.containsBytes($0) })
                {
                    appendSource(index)
                    lastWasBlank = false
                    index += 1
                    continue
                }
                let (cleaned, consumed, lastLine) = joinCutLabel(Self.clean(line, number: index + 1), at: index)
                if cleaned.isBlank {
                    appendSource(index)
                    textAbove = nil
                    lastWasBlank = true
                    index += 1
                    continue
                }
                countFragments(cleaned)
                let next = index + consumed
                func blank(_ k: Int) -> Bool { raw[k].utf8.allSatisfy { $0 == 0x20 } }
                blankAfter = next >= raw.count || blank(next) || (consumed > 1 && blank(next - 1))
                following = next
                read(cleaned, indented: line.hasPrefixBytes("  "))
                // A cut label's value as printed line by line: its last line tells whether the
                // cell's text went on below (a full line) or ended there (see nameBreak).
                if let lastLine, let row = open, form(at: row)?.shape == .prose { lastValueLine = (row, lastLine) }
                lastWasBlank = false
                index += consumed
            }
            if fragmentedLines.count >= Self.garbledMinimum, fragmentedLines.count * 100 >= textLines * Self.garbledPercent {
                diagnostics.append(
                    Diagnostic(
                        .warning, .textGarbled, line: fragmentedLines.first,
                        .textGarbled(fragmented: fragmentedLines.count, total: textLines)))
            }
        }

        /// A label cut by a narrow cell continues on the next line or two (「①システムの」 +
        /// 「名称」), the value cells beside each part continuing the value: the joined row and
        /// how many source lines it took, and the value's last line beside a piece (nil where
        /// value lines stood between the pieces, or when nothing was joined).
        private func joinCutLabel(_ line: CleanLine, at index: Int) -> (CleanLine, Int, lastLine: String?) {
            // The label is the first word of the first cell: a narrow column may leave a single
            // space between it and the value beside it.
            // The first word, or the first two when the first is a circled number set apart.
            func head(_ line: CleanLine) -> Substring? {
                guard let first = line.cells.first, !first.isEmpty else { return nil }
                let utf8 = first.utf8
                var end = utf8.firstIndex(of: 0x20) ?? utf8.endIndex
                if end != utf8.endIndex, utf8.distance(from: utf8.startIndex, to: end) <= 2,
                    utf8[..<end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                {
                    end = utf8[utf8.index(after: end)...].firstIndex(of: 0x20) ?? utf8.endIndex
                }
                return first[..<end]
            }
            func value(_ line: CleanLine, after head: Substring) -> String {
                let first = line.cells[0]
                let rest = ([String(first[head.endIndex...]).trimmingSpaces] + line.cells.dropFirst()).filter { !$0.isEmpty }
                return rest.joined(separator: " ")
            }
            // 「委託事項」 over 「1」: a numbered block's heading cut before its number.
            func cut(_ label: String) -> Bool {
                FormLayout.labelPrefix(Substring(label), loose: true) || FormLabels.numberedBlocks.contains(label)
            }
            guard var firstHead = head(line) else { return (line, 1, nil) }
            let headIsCut = firstHead.utf8.count <= 72 && cut(firstHead.filter { $0 != " " })
            // A label column one character wide: its first piece is the circled number alone
            // (「①  低所得者支援…」 over 「事」 「務」 …) or the label's first character (「評  さいたま
            // 市長」 over 「価」 「実」 …), the value beside it. Only a whole label of the form, spelled
            // by the pieces below, makes a row of it. (One character is never a cut label by
            // itself: the two cases do not meet.)
            if !headIsCut, let space = firstHead.utf8.firstIndex(of: 0x20), Self.singleCharacterPiece(firstHead[..<space]) {
                firstHead = firstHead[..<space]
            }
            // (Not a page's number alone on its line.)
            let oneCharacter = !headIsCut && Self.singleCharacterPiece(firstHead) && !pageFurniture.contains(index + 1)
            guard headIsCut || oneCharacter else { return (line, 1, nil) }
            let firstValue = value(line, after: firstHead)
            var label = firstHead.filter { $0 != " " }
            var joinedValue = firstValue
            func append(_ text: String) {
                if !text.isEmpty { joinedValue = joinedValue.isEmpty ? text : joinedValue + Self.glue(joinedValue, text) + text }
            }
            var k = index + 1
            // The lines after the last piece joined: the row ends there unless a later piece comes.
            var end = k
            // Lines of the value that reading order sets between the pieces of a label (a label
            // centred in a tall cell: 「③他のシ」, an option, 「ステムと」, an option, 「の接続」), kept
            // until the next piece shows they stand inside the label's cell.
            var between: [String] = []
            // The value's last line beside a piece: the last piece's, or an earlier one's when
            // it stands alone (the value ended above it).
            var lastLine: String? = firstValue.isEmpty ? nil : firstValue
            var sawBetween = false
            // The lines of the pieces after the first.
            var pieceLines: [Int] = []
            // However the cell cut it (「③他の」「システ」「ムとの」「接続」, a blank line where the value
            // beside it left one): pieces are joined while they still spell a label's beginning.
            while cut(label) || (oneCharacter && label.utf8.count == firstHead.utf8.count), k < raw.count, k < index + 12,
                !Self.hasTab(raw[k])
            {
                let next = Self.clean(raw[k], number: k + 1)
                if next.isBlank, k + 1 < raw.count {
                    k += 1
                    if between.isEmpty { end = k }
                    continue
                }
                // A page's number is neither a piece nor the value's (「システム」, then page 3's
                // 「3」; 「③他の」 「システ」, page 3's 「3」, 「ムとの」 on the next page). (Not any line
                // of the furniture: a label's last piece, 「名称」, may end several pages.)
                if pageFurniture.contains(k + 1), FormLayout.isBareNumber(Substring(next.text)) {
                    k += 1
                    continue
                }
                // A block's heading printed without its number (「システム」) takes no circled
                // number for one: 「①」 begins the block's first label, cut one character a line.
                if FormLabels.numberedBlocks.contains(label),
                    let c = raw[k].unicodeScalars.first(where: { $0 != " " && $0 != "\u{0C}" }), (0x2460...0x2473).contains(c.value)
                {
                    break
                }
                // A label begun one character a line goes on one character a line (two with its ※),
                // its number only in the first (a page's 「3」 alone, then the next page's 「③シ」
                // 「ステ」 …; a 評価書番号's 「7」, then 「評価書名」).
                guard let tail = head(next),
                    !oneCharacter || (tail.unicodeScalars.count <= 2 && !tail.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })),
                    let candidate = Self.spelling(label, then: tail), between.isEmpty || candidate.count > label.count
                else {
                    // Only an unfinished label of the form's rows waits for its next piece (the
                    // change log's cells quote labels), and only over value text; a piece after
                    // them adds to the label.
                    let text = next.cells.joined(separator: " ")
                    // (A label cut one character a line has its pieces on consecutive lines.)
                    guard part != .appendix2, !oneCharacter, !Self.isLabel(label), between.count < Self.linesBetweenPieces,
                        !Self.isLabelStart(text), !cut(head(next).map { $0.filter { $0 != " " } } ?? "")
                    else { break }
                    between.append(text)
                    k += 1
                    continue
                }
                label = candidate
                // Value lines between the pieces: reading order does not set pieces beside their
                // lines, and a piece alone says nothing of where the value ends.
                sawBetween = sawBetween || !between.isEmpty
                between.forEach(append)
                between.removeAll()
                // The ※ of a wrapped label cell can stand apart from it (`項目 ※`).
                var rest = value(next, after: tail)
                while rest.hasPrefixBytes("※") { rest = String(rest.dropFirst()).trimmingSpaces }
                if !rest.isEmpty { lastLine = rest }
                append(rest)
                pieceLines.append(k)
                k += 1
                end = k
            }
            // The first pieces of a numbered label that a page break cut from its last ones
            // (「②移転先」「における」 … 「用途」 on the next page): one fragment, no value of any row.
            if end > index + 1, !Self.isLabel(label), joinedValue.isEmpty, Self.isNumberedFragment(label) {
                return (CleanLine(number: index + 1, cells: [label]), end - index, nil)
            }
            guard end > index + 1, Self.isLabel(label) else { return (line, 1, nil) }
            // A laid-out grid beside the pieces: each piece's line holds the wrapped rest of the
            // columns' cells at their places (「手元  署 ( 市民課 市民税課 )  等 ( 日本年金機構等 )」
            // under 「①入  [ ] … 評価実施機関内の他部  [ ] 行政機関・独立行政法人」).
            if !sawBetween, !pieceLines.isEmpty,
                let gridded = Self.gridBeside(label, raw: raw, first: index, value: firstValue, pieces: pieceLines)
            {
                joinedValue = gridded
            }
            // On a flattened page, a text's words after its label's last piece, its words beside
            // the pieces: where the text sets labels at the top of their cells, the text went on
            // below its label (「①法令上」 「番号利用法 … 番号の」 「の根拠」 「利用等に関する … 第4条
            // 第3項」). Where it sets them in the middle, they may be the next row's first lines.
            if flattened, !joinedValue.isEmpty, !centredSeen, end < raw.count,
                Self.form(of: CleanLine(number: index + 1, cells: [label, ""]))?.shape == .prose
            {
                let after = Self.clean(raw[end], number: end + 1)
                if !after.isBlank, !Self.isLabelStart(after.text), !FormLayout.startsWithMark(after.text),
                    !cut(head(after).map { $0.filter { $0 != " " } } ?? "")
                {
                    append(after.text)
                    end += 1
                }
            }
            return (CleanLine(number: index + 1, cells: [label, joinedValue]), end - index, sawBetween ? nil : lastLine)
        }

        /// The value of an options label cut into pieces, its grid laid out beside them: the first
        /// line's grid band, each piece line's words (the piece itself blanked, the label column's)
        /// routed to their columns. Nil where a line's words do not stand at the columns.
        static func gridBeside(_ label: String, raw: [Substring], first: Int, value: String, pieces: [Int]) -> String? {
            guard let form = Self.form(of: CleanLine(number: first + 1, cells: [label, ""])), form.shape == .options,
                let names = FormOptions.printed[form.key], var band = gridBand(marked: raw[first], value: value, row: -1, line: first + 1)
            else { return nil }
            for k in pieces {
                // The label column's piece: the line's first word.
                var characters = laidOut(raw[k])
                var j = characters.firstIndex { $0 != " " } ?? characters.count
                while j < characters.count, characters[j] != " " {
                    characters[j] = " "
                    j += 1
                }
                if characters.allSatisfy({ $0 == " " }) { continue }
                guard let found = Self.pieces(Substring(String(characters)), of: band), extend(&band, with: found, names: names) else {
                    return nil
                }
            }
            return band.text
        }

        /// The first piece of a label cut one character a line: a circled number (one or two
        /// digits after NFKC) or a character that begins a label of the form.
        static func singleCharacterPiece(_ head: Substring) -> Bool {
            let utf8 = head.utf8
            // (One character is at most four bytes: a line's long first word is not walked.)
            guard (1...4).contains(utf8.count) else { return false }
            if utf8.count <= 2, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
            guard head.unicodeScalars.count == 1, let scalar = head.unicodeScalars.first else { return false }
            return FormLabels.firstScalars.contains(scalar)
        }

        /// Value lines that may stand between two pieces of a label in reading order: a tall
        /// cell's label is cut into a few lines, each beside a line or two of its value.
        static let linesBetweenPieces = 4

        /// A cut label's pieces so far and one more, when together they still spell the beginning
        /// of a label of the form, or a whole one (a piece is short: a narrow cell's line).
        static func spelling(_ label: String, then piece: Substring) -> String? {
            guard piece.count <= 8 else { return nil }
            // A block's heading cut before its number continues with the number alone: 「システム」
            // over 「①システムの名称」 is a heading that lost its number, then a label.
            if FormLabels.numberedBlocks.contains(label), !piece.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
            let candidate = label + piece.filter { $0 != "※" }
            return FormLayout.labelPrefix(Substring(candidate), loose: true) || isLabel(candidate) ? candidate : nil
        }

        /// The end of a numbered label's first pieces that begin a line of other words
        /// (「2移転 先にお 番号利用法」: after 「先にお」), when the pieces spell no whole label.
        static func leadingFragment(_ text: String) -> String.Index? {
            guard let first = text.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
            let words = text.split(separator: " ", maxSplits: 3)
            guard words.count >= 2 else { return nil }
            var joined = ""
            var best: String.Index?
            for word in words.prefix(3) {
                joined += word
                if word.endIndex == text.endIndex { break }
                if isNumberedFragment(joined) { best = word.endIndex } else { break }
            }
            return best
        }

        /// The beginning of a label with its circled number (「2移転先における」), no word apart.
        static func isNumberedFragment(_ text: String) -> Bool {
            guard let first = text.utf8.first, first >= 0x30, first <= 0x39, !text.utf8.contains(0x20) else { return false }
            return FormLayout.labelPrefix(Substring(text)) && !isLabel(text)
        }

        /// Text whose glyphs a font dropped falls apart into words of one or two characters.
        static let garbledMinimum = 5
        static let garbledPercent = 15

        private mutating func countFragments(_ line: CleanLine) {
            textLines += 1
            // Fragmented lines are short; a long one is prose or a table row.
            guard line.cells.count == 1, line.cells[0].utf8.count <= LineStore.longLine else { return }
            // Counted on bytes: a word is a run without spaces holding a letter (an ASCII letter or
            // a multi-byte character), short when it has at most two characters.
            var words = 0
            var short = 0
            var characters = 0
            var letter = false
            func endWord() {
                if letter {
                    words += 1
                    if characters <= 2 { short += 1 }
                }
                characters = 0
                letter = false
            }
            for byte in line.cells[0].utf8 {
                if byte == 0x20 {
                    endWord()
                    continue
                }
                if byte & 0xC0 != 0x80 { characters += 1 }
                if byte >= 0xE3 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { letter = true }
            }
            endWord()
            if words >= 4, short * 10 >= words * 7 { fragmentedLines.append(line.number) }
        }

        static func hasTab(_ line: Substring) -> Bool { line.containsBytes("\t") }

        /// The text's right edge (see textRight), measured when first asked: most documents never
        /// ask.
        private mutating func rightEdge() -> Int? {
            if let known = measuredRight { return known }
            let right = Self.textRight(raw)
            measuredRight = .some(right)
            return right
        }

        /// The column where most long lines of a laid-out text end (five or more, within the
        /// slack): the right edge of the value column, where its prose wraps. Measured on the
        /// printed line, its indent included; nil when no end is common.
        static func textRight(_ raw: [Substring]) -> Int? {
            var ends: [Int: Int] = [:]
            for line in raw {
                let width = printedColumns(line)
                if width >= columnWidth { ends[width, default: 0] += 1 }
            }
            let best = ends.keys.map { end in (end, (end - fullSlack...end).reduce(0) { $0 + (ends[$1] ?? 0) }) }
                .max { ($0.1, $0.0) < ($1.1, $1.0) }
            guard let best, best.1 >= 5 else { return nil }
            return best.0
        }

        /// A printed line's width in columns, from the page's left edge to its last character.
        static func printedColumns(_ line: Substring) -> Int {
            var text = line.drop { $0 == "\u{0C}" }
            while text.last == " " || text.last == "\t" { text = text.dropLast() }
            return columns(text)
        }

        /// The first and last lines with text of each page (form feeds), nil for a blank page;
        /// none for a text of fewer than three pages, which shows no repetition.
        static func pageEdges(_ raw: [Substring]) -> [(first: Int, last: Int)?] {
            var starts = [0]
            for (k, line) in raw.enumerated() where line.utf8.first == 0x0C { starts.append(k) }
            guard starts.count >= 3 else { return [] }
            func blank(_ k: Int) -> Bool { raw[k].utf8.allSatisfy { $0 == 0x20 || $0 == 0x0C || $0 == 0x09 } }
            return starts.indices.map { n in
                let end = n + 1 < starts.count ? starts[n + 1] : raw.count
                guard let first = (starts[n]..<end).first(where: { !blank($0) }), let last = (starts[n]..<end).last(where: { !blank($0) })
                else { return nil }
                return (first, last)
            }
        }

        /// A PDF's text marks each new page with a form feed. The first and the last text line of
        /// a page that repeats on several pages is the page's header or footer (a body's name, a
        /// document title printed on every page), not the form's text: its line numbers. So is a
        /// bare number at a page's edge that is the page's place, where three pages or more
        /// number themselves so (a page number: 「システム」, then page 3's 「3」).
        static func repeatedPageEdges(_ raw: [Substring]) -> Set<Int> {
            func trimmed(_ k: Int) -> Substring {
                raw[k].drop { $0 == "\u{0C}" || $0 == " " || $0 == "\t" }
            }
            var edges: [Substring: [Int]] = [:]
            var pageNumbers: [Int] = []
            for (n, page) in pageEdges(raw).enumerated() {
                guard let (first, last) = page else { continue }
                edges[trimmed(first), default: []].append(first + 1)
                edges[trimmed(last), default: []].append(last + 1)
                // (Full-width digits as well: the number is read cleaned.)
                for edge in Set([first, last]) where trimmed(edge).utf8.count <= 12 {
                    let text = CleanLine(number: 0, raw: trimmed(edge)).text
                    if FormLayout.isBareNumber(Substring(text)), Int(text) == n + 1 { pageNumbers.append(edge + 1) }
                }
            }
            var lines: Set<Int> = pageNumbers.count >= 3 ? Set(pageNumbers) : []
            for (text, numbers) in edges where Set(numbers).count >= 3 {
                // An option row or a label that happens to end several pages is the form's own.
                let cleaned = CleanLine(number: 0, raw: text).text
                if FormLayout.startsWithMark(cleaned) || cleaned.containsBytes("[") || isLabelStart(cleaned) { continue }
                lines.formUnion(numbers)
            }
            return lines
        }

        /// Words of the part headings after III, which a flattened page may hold mid-line.
        static let partWords = ["開示請求", "評価実施手続", "変更箇所"]

        static func clean(_ line: Substring, number: Int) -> CleanLine {
            // pdftotext -layout separates columns by two or more spaces: make them cells.
            guard line.byteOffset(of: "  ") != nil else { return CleanLine(number: number, raw: line) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(line.utf8.count)
            var spaces = 0
            for byte in line.utf8 {
                if byte == 0x20 {
                    spaces += 1
                    continue
                }
                if spaces >= 2 { bytes.append(0x09) } else if spaces == 1 { bytes.append(0x20) }
                spaces = 0
                bytes.append(byte)
            }
            return CleanLine(number: number, raw: Substring(String(decoding: bytes, as: UTF8.self)))
        }

        static func isPartHeadingLine(_ text: String) -> Bool {
            let tokens = FormLayout.tokens(text)
            return !tokens.isEmpty && FormLayout.label(in: tokens, at: 0)?.role == .part
        }

        static func isLabelStart(_ text: String) -> Bool {
            let tokens = FormLayout.tokens(text)
            return !tokens.isEmpty && FormLayout.label(in: tokens, at: 0) != nil
        }

        static func isLabel(_ text: String) -> Bool {
            let tokens = FormLayout.tokens(text)
            guard !tokens.isEmpty, let found = FormLayout.label(in: tokens, at: 0) else { return false }
            return found.count >= tokens.count
        }

        /// Whether the printed line `text` goes on with the open text `value` by what the two say,
        /// whatever awaits a value: the line cannot begin a cell, or the value left a parenthesis
        /// open (「…条例(平成27」 then 「年奈良市条例第42号。…)」). Not on a flattened page, whose
        /// lines are no printed lines.
        private func goesOn(_ value: String, with text: String) -> Bool {
            !flattened && (Self.cannotBeginCell(text) || FormLayout.parenthesisBalance(value) > 0)
        }

        /// Whether a line cannot begin a cell's text: it begins with a character no word begins
        /// with (a small kana, the long vowel mark, the particles の and を, the verb ending る), or
        /// with punctuation that closes what came before (「、」, 「。」, a closing bracket). Such a line
        /// is the rest of the line above, wrapped: 「を識別するための…」 after 「…特定の個人」, 「る条例
        /// (平成27年…」 after 「…に関す」. Other kana begin names (さいたま市, にかほ市) and are not
        /// counted.
        static func cannotBeginCell(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first else { return false }
            return Self.noCellStart.contains(first)
        }

        private static let noCellStart = Set("のをんっゃゅょぁぃぅぇぉゎるッャュョァィゥェォヮー、。，．）)」』】〕".unicodeScalars)

        private mutating func endRun() {
            pending.removeAll()
            valuesFlowing = false
        }

        private mutating func emit(_ line: CleanLine) -> Int {
            slots.append(.row(line))
            // The label of a rebuilt row, looked up once: continuation and binding ask often.
            forms.append(line.cells.count >= 2 ? Self.form(of: line) : nil)
            return slots.count - 1
        }

        private mutating func appendSource(_ index: Int) {
            slots.append(.source(index))
            forms.append(nil)
        }

        private func form(at index: Int) -> FormLabel? { index < forms.count ? forms[index] : nil }

        private mutating func read(_ line: CleanLine, indented: Bool) {
            var line = line
            var indented = indented
            if line.cells.count > 1, line.cells[0] == "※" {
                // The ※ of a label cell, wrapped below it: the rest is the value column.
                line = CleanLine(number: line.number, cells: [""] + line.cells.dropFirst())
                indented = true
            }
            let text = line.text
            if line.cells.count == 1, Self.isNumberedFragment(text) {
                // A label's first pieces that never spell it: text no label takes.
                open = nil
                _ = emit(line)
                return
            }
            if part != .appendix2, let cut = Self.leadingFragment(text) {
                // The same pieces before values on a flattened page's line (「②移転 先にお 番号利用法
                // …」, the label's end a page away): set apart, the rest read on its own.
                open = nil
                _ = emit(CleanLine(number: line.number, cells: [text[..<cut].filter { $0 != " " }]))
                read(CleanLine(number: line.number, cells: [String(text[cut...]).trimmingSpaces]), indented: false)
                return
            }
            // A bare number is a page number, unless 評価書番号 awaits it.
            if FormLayout.isFurniture(text), !(FormLayout.isBareNumber(Substring(text)) && awaitsNumber) {
                if part == .front, FormLayout.isBareNumber(Substring(text)) { droppedNumber = (text, line.number, slots.count) }
                return
            }
            if pageFurniture.contains(line.number) { return }
            // Options of the open group's own list go on with it, also while a later label of
            // options awaits its value (labels first, values after): the form's lists tell the
            // groups apart (入手元's parties from 入手方法's methods).
            if let open, case .row(let row) = slots[open], row.cells.count == 2, let key = form(at: open)?.key,
                FormOptions.printed[key] != nil, !pending.isEmpty, !FormLayout.startsWithMark(text),
                row.cells[1].filter({ $0 == "(" }).count > row.cells[1].filter({ $0 == ")" }).count
            {
                // The detail of its last option, wrapped before its closing parenthesis (and before
                // the next column's lone 「[」: 「( 市 [」, its 「]」 before 民間事業者 lines below).
                slots[open] = .row(Self.extend(row, beforeLoneMark: text))
                return
            }
            if text == ")" {
                // The closing parenthesis of an option's detail, wrapped after later labels (「[ ] その他
                // (」 … 提供先2 ①法令上の根拠 … 「)」): it closes the last option list left open; it is
                // no row's value.
                if !closeOpenDetail() { _ = emit(line) }
                return
            }
            if let open, case .row(let row) = slots[open], row.cells.count == 2, let key = form(at: open)?.key,
                let own = FormOptions.printed[key], FormLayout.startsWithMark(text), !pending.isEmpty
            {
                let names = Self.printedNames(text)
                // A name or its beginning, its cell cut (「[ ] 既存住民基本台」).
                func belongs(_ list: [String]) -> Bool { !names.isEmpty && names.allSatisfy { Self.option($0, in: list) != nil } }
                let awaited = pending.compactMap { form(at: $0)?.key }.compactMap { FormOptions.printed[$0] }
                // A name both lists print (その他) is the open group's while the group lacks it.
                let held = OptionScanner.scan(row.cells[1]).options.map(\.label)
                let lacks = names.allSatisfy { name in !held.contains { $0.hasPrefixBytes(String(name.prefix { $0 != " " && $0 != "(" })) }
                }
                // Options the open group holds already, every one, while one other group of the
                // same list lacks them: that group's column printed apart (システム3's and
                // システム4's second columns, both after システム5's first label), as heldAlready
                // tells it where no label awaits.
                // Only where the group's grid began with its first column: a grid that began with a
                // later column's options (「[ ] 庁内連携システム …」 before its 「[ ] 情報提供ネットワーク
                // システム …」) took another block's column first, and whose the next is cannot be told.
                let heldNames = Self.heldNames(row.cells[1])
                let heldOptions = heldNames.compactMap { Self.option($0, in: own) }
                let others = lackingGroups(for: text, cut: true).filter { $0 != open && form(at: $0)?.key == key }
                if belongs(own), names.allSatisfy({ Self.holds(heldNames, $0, of: own) }), Self.detailsClosed(row.cells[1]),
                    heldOptions.first == own.first(where: heldOptions.contains),
                    others.count == 1, let target = orphanTarget(for: text, cut: true), target == others[0],
                    case .row(let other) = slots[target]
                {
                    slots[target] = .row(Self.extend(other, with: text))
                    self.open = target
                    return
                }
                if belongs(own), lacks || !awaited.contains(where: belongs) {
                    slots[open] = .row(Self.extend(row, with: text))
                    return
                }
            }
            // A wrapped value cell (layout: indented; reading order: the same paragraph).
            if let open, case .row(let row) = slots[open], row.cells.count == 2, !row.cells[1].isEmpty,
                pending.isEmpty || (indented && line.cells.first?.isEmpty == true)
                    || (form(at: open)?.shape == .prose && !lastWasBlank && (!awaitedFits(text) || lastLineFull(open, at: line.number)))
                    || ([.prose, .name].contains(form(at: open)?.shape) && !lastWasBlank && goesOn(row.cells[1], with: text))
                    || (!lastWasBlank && continuesChoices(row, at: open, with: text))
                    || (!lastWasBlank && finishesCutOption(row, at: open, with: text))
            {
                let formOfOpen = form(at: open)
                // Marked options none of which the open grid prints are another grid's: the next
                // row's first lines above its centred label (「☑ 紙 ☐ 電子記録媒体 …」 under ①入手元,
                // before ②入手方法).
                func otherGrids() -> Bool {
                    // (Not while labels await their values: where they go is told elsewhere. A line
                    // whose last detail goes on below goes all the same, its rest after it: 「■ 紙
                    // □ 電子記録媒体(フラッシュメモリを」, 「[ ] 評価実施機関内の他部署 ( 市民局」.)
                    guard pending.isEmpty, formOfOpen?.shape == .options, let key = formOfOpen?.key, let names = FormOptions.printed[key],
                        FormLayout.startsWithMark(text)
                    else { return false }
                    let options = Self.printedNames(text)
                    guard !options.isEmpty, options.allSatisfy({ Self.option($0, in: names) == nil }) else { return false }
                    // (Where the detail goes on, each name must be another list's: a name cut before
                    // a lone 「[」 spells no option at all.)
                    return Self.detailsClosed(text)
                        || options.allSatisfy { name in
                            FormOptions.printed.contains { $0.key != key && Self.option(name, in: $0.value) != nil }
                        }
                }
                // Marked options the open grid holds already, every one, while one other block's
                // group of the same list lacks them: that group's column, printed apart from its
                // block (reading order: システム3's and システム4's second columns after システム5's
                // labels). Only the same list's: names two lists print (その他) say nothing; nor
                // where two groups lack them.
                func heldAlready() -> Bool {
                    guard formOfOpen?.shape == .options, let key = formOfOpen?.key, let names = FormOptions.printed[key],
                        FormLayout.startsWithMark(text), Self.detailsClosed(text)
                    else { return false }
                    let options = Self.printedNames(text)
                    let held = Self.heldNames(row.cells[1])
                    guard !options.isEmpty, options.allSatisfy({ Self.holds(held, $0, of: names) }) else { return false }
                    let others = lackingGroups(for: text).filter { $0 != open && form(at: $0)?.key == key }
                    return others.count == 1 && orphanTarget(for: text) == others[0]
                }
                // A line indented into the value column continues the value, unless it opens a row
                // of its own or is no continuation of a name (a date, a label below it).
                // Nor does a sentence continue a name, nor marked options or a select box a name or
                // prose: they are the next row's, printed above its centred label.
                func nameBreak() -> Bool {
                    let shape = formOfOpen?.shape
                    if shape == .prose || shape == .name, goesOn(row.cells[1], with: text) { return false }
                    if shape == .name, JapaneseDate.beginsWithEra(text) || text.containsBytes("。") {
                        return true
                    }
                    // A name wraps only where its line is full: a line wider than the name's last
                    // line is no wrap of it (the cell would have held more), but the next row's
                    // first line. The line a name broke from may fall short by one character kept
                    // off the next line's start, or by a Latin word that went down whole.
                    if shape == .name {
                        let last = lastValueLine.flatMap { $0.row == open ? $0.text : nil } ?? row.cells[1]
                        // Nor is the same text again (委託事項1's name, then ①委託内容's same words
                        // above its centred label): a cell's text does not repeat its line.
                        if text == last { return true }
                        let word = text.unicodeScalars.prefix { $0.isASCII && $0 != " " }.count
                        if Self.columns(text) > Self.columns(last) + Self.fullSlack + word { return true }
                        // Nor a line after a name on its label's line that stops short of the text's
                        // right edge, whatever stands between (a page break): the cell held all of it.
                        if indented, lastValueLine?.row != open, let right = rightEdge(), row.number >= 1, row.number <= raw.count,
                            Self.printedColumns(raw[row.number - 1]) + Self.fullSlack + word < right
                        {
                            return true
                        }
                    }
                    // Nor does text go on after a line of it that a longer line shows was not full,
                    // unless it ended a sentence: the cell ended there (「①法令上の根拠 番号利用法
                    // 第4条第3項」), and the line is the next row's, above its centred label.
                    if shape == .prose, let last = lastValueLine, last.row == open,
                        text.count > last.text.count + 8, !last.text.hasSuffix("。")
                    {
                        return true
                    }
                    // A select box goes on only with its own list and count (「2) 委託しない ( 4 ) 件」),
                    // a choice's name wrapped before the next choice included (「体 2) 特定個人情報
                    // ファイルの一部」 after 「1) 特定個人情報ファイルの全」).
                    if shape == .chosen, let first = text.unicodeScalars.first,
                        !("0"..."9").contains(first), !"([<件)".unicodeScalars.contains(first),
                        !(row.cells[1].containsBytes("<選択肢>") && Self.holdsNumberedChoice(text))
                    {
                        return true
                    }
                    // A laid-out grid goes on with its marks, its details, and the rest of names its
                    // cells cut; other words indented after its options are the next row's, above
                    // its centred label (「福祉部 保護課」 over 移転先2). Reading order sets a grid's
                    // columns' pieces on lines of their own, with other cells' words.
                    if shape == .options, indented, let key = formOfOpen?.key, let names = FormOptions.printed[key],
                        !FormLayout.startsWithMark(text), !text.hasPrefixBytes("]"), Self.detailsClosed(row.cells[1]),
                        !Self.outsideDetails(text).allSatisfy({ word in names.contains { $0.hasSuffix(word) } })
                    {
                        return true
                    }
                    if otherGrids() { return true }
                    return (shape == .name || shape == .prose || shape == .number || shape == .date)
                        && (FormLayout.startsWithMark(text) || text.containsBytes("<選択肢>"))
                }
                let continues =
                    (indented && !lastWasBlank && line.cells.first?.isEmpty == true && labelStart(text) == nil && !nameBreak())
                    || (formOfOpen?.shape == .options
                        && ((FormLayout.startsWithMark(text) && !otherGrids() && !heldAlready())
                            || (!lastWasBlank && labelStart(text) == nil && !nameBreak())
                            || (text.hasPrefixBytes("]") && row.cells[1].hasSuffix("["))))
                    || (formOfOpen?.shape == .list && text.hasPrefixBytes("・"))
                    || (!lastWasBlank && continuesChoices(row, at: open, with: text))
                    || (!lastWasBlank && (formOfOpen?.shape == .prose || formOfOpen?.shape == .name) && labelStart(text) == nil
                        && !nameBreak()
                        && (formOfOpen?.shape == .prose
                            || (text.utf8.count <= 120 && text.count <= 40 && !FormLayout.isProse(Substring(text.prefix { $0 != " " })))))
                if continues {
                    if formOfOpen?.shape == .options, let key = formOfOpen?.key, let names = FormOptions.printed[key],
                        let routed = routeGridLine(line.number, row: row, at: open, names: names)
                    {
                        slots[open] = .row(CleanLine(number: row.number, cells: [row.cells[0], routed]))
                        lastValueLine = (open, text)
                        return
                    }
                    // The rest of a name cut by its cell while the last option's detail is open
                    // (「○ 情報提供ネットワークシ ○ その他 ( サービス検索・電子申請」, 「ステム」, 「機能 )」:
                    // a grid's two columns in reading order) goes with the name, not into the detail.
                    if formOfOpen?.shape == .options, let key = formOfOpen?.key, let names = FormOptions.printed[key],
                        let joined = Self.insertingCutRest(text, into: row.cells[1], names: names)
                    {
                        slots[open] = .row(CleanLine(number: row.number, cells: [row.cells[0], joined]))
                        return
                    }
                    // A grid's line of wrapped name halves set in columns (laid-out text) continues
                    // each column's option, not the last one: kept apart for the option reader.
                    let columns =
                        formOfOpen?.shape == .options && line.cells.filter { !$0.isEmpty }.count >= 2
                        && !FormLayout.startsWithMark(text)
                    slots[open] = .row(Self.extend(row, with: text, apart: columns))
                    lastValueLine = (open, text)
                    return
                }
            }
            // The change log is the form's last part and quotes the others' headings and labels
            // in its cells: nothing in it is a label.
            if part == .appendix2, changeLogHoldsText || !Self.isPartHeadingLine(text) {
                open = nil
                changeLogHoldsText = true
                _ = emit(line.cells.count > 1 ? line : CleanLine(number: line.number, cells: [text]))
                return
            }
            let allowSplit = part <= .overview || part == .prose
            // Most lines are plain text no label awaits: kept as they are, without cutting them up.
            if pending.isEmpty, !FormLayout.mayHoldLabel(text), !FormLayout.startsWithMark(text) {
                contents.text()
                if takeCutGridRest(text, line: line.number) { return }
                open = nil
                let row = emit(line.cells.count == 1 ? line : CleanLine(number: line.number, cells: [text]))
                if textAbove == nil { textAbove = row }
                return
            }
            let tokens = FormLayout.tokens(text)
            let found = labels(in: tokens, allowSplit: allowSplit)
            if found.isEmpty, pending.isEmpty, !FormLayout.startsWithMark(text) {
                contents.text()
                open = nil
                let row = emit(line.cells.count == 1 ? line : CleanLine(number: line.number, cells: [text]))
                if textAbove == nil { textAbove = row }
                return
            }
            let segments =
                found.isEmpty
                ? [Segment(label: nil, form: nil, role: .row, value: tokens.map(String.init))]
                : self.segments(tokens, at: found)
            for segment in segments {
                place(segment, line: line.number)
            }
        }

        /// Whether the last row read is a label awaiting its value: no text since it but blank
        /// lines (a run of system blocks' labels goes on over the blank lines between them).
        private var labelsAwaitLast: Bool {
            guard let last = pending.last else { return false }
            return slots[(last + 1)...].allSatisfy { if case .source = $0 { return true } else { return false } }
        }

        /// Closes an option list left open with the 「)」 of its detail, printed apart from it: the
        /// open row's list (the group a grid's line went to last), else the last list read;
        /// whether one was open.
        private mutating func closeOpenDetail() -> Bool {
            let open = self.open.flatMap { form(at: $0)?.shape == .options ? $0 : nil }
            guard let last = open ?? optionRows.last, case .row(let row) = slots[last], row.cells.count == 2 else { return false }
            // The detail closes before a lone 「[」 that ends the value (「( 市民局…区政推進課 [」, its
            // 「]」 after the 「)」), one its value leaves unmatched.
            let value = row.cells[1]
            let unmatched = value.filter({ $0 == "[" }).count > value.filter({ $0 == "]" }).count
            let detail = (unmatched ? Self.beforeLoneMark(value) : nil) ?? value
            guard let paren = detail.lastIndex(of: "("), !detail[paren...].contains(")"),
                !FormLayout.startsWithMark(String(detail[detail.index(after: paren)...]).trimmingSpaces)
                    && !detail[paren...].contains("[")
            else { return false }
            slots[last] = .row(Self.extend(row, beforeLoneMark: ")"))
            return true
        }

        /// An option grid's marked line as `pdftotext -layout` sets it: its columns, where each
        /// column's mark and its text begin, and the value text before it.
        struct GridBand {
            let row: Int
            let prefix: String
            var columns: [String]
            let starts: [Int]
            let textStarts: [Int]
            var lastLine: Int
            /// Two marks stand one space apart: the cells touch.
            var touching = false

            /// The value so far: the text before the grid, then each column's cell.
            var text: String {
                let grid = columns.joined(separator: " ")
                return prefix.isEmpty ? grid : prefix + " " + grid
            }
        }

        /// A line under an option grid's marked line in laid-out text holds the wrapped rest of
        /// each column's cell at that column's place, the pieces a single space apart where one
        /// column's text reaches the next (「( 市民局区政推進部、財政局税 デジタル庁 )」: the detail of
        /// the second column, then the third's). Each piece goes to its own column's option, not
        /// after the last one: into its open parenthesis, as its parenthesis, or as the rest of its
        /// cut name (`names`, the form's). Nil where a piece does not stand where a column does,
        /// or goes nowhere in its column: the line is read as before.
        private mutating func routeGridLine(_ number: Int, row: CleanLine, at open: Int, names: [String]) -> String? {
            guard number >= 2, number <= raw.count else { return nil }
            if band == nil || band?.row != open || band?.lastLine != number - 1 {
                band = Self.gridBand(marked: raw[number - 2], value: row.cells[1], row: open, line: number - 1)
            }
            guard var current = band, let pieces = Self.pieces(raw[number - 1], of: current),
                Self.extend(&current, with: pieces, names: names)
            else {
                band = nil
                return nil
            }
            current.lastLine = number
            band = current
            return current.text
        }

        /// Each piece to its own column's cell (see routeGridLine): false where one goes nowhere
        /// in its column.
        static func extend(_ band: inout GridBand, with pieces: [(Int, String)], names: [String]) -> Bool {
            for (column, piece) in pieces {
                let cell = band.columns[column]
                let depth = FormLayout.parenthesisBalance(cell)
                if depth <= 0, !piece.hasPrefix("(") {
                    // The rest of a cut name, on a line that other columns' pieces show laid out
                    // in columns (a line of one piece is left to the option reader, which tells a
                    // name's rest by the form's names: OptionMatcher.rejoinWrapped): the cell's
                    // name and the piece's first word begin one of the form's names.
                    guard pieces.count >= 2, depth == 0, let option = OptionScanner.scan(cell).options.last,
                        !option.label.contains("("),
                        case let name = option.label.filter({ $0 != " " }) + piece.prefix(while: { $0 != " " && $0 != "(" }),
                        names.contains(where: { $0.hasPrefix(name) })
                    else { return false }
                }
                // Wrapped inside its cell: Japanese without a space (a 「・」 there is the name's or
                // the detail's own, no bullet), Latin words with one.
                band.columns[column] = cell + (Self.latinWrap(cell, piece) ? " " : "") + piece
            }
            return true
        }

        /// The grid band of a marked line: two marks or more, each after the first two spaces or
        /// more from the one before (a laid-out line's columns; options flowing as text stand one
        /// space apart), whose cells end the value read so far.
        static func gridBand(marked line: Substring, value: String, row: Int, line number: Int) -> GridBand? {
            // Two marks each after two spaces or more: a line without two spaces in a row has
            // no band (reading order's lines, measured no further).
            guard line.byteOffset(of: "  ") != nil else { return nil }
            let characters = Self.laidOut(line)
            var starts: [Int] = []
            var textStarts: [Int] = []
            var spaces = 0
            var inside = 0  // the end of the last bracketed mark (「[ ○ ]」 holds a glyph after a space)
            var touching = false
            for (k, c) in characters.enumerated() where k >= inside {
                if c == " " {
                    spaces += 1
                    continue
                }
                if spaces >= 1 || k == 0, let scalar = c.unicodeScalars.first, scalar == "[" || MarkGlyphs.isGlyph(scalar),
                    FormLayout.startsWithMark(String(characters[k...]))
                {
                    // Columns one space apart touch (narrow cells); lines under them are read
                    // more strictly (see pieces).
                    if spaces < 2, !starts.isEmpty { touching = true }
                    starts.append(k)
                    // The text after the mark: a wrapped line may begin under it instead.
                    var t = k + 1
                    if c == "[" {
                        t = (characters[k...].firstIndex(of: "]") ?? k) + 1
                        inside = t
                    }
                    while t < characters.count, characters[t] == " " { t += 1 }
                    textStarts.append(t)
                }
                spaces = 0
            }
            guard starts.count >= 2 else { return nil }
            var columns: [String] = []
            for (j, start) in starts.enumerated() {
                let end = j + 1 < starts.count ? starts[j + 1] : characters.count
                columns.append(Markup.clean(String(characters[start..<end])))
            }
            // The cells must be the value's end, spaces aside; the rest of the value stays before.
            let tail = columns.joined().filter { $0 != " " }
            guard !tail.isEmpty else { return nil }
            var kept = tail.count
            var cut = value.endIndex
            while kept > 0, cut > value.startIndex {
                cut = value.index(before: cut)
                if value[cut] != " " { kept -= 1 }
            }
            guard kept == 0, value[cut...].filter({ $0 != " " }) == tail else { return nil }
            return GridBand(
                row: row, prefix: String(value[..<cut]).trimmingSpaces, columns: columns, starts: starts,
                textStarts: textStarts, lastLine: number, touching: touching)
        }

        /// A laid-out line's characters, one a column; the form feed that begins a page takes none.
        static func laidOut(_ line: Substring) -> [Character] {
            Array(line.drop { $0 == "\u{0C}" })
        }

        /// The line's pieces by column: a piece begins where a column's mark or its text stands,
        /// and runs to the next such place. Nil unless every run of words after two spaces or
        /// more (and the first) begins at a column, the columns from left to right.
        static func pieces(_ line: Substring, of band: GridBand) -> [(Int, String)]? {
            var characters = Self.laidOut(line)
            func column(at k: Int) -> Int? { band.starts.firstIndex(of: k) ?? band.textStarts.firstIndex(of: k) }
            // The ※ of the label cell wrapped below it stands in the label column, not the grid's.
            if let mark = characters.firstIndex(where: { $0 != " " }), characters[mark] == "※", mark < band.starts[0],
                characters[(mark + 1)...].prefix(2).allSatisfy({ $0 == " " })
            {
                characters[mark] = " "
            }
            // A line with marks of its own is a grid's next line, or options flowing as text.
            guard let first = characters.firstIndex(where: { $0 != " " }), let firstColumn = column(at: first),
                !OptionScanner.scan(String(characters[first...])).options.contains(where: { !$0.label.isEmpty })
            else { return nil }
            var pieces: [(Int, Int)] = [(firstColumn, first)]
            var spaces = 0
            for k in (first + 1)..<max(first + 1, characters.count) {
                if characters[k] == " " {
                    spaces += 1
                    continue
                }
                if spaces >= 1 {
                    if let c = column(at: k), c > pieces[pieces.count - 1].0 {
                        pieces.append((c, k))
                    } else if spaces >= 2 {
                        return nil
                    } else if band.touching {
                        // Under touching cells a word one space after another, at no column's
                        // place, may be the next cell's set short of it (the line's full-width
                        // characters took less room than the marked line's): no place to tell. But
                        // the spaces of a detail's own parentheses (「部署 ( 市民局…」, 「… )」).
                        let (column, start) = pieces[pieces.count - 1]
                        let depth =
                            FormLayout.parenthesisBalance(band.columns[column])
                            + FormLayout.parenthesisBalance(String(characters[start..<k]))
                        let opens = characters[k] == "(" && depth == 0
                        let closes = characters[k] == ")" && depth > 0
                        let inside = characters[k - 2] == "(" && depth > 0
                        if !opens && !closes && !inside {
                            // Unless the words run past the next column's mark: no cell's line
                            // reaches into the next cell, so they are the next cell's (「…保険担当
                            // 療保険者 )」 under 「( 住民票 [ ] 行政機関…( 各医」).
                            let next = column + 1
                            var end = k
                            while end < characters.count,
                                !(characters[end] == " " && end + 1 < characters.count && characters[end + 1] == " ")
                            {
                                end += 1
                            }
                            guard next < band.starts.count, k < band.starts[next], end > band.starts[next] else { return nil }
                            pieces.append((next, k))
                        }
                    }
                }
                spaces = 0
            }
            var result: [(Int, String)] = []
            for (j, (column, start)) in pieces.enumerated() {
                let end = j + 1 < pieces.count ? pieces[j + 1].1 : characters.count
                let text = Markup.clean(String(characters[start..<end]))
                if !text.isEmpty { result.append((column, text)) }
            }
            return result.isEmpty ? nil : result
        }

        /// Whether the next label awaiting a value (labels first, values after) can take `text`
        /// by its shape: grids begin with a mark, select boxes with 「[」, dates with an era. A
        /// line none of them can take, after a value of prose, is that prose wrapped.
        private func awaitedFits(_ text: String) -> Bool {
            guard let next = pending.first, let shape = form(at: next)?.shape else { return true }
            switch shape {
            case .options: return FormLayout.startsWithMark(text)
            case .chosen: return text.hasPrefixBytes("[") || text.hasPrefixBytes("<選択肢>")
            case .date: return JapaneseDate.beginsWithEra(text)
            case .number: return FormLayout.isBareNumber(Substring(text))
            case .name, .prose, .list, .none: return true
            }
        }

        /// Whether the open prose value's last line is full, a name awaiting its value: as wide as
        /// the widest lines of its paragraph, reached by two lines or more (the value column's
        /// width, see columnWidth). A cell's text wraps only there, so the line after it goes on
        /// with it, though a name could take it by its shape (「…職員からの問い合わせに対する調査、定」
        /// then 「例報告会(年4回)の実施等」, not ③委託先名's value). Prose awaiting its value takes the
        /// line only when the lines after it, this one taken as a wrap, still begin a value for each
        /// label awaiting one (see textsBegun): one prose cell's text may end on a full line
        /// (「… 第4条第3項」) and the next cell's prose begin; but 「…における特定の個人」 then
        /// 「を識別するための…」 is one basis when 用途 and 移転する情報 still begin below it. A
        /// paragraph's one widest line is full only where a line is left over for it. Not on a
        /// flattened page, whose lines are no printed lines.
        private mutating func lastLineFull(_ open: Int, at number: Int) -> Bool {
            guard !flattened, let last = lastValueLine, last.row == open, number >= 2, number <= raw.count,
                let next = pending.first, let shape = form(at: next)?.shape, shape == .name || shape == .prose
            else { return false }
            let paragraph = paragraph(around: number - 1)
            let width = Self.columns(last.text)
            let awaited = pending.prefix { [.name, .prose].contains(form(at: $0)?.shape) }.count
            if paragraph.isFull(width) {
                return shape == .name || textsBegun(after: number) >= awaited
            }
            // The paragraph's one widest line, as wide as a value column: full where the text lines
            // of the paragraph after this one, taken as its wrap, are one for each label awaiting
            // a text (a line more than the texts awaited: a cell's text wrapped).
            guard paragraph.widest >= Self.columnWidth, width >= paragraph.widest - Self.fullSlack else { return false }
            var texts = 0
            for j in number..<(paragraph.start + paragraph.widths.count) where !pageFurniture.contains(j + 1) {
                if Self.beginsNoText(raw[j].trimmingCharacters(in: .whitespaces)) { break }
                texts += 1
            }
            return texts == awaited
        }

        /// The values that begin on the lines after line `number`, up to a label or a grid's or
        /// select box's line (the values awaited before them are texts), blank lines passed over
        /// (a blank line may stand between two cells' texts): a line begins one unless the line
        /// before it is full (see lastLineFull).
        private mutating func textsBegun(after number: Int) -> Int {
            var count = 0
            var j = number
            while j < raw.count, j < number + 64, count < 32 {
                let text = raw[j].trimmingCharacters(in: .whitespaces)
                if Self.beginsNoText(text) { break }
                if !text.isEmpty, !pageFurniture.contains(j + 1), !isFull(j - 1) { count += 1 }
                j += 1
            }
            return count
        }

        /// A line that begins a label, a grid's line or a select box: no text value's.
        static func beginsNoText(_ text: String) -> Bool {
            isLabelStart(text) || FormLayout.startsWithMark(text) || text.hasPrefixBytes("[") || text.hasPrefixBytes("<選択肢>")
        }

        /// Columns a full line may fall short of the widest: one full-width character (one that
        /// did not fit, or went down with a 、 or 。 kept off the next line's start).
        static let fullSlack = 2
        /// The width is a value column's when two lines or more reach it and it is that of a
        /// value column at all (20 characters or more): two short lines alike (「福祉部 高齢福祉課」,
        /// 「番号法第9条第2項」) say nothing of where a line wraps.
        static let fullLines = 2
        static let columnWidth = 40

        /// A paragraph's line widths in columns, from its first line `start`.
        struct Paragraph {
            let start: Int
            let widths: [Int]
            let widest: Int
            /// Lines within the slack of the widest.
            let full: Int

            init(start: Int, widths: [Int]) {
                self.start = start
                self.widths = widths
                widest = widths.max() ?? 0
                full = widths.filter { [widest] in $0 >= widest - Builder.fullSlack }.count
            }

            /// Whether a line this wide is full: its paragraph's widest is a value column's.
            func isFull(_ width: Int) -> Bool {
                full >= Builder.fullLines && widest >= Builder.columnWidth && width >= widest - Builder.fullSlack
            }
        }

        private mutating func paragraph(around index: Int) -> Paragraph {
            func blank(_ k: Int) -> Bool { raw[k].utf8.allSatisfy { $0 == 0x20 || $0 == 0x0C } }
            var start = index
            while start > 0, !blank(start - 1) { start -= 1 }
            if let known = paragraphWidths[start] { return known }
            var end = index
            while end < raw.count, !blank(end) { end += 1 }
            let paragraph = Paragraph(
                start: start, widths: (start..<end).map { Self.columns(CleanLine(number: $0 + 1, raw: raw[$0]).text) })
            paragraphWidths[start] = paragraph
            return paragraph
        }

        /// A line's width in columns: two for a full-width character, one for ASCII and
        /// half-width kana.
        static func columns(_ text: some StringProtocol) -> Int {
            text.unicodeScalars.reduce(0) { sum, c in
                sum + (c.value < 0x80 || (0xFF61...0xFF9F).contains(c.value) ? 1 : 2)
            }
        }

        /// Whether `text` goes on with the open select box's list of choices, a choice's name
        /// wrapped before the next (「体 2) 特定個人情報ファイルの一部」), whatever awaits a value.
        /// Or with the rest of its last choice, cut by the cell (「2) 特定個人情」 then 「報ファイルの一部」).
        private func continuesChoices(_ row: CleanLine, at index: Int, with text: String) -> Bool {
            guard form(at: index)?.shape == .chosen, row.cells[1].containsBytes("<選択肢>"), labelStart(text) == nil else { return false }
            return Self.holdsNumberedChoice(text) || Self.finishesChoice(of: row.cells[1], with: text)
        }

        /// Whether `text`'s first word completes the last numbered choice of `list`, cut by its cell.
        static func finishesChoice(of list: String, with text: String) -> Bool {
            guard let paren = list.lastIndex(of: ")") else { return false }
            let cut = list[list.index(after: paren)...].filter { $0 != " " }
            return completesChoice(cut, with: text.prefix { $0 != " " })
        }

        /// Whether `piece` is the rest of a select box's choice that its cell cut at `cut`.
        static func completesChoice(_ cut: String, with piece: Substring) -> Bool {
            !cut.isEmpty && !piece.isEmpty && !FormOptions.selectChoices.contains(cut) && FormOptions.selectChoices.contains(cut + piece)
        }

        /// Whether `text` begins with the rest of an option name of the open grid, cut by its
        /// cell (「[ ] 庁内連携システ」 then 「ム」): a wrap of the grid, whatever awaits a value.
        private func finishesCutOption(_ row: CleanLine, at index: Int, with text: String) -> Bool {
            guard form(at: index)?.shape == .options, let key = form(at: index)?.key, let names = FormOptions.printed[key]
            else { return false }
            return Self.finishesCut(of: row.cells[1], names: names, with: text)
        }

        /// Whether `text` begins with the rest of an option name of `options` cut by its cell.
        /// The rests read so far are first given back to their names, as the option reader gives
        /// them: a name cut twice has its second piece after another name's rest (「[ ] 情報提供ネット
        /// ワークシステ [ ] 庁内」, then 「ム」, then 「連携シス」 and 「テム」).
        static func finishesCut(of options: String, names: [String], with text: String) -> Bool {
            guard !FormLayout.startsWithMark(text) else { return false }
            let piece = text.prefix { $0 != " " }
            let read = OptionScanner.scan(options).options
            return OptionMatcher.rejoinWrapped(read, canonical: names).map(\.label).contains { label in
                guard !label.isEmpty, !names.contains(where: { label.hasPrefixBytes($0) }) else { return false }
                let joined = label + piece
                return names.contains { $0.hasPrefixBytes(joined) || joined.hasPrefixBytes($0) }
            }
        }

        private func slotLine(_ index: Int) -> Int? {
            if case .row(let row) = slots[index] { return row.number }
            return nil
        }

        private var awaitsNumber: Bool {
            pending.contains { form(at: $0)?.shape == .number }
        }

        private func labelStart(_ text: String) -> (text: String, form: FormLabel?, role: LabelRole, count: Int)? {
            let tokens = FormLayout.tokens(text)
            guard !tokens.isEmpty else { return nil }
            return FormLayout.label(in: tokens, at: 0)
        }

        static func form(of row: CleanLine) -> FormLabel? {
            if let block = blockKind(row.cells[0]) {
                return FormLabel(block, .name)
            }
            let tokens = FormLayout.tokens(row.cells[0])
            guard !tokens.isEmpty else { return nil }
            return FormLayout.label(in: tokens, at: 0)?.form
        }

        /// A value that ends with a 「[」 alone (the next column's mark, its 「]」 on a line below),
        /// without it; nil where it ends otherwise.
        static func beforeLoneMark(_ value: String) -> String? {
            value.hasSuffix(" [") ? String(value.dropLast(2)) : nil
        }

        /// `row` with `text` at its value's end, before a 「[」 alone that ends it (beforeLoneMark).
        static func extend(_ row: CleanLine, beforeLoneMark text: String) -> CleanLine {
            guard row.cells.count == 2, let before = beforeLoneMark(row.cells[1]) else { return extend(row, with: text) }
            return extend(extend(CleanLine(number: row.number, cells: [row.cells[0], before]), with: text), with: "[", apart: true)
        }

        static func extend(_ row: CleanLine, with text: String, apart: Bool = false) -> CleanLine {
            let value = row.cells[1]
            let glue = apart && !value.isEmpty ? " " : glue(value, text)
            return CleanLine(number: row.number, cells: [row.cells[0], value + glue + text])
        }

        /// Japanese wraps without a space; Latin text, option grids and bullets keep one. With
        /// `grids`, a text's wrapped option grid is read word by word (gridWordApart); a PDF's
        /// words, set by their boxes, do not need it.
        static func glue(_ value: String, _ text: String, grids: Bool = true) -> String {
            if value.isEmpty { return "" }
            let item = text.first.map { $0 == "[" || $0 == "・" } ?? false
            return latinWrap(value, text) || item || FormLayout.startsWithMark(text) || (grids && gridWordApart(value, then: text))
                ? " " : ""
        }

        /// In an option grid's text (a value that begins with a mark), outside a detail's
        /// parentheses, a line's first word goes on with the word before it only into an option
        /// name of the form (「情報提供ネットワークシ」 + 「ステム」, 「その他」 + 「住民票関係情報」): else it
        /// is another cell's (「● 税務システム」 then 「ム」 then 「テム等」, the rests of two cut names).
        /// Inside a detail's parentheses the text wraps as prose, save after a word that finishes a
        /// cut name of the grid (「( 市民局…区 立行政法人等」 under 「[ ] 行政機関・独」): that word is the
        /// name's rest, the next line's word the detail's (「政推進課 )」).
        /// Only a grid of the form's options is so read (its first mark followed by the beginning of
        /// an option's name), and only a word of an option's name is kept apart: prose after a mark
        /// (a change log's 「● 現行システムに関する内容 …」) and a count (「(3)」 「件」) wrap as before.
        static func gridWordApart(_ value: String, then text: String) -> Bool {
            // The mark is at the value's start: its first words tell (a grid's value grows line by line).
            let head = String(value.prefix(48))
            guard FormLayout.startsWithMark(head), let first = OptionScanner.scan(head).options.first?.label.split(separator: " ").first,
                optionNames.contains(String(first)) || (first.count >= 2 && optionNames.contains { $0.hasPrefixBytes(String(first)) })
            else { return false }
            let space = value.lastIndex(of: " ")
            let last = value[(space.map { value.index(after: $0) } ?? value.startIndex)...]
            guard !last.isEmpty, last.utf8.count <= 96 else { return false }
            if FormLayout.parenthesisBalance(value) > 0 { return finishesCutName(String(last), in: value) }
            guard optionNames.contains(where: { $0.containsBytes(String(last)) }) else { return false }
            let joined = String(last) + text.prefix { $0 != " " }
            return !optionNames.contains { $0.hasPrefixBytes(joined) }
        }

        /// Whether `word` finishes a name that a word right after a mark in `value` begins.
        static func finishesCutName(_ word: String, in value: String) -> Bool {
            let words = value.split(separator: " ")
            for (k, head) in words.enumerated().dropFirst() {
                let before = words[k - 1]
                guard before.hasSuffix("]") || (before.unicodeScalars.count == 1 && MarkGlyphs.isGlyph(before.unicodeScalars.first!))
                else { continue }
                let name = String(head)
                if !optionNames.contains(name), optionNames.contains(name + word) { return true }
            }
            return false
        }

        static let optionNames = Set(FormOptions.lists.joined()).union(FormOptions.recordedItems)

        /// Whether a wrap falls between two Latin words (or numbers), which a space parts.
        static func latinWrap(_ value: String, _ text: String) -> Bool {
            func word(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
            return word(value.last) && word(text.first)
        }

        /// Cuts a line into segments at each label (at a token start); text before the first
        /// label is a segment without one.
        /// The labels of the line with where they stand; empty when it holds none.
        private func labels(in tokens: [Substring], allowSplit: Bool) -> [(
            at: Int, text: String, form: FormLabel?, role: LabelRole, count: Int
        )] {
            var found: [(at: Int, text: String, form: FormLabel?, role: LabelRole, count: Int)] = []
            var i = 0
            while i < tokens.count {
                let atStart = i == 0
                if atStart || allowSplit || Self.isPartHeading(tokens, at: i, part: part),
                    let label = FormLayout.label(in: tokens, at: i),
                    atStart || allowSplit || label.role == .part
                {
                    found.append((i, label.text, label.form, label.role, label.count))
                    i += label.count
                    continue
                }
                i += 1
            }
            return found
        }

        /// Cuts the line's words into segments at its labels; words before the first label are
        /// a segment without one.
        private func segments(_ tokens: [Substring], at labels: [(at: Int, text: String, form: FormLabel?, role: LabelRole, count: Int)])
            -> [Segment]
        {
            var segments: [Segment] = []
            if let first = labels.first, first.at > 0 {
                segments.append(Segment(label: nil, form: nil, role: .row, value: tokens[..<first.at].map(String.init)))
            }
            for (n, label) in labels.enumerated() {
                let end = n + 1 < labels.count ? labels[n + 1].at : tokens.count
                let value = tokens[min(label.at + label.count, end)..<end].map(String.init)
                segments.append(Segment(label: label.text, form: label.form, role: label.role, value: value))
            }
            return segments
        }

        private static func isPartHeading(_ tokens: [Substring], at i: Int, part: Part) -> Bool {
            // The change log quotes headings (`I 基本情報` in its 項目 cells): none is read there.
            guard part != .appendix2, let first = tokens[i].first else { return false }
            return first == "I" || first == "V" || first == "("
        }

        private mutating func place(_ segment: Segment, line: Int) {
            guard let label = segment.label else {
                bindContent(segment.value, line: line)
                return
            }
            var textAbove = self.textAbove
            self.textAbove = nil
            let optionsAbove = self.optionsAbove
            self.optionsAbove = nil
            switch segment.role {
            case .part:
                placePart(label, value: segment.value, line: line)
            case .section:
                placeSection(label, value: segment.value, line: line, textAbove: textAbove)
            case .title:
                _ = emit(CleanLine(number: line, cells: [label] + (segment.value.isEmpty ? [] : [segment.value.joined(separator: " ")])))
                open = nil
            case .row:
                var value = segment.value
                // The text above may be those very options (their run began no earlier), when
                // they are this label's and no group before lacks them.
                if segment.form!.shape == .options, let optionsAbove,
                    textAbove.map({ $0 >= optionsAbove && optionsAboveAreOwn(segment.form!, from: optionsAbove) }) ?? true
                {
                    let taken = takeOptionsAbove(from: optionsAbove)
                    value = FormLayout.tokens(taken.joined(separator: " ")).map(String.init) + value
                    if !taken.isEmpty { textAbove = nil }
                }
                placeRow(label, form: segment.form!, value: value, line: line, textAbove: textAbove)
            }
        }

        /// A part heading stands alone; the text after it is the part's first text. In 項目一覧 the
        /// headings are listed, not entered: the list ends at a heading seen twice (the real
        /// Ⅰ 基本情報) or at other text.
        private mutating func placePart(_ label: String, value: [String], line: Int) {
            endRun()
            interleaved = false
            valuesAstray = false
            blocksWithoutValues.removeAll()
            // A grid column printed after the next section heading still goes back to its
            // group: the groups are forgotten at the next part only.
            optionRows.removeAll()
            unreadGroups.removeAll()
            let compact = label.filter { $0 != " " }
            if compact == "項目一覧" {
                contents.open()
            } else if contents.lists(compact) {
            } else if let p = FormLabels.part(opening: compact) {
                contents.close()
                part = p
                changeLogHoldsText = false
            }
            _ = emit(CleanLine(number: line, cells: [label]))
            open = nil
            if !value.isEmpty { bindContent(value, line: line) }
        }

        /// A numbered section heading (`3.特定個人情報ファイル名`) or block (委託事項1, 提供先2).
        private mutating func placeSection(_ label: String, value words: [String], line: Int, textAbove: Int?) {
            var value = words.filter { $0 != "※" }
            let kind = Self.blockKind(label)
            let block = kind != nil
            interleaved = false
            // On a flattened page a block's name runs on into the text after it up to the next
            // label: the first lines of ①委託内容, centred in its tall cell (「電子申込システムの保守
            // システムの障害監視作業、…」). A name ends before a sentence's words.
            let valuesBefore = flattened && block && value.dropFirst(Self.leadingName(value).count).contains { $0.hasPrefixBytes("<選択肢>") }
            if flattened, block { value = Self.leadingName(value) }
            // A block's heading set inside the open detail of the grid before it (「[ ] その他 (
            // 提供先２ ) 市町村長」, reading order): the 「)」 closes that detail, the name follows.
            if block, value.first == ")", closeOpenDetail() { value.removeFirst() }
            // 委託の有無 then 委託事項1 then ①…, their values after them (labels first): the block's
            // heading goes on with the run of labels just before it, which still await theirs.
            // So over blank lines too, from a block of the same part (提供先1's labels, then
            // 移転先1's, then their values).
            func outflow(_ heading: String) -> Bool { FormLabels.outflowBlocks.contains { heading.hasPrefixBytes($0) } }
            let sameKind =
                pending.first.map { first -> Bool in
                    guard case .row(let r) = slots[first] else { return false }
                    return outflow(r.cells[0]) && outflow(label)
                } ?? false
            let inRun =
                block && value.isEmpty && !pending.isEmpty && (pending.last == slots.count - 1 || (sameKind && labelsAwaitLast))
                && !blockValuesBefore
            if block { blockValuesBefore = valuesBefore }
            // システム1 ①②③ システム2 ①②③, then the values (a page's label column first): the
            // next block's labels go on with the run of the last one's, all of them still awaiting
            // their values. (Where one block's values come before the next block's labels, no
            // label awaits one at the next heading.) The last block's name may have come beside
            // its label, its grid still awaited, the block's last value (「①システムの名称」 「番号連携
            // サーバ」 「②システムの機能」 「③他のシステムとの接続」 「システム3」 …); a ② alone
            // awaiting after its grid had its text before it.
            let systemRun =
                !block && value.isEmpty && label.hasPrefixBytes(FormLabels.numberedBlocks[0]) && labelsAwaitLast && !valuesFlowing
                && pending.contains { ["システムの名称", "他のシステムとの接続"].contains(form(at: $0)?.key ?? "") }
            if !inRun && !systemRun {
                if block, let lost = blockWithoutValues() { blocksWithoutValues.insert(lost) }
                endRun()
            }
            if !block { blocksWithoutValues.removeAll() }
            // 委託事項1's labels got none of their values before 委託事項2's heading, and now 委託事項2's
            // labels and 委託事項3's await theirs together: the values after them (reading order
            // sets a column's cells where it likes) may be 委託事項1's, and whose each is cannot be
            // told. They are unknown, up to the next section's heading.
            if inRun, !valuesAstray, let kind, blocksWithoutValues.contains(kind) {
                diagnostics.append(Diagnostic(.warning, .valueUnreadable, line: line, .blockValuesAstray(next: Self.printed(label))))
                valuesAstray = true
            }
            if valuesAstray {
                for index in pending {
                    guard case .row(var r) = slots[index] else { continue }
                    r.valueUnreadable = true
                    slots[index] = .row(r)
                }
                endRun()
            }
            if !block { valuesAstray = false }
            // Its name above it, the heading centred in its tall cell (see takeValueAbove).
            if value.isEmpty, block, let above = textAbove, let name = takeValueAbove(from: above, shape: .name) {
                let row = emit(CleanLine(number: line, cells: [label, name]))
                forms[row] = Self.form(of: CleanLine(number: line, cells: [label, name]))
                open = nil
                return
            }
            let row = emit(CleanLine(number: line, cells: [label] + (value.isEmpty ? [] : [value.joined(separator: " ")])))
            if !block, label.first?.isNumber == true { sectionSlot = row }
            open = value.isEmpty ? nil : row
            // (A name beside its heading is the block's own.)
            if valuesAstray, block, value.isEmpty {
                var r = CleanLine(number: line, cells: [label, ""])
                r.valueUnreadable = true
                slots[row] = .row(r)
                forms[row] = Self.form(of: r)
                open = nil
                return
            }
            // 委託事項1, 提供先2, 移転先3 name their item or recipient, on the line or after it.
            if value.isEmpty, block {
                slots[row] = .row(CleanLine(number: line, cells: [label, ""]))
                forms[row] = Self.form(of: CleanLine(number: line, cells: [label, ""]))
                pending.append(row)
            }
            if !words.isEmpty, label.containsBytes("ファイル名") {
                // `2.特定個人情報ファイル名 生活保護受給者ファイル`: the name is the value.
                let name = Self.leadingName(words)
                slots[row] = .row(CleanLine(number: line, cells: [label, name.joined(separator: " ")]))
            }
        }

        /// A row label with its value: beside it, after it (labels first, values after), before
        /// it (a number above its label), or above it (a label centred in a tall cell).
        private mutating func placeRow(_ label: String, form: FormLabel, value words: [String], line: Int, textAbove: Int?) {
            if words.isEmpty {
                placeEmptyRow(label, form: form, line: line, textAbove: textAbove)
                return
            }
            if !pending.isEmpty, pending.allSatisfy({ slotLine($0) == line }) {
                // Labels first, then their values: this label's text is the run's values.
                let row = emit(CleanLine(number: line, cells: [label, ""]))
                pending.append(row)
                distribute(words, line: line)
                endRun()
                return
            }
            endRun()
            var words = words
            // A text that cannot begin its cell (「の返還又は…」 beside 「②移転先にお」) began on
            // the line above its centred label, which the row before took as its own text's last.
            if textAbove == nil, form.shape == .prose, !flattened, let first = words.first, Self.cannotBeginCell(first),
                let above = takeLastValueLine()
            {
                let rest = words.joined(separator: " ")
                words = (above + Self.glue(above, rest) + rest).split(separator: " ").map(String.init)
            }
            // A list's label centred on its items (「・後期高齢者医療システム」, 「③システ」 beside
            // nothing, 「・団体内統合宛名システム」 beside 「ムの名称」): the run of items on the lines
            // just above it began the list, not the text of the row above (「…原本の記載による。」).
            // Told by the label's first line holding no item, or by a text that has set labels in
            // the middle of their cells already.
            if textAbove == nil, form.shape == .list, !flattened, words.first?.hasPrefixBytes("・") == true, line >= 2,
                line <= raw.count, let open, self.form(at: open)?.shape == .prose
            {
                let first = String(raw[line - 1]).trimmingSpaces
                if (!first.contains(" ") && !first.containsBytes("・")) || centredSeen, let items = takeItemsAbove(line - 1, from: open) {
                    words = items.split(separator: " ").map(String.init) + words
                }
            }
            let value = Self.shaped(withTextAbove(words, shape: form.shape, textAbove: textAbove), form.shape)
            if form.shape == .name, value.isEmpty, Self.isVerticalDebris(words.map { Substring($0) }[...]) {
                diagnostics.append(
                    Diagnostic(
                        .warning, .valueUnreadable, line: line,
                        .verticalDebris(label: label, words: words.prefix(4).joined(separator: " "))))
            }
            let row = emit(CleanLine(number: line, cells: [label, value.joined(separator: " ")]))
            open = row
            if form.shape == .options { optionRows.append(row) }
            // The line's own words: the text above its centred label is lines of their own
            // (see nameBreak, which compares the next line with this one).
            if form.shape == .prose { lastValueLine = (row, words.joined(separator: " ")) }
        }

        /// The bullet items on the lines just above raw line `index`, taken from the end of the
        /// text row `open` that holds them after text of its own; nil when there are none.
        private mutating func takeItemsAbove(_ index: Int, from open: Int) -> String? {
            var items: [String] = []
            var j = index - 1
            while j >= 0, case let t = String(raw[j]).trimmingSpaces, t.hasPrefixBytes("・") {
                items.insert(t, at: 0)
                j -= 1
            }
            guard !items.isEmpty, case .row(let row) = slots[open], row.cells.count == 2,
                let at = row.cells[1].range(of: items[0], options: .backwards)
            else { return nil }
            func compact(_ s: Substring) -> String { s.filter { $0 != " " } }
            let before = row.cells[1][..<at.lowerBound]
            guard compact(row.cells[1][at.lowerBound...]) == compact(Substring(items.joined())), !compact(before).isEmpty
            else { return nil }
            slots[open] = .row(CleanLine(number: row.number, cells: [row.cells[0], String(before).trimmingSpaces]))
            lastValueLine = nil
            return items.joined(separator: " ")
        }

        /// The last line of the open text, when it is a line of its own after the text's first:
        /// taken from it (see placeRow).
        private mutating func takeLastValueLine() -> String? {
            guard let open, let last = lastValueLine, last.row == open, form(at: open)?.shape == .prose,
                case .row(let row) = slots[open], row.cells.count == 2, row.cells[1].count > last.text.count,
                row.cells[1].hasSuffix(last.text)
            else { return nil }
            var value = row.cells[1].dropLast(last.text.count)
            if value.last == " " { value.removeLast() }
            slots[open] = .row(CleanLine(number: row.number, cells: [row.cells[0], String(value)]))
            lastValueLine = nil
            return last.text
        }

        /// A label with nothing beside it: its value comes after it, or stood just before it.
        private mutating func placeEmptyRow(_ label: String, form: FormLabel, line: Int, textAbove: Int?) {
            // 「39」 above 「評価書番号」: the number printed before its label, nothing between.
            // Not when a bare number follows the label: that is its value, and the one above a
            // page number (「1」 atop the first page, then 「評価書番号」 「14」).
            if form.shape == .number, let number = droppedNumber, part == .front,
                slots[number.slots...].indices.allSatisfy({ if case .source = slots[$0] { return true } else { return false } }),
                !bareNumberFollows(line)
            {
                droppedNumber = nil
                _ = emit(CleanLine(number: number.line, cells: [label, number.text]))
                diagnostics.append(
                    Diagnostic(
                        .note, .valueBeforeLabel, line: number.line,
                        .numberBeforeLabel(label: label, number: number.text, labelLine: line)))
                open = nil
                return
            }
            // 評価書名 centred below its name, which reading order set right under the title, a
            // blank line between (「特定個人情報保護評価書(…)」 「… 重点項目評価書」, blank, 「評価書名」,
            // blank): the one line between the title and the label, a name, is its value.
            if !flattened, part == .front, textAbove == nil, blankAfter, form.key == "評価書名", let name = nameUnderTitle() {
                _ = emit(CleanLine(number: line, cells: [label, name.text]))
                diagnostics.append(
                    Diagnostic(.note, .valueBeforeLabel, line: name.line, .nameUnderTitle(label: label, name: name.text, labelLine: line)))
                open = nil
                return
            }
            // A label centred in its tall cell with the whole of its value above it: the text since
            // the last blank line, no label's, and a blank line right after the label (the cell
            // ends there), when the text has the shape the label's value has.
            if let above = textAbove, let value = takeValueAbove(from: above, shape: form.shape) {
                let row = emit(CleanLine(number: line, cells: [label, value]))
                // A grid goes on below its centred label, past the blank line.
                open = form.shape == .options ? row : nil
                if form.shape == .options { optionRows.append(row) }
                return
            }
            // Centred with its text above and below it: the lines above begin the value, the
            // lines below go on with it (「番号利用法 第9条第2項 … 特定個人情報」, 「①法令上の根拠」,
            // 「の提供に関する条例 …」), a line no label begins coming right after the label.
            if form.shape == .prose, pending.isEmpty, !blankAfter, let above = textAbove, following < raw.count,
                case let below = String(raw[following]).trimmingSpaces, !below.isEmpty,
                !Self.isLabelStart(below), !FormLayout.startsWithMark(below),
                let value = valueAbove(from: above, shape: .prose), case .row(let last) = slots[slots.count - 1]
            {
                let lastAbove = last.cells[0]
                slots.removeSubrange(above...)
                forms.removeSubrange(above...)
                let row = emit(CleanLine(number: line, cells: [label, value]))
                open = row
                lastValueLine = (row, lastAbove)
                return
            }
            // A label that awaits its value already, no block's heading since: two blocks' labels
            // interleaved by reading order (システム4 ①②, then ② again, システム5's), or one
            // block's printed again by a page break. Which values after them are which label's
            // cannot be told: all of them are unknown, the run ends, and so do the labels after
            // it up to the next heading.
            let repeated =
                form.shape != .none
                && pending.last(where: { self.form(at: $0)?.key == form.key }).map { earlier in
                    !slots[(earlier + 1)...].contains(where: { slot in
                        guard case .row(let r) = slot else { return false }
                        return FormLabels.numberedBlocks.contains { r.cells[0].hasPrefixBytes($0) }
                    })
                } ?? false
            if form.shape != .none, repeated || interleaved || valuesAstray {
                if !interleaved, !valuesAstray {
                    diagnostics.append(Diagnostic(.warning, .valueUnreadable, line: line, .labelRepeated(label: Self.printed(label))))
                }
                interleaved = true
                for index in pending {
                    guard case .row(var r) = slots[index] else { continue }
                    r.valueUnreadable = true
                    slots[index] = .row(r)
                }
                endRun()
                var row = CleanLine(number: line, cells: [label, ""])
                row.valueUnreadable = true
                _ = emit(row)
                open = nil
                return
            }
            let row = emit(CleanLine(number: line, cells: [label, ""]))
            if form.shape != .none { pending.append(row) }
            open = nil
        }

        /// The kind of the block (委託事項) whose heading and every label after it still await
        /// their values: none of them was read.
        private func blockWithoutValues() -> String? {
            for index in pending {
                guard case .row(let r) = slots[index], let kind = Self.blockKind(r.cells[0]) else { continue }
                return slots.indices[index...].allSatisfy({ forms[$0] == nil || pending.contains($0) }) ? kind : nil
            }
            return nil
        }

        /// The kind of numbered block (委託事項, 提供先, 移転先) a label heads; nil for システム,
        /// whose heading holds no value, and for any other label.
        static func blockKind(_ label: String) -> String? {
            FormLabels.numberedBlocks.dropFirst().first { label.hasPrefixBytes($0) }
        }

        /// The one text row, a short name, between the title's row and the end of the rows (blank
        /// lines aside), taken out: 評価書名's value printed under the title (see placeEmptyRow).
        private mutating func nameUnderTitle() -> (text: String, line: Int)? {
            func isRow(_ slot: Slot) -> Bool { if case .row = slot { return true } else { return false } }
            guard let k = slots.lastIndex(where: isRow), case .row(let row) = slots[k], row.cells.count == 1, forms[k] == nil,
                Self.isShortName(row.cells[0]), let t = slots[..<k].lastIndex(where: isRow), case .row(let title) = slots[t],
                title.cells.count == 1, FormLayout.label(in: FormLayout.tokens(title.cells[0]), at: 0)?.role == .title,
                // No index kept points at it or past it.
                pending.allSatisfy({ $0 < k }), optionRows.allSatisfy({ $0 < k }), unreadGroups.allSatisfy({ $0 < k }),
                (open ?? -1) < k, (lastValueLine?.row ?? -1) < k, (optionsAbove ?? -1) < k, (droppedNumber?.slots ?? 0) <= k,
                sectionSlot < k, (band?.row ?? -1) < k
            else { return nil }
            slots.remove(at: k)
            forms.remove(at: k)
            return (row.cells[0], row.number)
        }

        /// Whether one of the few lines with text from raw line `index` on, before the next row's
        /// label, is what `holds` looks for (the title may stand between, printed beside the label).
        private func followsBeforeNextRow(from index: Int, _ holds: (String) -> Bool) -> Bool {
            var j = index
            var lines = 0
            while j < raw.count, lines < 3 {
                defer { j += 1 }
                if raw[j].utf8.allSatisfy({ $0 == 0x20 }) { continue }
                lines += 1
                let text = CleanLine(number: j + 1, raw: raw[j]).text
                if holds(text) { return true }
                let tokens = FormLayout.tokens(text)
                if !tokens.isEmpty, FormLayout.label(in: tokens, at: 0)?.role == .row { return false }
            }
            return false
        }

        /// Whether a bare number stands on one of the few lines with text after `line`.
        private func bareNumberFollows(_ line: Int) -> Bool {
            followsBeforeNextRow(from: line) { FormLayout.isBareNumber(Substring($0)) }
        }

        /// Whether an era date stands on one of the few lines with text from raw line `index` on.
        private func dateFollows(from index: Int) -> Bool {
            followsBeforeNextRow(from: index) { !EraDates.all(in: $0).isEmpty }
        }

        /// The text rows from `above` on, taken out, as the value of the label being read (its
        /// cell empty beside it), when a blank line follows the label (its cell ends there), or no
        /// date does a date's label, and the text has the shape of the label's value.
        private mutating func takeValueAbove(from above: Int, shape: ValueShape) -> String? {
            // (公表日, then the cover's stamp 「[令和6年10月 様式4]」: its date is the one above.)
            guard blankAfter || (shape == .date && !dateFollows(from: following)), let value = valueAbove(from: above, shape: shape)
            else { return nil }
            slots.removeSubrange(above...)
            forms.removeSubrange(above...)
            return value
        }

        /// The text rows from `above` on as the value of a label of `shape`, when they can be it.
        private func valueAbove(from above: Int, shape: ValueShape) -> String? {
            var lines: [String] = []
            for index in above..<slots.count {
                // No label's words: a heading that lost its number (「システム」), a label's piece.
                guard case .row(let row) = slots[index], row.cells.count == 1, forms[index] == nil, !Self.isLabelStart(row.cells[0]),
                    !FormLabels.numberedBlocks.contains(row.cells[0]),
                    !FormLayout.labelPrefix(Substring(row.cells[0].filter { $0 != " " }), loose: true)
                else { return nil }
                lines.append(row.cells[0])
            }
            guard let first = lines.first else { return nil }
            switch shape {
            case .name: guard lines.count == 1, Self.isShortName(first) else { return nil }
            case .prose: guard !FormLayout.startsWithMark(first), !first.hasPrefixBytes("[") else { return nil }
            case .options: guard FormLayout.startsWithMark(first) else { return nil }
            case .chosen: guard first.hasPrefixBytes("[") else { return nil }
            case .date: guard lines.count == 1, JapaneseDate.beginsWithEra(first) else { return nil }
            case .number: guard lines.count == 1, FormLayout.isBareNumber(Substring(first)) else { return nil }
            case .list, .none: return nil
            }
            var value = ""
            for piece in lines { value += Self.glue(value, piece) + piece }
            return value
        }

        /// Text that begins with a mark before one of the form's option names.
        static func isFormOptionLine(_ tokens: ArraySlice<Substring>) -> Bool {
            let text = tokens.joined(separator: " ")
            guard FormLayout.startsWithMark(text), let first = OptionScanner.scan(text).options.first?.label else { return false }
            // Or the beginning of one, its cell cut (「[ ] 庁内連携システ」).
            return FormOptions.printed.values.contains { option(first, in: $0) != nil }
        }

        /// Every option name the form prints, of all its lists.
        static let printedNames = Array(Set(FormOptions.printed.values.joined())).sorted()

        /// The option of `list` that an option's printed text names: the longest name it begins
        /// with (「その他識別情報(内部番号)」, not 「その他」), or else the name it is the beginning of,
        /// its cell cut (「[ ] 庁内連携システ」).
        static func option(_ text: String, in list: [String]) -> String? {
            list.filter { text.hasPrefixBytes($0) }.max { $0.utf8.count < $1.utf8.count }
                ?? (text.count >= 2 ? list.first { $0.hasPrefixBytes(text) } : nil)
        }

        /// Whether `name`, as a line prints it, is an option of `list`: the option, its beginning
        /// (its cell cut it), or the option and its detail (「その他 (口座情報)」).
        static func printsOption(_ name: String, of list: [String]) -> Bool {
            let bare = name.filter { $0 != " " }
            return list.contains { option in
                bare == option || (bare.count >= 2 && option.hasPrefixBytes(bare))
                    || (bare.hasPrefixBytes(option) && bare.dropFirst(option.count).hasPrefixBytes("("))
            }
        }

        /// One short line that can be a name: no sentence, no marked option.
        static func isShortName(_ text: String) -> Bool {
            text.count <= 40 && !FormLayout.startsWithMark(text) && !FormLayout.isProse(Substring(text))
                && !text.containsBytes("。")
        }

        /// A label set in the middle of a tall cell has its value's first lines above it (the text
        /// since the last blank line, which no label took): they begin the value.
        private mutating func withTextAbove(_ words: [String], shape: ValueShape, textAbove above: Int?) -> [String] {
            // A list's items above it are its first items (「・後期高齢者医療システム」 over 基礎's
            // ③システムの名称): each line there begins with the list's bullet.
            func items(_ index: Int) -> Bool {
                guard shape == .list, case .row(let r) = slots[index] else { return false }
                return r.cells[0].hasPrefixBytes("・")
            }
            guard let above, shape == .prose || shape == .options || slots[above...].indices.allSatisfy(items),
                slots[above...].indices.allSatisfy({ index in
                    if case .row(let r) = slots[index] { return r.cells.count == 1 } else { return false }
                })
            else { return words }
            let lines = slots[above...].compactMap { slot -> String? in if case .row(let r) = slot { return r.cells[0] } else { return nil }
            }
            slots.removeSubrange(above...)
            forms.removeSubrange(above...)
            centredSeen = true
            var before = ""
            for piece in lines + [words.joined(separator: " ")] where !piece.isEmpty {
                before += Self.glue(before, piece) + piece
            }
            return before.split(separator: " ").map(String.init)
        }

        /// Text that no label precedes on its line: the value a pending label awaits, an
        /// orphaned column of an option grid, or plain text.
        private mutating func bindContent(_ tokens: [String], line: Int) {
            contents.text()
            if part == .appendix2 { changeLogHoldsText = true }
            let text = tokens.joined(separator: " ")
            // Marked options while a label of another shape awaits its value come first (a
            // block's labels, then the last grid's column printed before their values): the
            // group of the part that lacks them takes them.
            if !pending.isEmpty, FormLayout.startsWithMark(text), let next = pending.first, form(at: next)?.shape != .options,
                let target = orphanTarget(for: text, cut: true), case .row(let row) = slots[target]
            {
                // On a flattened page the labels' values follow the grid on its line: the grid
                // ends after its last option as the form spells it (「… ■ 宛名システム等 中間サーバー
                // 本欄は …」).
                let words = tokens.map { Substring($0) }
                if flattened, let key = form(at: target)?.key, let names = FormOptions.printed[key],
                    let end = Self.gridEnd(words, from: 0, names: names), end < words.count
                {
                    // The values after the grid are no awaited label's for sure, and stay text.
                    takeInterleavedGrid(words[..<end], into: target, before: next, line: line)
                    endRun()
                    open = nil
                    _ = emit(CleanLine(number: line, cells: [tokens[end...].joined(separator: " ")]))
                    return
                }
                slots[target] = .row(Self.extend(row, with: text))
                open = target
                return
            }
            if !pending.isEmpty {
                let before = pending
                distribute(tokens, line: line)
                if pending.count < before.count || pending != before { return }
            }
            // The first group that lacks these options takes them (a block's second column comes
            // after its first, before the next block's). Not on a flattened page where two groups
            // of the same list lack them: its lines are the page's pieces, in no block's order,
            // and whose they are cannot be told (text, the groups' marks unknown).
            // Nor after a column of that list that no group took, blank lines between: the block
            // whose labels no value reached printed both, and the earlier group lacks this one too.
            if FormLayout.startsWithMark(text), let target = orphanTarget(for: text),
                !flattened || lackingGroups(for: text).filter({ form(at: $0)?.key == form(at: target)?.key }).count == 1,
                !unclaimedColumnAbove(of: form(at: target)?.key)
            {
                if case .row(let row) = slots[target] {
                    slots[target] = .row(Self.extend(row, with: text))
                    open = target
                }
                return
            }
            if takeCutGridRest(text, line: line) { return }
            // Unlabelled text: kept (the parser reads change logs and lists from it).
            open = nil
            let row = emit(CleanLine(number: line, cells: [text]))
            if textAbove == nil { textAbove = row }
            if FormLayout.startsWithMark(text) {
                if optionsAbove == nil { optionsAbove = row }
            } else if optionsAbove != nil, row > 0, case .row(let before) = slots[row - 1], before.cells.count == 1,
                Self.finishesCut(of: before.cells[0], names: Self.printedNames, with: text)
            {
                // The rest of a cut option name of the grid's line before: the grid goes on.
            } else {
                optionsAbove = nil
            }
        }

        /// The rest of a cut option name under an unlabelled grid line (reading order sets a
        /// cell's second line apart: 「○ 庁内連携システ」 「ム」): with it the line names whole options,
        /// and the one group that lacks them takes the line and its rests. Whether it was taken.
        private mutating func takeCutGridRest(_ text: String, line: Int) -> Bool {
            guard !flattened, let run = cutGridRun(then: text, line: line) else { return false }
            let names = Self.printedNames
            let whole = OptionMatcher.rejoinWrapped(OptionScanner.scan(run.text).options, canonical: names)
                .map(\.label).filter { !$0.isEmpty }
            // Only where one group lacks them: another block's grid may have lost the same rows
            // (its cells cut at a bracket), so the first group that lacks them may not be theirs.
            // The run's slots are taken out only when no row index points at or past them.
            let lacking = lackingGroups(names: whole)
            guard !whole.isEmpty, whole.allSatisfy(names.contains), lacking.count == 1, let target = lacking.first,
                !unreadGroups.contains(target), case .row(let row) = slots[target], pending.allSatisfy({ $0 < run.start }),
                optionRows.allSatisfy({ $0 < run.start }), (open ?? -1) < run.start, (lastValueLine?.row ?? -1) < run.start,
                (droppedNumber?.slots ?? 0) <= run.start, sectionSlot < run.start, (band?.row ?? -1) < run.start
            else { return false }
            slots.removeSubrange(run.start...)
            forms.removeSubrange(run.start...)
            if (textAbove ?? -1) >= run.start { textAbove = nil }
            if (optionsAbove ?? -1) >= run.start { optionsAbove = nil }
            slots[target] = .row(Self.extend(row, with: run.text))
            open = target
            return true
        }

        /// Whether the last rows, over blank lines, are unlabelled lines of whole options of
        /// `key`'s list: a column no group lacked.
        private func unclaimedColumnAbove(of key: String?) -> Bool {
            guard let key, let names = FormOptions.printed[key] else { return false }
            var printed: [String] = []
            for index in slots.indices.reversed() {
                guard case .row(let r) = slots[index] else { continue }
                guard r.cells.count == 1, forms[index] == nil, FormLayout.startsWithMark(r.cells[0]) else { break }
                printed += Self.printedNames(r.cells[0])
            }
            return !printed.isEmpty && printed.allSatisfy { name in names.contains { name.hasPrefixBytes($0) } }
        }

        /// The unlabelled line of marked options that ends the rows, and the rests of its cut
        /// names on the lines right below it, when `text` on the next line goes on with them: the
        /// line's slot and the lines joined, `text` with them.
        private func cutGridRun(then text: String, line: Int) -> (start: Int, text: String)? {
            guard !FormLayout.startsWithMark(text), let optionsAbove else { return nil }
            // A run is four lines at most: the walk back stops there (the rows since optionsAbove
            // may be a long text's).
            let floor = max(optionsAbove, slots.count - 4)
            var start = slots.count - 1
            while start >= floor, case .row(let r) = slots[start], r.cells.count == 1, forms[start] == nil,
                !FormLayout.startsWithMark(r.cells[0])
            {
                start -= 1
            }
            guard start >= floor, case .row(let first) = slots[start], first.cells.count == 1, forms[start] == nil,
                FormLayout.startsWithMark(first.cells[0])
            else { return nil }
            var joined = first.cells[0]
            var number = first.number
            for index in (start + 1)..<slots.count + 1 {
                let (piece, at): (String, Int)
                if index == slots.count {
                    (piece, at) = (text, line)
                } else if case .row(let r) = slots[index] {
                    (piece, at) = (r.cells[0], r.number)
                } else {
                    return nil
                }
                guard at == number + 1, Self.finishesCut(of: joined, names: Self.printedNames, with: piece) else { return nil }
                joined += Self.glue(joined, piece) + piece
                number = at
            }
            return (start, joined)
        }

        /// Whether the lines of options from `start` on name only options of `form`'s list, and
        /// the option group before (if its list has them too) already holds them all: then they
        /// are no column of that group printed after it, but this label's first rows.
        private func optionsAboveAreOwn(_ label: FormLabel, from start: Int) -> Bool {
            guard let own = FormOptions.printed[label.key], start < slots.count else { return false }
            let names = slots[start...].flatMap { slot -> [String] in
                guard case .row(let r) = slot, r.cells.count == 1, FormLayout.startsWithMark(r.cells[0]) else { return [] }
                return OptionScanner.scan(r.cells[0]).options.map(\.label).filter { !$0.isEmpty }
            }
            guard !names.isEmpty, names.allSatisfy({ Self.option($0, in: own) != nil }) else { return false }
            // A group of an earlier section does not wait for these (its own grid ended there).
            guard let previous = optionRows.last, previous > sectionSlot, case .row(let row) = slots[previous],
                let key = form(at: previous)?.key,
                let theirs = FormOptions.printed[key], names.allSatisfy({ Self.option($0, in: theirs) != nil })
            else { return true }
            let held = heldByGroup(previous, row: row, key: key)
            return names.allSatisfy { name in
                Self.option(name, in: theirs).map { o in held.contains { Self.option($0, in: [o]) != nil } } ?? false
            }
        }

        /// Unlabelled lines of options above a label of options, over blank lines, are the
        /// first lines of its value (a grid's first rows above its centred label): taken out of
        /// the text, to begin the value.
        private mutating func takeOptionsAbove(from start: Int) -> [String] {
            // Slots are taken only when no row index points past them.
            guard start < slots.count, pending.allSatisfy({ $0 < start }), (open ?? -1) < start,
                optionRows.allSatisfy({ $0 < start }), (droppedNumber?.slots ?? 0) <= start
            else { return [] }
            // The grid's lines: those of marked options, and a line of the rest of names they cut
            // (「テム 携システム ットワークシステム」 under 「[ ] 情報提供ネットワークシス [✓] 庁内連 …」).
            let names = Self.printedNames
            var taken: [Int] = []
            // Laid-out text: the lines under a marked line hold each column's wrapped rest at its
            // column's place (see routeGridLine); each goes into its own column's cell.
            var band: GridBand?
            var banded: [Int: String] = [:]
            var absorbed: Set<Int> = []
            // (A lone 「)」 of laid-out text is a row of two cells, the label's empty: a detail's
            // rest all the same.)
            func line(_ index: Int) -> CleanLine? {
                guard case .row(let r) = slots[index] else { return nil }
                if r.cells.count == 1 { return r }
                return r.text == ")" ? CleanLine(number: r.number, cells: [")"]) : nil
            }
            for index in start..<slots.count {
                guard let r = line(index) else { continue }
                if FormLayout.startsWithMark(r.cells[0]) {
                    taken.append(index)
                    band =
                        r.number >= 1 && r.number <= raw.count
                        ? Self.gridBand(marked: raw[r.number - 1], value: r.cells[0], row: index, line: r.number) : nil
                } else if let last = taken.last, last == index - 1, let before = line(last),
                    Self.finishesCut(of: before.cells[0], names: names, with: r.cells[0])
                        || Self.isDetailRest(r.cells[0], after: before.cells[0], names: names)
                {
                    taken.append(index)
                    band = nil
                } else if let last = taken.last, last == index - 1, var current = band, current.lastLine == r.number - 1,
                    r.number <= raw.count, let pieces = Self.pieces(raw[r.number - 1], of: current),
                    Self.extend(&current, with: pieces, names: names)
                {
                    current.lastLine = r.number
                    band = current
                    banded[current.row] = current.text
                    taken.append(index)
                    absorbed.insert(index)
                } else {
                    band = nil
                }
            }
            var lines: [String] = []
            for index in taken where !absorbed.contains(index) {
                guard var r = line(index) else { continue }
                if let text = banded[index] { r = CleanLine(number: r.number, cells: [text]) }
                // A detail's rest goes back into its detail, before the options after it on the
                // line above (a grid's next column).
                if let last = lines.last, !Self.detailsClosed(last), !FormLayout.startsWithMark(r.cells[0]),
                    !Self.finishesCut(of: last, names: names, with: r.cells[0])
                {
                    lines[lines.count - 1] = Self.insertingDetailRest(r.cells[0], into: last)
                } else {
                    lines.append(r.cells[0])
                }
            }
            // One grid prints each option once: lines naming one twice are several blocks' grids.
            let named = lines.flatMap { OptionScanner.scan($0).options.compactMap { Self.option($0.label, in: names) } }
            guard Set(named).count == named.count else { return [] }
            for index in taken.reversed() {
                slots.remove(at: index)
                forms.remove(at: index)
            }
            return lines
        }

        /// The option row of this section that lacks the options `text` prints (a grid column
        /// that the converter put after the section).
        /// With `cut`, names cut by their cells count too (「[ ] 庁内連携システ」): only where nothing
        /// else can take the line, as a grid's first rows above their centred label can.
        private func orphanTarget(for text: String, cut: Bool = false) -> Int? {
            lackingGroups(for: text, cut: cut).first.flatMap { unreadGroups.contains($0) ? nil : $0 }
        }

        /// The option groups of the part whose printed options include those `text` prints, and
        /// which do not hold them yet, in the order they were read.
        private func lackingGroups(for text: String, cut: Bool = false) -> [Int] {
            lackingGroups(names: Self.printedNames(text), cut: cut)
        }

        private func lackingGroups(names: [String], cut: Bool = false) -> [Int] {
            guard !names.isEmpty else { return [] }
            var groups: [Int] = []
            for index in optionRows + unreadGroups.filter({ $0 < sectionSlot }) {
                guard case .row(let row) = slots[index], let key = form(at: index)?.key,
                    let options = FormOptions.printed[key]
                else { continue }
                let belongs = names.allSatisfy { name in
                    cut ? Self.option(name, in: options) != nil : options.contains { name.hasPrefixBytes($0) }
                }
                // Whatever the marks are printed as ([○], ●, ☑ …).
                let held = heldByGroup(index, row: row, key: key)
                let holds = names.contains { Self.holds(held, $0, of: options) }
                if belongs && !holds { groups.append(index) }
            }
            return groups
        }

        /// The option names a group's row holds, with its earlier rows': a grid whose label a
        /// page break printed again (no block's or section's heading between) is one group.
        /// Names its cells cut are read whole again, as the option reader reads them (「情報提供
        /// ネットワークシステ … 住民基本台帳ネットワークシ ム ステム」).
        private func heldByGroup(_ index: Int, row: CleanLine, key: String) -> [String] {
            let options = FormOptions.printed[key] ?? []
            func held(_ text: String) -> [String] {
                OptionMatcher.rejoinWrapped(OptionScanner.scan(text).options, canonical: options).map { $0.label.filter { $0 != " " } }
            }
            var names = held(row.cells[1])
            for earlier in optionRows where earlier < index && form(at: earlier)?.key == key && !headingBetween(earlier, index) {
                if case .row(let r) = slots[earlier] { names += held(r.cells[1]) }
            }
            return names
        }

        /// Whether a block's or a section's heading stands between two slots.
        private func headingBetween(_ a: Int, _ b: Int) -> Bool {
            slots[(a + 1)..<b].contains { slot in
                guard case .row(let r) = slot else { return false }
                return r.cells[0].first?.isNumber == true || FormLabels.numberedBlocks.contains { r.cells[0].hasPrefixBytes($0) }
            }
        }

        /// A grid of another block standing before the values awaited from `first` on a flattened
        /// page's line: the group `target` that lacks its options takes it, and reading order
        /// interleaved the blocks there — the name after the grid may be the awaited block's or a
        /// later one's (a block split by a page), so those values are not read (a diagnostic
        /// says so).
        private mutating func takeInterleavedGrid(_ grid: ArraySlice<Substring>, into target: Int?, before first: Int, line: Int) {
            if let target, case .row(let row) = slots[target] {
                slots[target] = .row(Self.extend(row, with: grid.joined(separator: " ")))
            }
            if case .row(let firstRow) = slots[first] {
                diagnostics.append(
                    Diagnostic(.warning, .valueUnreadable, line: line, .blocksInterleaved(next: Self.printed(firstRow.cells[0]))))
            }
        }

        /// Ties text to the pending labels in order, each taking what its shape accepts.
        private mutating func distribute(_ tokens: [String], line: Int) {
            // A flattened cover's values come in the form's order, whatever order its labels were
            // read in (a centred label read before the row above it: 「個人のプライバシー等の権利利益
            // の保護の宣言」, the title, 「評価書名」, then 評価書名's name and the declaration's
            // text). Printed lines tell a name's line from a sentence's by themselves.
            if flattened, part == .front, pending.count >= 2,
                case let ranks = pending.map({ form(at: $0).flatMap { f in FormLabels.coverOrder[f.key] } }),
                ranks.allSatisfy({ $0 != nil })
            {
                pending = zip(pending, ranks).sorted { ($0.1!, $0.0) < ($1.1!, $1.0) }.map(\.0)
            }
            var rest = tokens.map { Substring($0) }
            var filled: [Int] = []
            // A grid before the run's first name on a flattened page's line is the block's before
            // the run (its columns read after the labels): the group that lacks its options takes
            // it, up to its last option as the form spells it.
            if flattened, let first = pending.first, self.form(at: first)?.shape == .name, let head = rest.first,
                FormLayout.mayBeginMark(head),
                let key = pending.compactMap({ self.form(at: $0) }).first(where: { $0.shape == .options })?.key,
                let names = FormOptions.printed[key], let end = Self.gridEnd(rest, from: 0, names: names), end < rest.count
            {
                // The run's values are unknown.
                takeInterleavedGrid(
                    rest[..<end], into: orphanTarget(for: rest[..<end].joined(separator: " "), cut: true), before: first, line: line)
                unreadGroups += pending.filter { self.form(at: $0)?.shape == .options }
                filled.append(contentsOf: pending)
                rest.removeAll()
            }
            // The number first: 「評価書番号 評価書名 … 重点項目評価書 5」 puts it anywhere in the pair's text.
            for index in pending {
                guard form(at: index)?.shape == .number else { continue }
                let prose = rest.firstIndex(where: FormLayout.isProse) ?? rest.endIndex
                if let k = rest[..<prose].firstIndex(where: FormLayout.isBareNumber) {
                    set(index, String(rest[k]), line: line)
                    rest.remove(at: k)
                    filled.append(index)
                }
            }
            var k = 0
            // A label before was passed over: its words and the next ones' cannot be told apart.
            var passedOver = false
            var passedLabel: String?
            // The words a name passed over would begin with, while no later label took them.
            var nameWords: (label: String, words: String)?
            let order = pending.filter { !filled.contains($0) }
            for (position, index) in order.enumerated() {
                let later = order[(position + 1)...].compactMap { form(at: $0)?.shape }
                // The value lines this label and the later ones await, one a line: a grid's come
                // after a blank line, told by their marks.
                let linesAwaited = 1 + later.filter { $0 != .options }.count
                guard k < rest.count, !filled.contains(index), case .row(let row) = slots[index], let form = form(at: index) else {
                    continue
                }
                var taken: ArraySlice<Substring> = []
                switch form.shape {
                case .name:
                    let names = Self.leadingName(rest[k...].map(String.init))
                    if names.isEmpty, Self.isVerticalDebris(rest[k...]) {
                        diagnostics.append(
                            Diagnostic(
                                .warning, .valueUnreadable, line: line,
                                .verticalDebris(label: row.cells[0], words: rest[k...].prefix(4).joined(separator: " "))))
                        filled.append(index)
                        k = rest.count
                        continue
                    }
                    // Several values on one line with nothing between them but spaces (a flattened
                    // page): a name of several words may be any first words of them. Unknown,
                    // unless a line of values still comes for each label (one value a line).
                    // On a flattened page the line holds every value of the run: after a label
                    // passed over, its words and this name's stand together (「①委託内容 ③委託先名
                    // 福祉情報システムの運用・保守業務(…) 株式会社 アイネス」).
                    let runTogether = flattened && passedOver
                    if names.count >= 2, passedOver || later.contains(where: { [.name, .prose].contains($0) }),
                        runTogether || valueLines(from: line, first: rest[k...].joined(separator: " ")) < linesAwaited
                    {
                        filled.append(index)
                        if runTogether, nameWords == nil, let before = passedLabel {
                            diagnostics.append(
                                Diagnostic(
                                    .warning, .valueUnreadable, line: line,
                                    .valuesRunTogether(
                                        first: Self.printed(before), next: Self.printed(row.cells[0]),
                                        words: Self.opening(rest[k...]))))
                        }
                        passedOver = true
                        passedLabel = passedLabel ?? row.cells[0]
                        // The name is in the text, unreadable: other words follow it on its line,
                        // or a flattened page ran the next cells' words into it (「都道府県知事
                        // 番号法第19条第7号 …」, none of them prose). A line of a text with its
                        // line breaks that holds only a name is the name of some block.
                        if flattened || k + names.count < rest.count {
                            var unreadable = row
                            unreadable.valueUnreadable = true
                            slots[index] = .row(unreadable)
                            if nameWords == nil {
                                nameWords = (row.cells[0], Self.opening(rest[k...].prefix(min(names.count, 3))))
                            }
                        }
                        continue
                    }
                    taken = rest[k..<(k + names.count)]
                case .date:
                    if let span = EraDates.span(rest[k...]) {
                        set(index, rest[k..<(k + span)].joined(), line: line)
                        filled.append(index)
                        k += span
                        continue
                    }
                case .number:
                    break
                case .chosen:
                    if rest[k].hasPrefixBytes("[") {
                        let end = later.isEmpty ? nil : Self.selectBoxEnd(rest, from: k)
                        taken = rest[k..<(end ?? Self.end(of: rest, from: k, before: later, grid: true))]
                    } else if let end = Self.listFirstSelectBoxEnd(rest, from: k) {
                        // The list printed before the box (「<選択肢> 1) 委託する 2) 委託しない [委託する] ( 4 ) 件」).
                        taken = rest[k..<end]
                    }
                case .options:
                    // A block's grid comes after its name and text in any reading order: a grid
                    // while neither has come is another block's (the grid before the run, its
                    // columns read after the labels), not this one's.
                    let block = order[..<position].suffix(2)
                    if block.count == 2, block.allSatisfy({ !filled.contains($0) }),
                        block.map({ self.form(at: $0)?.shape }) == [.name, .prose]
                    {
                        continue
                    }
                    // A grid's line of options none of which this label's list prints is another
                    // grid's (主な記録項目's items after 3.'s labels, in reading order): not cut
                    // between the labels that await a grid. (「その他識別情報(内部番号)」 is no
                    // 「その他」.) One option alone says less: a column's cell, its mark's bracket
                    // maybe on another line.
                    if let list = FormOptions.printed[form.key], case let printed = Self.printedNames(rest[k...].joined(separator: " ")),
                        printed.count >= 2, !printed.contains(where: { Self.printsOption($0, of: list) })
                    {
                        continue
                    }
                    if FormLayout.startsWithMark(rest[k...].joined(separator: " ")) {
                        // A line of a grid is one grid's: a later label's grid comes after the
                        // names and texts awaited before it (「[ ] 情報提供ネットワークシステム [✓]
                        // 庁内連携システム …」 is システム1's, not cut before システム4's). On a
                        // flattened page the line runs on into the next values.
                        let ownLine = !flattened && later.first.map { $0 != .options } ?? false
                        // On a flattened page the grid ends after its last option, as the form's
                        // list spells it: the next block's name and text follow it on the line.
                        let spelled =
                            flattened && !later.isEmpty
                            ? FormOptions.printed[form.key].flatMap { Self.gridEnd(rest, from: k, names: $0) } : nil
                        // Where the form's names cannot be spelled (cut by their cells, a grid's
                        // columns interleaved), the grid's end on the line is unknown, and so is
                        // where the next block's name begins: the labels after it are passed over.
                        let names = order[(position + 1)...].filter { self.form(at: $0)?.shape == .name }
                        if flattened, spelled == nil, let next = names.first, case .row(let nextRow) = slots[next] {
                            diagnostics.append(
                                Diagnostic(
                                    .warning, .valueUnreadable, line: line,
                                    .gridRunsOn(grid: Self.printed(row.cells[0]), next: Self.printed(nextRow.cells[0]))))
                            set(index, rest[k...].joined(separator: " "), line: line)
                            filled.append(index)
                            filled.append(contentsOf: order[(position + 1)...])
                            k = rest.count
                            continue
                        }
                        taken =
                            rest[
                                k..<(ownLine
                                    ? rest.count
                                    : spelled ?? Self.end(of: rest, from: k, before: later, grid: true, wholeMarks: !flattened))]
                    }
                case .list:
                    let items = Self.trailingList(rest[k...])
                    taken = rest[(rest.count - items)...]
                case .prose:
                    // A line of the form's marked options is a grid's, printed above its centred
                    // label still to come: no prose.
                    if Self.isFormOptionLine(rest[k...]) { continue }
                    // A name passed over before it began these words: where the name ends and
                    // this text begins cannot be told (「福祉部 保護課 番号利用法 第9条第2項 …」 for
                    // 移転先1 and ①法令上の根拠 on a flattened page).
                    if let passed = nameWords {
                        diagnostics.append(
                            Diagnostic(
                                .warning, .valueUnreadable, line: line,
                                .valuesRunTogether(first: Self.printed(passed.label), next: Self.printed(row.cells[0]), words: passed.words)
                            ))
                        filled.append(index)
                        nameWords = nil
                        k = Self.end(of: rest, from: k, before: later)
                        continue
                    }
                    // 「特記事項」 left empty before 「評価実施機関名 千葉市長」: a short name is not its text,
                    // unless a line of values still comes for each label (labels first, then one
                    // value a line: 「①委託内容」 then 「③委託先名」 each take theirs).
                    if !rest[k...].contains(where: FormLayout.isProse), later.contains(where: { [.name, .date, .number].contains($0) }),
                        valueLines(from: line, first: rest[k...].joined(separator: " ")) < linesAwaited
                    {
                        filled.append(index)
                        passedOver = true
                        passedLabel = passedLabel ?? row.cells[0]
                        continue
                    }
                    let end = Self.end(of: rest, from: k, before: later)
                    // A flattened page runs a labels-first run's values together with nothing but
                    // spaces between: a text followed by another label's text, both before the
                    // grid or list that ends them (「①法令上の根拠 ②提供先における用途 ③提供する情報
                    // ⑥提供方法 番号法第19条第7号 … 予防接種法 … [ ○ ] …」), cannot be told from it.
                    // Every text of the stretch is unknown.
                    var stretchProse: [Int] = []
                    if flattened {
                        for later in order[(position + 1)...] {
                            let shape = self.form(at: later)?.shape
                            if shape == .options || shape == .chosen || shape == .list { break }
                            if shape == .prose { stretchProse.append(later) }
                        }
                    }
                    if let next = stretchProse.first, case .row(let nextRow) = slots[next] {
                        diagnostics.append(
                            Diagnostic(
                                .warning, .valueUnreadable, line: line,
                                .valuesRunTogether(
                                    first: Self.printed(row.cells[0]), next: Self.printed(nextRow.cells[0]),
                                    words: Self.opening(rest[k..<end]))))
                        filled.append(index)
                        filled.append(contentsOf: stretchProse)
                        k = end
                        continue
                    }
                    taken = rest[k..<end]
                case .none:
                    filled.append(index)
                    continue
                }
                if taken.isEmpty { continue }
                set(index, taken.joined(separator: " "), line: line)
                filled.append(index)
                k = taken.endIndex
                nameWords = nil
            }
            // Values come in the labels' order: a label passed over for a later one is empty.
            if let last = order.lastIndex(where: { filled.contains($0) }) {
                pending.removeAll { filled.contains($0) || order[...last].contains($0) }
            } else {
                pending.removeAll { filled.contains($0) }
            }
            valuesFlowing = !pending.isEmpty && (valuesFlowing || !filled.isEmpty)
            // Only the first of a run's values can continue on the next line.
            open = filled.count == 1 ? filled[0] : nil
        }

        /// The first words of values run together, as a diagnostic quotes them: three at most, and
        /// no more than 30 characters (a text without spaces is one word).
        static func opening(_ words: ArraySlice<Substring>) -> String {
            String(words.prefix(3).joined(separator: " ").prefix(30))
        }

        /// The lines from `line` (itself included, when `first` is the whole of it) that begin with
        /// no label, up to a blank line or a label: the values still to come for the labels that
        /// await them, one a line (a line after a full one goes on with its value).
        private mutating func valueLines(from line: Int, first: String) -> Int {
            guard line >= 1, line <= raw.count,
                raw[line - 1].filter({ $0 != " " && $0 != "\t" }) == first.filter({ $0 != " " })
            else { return 0 }
            var count = 0
            var j = line - 1
            // The line before was full: this one is its value's still (see lastLineFull).
            var wrapped = false
            while j >= 0, j < raw.count, count < 32 {
                let text = raw[j].trimmingCharacters(in: .whitespaces)
                if text.isEmpty || (count > 0 && Self.isLabelStart(text)) { break }
                // A flattened page's values stand on one line up to the next label (its line
                // breaks are lost): only a grid's options begin a line of their own.
                if flattened, count > 0, !FormLayout.startsWithMark(text) { break }
                if !pageFurniture.contains(j + 1) {
                    if !wrapped { count += 1 }
                    wrapped = !flattened && isFull(j)
                }
                j += 1
            }
            return count
        }

        /// Whether the line at `index` is as wide as its paragraph's widest lines (see lastLineFull).
        private mutating func isFull(_ index: Int) -> Bool {
            // A blank line is no paragraph's.
            guard index >= 0, index < raw.count, raw[index].utf8.contains(where: { $0 != 0x20 && $0 != 0x0C }) else { return false }
            let paragraph = paragraph(around: index)
            return paragraph.isFull(paragraph.widths[index - paragraph.start])
        }

        private mutating func set(_ index: Int, _ value: String, line: Int) {
            guard case .row(let row) = slots[index] else { return }
            slots[index] = .row(CleanLine(number: line, cells: [row.cells[0], value]))
            if form(at: index)?.shape == .options { optionRows.append(index) }
            if form(at: index)?.shape == .prose { lastValueLine = (index, value) }
        }

        /// Whether a word of `text` after its first is a select box's numbered choice (「2)」).
        static func holdsNumberedChoice(_ text: String) -> Bool {
            text.split(separator: " ").dropFirst().contains(where: isNumberedChoice)
        }

        /// A select box's numbered choice: 「2)」, or 「2)委託しない」 glued to its name.
        static func isNumberedChoice(_ word: Substring) -> Bool {
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            return !digits.isEmpty && digits.count <= 2 && word.dropFirst(digits.count).hasPrefixBytes(")")
        }

        /// Where a select box printed with its list ends: 「[委託する] <選択肢> 1) 委託する 2) 委託しない
        /// ( 1 ) 件」, each choice one word. Nil when the words after the box are not its list.
        static func selectBoxEnd(_ rest: [Substring], from k: Int) -> Int? {
            guard k + 1 < rest.count, rest[k + 1] == "<選択肢>", let j = choicesEnd(rest, from: k + 2) else { return nil }
            return countEnd(rest, from: j)
        }

        /// Where a select box printed after its list ends: 「<選択肢> 1) 委託する 2) 委託しない [委託する]
        /// ( 4 ) 件」. Nil when the words from `k` are not such a list and box.
        static func listFirstSelectBoxEnd(_ rest: [Substring], from k: Int) -> Int? {
            guard k < rest.count, rest[k] == "<選択肢>", var j = choicesEnd(rest, from: k + 1), j < rest.count,
                rest[j].hasPrefixBytes("[")
            else { return nil }
            while j < rest.count, !rest[j].containsBytes("]") { j += 1 }
            guard j < rest.count else { return nil }
            return countEnd(rest, from: j + 1)
        }

        /// Where a list of two or more numbered choices from `j` ends (「1) 委託する 2) 委託しない」,
        /// a number glued to its choice or not); nil when there is no such list.
        private static func choicesEnd(_ rest: [Substring], from start: Int) -> Int? {
            var j = start
            var items = 0
            while j < rest.count, isNumberedChoice(rest[j]) {
                let glued = rest[j].count > rest[j].prefix { $0 != ")" }.count + 1
                j += glued ? 1 : 2
                items += 1
            }
            // The last choice cut by its cell, its rest the next word (「2) 特定個人情」 「報ファイルの一部」).
            if items >= 2, j < rest.count, j >= 1 {
                let last = String(rest[j - 1].drop { $0 != ")" }.dropFirst())
                let cut = last.isEmpty ? String(rest[j - 1]) : last
                if completesChoice(cut, with: rest[j]) { j += 1 }
            }
            return items >= 2 && j <= rest.count ? j : nil
        }

        /// Past a select box's count 「( 4 ) 件」 at `j`, when it stands there.
        private static func countEnd(_ rest: [Substring], from j: Int) -> Int {
            j + 3 < rest.count && rest[j] == "(" && rest[j + 2] == ")" && rest[j + 3] == "件" ? j + 4 : j
        }

        /// Where the text of one label ends when later labels of the run take the trailing
        /// part: a list takes the trailing bullets, options the text from the first mark.
        /// `grid`: the value is a grid itself, whose options' marks of one word (「[○]」) end it only
        /// (its options' own 「[ ]」 set apart do not).
        private static func end(of rest: [Substring], from k: Int, before later: [ValueShape], grid: Bool = false, wholeMarks: Bool = false)
            -> Int
        {
            if later.contains(.list) {
                let items = trailingList(rest[k...])
                if items > 0 { return rest.count - items }
            }
            // A mark may be several words (「[ ]」, 「[ ○ ]」 set apart). With `wholeMarks`, a glyph
            // after a 「[」 alone begins its mark there: a line of a grid is not cut between 「[」 and
            // 「○ ]」. (A flattened page's run of values keeps the first glyph's place: where its
            // blocks' values begin is told by the words after, not by the marks.)
            if later.contains(.options) {
                for i in rest.indices.dropFirst(k + 1)
                where FormLayout.mayBeginMark(rest[i])
                    && FormLayout.startsWithMark(rest[i..<min(i + (grid ? 1 : 4), rest.count)].joined(separator: " "))
                {
                    let start = wholeMarks && rest[i - 1] == "[" ? i - 1 : i
                    if start > k { return start }
                }
            }
            // A select box with its list is the value of a chosen label after this one.
            if later.contains(.chosen),
                let box = rest.indices.dropFirst(k + 1).first(where: {
                    rest[$0].hasPrefixBytes("[") && $0 + 1 < rest.count && rest[$0 + 1] == "<選択肢>"
                })
            {
                return box
            }
            return rest.count
        }

        /// `options` with `piece` set after the option name it finishes, when the last option's
        /// detail is open and an option before it is a name cut by its cell that `piece` goes on
        /// with; nil otherwise.
        static func insertingCutRest(_ piece: String, into options: String, names: [String]) -> String? {
            guard !piece.isEmpty, !piece.contains(" "), !detailsClosed(options), let open = options.lastIndex(of: "(") else { return nil }
            let before = String(options[..<open])
            for label in OptionScanner.scan(before).options.map({ $0.label.trimmingSpaces }).reversed() {
                guard !label.isEmpty, !names.contains(label), names.contains(where: { $0.hasPrefixBytes(label + piece) }),
                    let at = before.range(of: label, options: .backwards)
                else { continue }
                return String(options[..<at.upperBound]) + piece + String(options[at.upperBound...])
            }
            return nil
        }

        /// Whether `rest` is the rest of the one detail `line` leaves open (「( 市民局市民自治推進部区」,
        /// 「政推進課 )」) and nothing else: no mark, no detail of its own, no rest of a cut option
        /// name beside it or in the detail so far.
        static func isDetailRest(_ rest: String, after line: String, names: [String]) -> Bool {
            guard let open = openDetail(line), open.depth == 1, detailsClosed(line + rest), !FormLayout.startsWithMark(rest),
                !rest.contains("(")
            else { return false }
            return !(rest.split(separator: " ") + open.words).contains { word in
                word.count >= 2 && names.contains { $0.hasSuffix(word) && $0.count > word.count }
            }
        }

        /// The names of the options a grid's text holds, a wrap's space taken out of a name its
        /// cell cut (「住民基本台帳ネットワークシ ステム」).
        static func heldNames(_ text: String) -> [String] {
            OptionScanner.scan(text).options.map { $0.label.filter { $0 != " " } }
        }

        /// The option names a line prints after its marks.
        static func printedNames(_ text: String) -> [String] {
            OptionScanner.scan(text).options.map(\.label).filter { !$0.isEmpty }
        }

        /// Whether a group holding `held` (see heldNames) holds the option of `options` that
        /// `name` spells.
        /// A name its cell cut that no rest finished (「情報提供ネットワー」) is held too: the group
        /// has the option, its mark read or not, and no column printed apart lacks it.
        static func holds(_ held: [String], _ name: String, of options: [String]) -> Bool {
            Self.option(name, in: options).map { option in
                held.contains { $0.hasPrefixBytes(option) || ($0.count >= 2 && !options.contains($0) && option.hasPrefixBytes($0)) }
            } ?? false
        }

        /// `line` with `rest` set where its open detail ends: before the first mark after the
        /// parenthesis left open, or at its end.
        static func insertingDetailRest(_ rest: String, into line: String) -> String {
            // A cell's text wraps without a space (Japanese).
            guard let open = openDetail(line), let next = open.next else { return line + glue(line, rest) + rest }
            let words = line.split(separator: " ")
            let head = words[..<next].joined(separator: " ")
            return head + glue(head, rest) + rest + " " + words[next...].joined(separator: " ")
        }

        /// The words of the detail `line` leaves open (after its first unclosed 「(」, up to the
        /// next mark), the index of the word of that next mark, if any, and how many 「(」 stay open.
        static func openDetail(_ line: String) -> (words: [Substring], next: Int?, depth: Int)? {
            let words = line.split(separator: " ")
            var depth = 0
            var opened: Int?
            for (k, word) in words.enumerated() {
                for c in word {
                    if c == "(" {
                        if depth == 0 { opened = k }
                        depth += 1
                    } else if c == ")" {
                        depth = max(0, depth - 1)
                    }
                }
            }
            guard depth > 0, let opened else { return nil }
            let next = words.indices.dropFirst(opened + 1).first { FormLayout.mayBeginMark(words[$0]) }
            return (Array(words[(opened + 1)..<(next ?? words.count)]), next, depth)
        }

        /// Whether every parenthesis `text` opens closes (full-width ones too: a PDF's words are
        /// not normalized).
        static func detailsClosed(_ text: String) -> Bool {
            text.reduce(0) { depth, c in c == "(" || c == "（" ? depth + 1 : c == ")" || c == "）" ? max(0, depth - 1) : depth } == 0
        }

        /// The words of `text` outside its parentheses (a grid's details).
        static func outsideDetails(_ text: String) -> [Substring] {
            var depth = 0
            var outside = ""
            for c in text {
                if c == "(" { depth += 1 }
                if depth == 0 { outside.append(c) } else { outside.append(" ") }
                if c == ")" { depth = max(0, depth - 1) }
            }
            return FormLayout.tokens(outside).map { Substring(String($0)) }
        }

        /// Where a grid beginning at `k` ends: after its last option — a mark, the words that
        /// spell one of `names` (a flattened page sets a space where a name wrapped), and the
        /// option's parenthesised detail. Nil where the words do not spell the list's names
        /// (a mark glued to its name, a name cut by its cell), or no option was read.
        static func gridEnd(_ rest: [Substring], from k: Int, names: [String]) -> Int? {
            var j = k
            var seen: Set<String> = []
            while j < rest.count, FormLayout.mayBeginMark(rest[j]) {
                // The mark's words: one to three (「[○]」, 「[ ]」, 「[ ○ ]」), then the name's.
                guard
                    let m = (1...3).first(where: { m in
                        guard j + m <= rest.count else { return false }
                        // 「[ ○」 is no mark: its 「[」 would stand before the glyph's option.
                        let scanned = OptionScanner.scan(rest[j..<(j + m)].joined(separator: " ") + " X")
                        return scanned.prefix.isEmpty && scanned.options.map(\.label) == ["X"]
                    })
                else {
                    // A select box with its list after the grid (「… ■ 庁内連携システム [委託する]
                    // <選択肢> …」, the next block's first value): the grid ended before it.
                    if !seen.isEmpty, selectBoxEnd(rest, from: j) != nil { return j }
                    return nil
                }
                var t = j + m
                var spelled = ""
                var name: (String, Int)?
                while t < rest.count, t < j + m + 8 {
                    spelled += rest[t]
                    t += 1
                    if names.contains(spelled) { name = (spelled, t) }
                    if !names.contains(where: { $0.hasPrefixBytes(spelled) }) { break }
                }
                // A grid prints each option once: a name again is the next grid's.
                guard let (option, after) = name, !seen.contains(option) else { break }
                seen.insert(option)
                j = after
                if j < rest.count, rest[j].hasPrefixBytes("(") {
                    var depth = 0
                    var closed = false
                    while j < rest.count {
                        depth += FormLayout.parenthesisBalance(rest[j])
                        j += 1
                        if depth <= 0 {
                            closed = true
                            break
                        }
                    }
                    if !closed { return nil }
                }
            }
            // A mark's closing bracket after the last name read: its pair stood elsewhere (「[ [ ]
            // 情報提供ネットワークシステム ] 住民基本台帳ネットワークシステム」), and the grid goes on.
            if j < rest.count, rest[j].hasPrefixBytes("]") { return nil }
            return seen.isEmpty ? nil : j
        }

        /// The number of trailing tokens that form bullet items `・A ・B` of short names.
        static func trailingList(_ tokens: ArraySlice<Substring>) -> Int {
            var count = 0
            var itemLength = 0
            var end = tokens.endIndex
            var k = tokens.endIndex - 1
            var items = 0
            while k >= tokens.startIndex {
                let token = tokens[k]
                itemLength += token.count
                if itemLength > 40 || token.containsBytes("。") { break }
                if token.hasPrefixBytes("・") {
                    items += 1
                    count = end - k + count
                    end = k
                    itemLength = 0
                }
                k -= 1
            }
            return items > 0 ? count : 0
        }

        /// The leading tokens that make a short name: up to the first sentence, bullet or mark.
        static func leadingName(_ tokens: [String]) -> [String] {
            var names: [String] = []
            for token in tokens {
                // A date is no word of a name: it is the next cell's (公表日 after 評価実施機関名).
                if FormLayout.isProse(Substring(token)) || (!names.isEmpty && JapaneseDate.beginsWithEra(token)) { break }
                names.append(token)
            }
            if names.count >= 2, isVerticalDebris(names[...].map { Substring($0) }[...]) { return [] }
            return names
        }

        /// A row label as the form prints it: its number circled again (「1法令上の根拠」 →
        /// 「①法令上の根拠」), as the reader's copy of the form shows it.
        static func printed(_ label: String) -> String {
            let digits = label.prefix { $0.isASCII && $0.isNumber }
            guard let n = Int(digits), (1...20).contains(n), digits.count < label.count,
                let circled = Unicode.Scalar(0x2460 + n - 1)
            else { return label }
            return String(Character(circled)) + label.dropFirst(digits.count)
        }

        /// 「長 市 札幌」: characters of vertical text, each a token.
        static func isVerticalDebris(_ tokens: ArraySlice<Substring>) -> Bool {
            let head = tokens.prefix(3)
            return head.count >= 2 && head.prefix(2).allSatisfy { $0.count == 1 && $0.first!.isLetter }
        }

        /// A value read with its label on one line, cut to what its shape allows.
        static func shaped(_ tokens: [String], _ shape: ValueShape) -> [String] {
            switch shape {
            case .name:
                let name = leadingName(tokens)
                return name
            case .date:
                let words = tokens.map { Substring($0) }
                return EraDates.span(words[...]).map { [words[0..<$0].joined()] } ?? []
            case .number:
                return tokens.first.map { FormLayout.isBareNumber(Substring($0)) ? [$0] : [] } ?? []
            default:
                return tokens
            }
        }
    }
}
