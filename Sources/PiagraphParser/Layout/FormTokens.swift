import PiagraphForm
import PiagraphModel
import PiagraphText

/// The words of the form's text as the layout meets them: labels at a word's start, cut
/// labels, page furniture, marks, prose.
extension FormLayout {
    /// The text without a single space between an ASCII digit and a Japanese character, or after
    /// a Japanese comma or full stop (where a flattened line wrapped).
    static func joinDigits(_ text: String) -> String {
        // Most texts have no space to drop: found on bytes first, without building a new string.
        guard text.utf8.count > 2, text.utf8.contains(0x20) else { return text }
        let chars = Array(text.unicodeScalars)
        func japanese(_ c: Unicode.Scalar) -> Bool { (0x3040...0x30FF).contains(c.value) || (0x4E00...0x9FFF).contains(c.value) }
        func digit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
        var out = String.UnicodeScalarView()
        var dropped = false
        for (k, c) in chars.enumerated() {
            if c == " ", k > 0, k + 1 < chars.count,
                (digit(chars[k - 1]) && japanese(chars[k + 1])) || (japanese(chars[k - 1]) && digit(chars[k + 1]))
                    || ((chars[k - 1] == "、" || chars[k - 1] == "。") && japanese(chars[k + 1]))
            {
                dropped = true
                continue
            }
            out.append(c)
        }
        return dropped ? String(out) : text
    }

    /// A label found in text, with what follows it up to the next label.
    struct Segment {
        var label: String?
        var form: FormLabel?
        var role: LabelRole
        var value: [String]
    }

    // MARK: - Recognising labels

