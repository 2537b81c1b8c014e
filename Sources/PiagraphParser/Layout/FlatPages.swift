import PiagraphForm
import PiagraphText

/// Pages whose lines a converter joined into one (a text layer copied without its line breaks,
/// a viewer's page text): the form's labels stand in the middle of the line, the pieces of a
/// label cut by a narrow cell between the words of its value, the running header at the line's
/// start and the page number at its end. Such a line is cut again before each label and each
/// piece of a cut label, and its header and page number are dropped, so that the layout reads
/// it as it reads a page in reading order. The cuts are only where the form's own labels stand:
/// the words between them stay together, as their line breaks are lost (a space in them may be
/// a space of the text or a wrap of the printing; the note `text-flattened` says so).
enum FlatPages {
    /// The lines to lay out, and the source line each comes from.
    struct Relined {
        var lines: [Substring]
        var numbers: [Int]
        /// The source lines that were flattened pages.
        var flattened: [Int]
    }

    /// A page on one line is long; shorter lines are read as they are.
    static let minimumBytes = 300
    /// Labels in the middle of a line, beyond which it is a flattened page.
    static let minimumLabels = 2

    /// The text with its flattened pages cut at their labels; nil when no line is one.
    static func relined(_ raw: [Substring]) -> Relined? {
        // A text is flattened when a line of it holds the labels of a page, and most of its
        // lines are as long as a page: then each of its lines is a page (a page of a few words,
        // as 項目一覧, too). A long line of a text with line breaks is read as it is.
        // Counted on bytes first: most texts have their line breaks, and are not cleaned here.
        func isLong(_ line: Substring) -> Bool { line.utf8.count >= minimumBytes && !line.containsBytes("\t") }
        var long = 0
        var lines = 0
        for line in raw where !line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0C }) {
            lines += 1
            if isLong(line) { long += 1 }
        }
        guard long > 0, long * 2 >= lines || numbersPages(raw),
            raw.contains(where: { isLong($0) && inlineLabels(FormLayout.tokens(CleanLine(number: 0, raw: $0).text)) >= minimumLabels })
        else { return nil }
        var pages: [(index: Int, tokens: [Substring])] = []
        for (index, line) in raw.enumerated() where !line.containsBytes("\t") {
            let text = CleanLine(number: index + 1, raw: line).text
            if text.isEmpty { continue }
            pages.append((index, FormLayout.tokens(text).map { Substring(String($0)) }))
        }
        let header = runningHeader(pages.map(\.tokens))
        let numbers = pageNumberEdges(pages.map(\.tokens), header: header)
        // Pages that end with their own number, its place among the pages (「… 事務 3」 on the
        // third), three or more: their numbers are dropped where fewer than half the pages show
        // one there (the change log's pages, their numbers set among the rows).
        func ownNumber(_ tokens: ArraySlice<Substring>, _ n: Int) -> Int? {
            guard let span = pageNumberSpan(Array(tokens), atEnd: true), pageNumberValue(tokens.suffix(span)) == n + 1 else { return nil }
            return span
        }
        func withoutHeader(_ tokens: [Substring]) -> ArraySlice<Substring> {
            headerPlace(header, in: tokens[...]).map { tokens[..<$0] + tokens[($0 + header.count)...] } ?? tokens[...]
        }
        let ownEnds = pages.indices.filter { ownNumber(withoutHeader(pages[$0].tokens), $0) != nil }.count >= 3
        var out = Relined(lines: [], numbers: [], flattened: [])
        // Each page without its running header and number.
        var edgeNumbers: [Int?] = []
        var bodies = pages.indices.map { index -> [Substring] in
            var tokens = withoutHeader(pages[index].tokens)
            var found: Int?
            if numbers.start, let n = pageNumberSpan(Array(tokens), atEnd: false) {
                found = pageNumberValue(tokens.prefix(n))
                tokens = tokens.dropFirst(n)
            }
            if numbers.end, let n = pageNumberSpan(Array(tokens), atEnd: true) {
                found = pageNumberValue(tokens.suffix(n))
                tokens = tokens.dropLast(n)
            } else if ownEnds, let n = ownNumber(tokens, index) {
                found = index + 1
                tokens = tokens.dropLast(n)
            }
            edgeNumbers.append(found)
            return Array(tokens)
        }
        if numbers.start || numbers.end { bodies = withoutInnerPageNumbers(bodies, edgeNumbers: edgeNumbers) }
        bodies = withoutPageFractions(bodies)
        for n in bodies.indices.dropLast() {
            let moved = labelRestAfterBreak(bodies[n], next: bodies[n + 1])
            if moved > 0 {
                bodies[n] += bodies[n + 1].prefix(moved)
                bodies[n + 1].removeFirst(moved)
            }
        }
        var next = 0
        var changeLog = false
        for (n, page) in pages.enumerated() {
            for k in next..<page.index {
                out.lines.append(raw[k])
                out.numbers.append(k + 1)
            }
            // A blank line between pages, as a reading-order text has: a page's text does not
            // run on into the next page's as one cell.
            out.lines.append("")
            out.numbers.append(page.index + 1)
            let following = n + 1 < bodies.count ? bodies[n + 1].prefix(12) : []
            for piece in cut(bodies[n], following: following, changeLog: &changeLog) {
                out.lines.append(Substring(piece))
                out.numbers.append(page.index + 1)
            }
            out.flattened.append(page.index + 1)
            next = page.index + 1
        }
        for k in next..<raw.count {
            out.lines.append(raw[k])
            out.numbers.append(k + 1)
        }
        return out
    }

    /// How many row labels and section headings stand after a line's first word.
    static func inlineLabels(_ tokens: [Substring]) -> Int {
        var count = 0
        var i = 1
        while i < tokens.count {
            if let label = FormLayout.label(in: tokens, at: i), label.role == .row || label.role == .section {
                count += 1
                i += label.count
                continue
            }
            i += 1
        }
        return count
    }

    /// A page's words as lines, cut as a reading order would have cut them where the form says
    /// it can: before each label and each piece of a cut label, after a run of labels, before a
    /// grid's first option, and in the change log before each date and each of its pieces.
    /// `following`: the next page's first words, which a heading at the page's end may head.
    static func cut(_ tokens: [Substring], following: ArraySlice<Substring> = [], changeLog: inout Bool) -> [String] {
        let tokens = changeLog ? tokens : starsOutOfDetails(labelsOutOfMarks(tokens))
        var starts: [Int] = [0]
        // Where an option begins (a mark, 「[ ]」 set apart too), looked up once a word.
        let mark = tokens.indices.map { k in
            FormLayout.mayBeginMark(tokens[k]) && FormLayout.startsWithMark(tokens[k..<min(k + 4, tokens.count)].joined(separator: " "))
        }
        func marked(_ range: Range<Int>) -> Bool { range.contains { mark[$0] } }
        // A row label spelled by several words (「1事 務の 名称」) is written as one word, as the
        // layout finds a label at a line's start.
        var spelled: [Int: (text: String, count: Int)] = [:]
        var i = 0
        var labelEnd = -1
        while i < tokens.count {
            // In the change log a row begins at its date, which a narrow column may cut
            // (「平成29年11月21」 … 「日」): the date and each of its pieces begin a line, as the
            // change log is read by its dates at lines' starts. Its cells quote the form's
            // headings and labels: none is one.
            if changeLog {
                if let pieces = cutDate(tokens, at: i) {
                    starts += pieces
                    i = pieces.last! + 1
                } else {
                    i += 1
                }
                continue
            }
            // The cover's stamp (「[令和6年10月 様式3]」) is a line of its own: reading order may set
            // it between 公表日 and its date, or after the cover's values, which it is none of.
            if let words = coverStamp(tokens, at: i) {
                starts += [i, i + words]
                i += words
                continue
            }
            if let label = FormLayout.label(in: tokens, at: i) {
                starts.append(i)
                // (別添2) 変更箇所 as the change log's heading, over its table (not as listed in
                // 項目一覧, the contents page).
                if label.role == .part, label.text.containsBytes("変更箇所") {
                    let after = Array(tokens[(i + label.count)...].prefix(12)) + following
                    changeLog = after.prefix(12).contains { $0.hasPrefixBytes("変更") || EraDates.isDate($0) || EraDates.isDatePrefix($0) }
                }
                if label.role == .row, label.count > 1 {
                    let star = tokens[i + label.count - 1] == "※" && label.text.last != "※"
                    spelled[i] = (label.text + (star ? " ※" : ""), label.count)
                }
                // Labels printed one after another are a run whose values follow: the values
                // stand apart from the last label, which they are not all of.
                if labelEnd == i { starts.append(i + label.count) }
                i += label.count
                labelEnd = i
                continue
            }
            if let pieces = cutLabel(tokens, at: i) {
                // The words after the last piece are the next cell's: the value beside the
                // label stood beside its first pieces (「評価実施機関 千葉市長」「名」「令和3年2月3日」).
                starts += pieces + [pieces.last! + 1]
                i = pieces.last! + 1
                continue
            }
            // A grid's first option after other text begins a line: the grid's first rows may
            // stand above its centred label, after the row before's text (「… による。 [ ] 情報提供
            // ネットワークシステム ③他のシステ …」).
            // (Starts are only ever added at or before `i`: the last of them is the line's.)
            if i > 0, mark[i], let first = starts.last(where: { $0 < i }), !marked(first..<i) {
                starts.append(i)
            }
            i += 1
        }
        var lines: [String] = []
        let bounds = Array(Set(starts)).sorted() + [tokens.count]
        for (a, b) in zip(bounds, bounds.dropFirst()) where a < b {
            var words: [String] = []
            var k = a
            while k < b {
                if let label = spelled[k], k + label.count <= b {
                    words.append(label.text)
                    k += label.count
                } else {
                    words.append(String(tokens[k]))
                    k += 1
                }
            }
            lines.append(words.joined(separator: " "))
        }
        return lines
    }

    /// How many words from `i` spell the cover's stamp, 「[令和6年10月 様式3]」 (spaces anywhere
    /// inside, 「[ 平成26年4月 様式 2 ]」); nil when they do not.
    static func coverStamp(_ tokens: [Substring], at i: Int) -> Int? {
        guard tokens[i].hasPrefixBytes("[") else { return nil }
        var joined = ""
        for k in i..<min(i + 6, tokens.count) {
            joined += tokens[k]
            guard !tokens[k].hasSuffix("]") else {
                let inside = joined.dropFirst().dropLast()
                guard JapaneseDate.beginsWithEra(inside), let at = inside.range(of: "様式"), inside.count <= 16,
                    inside[at.upperBound...].allSatisfy({ $0.isASCII && $0.isNumber }), !inside[at.upperBound...].isEmpty
                else { return nil }
                return k - i + 1
            }
        }
        return nil
    }

    /// Parentheses left open by the words after the last mark's bracket.
    static func openParentheses(_ words: [Substring]) -> Int {
        var balance = 0
        for word in words.reversed() {
            if word.hasPrefixBytes("[") || word.hasPrefixBytes("]") { break }
            balance += FormLayout.parenthesisBalance(word)
        }
        return balance
    }

    /// The words from `start` that close the `open` parentheses, ending with the closing one,
    /// none of them a bracket: a detail's rest. Nil when none does within a few words.
    static func detailRest(_ tokens: [Substring], from start: Int, open: Int) -> Int? {
        guard open > 0 else { return nil }
        var balance = open
        for k in start..<min(start + 8, tokens.count) {
            let word = tokens[k]
            if word.containsBytes("[") || word.containsBytes("]") { return nil }
            balance += FormLayout.parenthesisBalance(word)
            if balance == 0 { return k - start + 1 }
            if balance < 0 { return nil }
        }
        return nil
    }

    /// A label's 「※」, which reading order set on a line of its own beside the label's grid, stands
    /// inside an option's detail once the page is flattened (「その他 ( 口座情報登録・連携ファイル関係情
    /// ※ 報 )」): a lone 「※」 inside a detail that the next words close is the label's, not the
    /// detail's text, and is dropped.
    static func starsOutOfDetails(_ tokens: [Substring]) -> [Substring] {
        guard tokens.contains("※") else { return tokens }
        var kept: [Substring] = []
        kept.reserveCapacity(tokens.count)
        for (k, word) in tokens.enumerated() {
            if word == "※", case let open = openParentheses(kept), open > 0, detailRest(tokens, from: k + 1, open: open) != nil {
                continue
            }
            kept.append(word)
        }
        return kept
    }

    /// A mark whose brackets reading order set around a label (「[ ③他のシステムとの接続 ] 情報提供
    /// ネットワークシステム」, 「[ ○ ③… ]」: the label's line ran between the mark's two halves):
    /// the label before the mark, the mark whole again. The mark's opening is a 「[」 alone or with
    /// its glyph (「[○」, 「[」 「○」); the label is followed by a word that begins with 「]」. The
    /// rest of an option's detail may stand inside the mark too, before the label or alone.
    static func labelsOutOfMarks(_ tokens: [Substring]) -> [Substring] {
        guard tokens.contains(where: { $0.hasPrefixBytes("[") }) else { return tokens }
        func glyph(_ word: Substring) -> Bool { word.unicodeScalars.count == 1 && MarkGlyphs.isGlyph(word.unicodeScalars.first!) }
        var out: [Substring] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let word = tokens[i]
            let opening =
                word == "["
                ? (i + 1 < tokens.count && glyph(tokens[i + 1]) ? 2 : 1)
                : (word.hasPrefixBytes("[") && word.unicodeScalars.count == 2 && glyph(word.dropFirst()) ? 1 : 0)
            // The rest of the option's detail may stand inside the mark too, before the label
            // (「( 他 [ 市町村 ) ②入手方法 ] 民間事業者」): the next column's mark opened where the
            // detail's line ended.
            let rest = opening > 0 ? detailRest(tokens, from: i + opening, open: openParentheses(out)) ?? 0 : 0
            let at = i + opening + rest
            let label = opening > 0 && at < tokens.count ? FormLayout.label(in: tokens, at: at).flatMap { $0.role == .row ? $0 : nil } : nil
            let inside = rest + (label?.count ?? 0)
            if opening > 0, inside > 0, label != nil || rest > 0, i + opening + inside < tokens.count,
                tokens[i + opening + inside].hasPrefixBytes("]")
            {
                out += tokens[(i + opening)..<(i + opening + inside)]
                out += tokens[i..<(i + opening)]
                i += opening + inside
                continue
            }
            out.append(word)
            i += 1
        }
        return out
    }

    /// How many of the next page's first words finish a label that the page's end cut (「④再」
    /// 「委託」 … 「(4)」, then 「の有 無 ※」 below the next page's header): they go back to it, to
    /// be read with the label's pieces there. Zero when no label is cut so.
    static func labelRestAfterBreak(_ page: [Substring], next: [Substring]) -> Int {
        guard !page.isEmpty, !next.isEmpty else { return 0 }
        let joined = page + next.prefix(5)
        for i in max(0, page.count - 24)..<page.count where FormLayout.labelPrefix(page[i], loose: true) {
            guard cutLabel(page, at: i) == nil, FormLayout.label(in: page, at: i) == nil,
                let pieces = cutLabel(joined, at: i), let last = pieces.last, last >= page.count
            else { continue }
            // The rest is the next page's first words, each a piece.
            let after = pieces.filter { $0 >= page.count }
            guard after == Array(page.count..<(page.count + after.count)) else { continue }
            return after.count
        }
        return 0
    }

    /// The words that spell a label cut by a narrow cell (「1事」 … 「務の」 … 「名称」), its value's
    /// words between them: where each piece stands, when together they spell a whole label.
    static func cutLabel(_ tokens: [Substring], at i: Int) -> [Int]? {
        guard FormLayout.labelPrefix(tokens[i], loose: true) else { return nil }
        var joined = String(tokens[i])
        var pieces = [i]
        var j = i + 1
        while j < min(i + 24, tokens.count), !FormLayout.Builder.isLabel(joined) {
            // The next piece, also where the words from it spell another label (「④再」 then
            // 「委託 の有 無」, which alone spell 委託の有無).
            if let candidate = FormLayout.Builder.spelling(joined, then: tokens[j]) {
                joined = candidate
                pieces.append(j)
                j += 1
                continue
            }
            // A label beside the cut one (「評価書番 評価書名」「号」) is passed over whole. The
            // next block's heading ends a heading's search for its number: blocks come in their
            // numbers' order (「システム」 … 「システム3 3」: the 3 is no number of the first).
            if let other = FormLayout.label(in: tokens, at: j) {
                if FormLabels.numberedBlocks.contains(joined), other.text.hasPrefixBytes(joined) { break }
                // Nor does a label's cell reach past a part's or a numbered section's heading
                // (「… 庁内連携 システム 4.特定個人情報ファイルの取扱いの委託 … ( 1 ) 件」: the
                // grid's cut name, no 「システム1」).
                if other.role == .part || (other.role == .section && other.text.first?.isNumber == true) { break }
                j += other.count
                continue
            }
            j += 1
        }
        guard pieces.count > 1, FormLayout.Builder.isLabel(joined) else { return nil }
        // The ※ of the label's cell, set apart after its last piece (「主な記録」 … 「項目 ※」).
        if let last = pieces.last, last + 1 < tokens.count, tokens[last + 1] == "※" { pieces.append(last + 1) }
        return pieces
    }

    /// A change log's date, whole or cut into pieces with other cells' words between them:
    /// where each piece stands.
    static func cutDate(_ tokens: [Substring], at i: Int) -> [Int]? {
        if EraDates.isDate(tokens[i]) { return [i] }
        guard EraDates.isDatePrefix(tokens[i]) else { return nil }
        var joined = String(tokens[i])
        var pieces = [i]
        var j = i + 1
        while j < min(i + 40, tokens.count), pieces.count < 4, !EraDates.isDate(Substring(joined)) {
            let candidate = joined + tokens[j]
            if tokens[j].count <= 6, EraDates.isDatePrefix(Substring(candidate)) || EraDates.isDate(Substring(candidate)) {
                joined = candidate
                pieces.append(j)
            }
            j += 1
        }
        return EraDates.isDate(Substring(joined)) ? pieces : nil
    }

    /// The words of the running header that opens most pages: a run of words that begins at
    /// least three pages and half of them, and is no label of the form.
    static func runningHeader(_ pages: [[Substring]]) -> [Substring] {
        guard pages.count >= 3 else { return [] }
        var best: [Substring] = []
        for n in 1...8 {
            var counts: [[Substring]: Int] = [:]
            for tokens in pages where tokens.count > n { counts[Array(tokens.prefix(n)), default: 0] += 1 }
            guard
                let (words, count) = counts.max(by: {
                    $0.value < $1.value || ($0.value == $1.value && $0.key.lexicographicallyPrecedes($1.key))
                }),
                count >= 3, count * 2 >= pages.count
            else { break }
            if FormLayout.label(in: words, at: 0) != nil || FormLayout.startsWithMark(String(words[0])) { break }
            if words.joined().count < 4 { continue }
            best = words
        }
        return best
    }

    /// Where a page's running header stands: among its first or last words (a reading order
    /// may put it after a short first line, as 項目一覧).
    static func headerPlace(_ header: [Substring], in tokens: ArraySlice<Substring>) -> Int? {
        guard !header.isEmpty, tokens.count > header.count else { return nil }
        let edge = 12
        let last = tokens.endIndex - header.count
        let places = Array(tokens.startIndex...min(last, tokens.startIndex + edge)) + Array(max(tokens.startIndex, last - edge)...last)
        return places.first { tokens[$0..<($0 + header.count)].elementsEqual(header) }
    }

    /// Whether page numbers stand at the pages' start or end: at the same edge of half the
    /// pages, at least two.
    static func pageNumberEdges(_ pages: [[Substring]], header: [Substring]) -> (start: Bool, end: Bool) {
        let bodies = pages.map { $0.starts(with: header) ? Array($0.dropFirst(header.count)) : $0 }
        let starts = bodies.filter { pageNumberSpan($0, atEnd: false) != nil }.count
        let ends = bodies.filter { pageNumberSpan($0, atEnd: true) != nil }.count
        func enough(_ n: Int) -> Bool { n >= 2 && n * 2 >= pages.count }
        return (enough(starts), enough(ends))
    }

    /// A page whose number reading order set among its words (「… 基礎項目評価書 1/4 …」, the
    /// number at the top beside the title): where the pages' edges show their numbers, a page
    /// without one at an edge loses the words that spell its own number, the one after the page
    /// before's, in a form no text takes for its own (「3/12」, 「- 3 -」; not a bare 「3」, nor 「(3)」
    /// but before a grid's mark, nor a bare 「3」 but between a value and a label).
    static func withoutInnerPageNumbers(_ bodies: [[Substring]], edgeNumbers: [Int?]) -> [[Substring]] {
        func distinct(_ words: ArraySlice<Substring>) -> Bool {
            let text = words.joined()
            return text.containsBytes("/") || (text.hasPrefixBytes("-") && text.hasSuffix("-"))
        }
        var out = bodies
        let numbered = edgeNumbers.indices.filter { edgeNumbers[$0] != nil }
        for i in out.indices where edgeNumbers[i] == nil {
            // Counted from the nearest page whose edge shows its number.
            guard let j = numbered.min(by: { abs($0 - i) < abs($1 - i) }), let at = edgeNumbers[j] else { continue }
            let expected = at + (i - j)
            var k = 0
            search: while k < out[i].count {
                for n in [3, 2, 1] where k + n <= out[i].count {
                    let words = out[i][k..<(k + n)]
                    // 「(7)」 is a number text takes too, save before a grid's mark: reading order
                    // set the page's number between its grid's rows (「… 拠 (7) □ 専用線 …」).
                    let beforeMark =
                        n == 1 && words.first!.hasPrefixBytes("(") && k + 1 < out[i].count
                        && FormLayout.mayBeginMark(out[i][k + 1])
                    if distinct(words) || beforeMark || betweenValueAndLabel(out[i], at: k, count: n), pageNumberValue(words) == expected {
                        out[i].removeSubrange(k..<(k + n))
                        break search
                    }
                }
                k += 1
            }
        }
        return out
    }

    /// A bare number between a value and the next label of the form (「評価書名 … 事務 1 個人の
    /// プライバシー等の権利利益の保護の宣言」: the number at the top of the page, set after the
    /// name beside it): no label's value ends in a number of its own after a space, save a
    /// label's (評価書番号's 「36」 after its label, 「システム 1」).
    static func betweenValueAndLabel(_ tokens: [Substring], at k: Int, count n: Int) -> Bool {
        guard n == 1, k >= 1, k + 1 < tokens.count, FormLayout.isBareNumber(tokens[k]),
            FormLayout.label(in: tokens, at: k + 1) != nil
        else { return false }
        // The word before is a value's, no label's nor a label's end.
        for start in max(0, k - 3)..<k {
            if let label = FormLayout.label(in: tokens, at: start), start + label.count >= k { return false }
        }
        return true
    }

    /// A page numbered 「k/N」 (N the count of pages, k its own place) is so numbered wherever
    /// reading order set the number (「… 基礎項目評価書 1/3 個人のプライバシー…」 on page 1, 「2/3」 at
    /// page 2's end, 「3/3」 at page 3's start): the number says which page it is. Removed where
    /// two pages or more hold theirs.
    static func withoutPageFractions(_ bodies: [[Substring]]) -> [[Substring]] {
        guard bodies.count >= 2 else { return bodies }
        let found = bodies.indices.map { i -> Range<Int>? in
            let number = "\(i + 1)/\(bodies.count)"
            for k in bodies[i].indices {
                for n in [1, 2, 3] where k + n <= bodies[i].count && bodies[i][k..<(k + n)].joined() == number {
                    return k..<(k + n)
                }
            }
            return nil
        }
        guard found.compactMap({ $0 }).count >= 2 else { return bodies }
        var out = bodies
        for i in out.indices { if let span = found[i] { out[i].removeSubrange(span) } }
        return out
    }

    /// The number a page number's words give (「3 / 12」 → 3); nil when they are none.
    static func pageNumberValue(_ words: some Collection<Substring>) -> Int? {
        let text = words.joined(separator: " ")
        guard FormLayout.isPageNumber(text) else { return nil }
        return Int(String(text.drop { !$0.isNumber }.prefix { $0.isNumber }))
    }

    /// Whether every line of the text (three or more) begins, or every one ends, with the
    /// next page's number (「… 事務 4」, then 「… 5」): each line is a page, however short (a
    /// short document's pages, 項目一覧's).
    static func numbersPages(_ raw: [Substring]) -> Bool {
        let lines = raw.filter { !$0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0C } }
        guard lines.count >= 3 else { return false }
        func consecutive(atEnd: Bool) -> Bool {
            var expected: Int?
            for line in lines {
                // Most texts fail at their first lines, on a byte: a page number ends (begins)
                // with a digit, 「)」 or 「-」.
                let trimmed = line.utf8.drop { $0 == 0x20 || $0 == 0x0C }
                guard let edge = atEnd ? trimmed.reversed().first(where: { $0 != 0x20 }) : trimmed.first,
                    (0x30...0x39).contains(edge) || edge == 0x29 || edge == 0x2D || edge == 0x28
                else { return false }
                let tokens = FormLayout.tokens(CleanLine(number: 0, raw: line).text)
                guard let n = pageNumberSpan(tokens, atEnd: atEnd),
                    let value = pageNumberValue(atEnd ? tokens.suffix(n) : tokens.prefix(n)), expected.map({ $0 == value }) ?? true
                else { return false }
                expected = value + 1
            }
            return true
        }
        return consecutive(atEnd: true) || consecutive(atEnd: false)
    }

    /// How many words at the start or end of a page are its number: 「3」, 「(3)」, 「- 3 -」,
    /// 「3 / 12」, 「3/12」.
    static func pageNumberSpan(_ tokens: [Substring], atEnd: Bool) -> Int? {
        for n in [3, 2, 1] where tokens.count > n {
            let words = atEnd ? tokens.suffix(n) : tokens.prefix(n)
            if FormLayout.isPageNumber(words.joined(separator: " ")) { return n }
        }
        return nil
    }
}
