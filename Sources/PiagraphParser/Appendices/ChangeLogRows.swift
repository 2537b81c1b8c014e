import PiagraphMessages
import PiagraphModel
import PiagraphText

extension ParserState {
    static let changeLogItemWords = [
        "I", "V", "表紙", "(別添", "別添", "全体", "前記", "評価書番号", "評価書名", "評価実施機関名",
        "公表日", "特記事項",
    ]

    /// (別添2) 変更箇所: a line of the change log, its cells gathered into rows by their dates.
    mutating func readHistory(_ line: CleanLine) {
        var cells = line.cells
        if cells.first == "変更日" {
            historyHeaderSeen = true
            historyFields = Self.historyFields(header: cells)
            return
        }
        if let fields = historyFields, cells.count <= fields.count {
            // Cells of one field joined: the columns a header left unnamed are the next named
            // column's (its name is centred, the column begins to the left of it).
            var joined = Array(repeating: "", count: Self.historyHeader.count)
            for (i, text) in cells.enumerated() where !text.isEmpty {
                let f = fields[i]
                joined[f] = joined[f].isEmpty ? text : joined[f] + " " + text
            }
            cells = joined
        }
        let filled = cells.filter { !$0.isEmpty }
        if !filled.isEmpty, filled.allSatisfy({ $0.allSatisfy { $0 == "-" } }) { return }
        func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
        // A row is dated: a first cell that holds no date is not one (a table whose cells
        // stand one character a line, a header cut over lines), nor one that holds several
        // (rows run together into one line). Never a row made of it.
        if !cell(0).isEmpty, !EraDates.isDate(Substring(cell(0))), EraDates.all(in: cell(0)).count != 1 {
            undatedHistoryLines.append(line.number)
            return
        }
        // 提出時期 is 事前 or 事後; a cell holding both (two rows' cells run together) or
        // neither is unknown, never one of them picked.
        let timingCell = cell(4)
        let bare = timingCell.filter { $0 != " " }
        let timing = bare == "事前" || bare == "事後" ? bare : nil
        if timing == nil, !timingCell.isEmpty {
            diag(.warning, .valueUnreadable, line.number, .timingUnreadable(cell: timingCell))
        }
        assessment.history.append(
            HistoryRow(
                date: cell(0), item: cell(1), before: cell(2), after: cell(3),
                timing: timing, reason: cell(5), line: line.number))
    }

    static let historyHeader = ["変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明"]

    /// Each header cell's field, when the header names every field in order with unnamed
    /// cells among them (a PDF's columns split where a field's text has a gap); else nil.
    static func historyFields(header: [String]) -> [Int]? {
        let named = header.enumerated().filter { !$0.element.isEmpty }
        guard header.count > historyHeader.count, named.map(\.element) == historyHeader else { return nil }
        // An unnamed cell goes with the next named one; after the last, with the last.
        return header.indices.map { i in named.firstIndex { $0.offset >= i } ?? historyHeader.count - 1 }
    }

