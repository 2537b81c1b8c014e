import PiagraphForm
import PiagraphPDF
import PiagraphText

/// Rebuilds the form from the words of a PDF and their boxes (not from reading order) into
/// piagraph's text layer of the PDF: one line per form row, `label<TAB>value`, which the
/// parser reads as it reads a tab-separated table. `piagraph extract --text-layer` prints it;
/// facts cite its lines, and each line knows its page.
///
/// - Words are set into visual lines by vertical overlap with the line's first word (a
///   centred label and the first line of its value are one line; the value's next line is not).
/// - A visual line is cut into fragments where a gap wider than a character or a change of
///   block (a table cell, mostly) separates its words.
/// - A row begins where the form's label begins (FormLabels), also when the label is cut over
///   lines by a narrow cell (「①システムの」+「名称」) or shares a fragment with its value. Its value
///   is what stands right of the label column, down to the next label or to text that reaches
///   into the label column again, over page breaks.
/// - Inside a value, text after a mark (`[ ]`, `[○]`, ■ □ ☑ ☐ ● ○) is an option; a wrapped
///   option name goes back to the option above it in the same grid column, or, in flowing text,
///   to the option it continues.
/// - The change log is a table: columns where its cells' lines begin, a row at each date, a
///   cell centred on its row tied to the row whose date stands within it.
/// - Text set one character a line down a narrow cell is one word again, on its middle line;
///   a label cut by its cell is joined before rows are read.
/// - Page numbers and lines repeated at the same place at the top or bottom of pages are dropped.
public enum PDFLayout {
    public struct TextLayer: Sendable, Equatable {
        /// The text, one entry per line; the first line of each page after the first begins
        /// with a form feed, as pdftotext marks pages.
        public var lines: [String]
        /// The 1-based line at which each page's text begins (a page without text begins where
        /// the next one does).
        public var pageStarts: [Int]
        /// Pages without any text (scanned pages, blank pages).
        public var pagesWithoutText: [Int]
    }

    public static func textLayer(_ pages: [PDFPage]) -> TextLayer {
        var builder = Builder()
        let lines = pages.map { visualLines(joinVerticalRuns($0.words)) }
        let furniture = Furniture(pages, lines: lines)
        for (index, page) in pages.enumerated() {
            let kept = joinCutLabels(lines[index].compactMap { furniture.strip($0, page: page, index: index) })
            builder.page(index + 1, lines: kept, words: page.words)
        }
        builder.endRow()
        builder.endTable()
        builder.entries = settleCentredRows(endNames(builder.entries))
        return builder.finish(pages: pages.count)
    }

    /// A name (事務の名称, a system's, a contractor's, a recipient's, 委託事項N) is short: it ends at
    /// its first line that stops short of the value column's edge, and never holds a sentence,
    /// marked options or a select box. Lines after that end stand above the next row's centred
    /// label, in the same visual band as the name: they are the next row's first lines, when its
    /// label follows on the page below them.
    static func endNames(_ entries: [Entry]) -> [Entry] {
        func top(_ line: [Fragment]) -> Double { line.flatMap(\.words).map(\.y0).min()! }
        func right(_ line: [Fragment]) -> Double { line.map(\.x1).max()! }
        func marked(_ line: [Fragment]) -> Bool {
            let text = line.map(\.text).joined(separator: " ")
            return text.containsBytes("<選択肢>") || FormLayout.startsWithMark(PDFLayout.bracketed(PDFLayout.cleaned(text)))
        }
        func foreign(_ line: [Fragment]) -> Bool { marked(line) || line.contains { $0.text.containsBytes("。") } }
        var out = entries
        // Options a row of options printed below its label were read into the next row, a
        // name or prose, before that row's own first line: they go back.
        for i in out.indices.dropLast() {
            guard case .row(var a) = out[i], case .row(var b) = out[i + 1], measurable(a), measurable(b), a.page == b.page,
                a.shape == .options,
                b.shape == .name || b.shape == .prose, b.valueLines.count >= 2,
                b.valuePages.allSatisfy({ $0 == b.page })
            else { continue }
            let count = b.valueLines.prefix { marked($0) }.count
            guard count > 0, count < b.valueLines.count else { continue }
            a.valueLines += b.valueLines.prefix(count)
            a.valuePages += b.valuePages.prefix(count)
            b.valueLines.removeFirst(count)
            b.valuePages.removeFirst(count)
            out[i] = .row(a)
            out[i + 1] = .row(b)
        }
        for i in out.indices.dropLast() {
            guard case .row(let a) = out[i], case .row(let b) = out[i + 1], !b.holdsNothing, measurable(a), measurable(b), a.page == b.page,
                a.valueLines.count >= 2,
                a.valuePages.allSatisfy({ $0 == a.page }), !b.labelWords.isEmpty
            else { continue }
            let label = PDFLayout.compact(a.labelWords)
            let name = a.shape == .name || FormLabels.numberedBlocks.contains(where: { label.hasPrefix($0) })
            guard name || a.shape == .prose else { continue }
            let edge = (a.valueLines + b.valueLines.filter { _ in b.valuePages.first == a.page }).map(right).max()!
            var split: Int?
            for k in 1..<a.valueLines.count {
                // Prose wraps full lines and holds sentences, but no options nor a select box.
                if name ? (foreign(a.valueLines[k]) || right(a.valueLines[k - 1]) < edge - 2 * a.em) : marked(a.valueLines[k]) {
                    split = k
                    break
                }
            }
            guard let split, top(a.valueLines[split]) < b.labelWords.map(\.y1).max()!,
                // In the value column: options a producer prints under their label are its own.
                a.valueLines[split...].allSatisfy({ $0[0].x0 >= a.labelWords.map(\.x1).max()! })
            else { continue }
            moveLines(&out, row: i, from: split)
        }
        return out
    }

    /// A row whose label and value lines all hold words: the only rows the passes below move
    /// lines between (they measure each line).
    static func measurable(_ row: Row) -> Bool {
        !row.labelWords.isEmpty && row.valueLines.allSatisfy { line in !line.isEmpty && line.allSatisfy { !$0.words.isEmpty } }
    }

    /// A row's value lines from `split` on, moved to the start of the next row's value.
    static func moveLines(_ entries: inout [Entry], row i: Int, from split: Int) {
        guard case .row(var a) = entries[i], case .row(var b) = entries[i + 1], split < a.valueLines.count else { return }
        let moved = Array(a.valueLines[split...])
        b.valueLines = moved + b.valueLines
        b.valuePages = Array(a.valuePages[split...]) + b.valuePages
        b.valueLeft = min(b.valueLeft ?? .infinity, moved.map { $0[0].x0 }.min()!)
        a.valueLines.removeSubrange(split...)
        a.valuePages.removeSubrange(split...)
        entries[i] = .row(a)
        entries[i + 1] = .row(b)
    }