    /// The label that begins `tokens[i...]`, if any, and how many tokens it spans.
    static func label(in tokens: [Substring], at i: Int) -> (text: String, form: FormLabel?, role: LabelRole, count: Int)? {
        if let found = wordLabel(in: tokens, at: i) { return found }
        // Some PDF producers set the circled number apart (「① 事務の名称」) or a block's number
        // (「システム 1」): the two words read as one label.
        guard i + 1 < tokens.count else { return nil }
        let a = tokens[i]
        let b = tokens[i + 1]
        func digits(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.count <= 2 && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard digits(a) || (digits(b) && FormLabels.numberedBlocks.contains(String(a))) else { return nil }
        // A label spans a few words at most: only those are copied.
        let joined = [Substring(String(a) + String(b))] + tokens[(i + 2)..<min(i + 8, tokens.count)]
        guard let found = wordLabel(in: joined, at: 0) else { return nil }
        // Only a label the form prints with a circled number takes one set apart: 「31 評価書名」
        // is the cover's number before the next label.
        if digits(a), let key = found.form?.key, FormLabels.unnumbered.contains(key) { return nil }
        return (joined[0..<found.count].joined(separator: " "), found.form, found.role, found.count + 1)
    }

    private static func wordLabel(in tokens: [Substring], at i: Int) -> (text: String, form: FormLabel?, role: LabelRole, count: Int)? {
        let token = tokens[i]
        guard let first = token.unicodeScalars.first else { return nil }
        // Most words of a text are no label: they are ruled out by their first character
        // (after a circled number), without any further work.
        let utf8 = token.utf8
        var cursor = utf8.startIndex
        while cursor != utf8.endIndex, utf8[cursor] >= 0x30, utf8[cursor] <= 0x39 { cursor = utf8.index(after: cursor) }
        guard let head = token[cursor...].unicodeScalars.first, FormLabels.firstScalars.contains(head) else { return nil }
        if token.hasPrefixBytes(FormLabels.title) {
            // Its brackets and the kind between them, however a printing spaced them
            // (「特定個人情報保護評価書 ( 重点項目評価書 )」, 「…(重点項目評価書 )」): one label, or
            // the words after it are read as values of their own.
            var text = String(token)
            var k = i
            while k + 1 < tokens.count, k - i < 4,
                parenthesisBalance(text) > 0 || (text.utf8.count == FormLabels.title.utf8.count && tokens[k + 1].hasPrefixBytes("("))
            {
                k += 1
                text += tokens[k]
            }
            if parenthesisBalance(text) != 0 || k == i { return (String(token), nil, .title, 1) }
            return (text, nil, .title, k - i + 1)
        }
        // Part headings: `II 特定個人情報ファイルの概要`, `(別添2) 変更箇所`, possibly split into tokens.
        if first == "I" || first == "V" || first == "(" || token.utf8.elementsEqual("項目一覧".utf8) {
            var joined = ""
            for k in i..<min(i + 4, tokens.count) {
                joined += tokens[k]
                for entry in FormLabels.parts
                where joined.utf8.elementsEqual(entry.key.utf8) || (joined.hasPrefixBytes(entry.key) && entry.key.hasSuffix("請求")) {
                    return (tokens[i...k].joined(separator: " "), nil, .part, k - i + 1)
                }
            }
        }
        // `3.特定個人情報ファイル名`: a numbered section heading.
        let digits = token[..<cursor]
        if !digits.isEmpty, digits.count <= 2 {
            let rest = token.dropFirst(digits.count)
            if rest.hasPrefixBytes(".") {
                var title = rest.dropFirst()
                var span = 1
                if title.isEmpty, i + 1 < tokens.count {
                    title = tokens[i + 1]
                    span = 2
                }
                if FormLabels.sections.contains(where: { title.hasPrefixBytes($0) }) {
                    return (tokens[i..<(i + span)].joined(separator: " "), nil, .section, span)
                }
                return nil
            }
        }
        // システム3, 委託事項1, 提供先2, システム2~5.
        for block in FormLabels.numberedBlocks where token.hasPrefixBytes(block) {
            let rest = token.dropFirst(block.count)
            if let d = rest.first, d.isASCII, d.isNumber { return (String(token), nil, .section, 1) }
        }
        // Row labels, with their circled number (now digits) or without.
        let key = token.dropFirst(digits.count)
        guard let head = key.first, let candidates = FormLabels.rowIndex[head] else { return nil }
        for form in candidates {
            if form.needsNumber && digits.isEmpty { continue }
            if let number = form.number, number != digits { continue }
            var k = i
            if key.utf8.count >= form.key.utf8.count {
                guard key.utf8.elementsEqual(form.key.utf8) else { continue }
            } else {
                // A label may be split into tokens by the converter (`個人情報保護委員会 承認日`).
                guard form.key.utf8.starts(with: key.utf8) else { continue }
                var joined = String(key)
                while joined.utf8.count < form.key.utf8.count, form.key.hasPrefixBytes(joined), k + 1 < tokens.count {
                    k += 1
                    joined += tokens[k]
                }
                guard joined.utf8.elementsEqual(form.key.utf8) else { continue }
            }
            var end = k
            if end + 1 < tokens.count, tokens[end + 1] == "※" { end += 1 }
            // A label the converter cut into words (「1システムの 名称」) is one word again.
            return (tokens[i...k].joined(), form, .row, end - i + 1)
        }
        return nil
    }

    /// Whether `text` is the beginning of a row label cut by a narrow cell (`1システムの`).
    /// `loose`: as short as a cell cuts it (「1事」, 「評価」), for pieces that are joined only when
    /// they go on to spell a whole label.
    static func labelPrefix(_ text: Substring, loose: Bool = false) -> Bool {
        // The longest label is some twenty characters: a longer cell is no cut label. Compared
        // on bytes: this runs on the first word of every line.
        let utf8 = text.utf8
        guard utf8.count <= 72 else { return false }
        var cursor = utf8.startIndex
        while cursor != utf8.endIndex, utf8[cursor] >= 0x30, utf8[cursor] <= 0x39 { cursor = utf8.index(after: cursor) }
        let numbered = cursor != utf8.startIndex
        let key = text[cursor...]
        guard let head = key.unicodeScalars.first, FormLabels.firstScalars.contains(head) else { return false }
        // Without its number, a cut label must be long enough not to be ordinary text.
        let length = key.unicodeScalars.count
        guard length >= (loose ? (numbered ? 1 : 2) : (numbered ? 2 : 4)), let candidates = FormLabels.rowIndex[Character(head)] else {
            return false
        }
        if candidates.contains(where: {
            $0.key.utf8.count > key.utf8.count && $0.key.utf8.starts(with: key.utf8) && !(!numbered && $0.needsNumber)
        }) {
            return true
        }
        // A numbered block's heading cut inside its name (「委託事」 「項1」), its number after it.
        guard loose, !numbered, FormLabels.blockFirstScalars.contains(head) else { return false }
        return FormLabels.numberedBlocks.contains { $0.utf8.count > key.utf8.count && $0.utf8.starts(with: key.utf8) }
    }

    static func isBareNumber(_ token: Substring) -> Bool {
        !token.isEmpty && token.count <= 4 && token.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Sentence text, a bullet or a bracket: not part of a short name.
    /// A 。 inside parentheses ends no sentence (「児童手当(特例給付を含む。)の支給」), and a run of
    /// glyphs is a name's placeholder (「○○市長」), not a mark.
    static func isProse(_ token: Substring) -> Bool {
        if token.containsBytes("、") || token.containsBytes("「") { return true }
        if token.containsBytes("。") {
            var depth = 0
            for c in token.unicodeScalars {
                if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if c == "。", depth == 0 { return true }
            }
        }
        let scalars = token.unicodeScalars
        guard let first = scalars.first else { return true }
        if MarkGlyphs.isGlyph(first) { return !(scalars.dropFirst().first.map(MarkGlyphs.isGlyph) ?? false) }
        return "・◆【<(※*[-―-".unicodeScalars.contains(first) || MarkSentinel.isSentinel(first)
    }

    /// Whether a word can begin a mark at all (a glyph or a bracket): most words cannot.
    static func mayBeginMark(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first == "[" || MarkGlyphs.isGlyph(first) || MarkSentinel.isSentinel(first)
    }

    /// The parentheses `text` opens less those it closes (negative where it closes more).
    static func parenthesisBalance(_ text: some StringProtocol) -> Int {
        // On bytes: ASCII parentheses never stand inside a longer UTF-8 sequence.
        var balance = 0
        for b in text.utf8 {
            if b == 0x28 { balance += 1 } else if b == 0x29 { balance -= 1 }
        }
        return balance
    }

    static func startsWithMark(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if MarkSentinel.isSentinel(first) { return true }
        guard first == "[" || MarkGlyphs.isGlyph(first) else { return false }
        let scanned = OptionScanner.scan(text)
        return !scanned.options.isEmpty && scanned.prefix.isEmpty
    }

    /// Page furniture: a page number, a viewer site's own lines.
    static func isFurniture(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.count <= 12 {
            if text == "※" { return true }
            if isPageNumber(text) { return true }
        }
        guard let first = bytes.first, FormLabels.viewerFirstBytes.contains(first) else { return false }
        return FormLabels.viewerLines.contains { text.hasPrefixBytes($0) }
    }

    /// A page number as a text layer gives it, whatever spaces stand inside: 「3」, 「(3)」,
    /// 「- 3 -」, 「3 / 12」 (at most four digits a number). The one shape the text readings drop
    /// as page furniture.
    static func isPageNumber(_ text: some StringProtocol) -> Bool {
        // Spaces may stand around the number's marks, never between two of its digits: 「1/3 7」 is
        // a page number and another number.
        var last: UInt8 = 0
        var spaced = false
        for byte in text.utf8 {
            if byte == 0x20 {
                spaced = true
                continue
            }
            if spaced, byte >= 0x30, byte <= 0x39, last >= 0x30, last <= 0x39 { return false }
            last = byte
            spaced = false
        }
        let compact = text.utf8.filter { $0 != 0x20 }
        guard !compact.isEmpty, compact.count <= 12 else { return false }
        func digits(_ run: ArraySlice<UInt8>) -> Bool { !run.isEmpty && run.count <= 4 && run.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        let all = compact[...]
        if compact.first == 0x28, compact.last == 0x29 { return digits(all.dropFirst().dropLast()) }
        let halves = all.split(separator: 0x2F, omittingEmptySubsequences: false)
        if halves.count == 2 { return digits(halves[0]) && digits(halves[1]) }
        let count = compact.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        return count > 0 && count <= 4 && compact.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Whether any word of the text begins (after digits) with a character a label can begin
    /// with: a scan of the bytes that rules out most lines before they are cut into words.
    static func mayHoldLabel(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                // At a word start: skip digits, decode one scalar, look it up.
                var j = i
                while j < n, bytes[j] >= 0x30, bytes[j] <= 0x39 { j += 1 }
                if j < n {
                    let lead = bytes[j]
                    if lead < 0x80 {
                        if let scalar = Unicode.Scalar(UInt32(lead)), FormLabels.firstScalars.contains(scalar) { return true }
                    } else if lead >= 0xE0, lead < 0xF0, j + 5 < n, bytes[j + 3] >= 0xE0, bytes[j + 3] < 0xF0 {
                        // Japanese: the first two characters of some label.
                        func scalar(_ k: Int) -> UInt32 {
                            (UInt32(bytes[k] & 0x0F) << 12) | (UInt32(bytes[k + 1] & 0x3F) << 6) | UInt32(bytes[k + 2] & 0x3F)
                        }
                        if FormLabels.firstPairs.contains(UInt64(scalar(j)) << 32 | UInt64(scalar(j + 3))) { return true }
                    }
                }
                // The next word.
                while i < n, bytes[i] != 0x20 { i += 1 }
                i += 1
            }
            return false
        }
    }

    /// The words of a cleaned line (single spaces apart), split on bytes.
    static func tokens(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if i != start { words.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
        return words
    }
}
