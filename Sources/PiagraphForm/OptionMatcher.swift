import PiagraphMessages
import PiagraphModel
import PiagraphText

/// An option of a known group after matching, with its resolved state.
package struct MatchedOption {
    package var name: String
    package var checked: Bool?
    package var detail: String?
    /// The label text after the name and its parenthesis, e.g. `(2) 件`.
    package var rest: String
}

package enum OptionMatcher {
    /// Matches scanned options to the form's option names (first occurrence wins, as when a
    /// grid is repeated on one line), resolves their marks together and reports what is
    /// missing or unrecognised.
    package static func match(
        _ options: [RawOption], canonical: [String], line: Int, group: FormPlace,
        diagnostics: inout [Diagnostic]
    ) -> [MatchedOption] {
        let options = rejoinWrapped(options, canonical: canonical)
        var found: [(mark: RawMark, detail: String?, rest: String)?] = Array(repeating: nil, count: canonical.count)
        var unrecognised: [String] = []
        // A name other groups print too, twice with different marks (a neighbouring group's
        // その他 read into this one): which is this group's cannot be told, so neither is read.
        // Another name printed twice, once selected and once not, where the group's list is not
        // printed again whole: two systems' grids whose columns reading order interleaves
        // (「□ 税務システム」 … 「■ 税務システム」), neither read either. A list printed again
        // whole keeps its first printing's marks (a grid printed twice).
        // Printed twice with the same mark but other text in its parentheses: the state holds,
        // whose text is this group's cannot be told (a grid printed twice repeats its text too).
        var conflicting: Set<Int> = []
        var detailConflicting: Set<Int> = []
        var selectedAndNot: Set<Int> = []
        var order: [Int] = []
        // A name this group shares with another, printed once, right after one of that group's
        // options: the two grids ran together (reading order, a flattened page), and the name may
        // close the other's list as well as belong to this one — whose it is cannot be told.
        // Printed twice with one mark, its state holds whichever printing is this group's.
        var interleaved: Set<Int> = []
        var printings = Array(repeating: 0, count: canonical.count)
        // The label just before when it is none of this group's (looked up in the other groups'
        // lists only when a shared name follows it).
        var after: String?
        for option in options {
            guard let (index, remainder, alias) = canonicalIndex(option.label, canonical: canonical) else {
                if !option.label.isEmpty { unrecognised.append(option.label) }
                after = option.label
                continue
            }
            if let before = after, FormOptions.shared.contains(canonical[index]),
                otherGroups(before, besides: canonical).contains(canonical[index])
            {
                interleaved.insert(index)
            }
            after = nil
            printings[index] += 1
            order.append(index)
            if let first = found[index] {
                if first.mark != option.mark, FormOptions.shared.contains(canonical[index]) { conflicting.insert(index) }
                if first.mark.selects != option.mark.selects { selectedAndNot.insert(index) }
                let detail = parenthesised(remainder).0
                func compact(_ s: String?) -> String { (s ?? "").filter { $0 != " " } }
                if compact(first.detail) != compact(detail) { detailConflicting.insert(index) }
                continue
            }
            if let alias {
                diagnostics.append(
                    Diagnostic(
                        .note, .nameVariant, line: line,
                        .nameVariant(group: group, printed: alias, option: canonical[index])))
            }
            let (detail, rest) = checkedDetail(
                remainder, group: group, option: canonical[index], line: line, diagnostics: &diagnostics)
            found[index] = (option.mark, detail, rest)
            // Another group's option run into this one's text behind a mark no glyph reads
            // (「情報提供ネットワークシス テム [ ) ] 民間事業者」): a shared name after it follows that
            // group's option.
            if let last = rest.split(separator: " ").last, canonicalIndex(String(last), canonical: canonical) == nil,
                !otherGroups(String(last), besides: canonical).isEmpty
            {
                after = String(last)
            }
        }
        if !selectedAndNot.isEmpty, !printedAgainWhole(order) { conflicting.formUnion(selectedAndNot) }
        interleaved = interleaved.filter { printings[$0] == 1 }
        if !unrecognised.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .note, .optionUnrecognised, line: line,
                    .optionUnrecognised(group: group, texts: unrecognised)))
        }
        if !conflicting.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .optionConflict, line: line,
                    .optionConflictMarks(group: group, options: conflicting.sorted().map { canonical[$0] })))
        }
        if !interleaved.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .optionConflict, line: line,
                    .optionAfterOtherGroup(group: group, options: interleaved.sorted().map { canonical[$0] })))
            conflicting.formUnion(interleaved)
        }
        detailConflicting.subtract(conflicting)
        if !detailConflicting.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .optionConflict, line: line,
                    .optionConflictDetail(group: group, options: detailConflicting.sorted().map { canonical[$0] })))
        }
        let presentIndices = canonical.indices.filter { found[$0] != nil }
        let resolved = MarkResolver.resolve(
            presentIndices.map { found[$0]!.mark }, names: presentIndices.map { canonical[$0] },
            line: line, group: group)
        diagnostics.append(contentsOf: resolved.diagnostics)
        var result: [MatchedOption] = []
        result.reserveCapacity(canonical.count)
        var missing: [String] = []
        var k = 0
        for (index, name) in canonical.enumerated() {
            if let entry = found[index] {
                let conflict = conflicting.contains(index)
                result.append(
                    MatchedOption(
                        name: name, checked: conflict ? nil : resolved.states[k],
                        detail: conflict || detailConflicting.contains(index) ? nil : entry.detail, rest: entry.rest))
                k += 1
            } else {
                missing.append(name)
                result.append(MatchedOption(name: name, checked: nil, detail: nil, rest: ""))
            }
        }
        if !missing.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .optionMissing, line: line,
                    .optionMissing(group: group, options: missing)))
        }
        return result
    }

    /// The names of the other groups that print an option the label names (empty when it names
    /// none of theirs).
    private static func otherGroups(_ label: String, besides canonical: [String]) -> [String] {
        guard !label.isEmpty else { return [] }
        return FormOptions.lists.filter { $0 != canonical && canonicalIndex(label, canonical: $0) != nil }.flatMap { $0 }
    }

    /// Whether the options from the first repeated name on name every option printed before
    /// it: the list printed a second time, whole.
    static func printedAgainWhole(_ order: [Int]) -> Bool {
        var seen: Set<Int> = []
        for (k, index) in order.enumerated() {
            if seen.contains(index) { return seen.isSubset(of: Set(order[k...])) }
            seen.insert(index)
        }
        return false
    }

    /// The form's options that the printed options name (indices into `canonical`).
    package static func named(_ options: [RawOption], canonical: [String]) -> Set<Int> {
        Set(rejoinWrapped(options, canonical: canonical).compactMap { canonicalIndex($0.label, canonical: canonical)?.0 })
    }

    /// A grid of options whose names wrapped inside their cells, read line by line, gives each
    /// name's second half after the last option of its printed row, in the grid's column order
    /// (「[ ] 情報提供ネットワ [ ] 庁内連携 [ ] 住民基本台帳ネッ ークシステム システム トワーク
    /// システム」). A piece outside parentheses goes back to the first option before it whose
    /// name it continues into one of the group's names (or the beginning of one), its own
    /// option first; nothing is moved that does not spell a name of the form. Inside an open
    /// parenthesis (the detail beside the wrapped name, its own text wrapped on the same line)
    /// only a piece that finishes a cut name is moved, and the detail's two sides of the wrap
    /// are joined again (「( サービス検索・電 ム 子申請機能 )」 after 「情報提供ネットワークシステ」).
    package static func rejoinWrapped(_ options: [RawOption], canonical: [String]) -> [RawOption] {
        guard options.contains(where: { $0.label.utf8.contains(0x20) }) else { return options }
        let names = canonical + FormOptions.aliases.keys.filter { canonical.contains(FormOptions.aliases[$0]!) }
        // Compared on UTF-8 bytes: the names and the text are normalized alike (NFKC).
        let whole = Set(names)
        func begins(_ text: String) -> Bool { names.contains { $0.hasPrefixBytes(text) } }
        func complete(_ text: String) -> Bool { whole.contains(text) }
        func cut(_ j: Int, _ heads: [String], _ rests: [[String]]) -> Bool { !complete(heads[j]) && rests[j].isEmpty }
        var heads: [String] = []
        var rests: [[String]] = []
        var moved = false
        for option in options {
            let pieces = option.label.split(separator: " ").map(String.init)
            heads.append(pieces.first ?? "")
            rests.append([])
            var depth = 0
            var wrapped = false
            // The option a name's second half went back to: the detail printed right after that
            // half is its own, in the same cell (「署 ( 市民課 )   人等 ( 日本年金機構等 )」).
            var detailOwner: Int?
            for piece in pieces.dropFirst() {
                let open = depth > 0
                depth += piece.filter { $0 == "(" }.count - piece.filter { $0 == ")" }.count
                let i = heads.count - 1
                // A piece that finishes a cut name, this option's own too, is that name's rest,
                // not the words of the detail it stands among (「[ ] 行政機関・独 署 ( 市民局…区
                // 立行政法人等 政推進課 )」: two columns' wrapped cells interleaved).
                if let owner = detailOwner, open, !piece.contains("("), !piece.contains(")"),
                    let j = heads.indices.first(where: { $0 != owner && cut($0, heads, rests) && complete(heads[$0] + piece) })
                {
                    heads[j] += piece
                    moved = true
                    continue
                }
                if let owner = detailOwner, open || piece.hasPrefix("(") {
                    rests[owner].append(piece)
                    if depth <= 0 { detailOwner = nil }
                    continue
                }
                detailOwner = nil
                // The rest of this option's cut name after a detail: the detail stood under the
                // option before, whose name is whole and has none (「[ ] 評価実施機関内の他部署 [ ]
                // 行政機関・独立行政法人」 over 「( 市民課 市民税課 )   等 ( 日本年金機構等 )」).
                if !open, !piece.contains("("), !piece.contains(")"), !complete(heads[i]), begins(heads[i] + piece),
                    i > 0, rests[i - 1].isEmpty, complete(heads[i - 1]), rests[i].first == "(", rests[i].last == ")",
                    rests[i].filter({ $0.contains("(") }).count == 1
                {
                    rests[i - 1] = rests[i]
                    rests[i] = []
                    heads[i] += piece
                    moved = true
                    detailOwner = i
                    continue
                }
                if !open, !piece.contains("("), rests[i].isEmpty, !complete(heads[i]), begins(heads[i] + piece) {
                    heads[i] += piece
                    continue
                }
                if !open, !piece.contains("("),
                    let j = heads.indices.dropLast().first(where: { cut($0, heads, rests) && begins(heads[$0] + piece) })
                {
                    heads[j] += piece
                    moved = true
                    detailOwner = j
                    continue
                }
                if open, !piece.contains("("), !piece.contains(")"),
                    let j = heads.indices.dropLast().first(where: { cut($0, heads, rests) && complete(heads[$0] + piece) })
                {
                    heads[j] += piece
                    moved = true
                    wrapped = true
                    continue
                }
                // Or goes on with one, its rest to come (「[ ] 地方公共団 … ( 体・地方独立行政 予防接種
                // 協力医療 法人 機関 )」).
                if open, !piece.contains("("), !piece.contains(")"),
                    let j = heads.indices.dropLast().first(where: { cut($0, heads, rests) && begins(heads[$0] + piece) })
                {
                    heads[j] += piece
                    moved = true
                    continue
                }
                if wrapped, let last = rests[i].last, last != "(", piece != ")", !(last.last?.isASCII ?? true),
                    !(piece.first?.isASCII ?? true)
                {
                    rests[i][rests[i].count - 1] = last + piece
                } else {
                    rests[i].append(piece)
                }
                wrapped = false
            }
        }
        guard moved else { return options }
        return options.indices.map { k in
            RawOption(mark: options[k].mark, label: ([heads[k]] + rests[k]).joined(separator: " "))
        }
    }

    /// Characters a cut option name needs to be read as the one option it begins.
    package static let minimumCutName = 5

    /// The longest form option the label starts with (or a known variant of one).
    private static func canonicalIndex(_ label: String, canonical: [String]) -> (Int, Substring, String?)? {
        var best: Int?
        var bestLength = 0
        for (index, name) in canonical.enumerated() where name.utf8.count > bestLength && label.hasPrefixBytes(name) {
            best = index
            bestLength = name.utf8.count
        }
        if let best {
            let rest = label.utf8.index(label.utf8.startIndex, offsetBy: bestLength)
            return (best, label[rest...], nil)
        }
        for (variant, name) in FormOptions.aliases where label.hasPrefixBytes(variant) {
            guard let index = canonical.firstIndex(of: name) else { continue }
            let rest = label.utf8.index(label.utf8.startIndex, offsetBy: variant.utf8.count)
            return (index, label[rest...], variant)
        }
        // A name cut where a narrow grid cell wrapped (「情報提供ネットワークシステ」 + 「ム」 on
        // the next line, the rest sometimes glued on): the beginning of exactly one of the group's
        // names, long enough to say so.
        guard let initial = label.unicodeScalars.first, canonical.contains(where: { $0.unicodeScalars.first == initial }) else {
            return nil
        }
        let word = Array(label.prefix { $0 != " " })
        var cutMatch: (index: Int, length: Int)?
        var tie = false
        for (index, name) in canonical.enumerated() {
            let length = zip(word, name).prefix { $0 == $1 }.count
            if length > (cutMatch?.length ?? 0) {
                cutMatch = (index, length)
                tie = false
            } else if length == cutMatch?.length {
                tie = true
            }
        }
        if let cutMatch, cutMatch.length >= minimumCutName, !tie {
            let cut = String(word[..<cutMatch.length])
            let rest = label.index(label.startIndex, offsetBy: word.count)
            return (cutMatch.index, label[rest...], cut)
        }
        return nil
    }

    /// An option's text in its parentheses, when it can be only its own: nil, with a diagnostic,
    /// when the parenthesis never closes (a grid's wrapped line read into the next row: what it
    /// holds may be only its start), or when a parenthesis set apart 「( … )」 as the grid sets it
    /// holds another set apart (the text's own are not: it is another option's, a wrapped grid
    /// column, run into this one).
    package static func checkedDetail(
        _ remainder: Substring, group: FormPlace, option: String, line: Int, diagnostics: inout [Diagnostic]
    ) -> (detail: String?, rest: String) {
        let parsed = parenthesisedText(remainder)
        guard let detail = parsed.detail else { return (nil, parsed.rest) }
        if !parsed.closed {
            diagnostics.append(
                Diagnostic(.warning, .valueUnreadable, line: line, .detailUnclosed(group: group, option: option, text: detail)))
            return (nil, parsed.rest)
        }
        // Inside, a parenthesis set apart on its inner side 「( 」「 )」 is the grid's, not the text's;
        // so is a second one right after it (「( 市民課 ) ( 日本年金機構等 )」: the details of two
        // columns' options wrapped onto one line, which is whose the text cannot tell). A text
        // that opens with a grid's parenthesis (「(( 市民局…、財政局税 デジタル庁 )務部市民税課 )」:
        // reading order set the next column's detail inside this one's) is another's run in.
        if parsed.spaced && (detail.containsBytes("( ") || detail.containsBytes(" )") || parsed.rest.hasPrefixBytes("( "))
            || detail.hasPrefixBytes("( ")
        {
            diagnostics.append(Diagnostic(.warning, .valueUnreadable, line: line, .detailMixed(group: group, option: option, text: detail)))
            return (nil, parsed.rest)
        }
        return (detail, parsed.rest)
    }

    /// `(text) rest` → ("text", "rest"); empty parentheses give nil. Nested parentheses stay in the detail.
    package static func parenthesised(_ remainder: Substring) -> (String?, String) {
        let (detail, rest, _, _) = parenthesisedText(remainder)
        return (detail, rest)
    }

    /// As `parenthesised`, and whether the parenthesis it opens is closed: an unclosed one holds
    /// what follows it to the end, which may be only the start of the text.
    /// `spaced`: the parenthesis is set apart from its text 「( … )」, as a printed grid sets it.
    package static func parenthesisedText(_ remainder: Substring) -> (detail: String?, rest: String, closed: Bool, spaced: Bool) {
        let trimmed = String(remainder).trimmingSpaces
        guard trimmed.hasPrefixBytes("(") else { return (nil, trimmed, true, false) }
        let spaced = trimmed.hasPrefixBytes("( ")
        var depth = 0
        var end: String.Index?
        for i in trimmed.indices {
            if trimmed[i] == "(" { depth += 1 }
            if trimmed[i] == ")" {
                depth -= 1
                if depth == 0 {
                    end = i
                    break
                }
            }
        }
        guard let end else {
            let inner = String(trimmed.dropFirst()).trimmingSpaces
            return (inner.isEmpty ? nil : inner, "", false, spaced)
        }
        let inner = String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]).trimmingSpaces
        let rest = String(trimmed[trimmed.index(after: end)...]).trimmingSpaces
        return (inner.isEmpty ? nil : inner, rest, true, spaced)
    }
}