    /// Where the form sets its labels in the middle of their cells (the spreadsheet's default),
    /// a row whose cell is taller than its label prints its value's first lines above the label,
    /// in the same visual band as the row before: those lines were read into the row before.
    /// Values stand at the top of their cells, so a row's cell begins at the top of its value
    /// or label, whichever is higher, and a centred label stands as far above the cell's end
    /// as below its beginning: the cell ends at twice the label's middle less its top. Lines of
    /// a row below that end are the next row's, when the next row's label follows on that page.
    /// The document says whether its labels are centred: rows whose value is taller than the
    /// label either centre it on the value or set it at the value's top. Never applied on a
    /// document that does not show centred labels, nor across pages.
    static func settleCentredRows(_ entries: [Entry]) -> [Entry] {
        struct Extent { var top: Double, bottom: Double }
        func extent(_ words: [PDFWord]) -> Extent { Extent(top: words.map(\.spanY0).min()!, bottom: words.map(\.spanY1).max()!) }
        func lineExtent(_ fragments: [Fragment]) -> Extent { extent(fragments.flatMap(\.words)) }
        // A row's value lines on its label's page (the passes below measure no line across pages).
        func ownLines(_ row: Row) -> [Extent] { zip(row.valueLines, row.valuePages).filter { $0.1 == row.page }.map { lineExtent($0.0) } }
        var centred = 0
        // Rows whose own value begins well above their label (lines taken back into it, above a
        // centred label, where it stands in the middle of a block or after a heading): the
        // plainest evidence, which no run of lines passing from cell to cell can give; two such
        // rows settle it.
        var pulledAbove = 0
        var top = 0
        // One line's height, from the values' words: a label cut over lines is one word as tall
        // as its lines.
        var heights: [Double] = []
        for case .row(let row) in entries where measurable(row) {
            heights += row.valueLines.flatMap { $0.flatMap(\.words) }.map(\.height)
        }
        guard !heights.isEmpty else { return entries }
        let h = heights.sorted()[heights.count / 2]
        // Runs of value lines at one pitch (one cell's lines), page by page; a label centred in
        // its cell stands inside such a run, a label set at the top of its cell at a run's top.
        var linesByPage: [Int: [Extent]] = [:]
        for case .row(let row) in entries where measurable(row) {
            for (line, page) in zip(row.valueLines, row.valuePages) { linesByPage[page, default: []].append(lineExtent(line)) }
        }
        var runsByPage: [Int: [Extent]] = [:]
        for (page, lines) in linesByPage {
            var run: [Extent] = []
            func close() {
                if run.count >= 3 {
                    runsByPage[page, default: []].append(Extent(top: run[0].top, bottom: run.last!.bottom))
                }
                run = []
            }
            for line in lines.sorted(by: { $0.top < $1.top }) {
                if let last = run.last {
                    let pitch = line.top - last.top
                    let first = run.count >= 2 ? run[1].top - run[0].top : pitch
                    if pitch <= 0.1 * h { continue }
                    if pitch > 1.6 * h || abs(pitch - first) > 0.15 * first { close() }
                }
                run.append(line)
            }
            close()
        }
        // The pitch of a cell's wrapped lines: the small end of the steps between a value's
        // lines (a grid's rows and a value run into the next cell step further).
        var steps: [Double] = []
        for case .row(let row) in entries where measurable(row) {
            let tops = ownLines(row).map(\.top)
            steps += zip(tops, tops.dropFirst()).map { $1 - $0 }.filter { $0 > 0.5 * h }
        }
        let pitches = steps.sorted()
        guard !pitches.isEmpty else { return entries }
        let pitch = pitches[pitches.count / 10]
        for case .row(let row) in entries where measurable(row) {
            let label = extent(row.labelWords)
            // A value whose first line stands well above its label: the label is set lower in the
            // cell than its value (short values never make a run).
            let tops = ownLines(row).map(\.top)
            if let first = tops.first, first < label.top - 0.5 * h {
                centred += 1
                pulledAbove += 1
            }
            // A one-line value level with its label fills its own cell: a run through it, of
            // one-line rows set without padding, crosses cells and shows no centred label. It
            // still counts for a label at the top: without it, top-aligned printings whose other
            // runs pass from cell to cell were taken for centred ones (the sweep's 1,000).
            let fillsCell = tops.count == 1 && row.valueLines.count == 1 && abs(tops[0] - label.top) < 0.3 * h
            for run in runsByPage[row.page] ?? [] where run.top < label.bottom && run.bottom > label.top {
                if !fillsCell, run.top < label.top - 0.5 * h, run.bottom > label.bottom + 0.3 * h {
                    centred += 1
                } else if abs(run.top - label.top) < 0.3 * h, run.bottom > label.bottom + h {
                    top += 1
                }
            }
        }
        guard pulledAbove >= 2 || (centred >= 2 && centred > top) else { return entries }
        // The space between one cell's text and the next one's (padding and border): between
        // rows of one line each, the label on the value's line.
        var gaps: [Double] = []
        for (x, y) in zip(entries, entries.dropFirst()) {
            guard case .row(let a) = x, case .row(let b) = y, measurable(a), measurable(b), a.page == b.page,
                a.valueLines.count == 1, let bFirst = b.valueLines.first, a.valuePages[0] == a.page, b.valuePages[0] == b.page
            else { continue }
            let (la, va, lb, vb) = (extent(a.labelWords), lineExtent(a.valueLines[0]), extent(b.labelWords), lineExtent(bFirst))
            guard abs(la.top - va.top) < 0.3 * h, la.bottom - la.top < 1.5 * h, abs(lb.top - vb.top) < 0.3 * h else { continue }
            gaps.append(min(lb.top, vb.top) - max(la.bottom, va.bottom))
        }
        let gap = gaps.isEmpty ? 0 : max(0, min(h, gaps.sorted()[gaps.count / 2]))
        var out = entries
        // Where rows are set without padding (a spreadsheet's one-line rows), the next cell's
        // first line stands one pitch below the last: no gap tells the cells apart. The cells
        // do, when the lines moved make the next row's cell (from its first line, as far below
        // its centred label as above) end where the row after it begins, and only then.
        func tiles(after i: Int, split: Int) -> Bool {
            guard i + 2 < out.count, case .row(let a) = out[i], case .row(let b) = out[i + 1], case .row(let c) = out[i + 2],
                measurable(c), c.page == b.page, !c.labelWords.isEmpty
            else { return false }
            let label = extent(b.labelWords)
            let start = { (top: Double) in (label.top + label.bottom) - top }
            let nextTop = min(extent(c.labelWords).top, c.valueLines.first.map { lineExtent($0).top } ?? .infinity)
            // The next cell may begin with lines still held by this one (its own first lines
            // above its centred label, not yet settled): those below this row's label.
            let below = ownLines(b).map(\.top).filter { $0 > label.bottom }
            let starts = [nextTop] + below
            let moved = start(lineExtent(a.valueLines[split]).top)
            let kept = start(min(label.top, b.valueLines.first.map { lineExtent($0).top } ?? label.top))
            // The lines are the next cell's when that makes it end nearer where the one after
            // it begins, less the space between cells, than keeping them does.
            let error = { (end: Double) in starts.map { abs(end + gap - $0) }.min()! }
            return error(moved) < 0.3 * h && error(moved) < error(kept)
        }
        // A label beside a value taller than itself stands in its middle: the lines are the next
        // row's when they centre its label on its value, and keeping them does not.
        func centres(after i: Int, split: Int) -> Bool {
            guard case .row(let a) = out[i], case .row(let b) = out[i + 1] else { return false }
            let label = extent(b.labelWords)
            let own = ownLines(b)
            let moved = a.valueLines[split...].map(lineExtent)
            func offset(_ lines: [Extent]) -> Double {
                guard let top = lines.map(\.top).min(), let bottom = lines.map(\.bottom).max() else { return .infinity }
                return abs((top + bottom) - (label.top + label.bottom)) / 2
            }
            return offset(moved + own) < 0.3 * h && offset(moved + own) < offset(own)
        }
        for i in out.indices.dropLast() {
            guard case .row(let a) = out[i], case .row(let b) = out[i + 1], !b.holdsNothing, measurable(a), measurable(b), a.page == b.page,
                !a.valueLines.isEmpty,
                a.valuePages.allSatisfy({ $0 == a.page }), !b.labelWords.isEmpty
            else { continue }
            let label = extent(a.labelWords)
            let cellTop = min(label.top, lineExtent(a.valueLines[0]).top)
            let cellEnd = (label.top + label.bottom) - cellTop
            let next = extent(b.labelWords)
            // The first line of the next cell: below the cell's end, above the next label, and
            // a step further from the line before than one cell's lines are from each other.
            let tops = a.valueLines.map { lineExtent($0).top }
            guard let split = tops.firstIndex(where: { $0 >= cellEnd - 0.25 * h }), tops[split] < next.top,
                tops[split] - (split > 0 ? tops[split - 1] : label.top) > 1.12 * pitch
                    || tiles(after: i, split: split) || centres(after: i, split: split)
                    // Cells do not overlap: a line beside the next label is in its cell.
                    || lineExtent(a.valueLines.last!).bottom - next.top > 0.15 * h,
                tops[split...].allSatisfy({ $0 < next.top }),
                // In the value column: options a producer prints under their label, from the
                // table's left, are the label's own.
                a.valueLines[split...].allSatisfy({ $0[0].x0 >= a.labelWords.map(\.x1).max()! - 0.25 * h }),
                // An option only this row's list prints is this row's.
                !holdsOwnOption(a.valueLines[split...], of: a, not: b)
            else { continue }
            moveLines(&out, row: i, from: split)
        }
        // A page break between a row and the next, whose first lines stand at the new page's
        // top above its centred label: they were read on with the row before (「電子申込システム
        // の保守」 then, on the next page, ①委託内容's text). Theirs when that makes the next cell
        // end where the one after it begins, or centres its label on its value; or when the next
        // row has nothing beside or below its label on that page (a centred label with no text
        // of its own stands at its cell's top: the lines above it are its value).
        for i in out.indices.dropLast() {
            guard case .row(let a) = out[i], case .row(let b) = out[i + 1], !b.holdsNothing, measurable(a), measurable(b),
                !b.labelWords.isEmpty,
                b.page > a.page, let split = a.valuePages.firstIndex(of: b.page), split > 0,
                a.valuePages[split...].allSatisfy({ $0 == b.page }),
                a.valueLines[split...].allSatisfy({ lineExtent($0).top < extent(b.labelWords).top }),
                tiles(after: i, split: split) || centres(after: i, split: split)
                    || lineExtent(a.valueLines.last!).bottom - extent(b.labelWords).top > 0.15 * h
                    || !ownLines(b).contains(where: { $0.top >= extent(b.labelWords).top - 0.3 * h }),
                !holdsOwnOption(a.valueLines[split...], of: a, not: b)
            else { continue }
            moveLines(&out, row: i, from: split)
        }
        return out
    }

    // MARK: - Geometry