    /// A change log without cell boundaries (a PDF's text, a flattened page): a row begins at
    /// a date that starts a line or is followed by an item reference (`III-3`, `表紙`); 事前 or
    /// 事後 ends its cells. The cells between cannot be told apart, so the row's text stays in
    /// `item` and a diagnostic says so.
    mutating func flushHistoryText(asCells: Bool) {
        defer { historyText.removeAll() }
        guard !historyText.isEmpty else { return }
        if asCells {
            for (number, text, _) in historyText { readHistory(CleanLine(number: number, cells: [text])) }
            return
        }
        struct Token {
            var text: Substring
            var line: Int
            var startsLine: Bool
            var dated: Bool
        }
        var tokens: [Token] = []
        for (number, text, dated) in historyText {
            for (k, t) in text.split(separator: " ").enumerated() {
                tokens.append(Token(text: t, line: number, startsLine: k == 0, dated: dated && k == 0))
            }
        }
        // A date its narrow cell cut over lines (「令和3年10」 over 「月26日」) is one date again:
        // the pieces that begin the next lines are joined while they still spell a date.
        var k = 0
        while k < tokens.count {
            if tokens[k].startsLine, EraDates.isDatePrefix(tokens[k].text) {
                var joined = String(tokens[k].text)
                var next = k + 1
                var taken: [Int] = []
                while next < tokens.count, taken.count < 3, !EraDates.isDate(Substring(joined)) {
                    guard let start = tokens[next...].firstIndex(where: { $0.startsLine }),
                        tokens[start].line - tokens[k].line <= taken.count + 2
                    else { break }
                    let candidate = joined + tokens[start].text
                    guard EraDates.isDatePrefix(Substring(candidate)) || EraDates.isDate(Substring(candidate)) else {
                        // Reading order may set another cell's line between the pieces (「令和4」
                        // 「年6月」, 「からの入手」, 「30日」): passed over once a piece is joined,
                        // unless it begins another date.
                        guard !taken.isEmpty, !JapaneseDate.beginsWithEra(tokens[start].text) else { break }
                        next = start + 1
                        continue
                    }
                    joined = candidate
                    taken.append(start)
                    next = start + 1
                }
                if EraDates.isDate(Substring(joined)) {
                    tokens[k].text = Substring(joined)
                    for t in taken.reversed() {
                        // The rest of a continuation line begins it no more.
                        if t + 1 < tokens.count, tokens[t + 1].line == tokens[t].line { tokens[t + 1].startsLine = true }
                        tokens.remove(at: t)
                    }
                }
            }
            k += 1
        }
        // The 項目 column cites a part of the form: a part (Ⅲ−3, (別添1)), the cover or one of its
        // labels, the whole, or 前記継続 (the row above, continued).
        func isItemReference(_ t: Substring) -> Bool {
            Self.changeLogItemWords.contains { t.hasPrefixBytes($0) }
        }
        func isTiming(_ k: Int) -> Bool { tokens[k].text == "事前" || tokens[k].text == "事後" }
        // A row's date is followed by its 項目. Two dates right after a row's item (the place of
        // the form it cites) and before its one 提出時期 are its 変更前 and 変更後 (a change of
        // 公表日), not two rows: rows' dates read as a column run on (「… 委託事項3 令和7年3月27日
        // 令和7年3月27日 … 法令等の改正」), a column of timings holds more than one (「… 令和7年3月27日
        // 令和7年3月27日 事後 事後」), and an item is no sentence: dates after 「…を行う。」 follow the
        // row's own 変更前 and 変更後 and are the next rows'.
        func isDateCell(_ k: Int, after start: Int) -> Bool {
            func date(_ i: Int) -> Bool { i < tokens.count && EraDates.isDate(tokens[i].text) }
            func timing(_ i: Int) -> Bool { i < tokens.count && isTiming(i) }
            let before = date(k + 1) && timing(k + 2) && !timing(k + 3) && k - 1 > start && !date(k - 1)
            let after = k - 1 > start && date(k - 1) && timing(k + 1) && !timing(k + 2)
            guard before || after, isItemReference(tokens[start + 1].text) else { return false }
            let between = (start + 1)..<k
            return !between.contains(where: isTiming) && between.contains { !EraDates.isDate(tokens[$0].text) }
                && !between.contains { tokens[$0].text.containsBytes("。") }
        }
        var starts: [Int] = []
        for (k, token) in tokens.enumerated() where EraDates.isDate(token.text) {
            let cited = k + 1 < tokens.count && isItemReference(tokens[k + 1].text)
            guard token.startsLine || cited else { continue }
            if !token.dated, !cited, let start = starts.last, isDateCell(k, after: start) { continue }
            starts.append(k)
        }
        // Reading order may give a few rows' left columns (dates, 項目, 変更前) before their right
        // ones (変更後, 提出時期), each column top to bottom: a run of dates followed by as many
        // timings pairs them in order. A run whose counts differ is read by the rules below (a
        // date in a cell's text, at a line's start, makes one more).
        // A row that continues the one above (its 項目 「前記継続」) may repeat its 提出時期 or
        // leave it blank: where a run begins with one (a page's first row, the row above cut by
        // the page's break) and its timings are one for each row but that one, the others take
        // them in order and the continuation has none. (Not where the run holds another
        // continuation or one among its rows: which of them printed a timing cannot be told.)
        var pairedTiming: [Int: Int] = [:]
        var pairedWithout: Set<Int> = []
        func continues(_ start: Int) -> Bool { start + 1 < tokens.count && tokens[start + 1].text.hasPrefixBytes("前記継続") }
        var first = 0
        while first < starts.count {
            var last = first
            while last + 1 < starts.count, !(starts[last] + 1..<starts[last + 1]).contains(where: isTiming) { last += 1 }
            let end = last + 1 < starts.count ? starts[last + 1] : tokens.count
            let found = (starts[last] + 1..<end).filter(isTiming)
            let run = starts[first...last]
            let own = run.filter { !continues($0) }
            // A timing printed on the line of a row's 項目 is that row's: a pairing that gives it
            // to another row is no pairing (a continuation's timing printed after the next row's
            // cells, 「IV 開示請求… 事後」 then 「【ガバメントクラウド…】 事前」).
            // (Only a line of one row's 項目: a flattened page's line holds them all.)
            func consistent(_ pairs: [(Int, Int)]) -> Bool {
                func itemLine(_ start: Int) -> Int? { start + 1 < tokens.count ? tokens[start + 1].line : nil }
                return pairs.allSatisfy { start, t in
                    !run.contains { other in
                        other != start && itemLine(other) == tokens[t].line
                            && !run.contains { $0 != other && itemLine($0) == tokens[t].line }
                    }
                }
            }
            if last > first, found.count == run.count, consistent(Array(zip(run, found))) {
                for (start, t) in zip(run, found) { pairedTiming[start] = t }
            } else if last > first, !found.isEmpty, found.count == own.count, run.count - own.count == 1, continues(run[first]),
                consistent(Array(zip(own, found)))
            {
                for (start, t) in zip(own, found) { pairedTiming[start] = t }
                pairedWithout.formUnion(run.filter(continues))
            }
            first = last + 1
        }
        // A date cell inside a row (変更前 令和6年3月1日) is no new row: each row has one timing.
        // When a row's date is followed by another date before any timing, the second is either
        // a cell of the row or the next row's date: the two are kept as one row, whose 提出時期
        // is then not known (it may be the next row's).
        var rows: [(start: Int, timing: Int?, merged: Bool)] = []
        for (n, start) in starts.enumerated() {
            if let timing = pairedTiming[start] {
                rows.append((start, timing, false))
                continue
            }
            if pairedWithout.contains(start) {
                rows.append((start, nil, false))
                continue
            }
            let end = n + 1 < starts.count ? starts[n + 1] : tokens.count
            let timing = (start + 1..<end).first(where: isTiming)
            let cited = start + 1 < tokens.count && isItemReference(tokens[start + 1].text)
            if let last = rows.last, last.timing == nil, pairedTiming[last.start] == nil, !pairedWithout.contains(last.start),
                !tokens[start].dated, !cited
            {
                rows[rows.count - 1].timing = timing
                rows[rows.count - 1].merged = true
            } else {
                rows.append((start, timing, false))
            }
        }
        // In reading order, a row without a 提出時期 after one with a 提出時期 cannot say whose it
        // is (the converter may have put the second row's cells before its date): both unknown.
        // Not a continuation its run's pairing read without one, after a row of one timing.
        func timings(before n: Int) -> Int {
            (rows[n - 1].start + 1..<rows[n].start).filter(isTiming).count
        }
        var ambiguous: [Int] = []
        for k in rows.indices.dropFirst()
        where rows[k].timing == nil && rows[k - 1].timing != nil && pairedTiming[rows[k - 1].start] == nil
            && !(pairedWithout.contains(rows[k].start) && timings(before: k) == 1)
            && !tokens[rows[k - 1].start].dated && !tokens[rows[k].start].dated
        {
            ambiguous.append(k - 1)
        }
        for k in ambiguous { rows[k].merged = true }
        for (n, row) in rows.enumerated() {
            let end = n + 1 < rows.count ? rows[n + 1].start : tokens.count
            // A paired row's timing may stand after the next rows' dates: its cells end there.
            let cellsEnd = min(row.timing ?? end, end)
            let item = tokens[(row.start + 1)..<cellsEnd].map(\.text).joined(separator: " ")
            let reason = row.timing.map { $0 < end ? tokens[($0 + 1)..<end].map(\.text).joined(separator: " ") : "" } ?? ""
            assessment.history.append(
                HistoryRow(
                    date: String(tokens[row.start].text), item: item, before: "", after: "",
                    timing: row.merged ? nil : row.timing.map { String(tokens[$0].text) }, reason: reason, line: tokens[row.start].line))
        }
        if rows.isEmpty, tokens.contains(where: { EraDates.isDate($0.text) || $0.text == "事前" || $0.text == "事後" }) {
            diag(
                .warning, .valueUnreadable, tokens.first?.line,
                .changeLogNoRows)
        }
        if !rows.isEmpty {
            diag(
                .note, .cellsMerged, rows.first.map { tokens[$0.start].line },
                .changeLogCellsMerged(rows: rows.count))
        }
        let merged = rows.filter(\.merged)
        if !merged.isEmpty {
            diag(
                .warning, .rowsMerged, tokens[merged[0].start].line,
                .changeLogRowsMerged(count: merged.count, lines: merged.map { tokens[$0.start].line }))
        }
    }
}