    /// Text set one or two characters a line down a narrow cell (「令」「和」「8」「年」…, 「変」「更」「日」)
    /// is one word again, set on the middle line of the run, where a centred cell's text meets
    /// its row. A run is three or more such words of one block, at one left edge, line after line.
    static func joinVerticalRuns(_ input: [PDFWord]) -> [PDFWord] {
        let words = joinTightPairs(input)
        // Alone on its line: a line's last word before the cell's edge (「健」 in 「…[○] 健」), or its
        // first a space before more text (「報 [ ] 国税関係情報」, a half-width space), is not
        // vertical text; the next cell stands further off.
        func alone(_ w: PDFWord) -> Bool {
            !words.contains { o in
                o != w && min(o.y1, w.y1) - max(o.y0, w.y0) > 0.5 * min(o.height, w.height)
                    && (abs(o.x1 - w.x0) < w.height * 0.6 || abs(w.x1 - o.x0) < w.height * 0.6)
            }
        }
        // Letters and numbers only (a label's 「①」 heads its run): marks and brackets stand one per
        // line in every option grid.
        let short = words.indices.filter {
            let scalars = words[$0].text.unicodeScalars
            return scalars.count <= 3 && scalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        guard short.count >= 3 else { return words }
        // Line after line in one block, each character under the last (left-aligned or centred).
        let order = short.sorted { (words[$0].block, words[$0].y0) < (words[$1].block, words[$1].y0) }
        var runs: [[Int]] = []
        var open: [Int] = []  // runs of the current block
        for i in order {
            let w = words[i]
            if let r = runs.last, words[r[0]].block != w.block { open = [] }
            if let k = open.first(where: { k in
                let p = words[runs[k].last!]
                return w.y0 > p.y0 && w.y0 - p.y1 <= p.height * 0.5
                    && (abs(p.x0 - w.x0) <= 1 || abs((p.x0 + p.x1) - (w.x0 + w.x1)) <= 2)
            }) {
                runs[k].append(i)
                continue
            }
            runs.append([i])
            open.append(runs.count - 1)
        }
        // A run ends where its lines step further apart than they do inside it: the border of
        // a cell (a label cut 「委託」「の有」「無」 over 「委託」「事項3」 of the next cell).
        runs = runs.flatMap { run -> [[Int]] in
            guard run.count >= 3 else { return [run] }
            let gaps = zip(run, run.dropFirst()).map { words[$1].y0 - words[$0].y1 }
            let tight = gaps.min()!
            var pieces: [[Int]] = [[run[0]]]
            for (k, i) in run.dropFirst().enumerated() {
                if gaps[k] > tight + 0.3 * words[i].height { pieces.append([]) }
                pieces[pieces.count - 1].append(i)
            }
            return pieces
        }
        // Dates of rows set close one under the other are one run each: a run ends with a date.
        runs = runs.flatMap { run -> [[Int]] in
            var pieces: [[Int]] = [[]]
            var text = ""
            for i in run {
                pieces[pieces.count - 1].append(i)
                text += words[i].text
                if text.hasSuffix("日"), !EraDates.all(in: PDFLayout.cleaned(text)).isEmpty {
                    pieces.append([])
                    text = ""
                }
            }
            return pieces.filter { !$0.isEmpty }
        }
        // Five lines make a run; three, when nothing else stands beside them (a header's 「変」「更」「日」).
        // Two, when they begin a date a page break cut (「令」「和3」 at a page's foot), or spell a
        // whole date down a narrow cell beside its row's other cells (「令和」「8年3」「月11」「日」;
        // not a date wrapped in a wide cell: 「令和8年2月5」 then 「日」).
        runs = runs.filter { run in
            let text = run.map { words[$0].text }.joined()
            let first = words[run[0]].text
            let dateStart =
                JapaneseDate.eras.contains { String($0.name.prefix(1)) == first } && JapaneseDate.beginsWithEra(text) && text.count >= 3
            let wholeDate = run.count >= 3 && EraDates.isDate(Substring(cleaned(text)))
            return run.count >= 5 || (run.count >= 3 && run.allSatisfy { alone(words[$0]) }) || (run.count >= 2 && dateStart) || wholeDate
        }
        var drop = Set<Int>()
        var out: [PDFWord] = []
        for run in runs {
            let first = words[run[0]]
            let last = words[run[run.count - 1]]
            let height = run.map { words[$0].height }.sorted()[run.count / 2]
            let x1 = run.map { words[$0].x1 }.max()!
            // A cell set at the top of its row (text of the next cells begins on the run's first
            // line) starts its row there; a centred one meets its row on the middle line.
            let members = Set(run)
            let topAligned = words.indices.contains { k in
                !members.contains(k) && words[k].x0 > x1 && abs(words[k].y0 - first.y0) <= height * 0.3
            }
            // A label (「①」「シ」「ス」…, 「主」「な」「記」…) starts its row on its first line, as a
            // label cut over lines does (joinCutLabels): its value's first line stands there or above.
            let text = run.map { words[$0].text }.joined()
            let labelRun = beginsLabel(cleaned(text).filter { $0 != " " })
            let middle = topAligned || labelRun ? first.y0 + height / 2 : (first.y0 + last.y1) / 2
            var joined = PDFWord(
                text, x0: run.map { words[$0].x0 }.min()!,
                y0: middle - height / 2, x1: x1, y1: middle + height / 2,
                block: first.block)
            joined.spanY0 = first.spanY0
            joined.spanY1 = last.spanY1
            out.append(joined)
            drop.formUnion(run)
        }
        guard !drop.isEmpty else { return words }
        return words.indices.filter { !drop.contains($0) }.map { words[$0] } + out
    }

    struct Fragment {
        var words: [PDFWord]
        var x0: Double { words.first!.x0 }
        var x1: Double { words.map(\.x1).max()! }
        var block: Int { words.first!.block }
        var text: String { PDFLayout.text(words) }
    }

    /// Words of one line as text. Words set closer than a quarter of a character were split by
    /// a change of font, not by a space (「令和」「8」「年」 from LibreOffice): no space there.
    static func text(_ words: some Collection<PDFWord>) -> String {
        func advance(_ w: PDFWord) -> Double { (w.x1 - w.x0) / Double(max(1, w.text.unicodeScalars.count)) }
        var out = ""
        var previous: PDFWord?
        for word in words {
            if let p = previous {
                let tight = word.x0 - p.x1 < max(advance(p), advance(word)) * 0.25 && word.x0 >= p.x0
                out += tight ? "" : " "
            }
            out += word.text
            previous = word
        }
        return out
    }

    struct VisualLine {
        var y0: Double, y1: Double
        var fragments: [Fragment]
        var text: String { fragments.map(\.text).joined(separator: " ") }
    }

    /// The typical width of one character on the page: CJK text is set on a square em.
    static func em(_ words: [PDFWord]) -> Double {
        var widths: [Double] = []
        for w in words where w.text.unicodeScalars.count >= 2 {
            if let width = ownEm(w) { widths.append(width) }
        }
        if widths.isEmpty { widths = words.map(\.height) }
        guard !widths.isEmpty else { return 10 }
        widths.sort()
        return max(widths[widths.count / 2], 1)
    }

    /// A word's own character width, where it is set in full-width characters.
    static func ownEm(_ word: PDFWord) -> Double? {
        let count = word.text.unicodeScalars.count
        guard count >= 1, word.text.unicodeScalars.allSatisfy({ $0.value >= 0x3000 }) else { return nil }
        return (word.x1 - word.x0) / Double(count)
    }

    static func visualLines(_ words: [PDFWord]) -> [VisualLine] {
        guard !words.isEmpty else { return [] }
        let em = em(words)
        let sorted = words.sorted { ($0.midY, $0.x0) < ($1.midY, $1.x0) }
        var groups: [(y0: Double, y1: Double, words: [PDFWord])] = []
        for word in sorted {
            if let last = groups.last {
                let overlap = min(last.y1, word.y1) - max(last.y0, word.y0)
                if overlap >= 0.5 * min(last.y1 - last.y0, word.height) {
                    groups[groups.count - 1].words.append(word)
                    continue
                }
            }
            groups.append((word.y0, word.y1, [word]))
        }
        return groups.map { group in
            let words = group.words.sorted { $0.x0 < $1.x0 }
            var fragments: [Fragment] = []
            for word in words {
                // A page of few lines beside a running header in a smaller font measures its em
                // small: the gap is weighed against the larger of that and the words' own width.
                if var last = fragments.last, let prev = last.words.last,
                    word.x0 - prev.x1 <= em * 0.95 || word.x0 - prev.x1 <= max(ownEm(prev) ?? 0, ownEm(word) ?? 0) * 0.95,
                    word.block == prev.block || word.x0 - prev.x1 <= em * 0.3
                {
                    last.words.append(word)
                    fragments[fragments.count - 1] = last
                } else {
                    fragments.append(Fragment(words: [word]))
                }
            }
            return VisualLine(y0: group.words.map(\.y0).min()!, y1: group.words.map(\.y1).max()!, fragments: fragments)
        }
    }

    /// Page numbers and running headers or footers: in the top or bottom eighth of the page,
    /// a bare page number, or the same text (digits aside) at the same height on three pages.
    struct Furniture {
        var repeated: Set<String> = []
        /// Words of margin lines that stand at the same place on half the pages (three at least),
        /// reading the same but for their digits: a page number or a running header on the line
        /// of a page's first or last row (「日本電気株式会社」 … 「(8)」 at the top of page 8,
        /// 「項目一覧」 … 「千葉市長 特定個人情報保護評価書」), even where the producer set them into
        /// one fragment with that row's words (「千葉市長 特定個人情報保護評価書変更後の記載」). A
        /// group of them stands alone, as a fragment, on three pages at least: what it is, is read
        /// there. A value's own text stands at no such place; a label of the form may, and is kept.
        var repeatedWords: Set<String> = []
        /// Bare numbers in the margins: where each stands and what it counts from its page's index.
        var numbers: [NumberSpot] = []
        let pageCount: Int

        struct NumberSpot {
            var page: Int, bottom: Bool, x0: Double, x1: Double, height: Double, offset: Int?
        }

        init(_ pages: [PDFPage], lines: [[VisualLine]]) {
            pageCount = pages.count
            var count: [String: Set<Int>] = [:]
            var fragments: [String: (pages: Set<Int>, words: [String], text: String)] = [:]
            var words: [String: Set<Int>] = [:]
            for (index, page) in pages.enumerated() {
                for line in lines[index] {
                    if Self.inMargin(line, page) { count[Self.key(line, page), default: []].insert(index) }
                    if Self.inMargin(line, page), Self.isPageNumber(line.text) { numbers.append(Self.spot(line, page: index, on: page)) }
                    // A fragment in the margin counts on its own: its line may reach into the
                    // page's body (a tall first row beside a running header).
                    for fragment in line.fragments where Self.inMargin(fragment, page) {
                        let keys = fragment.words.map(Self.key)
                        fragments[Self.key(fragment), default: ([], keys, fragment.text)].pages.insert(index)
                        for key in keys { words[key, default: []].insert(index) }
                    }
                }
            }
            repeated = Set(count.filter { $0.value.count >= 3 }.keys)
            for (_, fragment) in fragments where fragment.pages.count >= 3 {
                guard Self.isPageNumber(fragment.text) || !FormLayout.Builder.isLabelStart(fragment.text) else { continue }
                let on = fragment.words.dropFirst().reduce(words[fragment.words[0]] ?? []) { $0.intersection(words[$1] ?? []) }
                if 2 * on.count >= pages.count { repeatedWords.formUnion(fragment.words) }
            }
        }

        static func key(_ fragment: Fragment) -> String {
            return "\(Int(fragment.words.map(\.y0).min()! / 4))|\(Int(fragment.x0 / 8))|" + masked(fragment.text)
        }

        /// The text with its digits masked: a page number reads the same on every page.
        static func masked(_ text: String) -> String {
            String(text.unicodeScalars.map { ("0"..."9").contains($0) ? "#" : Character($0) })
        }

        static func key(_ word: PDFWord) -> String {
            return "\(Int(word.y0 / 4))|\(Int(word.x0 / 8))|" + masked(word.text)
        }

        /// The line without what is page furniture: nil when all of it is.
        func strip(_ line: VisualLine, page: PDFPage, index: Int) -> VisualLine? {
            if drops(line, page: page, index: index) { return nil }
            var kept = line
            if !repeatedWords.isEmpty {
                for k in kept.fragments.indices where Self.inMargin(kept.fragments[k], page) {
                    kept.fragments[k].words.removeAll { repeatedWords.contains(Self.key($0)) }
                }
                kept.fragments.removeAll { $0.words.isEmpty }
            }
            guard !kept.fragments.isEmpty else { return nil }
            kept.y0 = kept.fragments.flatMap(\.words).map(\.y0).min()!
            kept.y1 = kept.fragments.flatMap(\.words).map(\.y1).max()!
            return kept
        }

        static func inMargin(_ line: VisualLine, _ page: PDFPage) -> Bool {
            page.height > 0 && (line.y1 < page.height / 8 || line.y0 > page.height * 7 / 8)
        }

        static func inMargin(_ fragment: Fragment, _ page: PDFPage) -> Bool {
            page.height > 0
                && (fragment.words.map(\.y1).max()! < page.height / 8 || fragment.words.map(\.y0).min()! > page.height * 7 / 8)
        }

        static func key(_ line: VisualLine, _ page: PDFPage) -> String {
            return "\(Int(line.y0 / 4))|" + masked(line.text)
        }

        func drops(_ line: VisualLine, page: PDFPage, index: Int) -> Bool {
            guard Self.inMargin(line, page) else { return false }
            if repeated.contains(Self.key(line, page)) { return true }
            guard Self.isPageNumber(line.text) else { return false }
            // A page number counts the pages at one place: other pages number themselves there
            // in step with it. A number alone in the margin that does not (a block's number cut
            // onto its own line at a page's top, 「移転先」「2」) is the form's. Too few pages to tell: furniture.
            guard pageCount >= 3 else { return true }
            let spot = Self.spot(line, page: index, on: page)
            let tolerance = 2 * spot.height
            let agreeing = numbers.filter { other in
                other.page != index && other.bottom == spot.bottom && other.offset != nil && other.offset == spot.offset
                    && (abs(other.x0 - spot.x0) <= tolerance || abs(other.x1 - spot.x1) <= tolerance
                        || abs((other.x0 + other.x1) - (spot.x0 + spot.x1)) <= 2 * tolerance)
            }
            return Set(agreeing.map(\.page)).count >= (pageCount >= 4 ? 2 : 1)
        }

        static func spot(_ line: VisualLine, page index: Int, on page: PDFPage) -> NumberSpot {
            // The first run of digits is the page's number (「3 / 12」, 「- 3 -」, 「p. 3」).
            let digits = PDFLayout.cleaned(line.text).unicodeScalars.drop { !("0"..."9").contains($0) }.prefix { ("0"..."9").contains($0) }
            let number = Int(String(String.UnicodeScalarView(digits)))
            return NumberSpot(
                page: index, bottom: line.y0 > page.height / 2, x0: line.fragments.first!.x0, x1: line.fragments.map(\.x1).max()!,
                height: max(line.y1 - line.y0, 1), offset: number.map { $0 - index })
        }

        /// `3`, `- 3 -`, `3 / 12`, `(3)`, `p. 3`, `3ページ`.
        static func isPageNumber(_ text: String) -> Bool {
            let cleaned = PDFLayout.cleaned(text).filter { $0 != " " }
            guard !cleaned.isEmpty, cleaned.count <= 12, cleaned.contains(where: \.isNumber) else { return false }
            let stripped = cleaned.replacingOccurrences(of: "ページ", with: "").replacingOccurrences(of: "頁", with: "")
                .replacingOccurrences(of: "p.", with: "").replacingOccurrences(of: "P.", with: "")
            return stripped.allSatisfy { $0.isASCII && ($0.isNumber || "-/().".contains($0)) }
        }
    }

    // MARK: - Rows

    /// A label cut by a narrow cell over lines (「主な記」「録項目」「※」, 「①システ」「ムの名」「称」)
    /// is one word again, on its first line, before rows are read: a value printed above a
    /// vertically centred label then still meets its label whole.
    static func joinCutLabels(_ lines: [VisualLine]) -> [VisualLine] {
        var lines = lines
        var k = 0
        while k + 1 < lines.count {
            // The label's first word, after a circled number set apart (「③」「委託先」).
            var at = 0
            if let words = lines[k].fragments.first?.words, words.count > 1, compact([words[0]]).allSatisfy(\.isNumber) { at = 1 }
            guard let head = lines[k].fragments.first?.words[at], let next = lines[k + 1].fragments.first?.words.first,
                abs(head.x0 - next.x0) <= max(head.height, 4) * 0.3 || PDFLayout.centred(next, under: head)
            else {
                k += 1
                continue
            }
            let a = compact(Array(lines[k].fragments[0].words[...at]))
            let b = compact([next])
            let joined = a + b
            guard !b.isEmpty, !a.isEmpty, markLength([next], at: 0) == 0, !isLabel(a) || (b == "※"),
                beginsLabel(a), isLabel(joined) || FormLayout.labelPrefix(Substring(key(joined)))
            else {
                k += 1
                continue
            }
            var word = head
            // ※ stays a word of its own, as the table of labels reads it.
            word.text = head.text + (b == "※" ? " " : "") + next.text
            word.x1 = max(head.x1, next.x1)
            // The label's box is the cell's lines it fills, for telling a centred label.
            word.y1 = max(head.y1, next.y1)
            word.spanY1 = max(head.spanY1, next.spanY1)
            lines[k].fragments[0].words[at] = word
            lines[k + 1].fragments[0].words.removeFirst()
            if lines[k + 1].fragments[0].words.isEmpty { lines[k + 1].fragments.removeFirst() }
            if lines[k + 1].fragments.isEmpty { lines.remove(at: k + 1) }
            // The same line may go on into the next one (three lines, then ※).
        }
        return lines
    }

    /// Words of one line and block set tight (a digit in another font: 「年」「6」) are one word
    /// when they make two or three characters, the most a narrow cell holds on a line.
    static func joinTightPairs(_ words: [PDFWord]) -> [PDFWord] {
        let order = words.indices.sorted {
            (words[$0].block, words[$0].midY, words[$0].x0) < (words[$1].block, words[$1].midY, words[$1].x0)
        }
        var out: [PDFWord] = []
        for i in order {
            let w = words[i]
            if var p = out.last, p.block == w.block, min(p.y1, w.y1) - max(p.y0, w.y0) > 0.5 * min(p.height, w.height),
                w.x0 >= p.x0, p.text.unicodeScalars.count + w.text.unicodeScalars.count <= 3,
                text([p, w]).count == p.text.count + w.text.count
            {
                p.text += w.text
                p.x1 = max(p.x1, w.x1)
                out[out.count - 1] = p
                continue
            }
            out.append(w)
        }
        return out
    }

    /// A label cell that centres its text wraps it under the middle of the line above.
    static func centred(_ word: PDFWord, under head: PDFWord) -> Bool {
        let mid = (word.x0 + word.x1) / 2
        let headMid = (head.x0 + head.x1) / 2
        return word.x0 > head.x0 && abs(mid - headMid) <= max(head.height, 4) * 0.6
    }

    /// Whether the text is the beginning of a row label (after its number), however short.
    static func beginsLabel(_ text: String) -> Bool {
        let body = text.drop { $0.isASCII && $0.isNumber }
        let numbered = body.count < text.count
        // A narrow cell cuts a label anywhere, one character in (「⑥提」「供方」「法」, 「評」「価書番号」):
        // any beginning of a label counts here, for what it is joined with must still spell a
        // label or a label's beginning long enough not to be ordinary text (joinCutLabels).
        guard let head = body.first else { return false }
        // A block's heading cut inside its name (「委託事」「項1」); a whole name's number is read
        // as the row's (「委託事項」 then 「1」 on its line, not the 「①」 below).
        if !numbered, FormLabels.numberedBlocks.contains(where: { $0.hasPrefix(body) && $0 != body }) { return true }
        guard let candidates = FormLabels.rowIndex[head] else { return false }
        return candidates.contains { $0.key.hasPrefix(body) && (numbered || !$0.needsNumber) }
    }

    /// A label found at the start of a visual line.
    struct Label {
        var words: [PDFWord]
        var complete: Bool
        var role: LabelRole
    }

    /// Printed marks: filled ones say selected, hollow ones not. A bare ○ is a mark only beside
    /// ● or ◉ in the same value: alone, it may as well mark the selected option.
    // The glyphs themselves are MarkGlyphs, the one table text reading uses too.

    /// Whether a mark begins at words[i] and how many words it spans: `[ ]` (two words),
    /// `[○]`, `[ ○ ]` (three), or a printed ■ □ ☑ ☐ (● ○ as a pair) before or on the option.
    static func markLength(_ words: [PDFWord], at i: Int, circles: Bool = false) -> Int {
        var joined = ""
        for k in i..<min(i + 3, words.count) {
            joined += words[k].text
            if isBracketMark(joined) { return k - i + 1 }
            if !joined.hasPrefix("[") && !joined.hasPrefix("［") { break }
        }
        if let first = words[i].text.unicodeScalars.first,
            MarkGlyphs.filled.contains(first) || MarkGlyphs.hollowBoxes.contains(first)
                || (circles && MarkGlyphs.hollowCircles.contains(first))
        {
            return 1
        }
        return 0
    }

    static func isBracketMark(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars).filter { $0 != " " && $0 != "\u{3000}" }
        guard scalars.count >= 2, scalars.first == "[" || scalars.first == "［", scalars.last == "]" || scalars.last == "］" else {
            return false
        }
        let inner = scalars.dropFirst().dropLast()
        return inner.isEmpty
            || (inner.count == 1
                && (MarkGlyphs.selectedInBrackets.contains(inner.first!)
                    || MarkGlyphs.hollowBoxes.contains(inner.first!)))
    }

    /// A printed glyph mark at the start of an option's text, as the bracket marks the parser
    /// reads: ■ ☑ ● → `[○]`, □ ☐ ○ → `[ ]`.
    static func bracketed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        let rest = String(text.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
        if MarkGlyphs.filled.contains(first) { return "[○] " + rest }
        if MarkGlyphs.hollowBoxes.contains(first) || MarkGlyphs.hollowCircles.contains(first) { return "[ ] " + rest }
        return text
    }

    static func cleaned(_ text: String) -> String { CleanLine(number: 0, raw: Substring(text)).cells.joined(separator: " ") }

    /// Words of one cell joined back: Japanese wraps without a space.
    static func joined(_ words: [PDFWord]) -> String {
        var text = ""
        for word in words { text += FormLayout.Builder.glue(text, word.text, grids: false) + word.text }
        return text
    }

    static func compact(_ words: [PDFWord]) -> String { cleaned(words.map(\.text).joined(separator: " ")).filter { $0 != " " } }

    /// A label's words as the table of labels has them: without the ※ after it.
    static func key(_ text: String) -> String { text.hasSuffix("※") ? String(text.dropLast()) : text }

    /// The label at the start of a fragment, and the words it spans.
    static func label(in fragment: Fragment) -> Label? {
        let words = fragment.words
        // Most lines begin with no label: ruled out by their first character (after a circled
        // number, maybe set apart) before the words are cleaned and matched.
        var head = cleaned(words[0].text).drop { $0.isASCII && $0.isNumber }
        if head.isEmpty, words.count > 1 { head = Substring(cleaned(words[1].text)) }
        guard let first = head.unicodeScalars.first, FormLabels.firstScalars.contains(first) else { return nil }
        // Tokens as the layout stage sees them, each tied to its word.
        var tokens: [Substring] = []
        var owner: [Int] = []
        for (k, word) in words.prefix(10).enumerated() {
            for token in FormLayout.tokens(cleaned(word.text)) {
                tokens.append(token)
                owner.append(k)
            }
        }
        guard !tokens.isEmpty else { return nil }
        if let found = FormLayout.label(in: tokens, at: 0) {
            let last = owner[min(found.count, owner.count) - 1]
            return Label(words: Array(words[...last]), complete: true, role: found.role)
        }
        // A label cut by its cell, alone or followed by its value: its first words begin a label.
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let head = compact(Array(words[..<count]))
            if FormLayout.labelPrefix(Substring(head)) || FormLabels.numberedBlocks.contains(head) {
                return Label(words: Array(words[..<count]), complete: false, role: .row)
            }
        }
        return nil
    }

    /// Whether a label cut over lines reads as a label (or still as one's beginning) with `more`.
    static func continues(_ label: String, complete: Bool, with more: String) -> Bool {
        let more = key(more)
        if more.isEmpty { return true }
        // 「委託事項」 over 「1」: a block's number only.
        if FormLabels.numberedBlocks.contains(label) { return more.allSatisfy { $0.isNumber || "~〜-".contains($0) } }
        let joined = whole(label + more)
        // A whole label goes on only into a longer row label (③委託先名 → 委託先名の確認方法).
        if complete { return joined?.role == .row }
        return joined != nil || FormLayout.labelPrefix(Substring(cleaned(label + more)))
    }

    /// The label the text is, whole (nothing after it but ※), as the layout stage reads labels.
    static func whole(_ text: String) -> (role: LabelRole, shape: ValueShape?)? {
        wholeLabel(text).map { ($0.role, $0.form?.shape) }
    }

    private static func wholeLabel(_ text: String) -> (role: LabelRole, form: FormLabel?)? {
        let tokens = FormLayout.tokens(cleaned(key(text)))
        guard !tokens.isEmpty, let found = FormLayout.label(in: tokens, at: 0), found.count >= tokens.count else { return nil }
        return (found.role, found.form)
    }

    static func shape(of label: String) -> ValueShape? { whole(label)?.shape }

    /// The options the label's row prints (FormOptions), when it is one of the form's grids.
    static func printedOptions(of label: String) -> [String]? {
        wholeLabel(label)?.form.flatMap { FormOptions.printed[$0.key] }
    }

    /// Whether one of `lines` is a line of `row`'s grid by the form: its first option one only
    /// `row`'s list prints, not `next`'s.
    static func holdsOwnOption(_ lines: ArraySlice<[Fragment]>, of row: Row, not next: Row) -> Bool {
        guard let own = printedOptions(of: compact(row.labelWords)), let other = printedOptions(of: compact(next.labelWords)) else {
            return false
        }
        return lines.contains { onlyOption($0, of: own, not: other) }
    }

    /// A line of marked options whose first option is one only `own`'s list prints, not `other`'s:
    /// a line of `own`'s grid, wherever it stands.
    static func onlyOption(_ line: [Fragment], of own: [String]?, not other: [String]?) -> Bool {
        guard let own, let other else { return false }
        let text = cleaned(line.map(\.text).joined(separator: " "))
        guard FormLayout.startsWithMark(text), let first = OptionScanner.scan(text).options.first?.label else { return false }
        return FormLayout.Builder.option(first, in: own) != nil && FormLayout.Builder.option(first, in: other) == nil
    }

    static func isLabel(_ text: String) -> Bool { whole(text) != nil }

    struct Row {
        var page: Int
        var labelWords: [PDFWord]
        var labelComplete: Bool
        var labelX0: Double
        var labelRight: Double
        var valueLeft: Double?
        /// Value fragments by visual line, with the page of each.
        var valueLines: [[Fragment]] = []
        var valuePages: [Int] = []
        /// What the value looks like (FormLabels), once the label is whole.
        var shape: ValueShape?
        /// A character's width on the label's page, the unit of the value's tolerances.
        var em: Double = 10
        /// A heading row the form gives no value (「システム3」): the lines after it are the next
        /// row's.
        var holdsNothing = false
        /// Lines above the label were taken into the value (see pullBack).
        var pulledBack = false

        /// Lines above the label taken into the value, before its own (see pullBack).
        mutating func prepend(_ lines: [[Fragment]], pages: [Int]) {
            valueLines = lines + valueLines
            valuePages = pages + valuePages
            valueLeft = min(valueLeft ?? .infinity, lines.map { $0[0].x0 }.min()!)
            pulledBack = true
        }

        mutating func add(_ fragments: [Fragment], page: Int) {
            if valueLeft == nil { valueLeft = fragments[0].x0 }
            valueLines.append(fragments)
            valuePages.append(page)
        }

        /// The label cut by its cell goes on with the first words of `cut` (the line's fragment
        /// in the label column); the rest of the line is more of the value. False when no head
        /// of `cut` continues the label.
        mutating func extendLabel(with cut: Fragment, on fragments: [Fragment], page: Int) -> Bool {
            for count in stride(from: min(4, cut.words.count), through: 1, by: -1) {
                let head = Array(cut.words[..<count])
                guard
                    PDFLayout.continues(
                        PDFLayout.compact(labelWords), complete: labelComplete,
                        with: PDFLayout.compact(head))
                else { continue }
                labelWords += head
                labelComplete = PDFLayout.isLabel(PDFLayout.compact(labelWords))
                shape = PDFLayout.shape(of: PDFLayout.compact(labelWords))
                labelRight = max(labelRight, head.map(\.x1).max()!)
                let tail = Array(cut.words[count...])
                let rest = (tail.isEmpty ? [] : [Fragment(words: tail)]) + fragments.filter { $0.words.first != cut.words.first }
                if !rest.isEmpty { add(rest, page: page) }
                return true
            }
            return false
        }
    }

    /// What the text layer holds, before it is written: rows stay open to the lines of their
    /// value printed above a vertically centred label.
    enum Entry {
        case text(String, page: Int)
        case plain([Fragment], page: Int)
        case row(Row)
    }

    struct Builder {
        var entries: [Entry] = []
        var empty: [Int] = []
        var row: Row?
        var table: Table?
        var em: Double = 10
        var pageNumber = 0

        /// Each block's vertical extent on the current page.
        var blockExtent: [Int: (y0: Double, y1: Double)] = [:]
        /// The lines since the change log's heading, while no table has begun, and the number of
        /// entries before them: a header whose cells are cut over lines by narrow columns
        /// (「変更」「日」, 「提出」「時期」) is read from them when the first dated row comes.
        var afterChangeLogHeading: (lines: [VisualLine], entries: Int, x0: Double)?
        /// The entry of the last heading (a part or a numbered section) read.
        var lastHeading: Int?

        mutating func page(_ number: Int, lines: [VisualLine], words: [PDFWord]) {
            pageNumber = number
            if words.isEmpty { empty.append(number) }
            // From the page's own words: a cell's whole height, whatever was dropped or joined.
            blockExtent = [:]
            for word in words {
                let e = blockExtent[word.block] ?? (word.y0, word.y1)
                blockExtent[word.block] = (min(e.y0, word.y0), max(e.y1, word.y1))
            }
            em = PDFLayout.em(lines.flatMap { $0.fragments.flatMap(\.words) })
            for line in lines { read(line) }
        }

        mutating func emit(_ text: String, page: Int? = nil) {
            entries.append(.text(text, page: page ?? pageNumber))
        }

        /// Lines printed above a vertically centred label, in the block (cell) of the value
        /// beside it, are that value's first lines: taken back from the text before the row.
        mutating func pullBack(into row: inout Row, blocks candidates: Set<Int>, label: (y0: Double, y1: Double, top: Double)) {
            // Only a block the label stands in the middle of: as much of it above the label as
            // below. A cell continued from the page before, set on top of the next row's value
            // in one block, is not centred on that row's label.
            let blocks = candidates.filter { block in
                guard let e = blockExtent[block] else { return false }
                let above = label.y0 - e.y0
                let below = e.y1 - label.y1
                return above > 0 && abs(above - below) <= (label.y1 - label.y0) * 0.6
            }
            guard !blocks.isEmpty else {
                if row.shape == .list { pullBackItems(into: &row, blocks: candidates) }
                if !row.pulledBack { pullBackAfterHeading(into: &row, label: label) }
                return
            }
            func inBlocks(_ fragments: [Fragment], _ page: Int) -> Bool {
                page == pageNumber && fragments.allSatisfy { blocks.contains($0.block) }
            }
            var taken: [(fragments: [Fragment], page: Int)] = []
            while let last = entries.last {
                if case .plain(let fragments, let page) = last, inBlocks(fragments, page) {
                    taken.insert((fragments, page), at: 0)
                    entries.removeLast()
                    continue
                }
                if case .row(var previous) = last, let lastLine = previous.valueLines.last,
                    inBlocks(lastLine, previous.valuePages.last!),
                    // A block the previous row's own value began in is one cell for both: keep it.
                    !(previous.valueLines.first.map { inBlocks($0, previous.valuePages[0]) } ?? true)
                {
                    taken.insert((lastLine, previous.valuePages.last!), at: 0)
                    previous.valueLines.removeLast()
                    previous.valuePages.removeLast()
                    entries[entries.count - 1] = .row(previous)
                    continue
                }
                break
            }
            // Lines of a grid set each in a block of its own: no line above is in the label's.
            guard !taken.isEmpty else {
                pullBackAfterHeading(into: &row, label: label)
                return
            }
            row.prepend(taken.map(\.fragments), pages: taken.map(\.page))
        }

        /// A list's items above its label, in the block of the items beside it (the value set at
        /// the top of a tall cell, the label in its middle: the block, the text's extent, does not
        /// show the label centred): each line begins with the list's bullet, and the row before
        /// began its value in another block.
        mutating func pullBackItems(into row: inout Row, blocks: Set<Int>) {
            func items(_ fragments: [Fragment], _ page: Int) -> Bool {
                page == pageNumber && fragments.allSatisfy { blocks.contains($0.block) }
                    && PDFLayout.cleaned(fragments[0].text).hasPrefixBytes("・")
            }
            var taken: [(fragments: [Fragment], page: Int)] = []
            while case .row(var previous) = entries.last, let lastLine = previous.valueLines.last, previous.valueLines.count > 1,
                items(lastLine, previous.valuePages.last!),
                !previous.valueLines[0].contains(where: { blocks.contains($0.block) })
            {
                taken.insert((lastLine, previous.valuePages.last!), at: 0)
                previous.valueLines.removeLast()
                previous.valuePages.removeLast()
                entries[entries.count - 1] = .row(previous)
            }
            guard !taken.isEmpty else { return }
            row.prepend(taken.map(\.fragments), pages: taken.map(\.page))
        }

        /// Where the producer sets each line of a cell in a block of its own (LibreOffice's option
        /// grids), no block tells the cell: lines in the value column between a heading and the
        /// first row's label on its page belong to no other row, and a centred label's value
        /// begins above it. Only lines at one line's step from each other and from the label.
        /// A heading row that holds nothing (「システム3」) is such a heading.
        mutating func pullBackAfterHeading(into row: inout Row, label: (y0: Double, y1: Double, top: Double)) {
            let plain = entries.reversed().prefix { if case .plain = $0 { true } else { false } }.count
            let heading = entries.count - plain - 1
            guard plain > 0, heading >= 0 else { return }
            switch entries[heading] {
            case .text: guard heading == lastHeading else { return }
            case .row(let above): guard above.holdsNothing else { return }
            case .plain: return
            }
            var lines: [[Fragment]] = []
            for entry in entries[(heading + 1)...] {
                guard case .plain(let fragments, let page) = entry, page == pageNumber,
                    fragments[0].x0 >= row.labelRight, fragments[0].x0 >= (row.valueLeft ?? 0) - em
                else { return }
                lines.append(fragments)
            }
            let height = label.y1 - label.y0
            // Above the line the label is read on, one step from the label's first line: a label set
            // one character a line is read on its middle, beside the lines of its value's top.
            var (below, step) = (label.y0, label.top)
            for line in lines.reversed() {
                let words = line.flatMap(\.words)
                guard words.map(\.y1).max()! <= below + 0.5 * height, step - words.map(\.y0).min()! < 2 * height else { return }
                below = words.map(\.y0).min()!
                step = below
            }
            entries.removeSubrange((heading + 1)...)
            row.prepend(lines, pages: Array(repeating: pageNumber, count: lines.count))
        }

        static func render(_ entry: Entry) -> (text: String, page: Int) {
            switch entry {
            case .text(let text, let page): return (text, page)
            case .plain(let fragments, let page):
                // A line of an option grid is one list of options, however far apart its columns
                // (or a mark's brackets, 「[」 … 「] 宛名システム等」) stand: no cell boundary in it.
                let spaced = fragments.map(\.text).joined(separator: " ")
                if fragments.count > 1, FormLayout.startsWithMark(PDFLayout.cleaned(spaced)) { return (spaced, page) }
                return (fragments.map(\.text).joined(separator: "\t"), page)
            case .row(let row):
                return (PDFLayout.joined(row.labelWords) + "\t" + PDFLayout.value(row.valueLines, em: row.em), row.page)
            }
        }

        /// The text with a form feed before each page's first line, and where each page begins.
        func finish(pages: Int) -> TextLayer {
            let out = entries.map { entry -> (text: String, page: Int) in
                let (text, page) = Self.render(entry)
                let clean = text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }
                return (String(String.UnicodeScalarView(clean)), page)
            }
            var lines: [String] = []
            lines.reserveCapacity(out.count)
            var starts: [Int] = []
            for (k, line) in out.enumerated() {
                while starts.count < line.page { starts.append(k + 1) }
                lines.append(k > 0 && line.page > out[k - 1].page ? "\u{0C}" + line.text : line.text)
            }
            while starts.count < pages { starts.append(out.count + 1) }
            return TextLayer(lines: lines, pageStarts: starts, pagesWithoutText: empty)
        }

        /// One visual line: into the change-log table, into the open row (its label cut by the
        /// cell, or more of its value), or the start of a row or of a line of text.
        mutating func read(_ line: VisualLine) {
            if table != nil {
                if table!.read(line, page: pageNumber, extents: blockExtent) { return }
                endTable()
            }
            if startTable(line) {
                afterChangeLogHeading = nil
                return
            }
            if afterChangeLogHeading != nil, startStackedTable(before: line) { return }
            if row != nil {
                if continueRow(line) {
                    afterChangeLogHeading?.lines.append(line)
                    return
                }
                endRow()
            }
            // A heading ends the wait, unless it stands right of the log's heading: a cell of the
            // 項目 column (「Ⅰ 基本情報」) before the first date.
            if let label = PDFLayout.label(in: line.fragments[0]), label.role == .part, label.complete,
                line.fragments[0].x0 <= (afterChangeLogHeading?.x0 ?? .infinity) + em
            {
                afterChangeLogHeading =
                    PDFLayout.compact(label.words).containsBytes("変更箇所")
                    ? ([], entries.count + 1, line.fragments[0].x0) : nil
                start(line.fragments)
                return
            }
            afterChangeLogHeading?.lines.append(line)
            if (afterChangeLogHeading?.lines.count ?? 0) > 12 { afterChangeLogHeading = nil }
            start(line.fragments)
        }

        /// The change log's header read from the lines between its heading and its first dated
        /// row: the words of each column (words whose extents overlap, top to bottom) are one
        /// header cell, however the cell cut them.
        mutating func startStackedTable(before line: VisualLine) -> Bool {
            guard let pending = afterChangeLogHeading, !pending.lines.isEmpty,
                Table.beginsWithDate(line.fragments.flatMap(\.words))
            else { return false }
            var columns: [[PDFWord]] = []
            for word in pending.lines.flatMap({ $0.fragments.flatMap(\.words) }).sorted(by: { $0.x0 < $1.x0 }) {
                if let k = columns.firstIndex(where: { c in c.contains { $0.x0 < word.x1 && word.x0 < $0.x1 } }) {
                    columns[k].append(word)
                } else {
                    columns.append([word])
                }
            }
            let cells = columns.map { words -> PDFWord in
                let ordered = words.sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
                return PDFWord(
                    ordered.map(\.text).joined(), x0: words.map(\.x0).min()!, y0: words.map(\.y0).min()!,
                    x1: words.map(\.x1).max()!, y1: words.map(\.y1).max()!, block: ordered[0].block)
            }
            let header = VisualLine(y0: cells.map(\.y0).min()!, y1: cells.map(\.y1).max()!, fragments: [Fragment(words: cells)])
            guard var stacked = Table(header: header, page: pageNumber) else { return false }
            endRow()
            entries.removeSubrange(min(pending.entries, entries.count)...)
            stacked.extents[pageNumber] = blockExtent
            table = stacked
            afterChangeLogHeading = nil
            _ = table!.read(line, page: pageNumber, extents: blockExtent)
            return true
        }

        /// The change log's header row begins the table.
        mutating func startTable(_ line: VisualLine) -> Bool {
            guard var header = Table(header: line, page: pageNumber) else { return false }
            endRow()
            header.extents[pageNumber] = blockExtent
            // A header cell set over two lines may begin on the line above (「提出」「提出時期」).
            if case .plain(let fragments, let page) = entries.last, page == pageNumber {
                let above = VisualLine(y0: 0, y1: 0, fragments: fragments)
                let before = header.headerWords.count
                header.addHeaderWords(above)
                if header.headerWords.count > before {
                    entries.removeLast()
                    header.lines.insert((above, page), at: 0)
                }
            }
            table = header
            return true
        }

        /// Takes the line into the open row when it goes on with its label or its value.
        mutating func continueRow(_ line: VisualLine) -> Bool {
            guard var current = row, !current.holdsNothing else { return false }
            let fragments = line.fragments
            let tolerance = em * 0.6
            // The value column begins right of the label, wherever the value's first words stand
            // (a grid's second column, where a wrap of it came first: 「システム」 beside 「③他のシステ」).
            let valueLeft = min(current.valueLeft ?? .infinity, current.labelRight + em * 0.5)
            let inLabelColumn = fragments.filter { $0.x0 < valueLeft - tolerance }
            // A whole label starts a row wherever it stands; a label's beginning only in the label column.
            let startsLabel = PDFLayout.label(in: fragments[0]).map { $0.complete || fragments[0].x0 < valueLeft - tolerance } ?? false
            // The label cut by its cell goes on, on this line, maybe with more of the value.
            if !startsLabel || !current.labelComplete, inLabelColumn.count == 1, let cut = inLabelColumn.first,
                abs(cut.x0 - current.labelX0) <= tolerance || cut.words[0].text == "※",
                current.extendLabel(with: cut, on: fragments, page: pageNumber)
            {
                // The label now whole over its lines: centred in its cell by all of them (the
                // first line alone stands above the middle), its value may begin above it.
                if current.labelComplete, !current.pulledBack, !current.holdsNothing, current.page == pageNumber {
                    let words = current.labelWords
                    pullBack(
                        into: &current, blocks: Set(current.valueLines.flatMap { $0.map(\.block) }),
                        label: (words.map(\.y0).min()!, words.map(\.y1).max()!, words.map(\.spanY0).min()!))
                }
                row = current
                return true
            }
            // Options printed below their label, from the table's left (LibreOffice's tables).
            let optionsBelow =
                current.valueLines.isEmpty && current.shape == .options
                && FormLayout.startsWithMark(PDFLayout.cleaned(fragments[0].text))
            guard !startsLabel, inLabelColumn.isEmpty || optionsBelow else { return false }
            current.add(fragments, page: pageNumber)
            row = current
            return true
        }

        /// A line that begins a row (a label and its value), a heading, or a line of text.
        mutating func start(_ fragments: [Fragment]) {
            guard let label = PDFLayout.label(in: fragments[0]) else {
                entries.append(.plain(fragments, page: pageNumber))
                return
            }
            // Parts, numbered sections and the title stand alone; a row label or a numbered
            // block (委託事項1, 提供先2) takes the value beside it.
            let labelText = PDFLayout.compact(label.words)
            let numberedBlock = FormLabels.numberedBlocks.contains { labelText.hasPrefix($0) }
            let takesValue = label.role == .row || numberedBlock
            var rest = fragments
            // A table's row of labels (評価書番号 | 評価書名) is a row of cells, not a label and value;
            // a value's word that only begins a label (a grid's wrap 「システム」) is no cell of it.
            if rest.count > 1, PDFLayout.label(in: rest[1])?.complete == true, label.words.count == rest[0].words.count {
                emit(rest.map(\.text).joined(separator: "\t"))
                return
            }
            let first = rest.removeFirst()
            let tail = Array(first.words.dropFirst(label.words.count))
            if !tail.isEmpty { rest.insert(Fragment(words: tail), at: 0) }
            guard takesValue else {
                emit(([PDFLayout.text(label.words)] + rest.map(\.text)).joined(separator: "\t"))
                lastHeading = entries.count - 1
                return
            }
            var current = Row(
                page: pageNumber, labelWords: label.words, labelComplete: label.complete,
                labelX0: label.words[0].x0, labelRight: label.words.map(\.x1).max()!,
                valueLeft: nil, shape: PDFLayout.shape(of: labelText), em: em)
            // 「システム3」 heads its block across the table: no value stands beside it.
            current.holdsNothing = rest.isEmpty && FormLabels.headingsWithoutValue.contains { numbered(labelText, prefix: $0) != nil }
            if !rest.isEmpty { current.add(rest, page: pageNumber) }
            if !current.holdsNothing {
                pullBack(
                    into: &current, blocks: Set(rest.map(\.block)),
                    label: (label.words.map(\.y0).min()!, label.words.map(\.y1).max()!, label.words.map(\.spanY0).min()!))
            }
            row = current
        }

        mutating func endTable() {
            guard let current = table else { return }
            table = nil
            let (header, rows) = current.cells(em: em)
            emit(header.joined(separator: "\t"), page: current.page)
            for row in rows { emit(row.cells.joined(separator: "\t"), page: row.page) }
        }

        mutating func endRow() {
            guard let current = row else { return }
            row = nil
            entries.append(.row(current))
        }
    }

    // MARK: - The change log

    /// The change log's table ((別添2) 変更箇所): columns from its header row, a row from each
    /// date in the first column down to the next, each word in the column it stands in; one
    /// line per row, cells tab-separated, as a table converter gives it.
    struct Table {
        static let headers = ["変更日", "項目", "変更前", "変更後", "提出時期に係る", "提出時", "提出", "説明", "備考"]
        var page: Int
        /// The header's cells, in order: their text is centred, so they give the columns'
        /// order and rough place, not their edges.
        var headerWords: [PDFWord]
        var lines: [(line: VisualLine, page: Int)] = []
        var sawDate = false
        /// The vertical extent of each block (cell), by page.
        var extents: [Int: [Int: (y0: Double, y1: Double)]] = [:]

        init?(header line: VisualLine, page: Int) {
            // Most lines hold no 変更日: ruled out before any word is cleaned.
            guard line.fragments.contains(where: { $0.words.contains { $0.text.containsBytes("変更日") } }) else { return nil }
            let words = line.fragments.flatMap(\.words).filter { word in
                let text = PDFLayout.compact([word])
                return Self.headers.contains { text.hasPrefix($0) }
            }
            guard words.count >= 4, words.contains(where: { $0.text.hasPrefix("変更日") }),
                words.contains(where: { $0.text.hasPrefix("変更前") })
            else { return nil }
            self.page = page
            // A header cell set over two lines the visual line holds both of (「提出時期に係る」 over
            // 「説明」, centred under it) is one cell: words one over the other are joined.
            var cells: [PDFWord] = []
            for word in words.sorted(by: { $0.x0 < $1.x0 }) {
                if let last = cells.last, word.x0 < last.x1, last.x0 < word.x1 {
                    let (upper, lower) = last.y0 <= word.y0 ? (last, word) : (word, last)
                    cells[cells.count - 1] = PDFWord(
                        upper.text + lower.text, x0: min(last.x0, word.x0), y0: upper.y0, x1: max(last.x1, word.x1),
                        y1: max(last.y1, word.y1),
                        block: upper.block)
                } else {
                    cells.append(word)
                }
            }
            headerWords = cells
            lines = [(line, page)]
        }

        /// Whether a line's first words are a date, or the beginning of one a narrow cell or a
        /// page break cut (「令和8」, then 「年3月11日」).
        static func beginsWithDate(_ words: [PDFWord]) -> Bool {
            startsDate(PDFLayout.cleaned(words.prefix(3).map(\.text).joined(separator: " ")))
        }

        /// Cleaned text that begins with a date or with the part of one a cell or a page cut.
        static func startsDate(_ text: String) -> Bool {
            let cleaned = text.filter { $0 != " " }
            let era =
                (JapaneseDate.beginsWithEra(cleaned) && cleaned.dropFirst(2).first?.isNumber == true)
                || JapaneseDate.eras.contains { String($0.name.prefix(1)) == cleaned }
            return era || !EraDates.all(in: text).isEmpty
        }

        /// Takes the line into the table; false when the line is past the table's end.
        mutating func read(_ line: VisualLine, page: Int, extents pageExtents: [Int: (y0: Double, y1: Double)]) -> Bool {
            extents[page] = pageExtents
            // A heading at the page's left ends the table; the item column holds headings' words too.
            if line.fragments[0].x0 < headerWords[0].x1, let label = PDFLayout.label(in: line.fragments[0]),
                label.role == .part || label.role == .section || label.role == .title
            {
                return false
            }
            // The header again at the top of the next page.
            if Table(header: line, page: page) != nil { return true }
            if !sawDate {
                let first = line.fragments.flatMap(\.words).prefix(3).map(\.text).joined()
                if EraDates.all(in: PDFLayout.cleaned(first)).isEmpty { addHeaderWords(line) } else { sawDate = true }
            }
            lines.append((line, page))
            return true
        }

        /// A header cell set over lines (「提出」「時期」) may begin on a line of its own, above or
        /// below the others: every header word before the first row counts.
        mutating func addHeaderWords(_ line: VisualLine) {
            for word in line.fragments.flatMap(\.words)
            where !headerWords.contains(where: { abs($0.x0 - word.x0) < 1 || (word.x0 < $0.x1 && $0.x0 < word.x1) }) {
                let text = PDFLayout.compact([word])
                if Self.headers.contains(where: { text.hasPrefix($0) }) { headerWords.append(word) }
            }
            headerWords.sort { $0.x0 < $1.x0 }
        }

        /// Cells are set flush left: the left edge of a column is where lines of its cells begin,
        /// again and again, between the previous header's end and its own header's start.
        /// Where a producer sets two cells' words in one block, a space apart (Chromium's narrow
        /// 変更日 beside 項目: 「令和8年 公表日」), no fragment begins the second column: the words
        /// that begin after a space stand in for it there.
        func columns(em: Double) -> [Double] {
            var count: [Int: Int] = [:]
            var wordCount: [Int: Int] = [:]
            for (line, _) in lines {
                for fragment in line.fragments {
                    count[Int((fragment.x0 * 2).rounded()), default: 0] += 1
                    for (previous, word) in zip(fragment.words, fragment.words.dropFirst()) where word.x0 - previous.x1 > em * 0.3 {
                        wordCount[Int((word.x0 * 2).rounded()), default: 0] += 1
                    }
                }
            }
            func recurring(_ count: [Int: Int]) -> [Double] { count.filter { $0.value >= 2 }.keys.map { Double($0) / 2 }.sorted() }
            let fragmentStarts = recurring(count)
            let wordStarts = recurring(wordCount)
            var columns: [Double] = []
            for (k, header) in headerWords.enumerated() {
                let low = k == 0 ? -Double.infinity : headerWords[k - 1].x1 - em * 0.2
                let within = { (x: Double) in x > low && x <= header.x0 + em * 0.2 && x > (columns.last ?? -Double.infinity) }
                columns.append(fragmentStarts.first(where: within) ?? wordStarts.first(where: within) ?? header.x0)
            }
            return columns
        }

        func cells(em: Double) -> (header: [String], rows: [(page: Int, cells: [String])]) {
            let columns = columns(em: em)
            func column(_ word: PDFWord) -> Int {
                var index = 0
                for (k, x) in columns.enumerated() where x <= word.x0 + em * 0.3 { index = k }
                return index
            }
            // Rows begin at the lines whose first column holds a date.
            var starts: [(line: Int, page: Int, y: Double)] = []
            for (number, entry) in lines.enumerated() where number > 0 {
                let first = entry.line.fragments.flatMap(\.words).filter { column($0) == 0 }.map(\.text).joined(separator: " ")
                // A date, or the beginning of one the page break cut (「令和8」 here, 「年3月11日」 over the page).
                if Self.startsDate(PDFLayout.cleaned(first)) {
                    starts.append((number, entry.page, (entry.line.y0 + entry.line.y1) / 2))
                }
            }
            /// The row of a word: the row whose date stands within the word's cell (a cell
            /// centred on its row begins above the date), else the last row begun above it.
            func row(_ word: PDFWord, line number: Int, page: Int) -> Int? {
                // A block holding several rows' dates is no one cell: line order then.
                if let e = extents[page]?[word.block] {
                    let inside = starts.indices.filter { starts[$0].page == page && starts[$0].y >= e.y0 && starts[$0].y <= e.y1 }
                    if inside.count == 1 { return inside[0] }
                }
                return starts.lastIndex { $0.line <= number }
            }
            var header = Array(repeating: "", count: columns.count)
            var rows: [(page: Int, cells: [String])] = starts.map { ($0.page, Array(repeating: "", count: columns.count)) }
            var previous: [String: (word: PDFWord, line: Int)] = [:]
            for (number, entry) in lines.enumerated() {
                for word in entry.line.fragments.flatMap(\.words) {
                    let k = column(word)
                    let r = number == 0 ? nil : row(word, line: number, page: entry.page)
                    var cell = r.map { rows[$0].cells[k] } ?? header[k]
                    // Words of one line are apart by a space (unless set tight); a cell's next line wraps.
                    let key = "\(r ?? -1)|\(k)"
                    if !cell.isEmpty {
                        if let p = previous[key], p.line == number {
                            cell += PDFLayout.text([p.word, word]).count > p.word.text.count + word.text.count ? " " : ""
                        } else {
                            cell += FormLayout.Builder.glue(cell, word.text, grids: false)
                        }
                    }
                    cell += word.text
                    previous[key] = (word, number)
                    if let r { rows[r].cells[k] = cell } else { header[k] = cell }
                }
            }
            return (header, rows)
        }
    }

    // MARK: - Values

    /// Fragments of a line that a mark's own inner space set apart (「[」 | 「] 民間事業者」, a
    /// `[　]` wider than the gap between words in a small font) are one again.
    static func joinSplitMarks(_ fragments: [Fragment], circles: Bool) -> [Fragment] {
        var out: [Fragment] = []
        for fragment in fragments {
            if var last = out.last {
                let words = last.words + fragment.words
                let n = last.words.count
                if (max(0, n - 2)..<n).contains(where: { markLength(words, at: $0, circles: circles) > n - $0 }) {
                    last.words = words
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(fragment)
        }
        return out
    }

    /// Whether the text's first parenthesis closes one opened before it.
    static func closesParenthesis(_ text: String) -> Bool {
        text.unicodeScalars.first { "()（）".unicodeScalars.contains($0) }.map { $0 == ")" || $0 == "）" } ?? false
    }

    /// The value of a row: options kept with their marks in the order of the grid, wrapped
    /// text joined back.
    static func value(_ lines: [[Fragment]], em: Double) -> String {
        struct Item {
            var x0: Double
            var text: String
            var marked: Bool
        }
        var items: [Item] = []
        var previousStarts: [Int] = []  // items that began on the last line that began any
        var lastMarks: [Double] = []  // where the marks of the last line of several stood
        var flowing = false
        let tolerance = em * 0.6
        // ○ is a mark only where ● or ◉ marks the selected options of the same value.
        let circles = lines.joined().contains {
            $0.words.contains { w in w.text.unicodeScalars.first.map { $0 == "●" || $0 == "◉" } ?? false }
        }
        // A mark cut by the line's end (`[` … `]` on the next line) is one mark again.
        var lines = lines
        for k in lines.indices.dropLast() where lines[k].last?.words.last?.text == "[" {
            guard var next = lines[k + 1].first, next.words.first?.text == "]" else { continue }
            let open = lines[k][lines[k].count - 1].words.removeLast()
            if lines[k][lines[k].count - 1].words.isEmpty { lines[k].removeLast() }
            var moved = open
            moved.x0 = next.words[0].x0 - (open.x1 - open.x0)
            next.words.insert(moved, at: 0)
            lines[k + 1][0] = next
        }
        for fragments in lines.map({ joinSplitMarks($0, circles: circles) }) where !fragments.isEmpty {
            // Segments: a mark begins one; the words after it belong to it.
            var segments: [(x0: Double, words: [PDFWord], marked: Bool)] = []
            for fragment in fragments {
                let words = fragment.words
                var i = 0
                var current: (x0: Double, words: [PDFWord], marked: Bool)?
                while i < words.count {
                    // A ○ begins an option's place in the grid even where it says nothing of the
                    // option (no ● beside it): its wrapped text stays under it.
                    let mark = markLength(words, at: i, circles: true)
                    if mark > 0 {
                        if let c = current { segments.append(c) }
                        current = (words[i].x0, Array(words[i..<(i + mark)]), true)
                        i += mark
                        continue
                    }
                    if current == nil { current = (words[i].x0, [], false) }
                    current!.words.append(words[i])
                    i += 1
                }
                if let c = current { segments.append(c) }
            }
            let lineHasMarks = segments.contains { $0.marked }
            // Options set in columns: text under one column's start is that column's, even where
            // the gap to the text before it is too narrow to part them into fragments.
            if !lineHasMarks, !flowing, previousStarts.count > 1 {
                let columns = previousStarts.map { items[$0].x0 }
                segments = segments.flatMap { segment -> [(x0: Double, words: [PDFWord], marked: Bool)] in
                    var parts: [(x0: Double, words: [PDFWord], marked: Bool)] = []
                    for word in segment.words {
                        if parts.isEmpty || columns.contains(where: { abs($0 - word.x0) <= tolerance }) {
                            parts.append((word.x0, [word], false))
                        } else {
                            parts[parts.count - 1].words.append(word)
                        }
                    }
                    return parts
                }
            }
            // Options set as flowing text (their marks at other places line after line): a
            // wrapped line goes on from the line's last option, wherever it starts.
            let marks = segments.filter(\.marked).map(\.x0)
            if marks.count > 1 {
                if lastMarks.count > 1,
                    !marks.allSatisfy({ x in lastMarks.contains { abs($0 - x) <= tolerance } })
                        && !lastMarks.allSatisfy({ x in marks.contains { abs($0 - x) <= tolerance } })
                {
                    flowing = true
                }
                lastMarks = marks
            }
            var started: [Int] = []
            for (k, segment) in segments.enumerated() {
                let hollow = segment.words.first?.text.unicodeScalars.first.map { MarkGlyphs.hollowCircles.contains($0) } ?? false
                let text =
                    segment.marked && (circles || !hollow) ? bracketed(PDFLayout.text(segment.words)) : PDFLayout.text(segment.words)
                if segment.marked || items.isEmpty {
                    items.append(Item(x0: segment.x0, text: text, marked: segment.marked))
                    if segment.marked { started.append(items.count - 1) }
                    continue
                }
                // Text without a mark continues an option: the one above it in the same
                // column of a grid, else (flowing text) the last one.
                var target = items.count - 1
                if !(k == 0 && lineHasMarks), !flowing,
                    let above = previousStarts.first(where: {
                        abs(items[$0].x0 - segment.x0) <= tolerance
                            || (segment.x0 > items[$0].x0 && segment.x0 <= items[$0].x0 + em * 2.5)
                    })
                {
                    target = above
                }
                // Text that closes a parenthesis goes on from an option left open, not from a
                // closed one above it: options set as flowing text whose one marked line cannot
                // tell them from a grid (「[○] その他識別情報(内部番」, then 「号)」 at the line's start).
                if target != items.count - 1, Self.closesParenthesis(text), FormLayout.Builder.detailsClosed(items[target].text),
                    !FormLayout.Builder.detailsClosed(items[items.count - 1].text)
                {
                    target = items.count - 1
                }
                // An option's name wraps without a space, also before ・ (「生活保護」「・社会福祉関係情報」).
                let name = items[target].marked && !(items[target].text.last?.isASCII ?? true) && !(text.first?.isASCII ?? true)
                items[target].text += (name ? "" : FormLayout.Builder.glue(items[target].text, text, grids: false)) + text
            }
            if !started.isEmpty { previousStarts = started }
        }
        var out = ""
        for item in items {
            if !out.isEmpty {
                out += item.marked || FormLayout.startsWithMark(item.text) ? " " : FormLayout.Builder.glue(out, item.text, grids: false)
            }
            out += item.text
        }
        return out
    }
}
