// What the parser says it could not read: every diagnostic's sentence, in both languages.
// The form's own terms (特定個人情報ファイル, ③他のシステムとの接続, (別添2) …) stay verbatim in
// both; docs/glossary.md fixes the rest.

import PiagraphText

/// A place of the form a diagnostic speaks of: an item by its printed name, or the ③ row of a
/// named system ("③他のシステムとの接続 of 福祉システム").
public enum FormPlace: Localized {
    case item(String)
    case connections(of: String?)

    public func text(_ language: Language) -> String {
        switch self {
        case .item(let name): return name
        case .connections(let system?):
            return pick(language, en: "③他のシステムとの接続 of \(system)", ja: "\(system)の③他のシステムとの接続")
        case .connections(nil): return "③他のシステムとの接続"
        }
    }
}

/// Why a free-text value is taken for another cell's text.
public enum ForeignReason: Localized {
    case selectBoxList
    case markedOption(String)
    case legalBasis
    case date
    case sentenceGoesOn
    case strayBracket
    case formWords(String)
    case afterForeignName(String)
    case otherField(String)
    case phraseBegunBefore
    case articleWithoutLaw

    public func text(_ language: Language) -> String {
        switch self {
        case .selectBoxList: return pick(language, en: "a select box's <選択肢> list", ja: "選択欄の<選択肢>の一覧")
        case .markedOption(let option): return pick(language, en: "the marked option 「\(option)」", ja: "印の付いた選択肢「\(option)」")
        case .legalBasis: return pick(language, en: "a legal basis (番号法第…)", ja: "法令上の根拠（番号法第…）")
        case .date: return pick(language, en: "a date", ja: "日付")
        case .sentenceGoesOn: return pick(language, en: "a sentence that goes on after its 。", ja: "「。」の後に続く文")
        case .strayBracket: return pick(language, en: "a bracket it never opened (「)」, 「]」)", ja: "開いていない括弧（「)」「]」）")
        case .articleWithoutLaw:
            return pick(language, en: "an article cited without its law's name before it (「第9条…」)", ja: "法令名のない条項の引用（「第9条…」）")
        case .phraseBegunBefore:
            return pick(language, en: "the rest of a phrase begun in the cell before it (「に関する…」)", ja: "前の欄で始まった語句の続き（「に関する…」）")
        case .otherField(let field):
            return pick(language, en: "the text of another field (\(field)) of the form", ja: "様式の別の欄（\(field)）の文言")
        case .afterForeignName(let name):
            return pick(
                language, en: "a value read one cell off: its block's name 「\(name)」 held another cell's text",
                ja: "一つずれて読まれた値（ブロックの名称「\(name)」が別の欄の文言）")
        case .formWords(let words):
            return pick(
                language, en: "a piece of the form's own words (「\(words)」: a label, a select box's choice or an option, cut by its cell)",
                ja: "様式自体の文言の一部（「\(words)」、欄で切れた項目名・選択肢）")
        }
    }
}

/// The sentence of one diagnostic. Its code (DiagnosticCode) is chosen where it is raised.
public enum DiagnosticText: Localized {
    // The text as a whole.
    case pagesWithoutText(pages: [Int])
    case textGarbled(fragmented: Int, total: Int)
    case textFlattened(pages: Int)
    case textTruncated(last: String, missing: [String])
    // Layout.
    case verticalDebris(label: String, words: String)
    case valuesRunTogether(first: String, next: String, words: String)
    case textHoldsEmptyRows(block: String, empty: [String])
    case gridRunsOn(grid: String, next: String)
    case blocksInterleaved(next: String)
    case blockValuesAstray(next: String)
    case labelRepeated(label: String)
    case numberBeforeLabel(label: String, number: String, labelLine: Int)
    case nameUnderTitle(label: String, name: String, labelLine: Int)
    case nameBesideBlockLabel(name: String, labelLine: Int)
    case valueForeign(what: String, value: String, reason: ForeignReason)
    case basisBeganAbove(block: String, value: String)
    // Marks and options.
    case loneMark(group: FormPlace, mark: String)
    case sameMarkEverywhere(group: FormPlace, mark: String, count: Int)
    case bareArtifact(group: FormPlace, options: [String])
    case loneCircle(group: FormPlace, options: [String])
    case checkboxInferred(group: FormPlace, options: [String])
    case nameVariant(group: FormPlace, printed: String, option: String)
    case optionUnrecognised(group: FormPlace, texts: [String])
    case optionConflictMarks(group: FormPlace, options: [String])
    case optionConflictDetail(group: FormPlace, options: [String])
    case optionAfterOtherGroup(group: FormPlace, options: [String])
    case detailUnclosed(group: FormPlace, option: String, text: String)
    case detailMixed(group: FormPlace, option: String, text: String)
    case optionMissing(group: FormPlace, options: [String])
    case noChoice(item: String)
    case noChoiceFrom(item: String, value: String)
    case recordedItemsUnmarked
    // Fields and blocks.
    case fieldConflict(field: String, first: String, firstLine: Int, second: String)
    case fieldMissing(field: String)
    case fieldEmpty(field: String)
    case publishedNotFound(dates: [String], lines: [Int])
    case connectionsMissing(system: Int?, name: String)
    case templateEmpty(system: Int)
    case entrustmentUnnamed(number: Int)
    case outflowUnnamed(block: String)
    case outflowNameUnreadable(block: String)
    case methodsMissing(block: String, row: String)
    case blockNumberLost(block: String)
    case nameWithoutSystemHeading
    case connectionsAlone
    case connectionsUnnamed
    case systemListUnreadable(value: String)
    case linksNotInBasicForm
    case noSystemBasic
    case noSystemFull
    // Structure.
    case sectionInferred(label: String)
    case sectionNotFound(title: String)
    case headingNotFound(title: String)
    // The change log.
    case timingUnreadable(cell: String)
    case changeLogNoRows
    case changeLogCellsMerged(rows: Int)
    case changeLogRowsMerged(count: Int, lines: [Int])
    case changeLogUndated(count: Int, lines: [Int])
    case changeLogHeaderMissing
    // Recovery and replay (from the change log): the note as History writes it.
    case history(HistoryNote)
    /// A sentence that quotes the document's text with its mark sentinels, shown without them.
    indirect case withoutMarks(DiagnosticText)

    public func text(_ l: Language) -> String {
        switch self {
        case .pagesWithoutText(let pages):
            let list = pages.map(String.init)
            return pick(
                l,
                en:
                    "page(s) \(list.joined(separator: ", ")) of the PDF have no text layer (scanned or blank); nothing on them is read — run OCR on them to read them",
                ja: "PDFの\(list.joined(separator: "、"))ページにはテキスト層がありません（スキャン画像か白紙）。これらのページからは何も読み取っていません。読み取るにはOCRをかけてください。")
        case .textGarbled(let fragmented, let total):
            return pick(
                l,
                en:
                    "\(fragmented) of \(total) lines are runs of one- and two-character fragments (as 「民基 帳ネ ワ」 for 住民基本台帳ネットワークシステム): the converter's font dropped glyphs; what those lines held is not read",
                ja: "\(total)行のうち\(fragmented)行が1〜2文字の断片の連なりです（住民基本台帳ネットワークシステムが「民基 帳ネ ワ」となるなど）。変換時にフォントの文字が欠落しています。これらの行の内容は読み取っていません。")
        case .textFlattened(let pages):
            return pick(
                l,
                en:
                    "\(pages) line(s) of the text are whole pages without their line breaks: they are read by where the form's labels stand; a space inside a value may be where the printing wrapped a line",
                ja: "テキストの\(pages)行は改行が失われたページ全体です。様式の項目名の位置で区切って読み取りました。値の中の空白は、印刷時の折り返しである場合があります。")
        case .textTruncated(let last, let missing):
            return pick(
                l,
                en: "the text ends in \(last); not in it: \(missing.joined(separator: ", ")) — their facts are not read",
                ja: "テキストは「\(last)」で終わっています。\(missing.map { "「\($0)」" }.joined(separator: "、"))がなく、その内容は読み取っていません。")
        case .verticalDebris(let label, let words):
            return pick(
                l,
                en: "\(label): '\(words)' looks like vertical text split into single characters; not read",
                ja: "\(label)：「\(words)」は縦書きの文字が1文字ずつ分かれたものとみられます。読み取っていません。")
        case .blocksInterleaved(let next):
            return pick(
                l,
                en:
                    "another block's grid stands before the values awaited from \(next) on: reading order interleaved the blocks, so those values are read as unknown",
                ja: "\(next)以降の値の前に別のブロックの選択肢が並んでおり、読み順でブロックが入り組んでいます。これらの値は不明としました。")
        case .blockValuesAstray(let next):
            return pick(
                l,
                en:
                    "an earlier block's labels got none of their values before the next block's heading, and from \(next) on several blocks' labels await theirs together: the values after them may be that block's, so they are read as unknown, up to the next section",
                ja: "前のブロックの項目に値がないまま次のブロックが始まり、\(next)以降は複数のブロックの項目が値を待っています。その後の値は前のブロックのものかもしれないため、次の節まで不明としました。")
        case .labelRepeated(let label):
            return pick(
                l,
                en:
                    "\(label) is printed twice among the labels awaiting their values, with no block's heading between (two blocks interleaved by reading order, or a label printed again at a page break): which value is which label's cannot be told, so the values after these labels, up to the next heading, are read as unknown",
                ja:
                    "値を待つ見出しの中に\(label)が2度あり、その間にブロックの見出しがありません(読み順で2つのブロックが入り組んだか、改ページで見出しが繰り返されたもの)。どの値がどの見出しのものか分からないため、次の見出しまでの値は不明としました。"
            )
        case .gridRunsOn(let grid, let next):
            return pick(
                l,
                en:
                    "the grid of \(grid) runs on into the values after it, its options' names cut by their cells: where it ends cannot be told, so \(next) and the labels after it are read as unknown",
                ja: "\(grid)の選択肢の並びが後の値に続いており（選択肢名が欄で切れています）、終わりが分かりません。\(next)以降は不明としました。")
        case .textHoldsEmptyRows(let block, let empty):
            return pick(
                l,
                en:
                    "\(block)'s ①法令上の根拠 is read while \(empty.joined(separator: " and ")) stand empty after it: their text may have run on in the basis, where it ends cannot be told; the basis is read as unknown",
                ja: "\(block)の①法令上の根拠の後の\(empty.joined(separator: "と"))が空欄です。それらの値が根拠に続いている可能性があり、境目が分からないため、根拠は不明としました。")
        case .valuesRunTogether(let first, let next, let words):
            return pick(
                l,
                en:
                    "the values of \(first) and \(next) run together with nothing but spaces between them (「\(words) …」): where one ends cannot be told; both read as unknown",
                ja: "\(first)と\(next)の値が空白だけを挟んで続いており（「\(words) …」）、境目が分かりません。どちらも不明としました。")
        case .nameBesideBlockLabel(let name, let labelLine):
            return pick(
                l,
                en:
                    "①システムの名称 (line \(labelLine)) is empty and 「\(name)」 stands beside or under the block's number above it: read as the system's name",
                ja: "①システムの名称（\(labelLine)行目）が空欄で、その上のシステム番号の横か下に「\(name)」があります。システムの名称として読みました。")
        case .nameUnderTitle(let label, let name, let labelLine):
            return pick(
                l,
                en: "\(label) (line \(labelLine)) is empty and 「\(name)」 stands alone under the title above it: read as its value",
                ja: "\(label)（\(labelLine)行目）が空欄で、その上の表題の下に「\(name)」だけがあります。その値として読みました。")
        case .numberBeforeLabel(let label, let number, let labelLine):
            return pick(
                l,
                en: "\(label): the number \(number) stands just before its label (line \(labelLine)); read as its value",
                ja: "\(label)：番号 \(number) がラベル（\(labelLine)行目）の直前にあります。その値として読みました。")
        case .valueForeign(let what, let value, let reason):
            return pick(
                l,
                en: "\(what): 「\(value)」 holds \(reason.text(l)), text of another cell; read as unknown",
                ja: "\(what)：「\(value)」には別の欄の文字（\(reason.text(l))）が含まれています。不明として読みました。")
        case .basisBeganAbove(let block, let value):
            return pick(
                l,
                en:
                    "\(block) 法令上の根拠: 「\(value)」 is the rest of the basis, whose beginning ran into \(block)'s cell; read as unknown",
                ja: "\(block) 法令上の根拠：「\(value)」は根拠の続きで、その始めは\(block)の欄に入っています。不明として読みました。")
        case .loneMark(let group, let mark):
            return pick(
                l,
                en: "\(group.text(l)): the lone mark \(mark) has no state of its own and nothing to compare it with; read as unknown",
                ja: "\(group.text(l))：印 \(mark) が一つだけで、それ自体では選択の有無が分からず、比べる印もありません。不明として読みました。")
        case .sameMarkEverywhere(let group, let mark, let count):
            return pick(
                l,
                en:
                    "\(group.text(l)): every option carries the same mark \(mark); the selection was lost in conversion, all \(count) read as unknown",
                ja: "\(group.text(l))：すべての選択肢に同じ印 \(mark) が付いています。変換で選択が失われたため、\(count)個すべてを不明として読みました。")
        case .bareArtifact(let group, let options):
            return pick(
                l,
                en:
                    "\(group.text(l)): the mark of \(options.joined(separator: ", ")) is a bare conversion artifact with no state; read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))の印は変換で残った記号にすぎず、選択の有無を表していません。不明として読みました。")
        case .loneCircle(let group, let options):
            return pick(
                l,
                en:
                    "\(group.text(l)): ○ before \(options.joined(separator: ", ")) with no ● in the group may be the form's own mark of a selected option; read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))の前の○は、同じ欄に●がないため、選択を示す様式の印である可能性があります。不明として読みました。")
        case .checkboxInferred(let group, let options):
            return pick(
                l,
                en:
                    "\(group.text(l)): [<input type=\"checkbox\"/>] of \(options.joined(separator: ", ")) differs from its [] neighbours; read as selected",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))の[<input type=\"checkbox\"/>]は隣の[]と異なります。選択ありとして読みました。")
        case .nameVariant(let group, let printed, let option):
            return pick(
                l,
                en: "\(group.text(l)): read '\(printed)' as '\(option)'",
                ja: "\(group.text(l))：「\(printed)」を「\(option)」として読みました。")
        case .optionUnrecognised(let group, let texts):
            return pick(
                l,
                en:
                    "\(group.text(l)): ignored text that is not one of the form's options: \(texts.map { "'\($0)'" }.joined(separator: ", "))",
                ja: "\(group.text(l))：様式の選択肢ではない文字を無視しました：\(texts.map { "「\($0)」" }.joined(separator: "、"))")
        case .optionConflictMarks(let group, let options):
            return pick(
                l,
                en: "\(group.text(l)): \(options.joined(separator: ", ")) printed twice with different marks; read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))が異なる印で二度印刷されています。不明として読みました。")
        case .optionAfterOtherGroup(let group, let options):
            return pick(
                l,
                en:
                    "\(group.text(l)): \(options.joined(separator: ", ")) printed right after another group's option (the two lists ran together), so whose it is cannot be told; read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))が別の項目の選択肢の直後に印刷されています(二つの選択肢が続けて読まれました)。どちらのものか判断できないため、不明として読みました。")
        case .optionConflictDetail(let group, let options):
            return pick(
                l,
                en:
                    "\(group.text(l)): \(options.joined(separator: ", ")) printed twice with different text in its parentheses; that text read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))が括弧内の文字を変えて二度印刷されています。括弧内の文字を不明として読みました。")
        case .detailUnclosed(let group, let option, let text):
            return pick(
                l,
                en: "\(group.text(l)): the text in \(option)'s parentheses is not closed ('\(text)'): it may be cut; read as unknown",
                ja: "\(group.text(l))：\(option)の括弧が閉じていません（「\(text)」）。途中で切れている可能性があるため、不明として読みました。")
        case .detailMixed(let group, let option, let text):
            return pick(
                l,
                en:
                    "\(group.text(l)): the text in \(option)'s parentheses holds another set-apart parenthesis ('\(text)'): another option's text runs into it; read as unknown",
                ja: "\(group.text(l))：\(option)の括弧内に別の「( )」があります（「\(text)」）。他の選択肢の文が混ざっているため、不明として読みました。")
        case .optionMissing(let group, let options):
            return pick(
                l,
                en: "\(group.text(l)): no mark found for \(options.joined(separator: ", ")); read as unknown",
                ja: "\(group.text(l))：\(options.joined(separator: "、"))の印が見つかりません。不明として読みました。")
        case .noChoice(let item):
            return pick(l, en: "\(item): no choice could be read", ja: "\(item)：選択を読み取れませんでした。")
        case .noChoiceFrom(let item, let value):
            return pick(
                l, en: "\(item): no choice could be read from '\(value)'", ja: "\(item)：「\(value)」から選択を読み取れませんでした。")
        case .recordedItemsUnmarked:
            return pick(
                l, en: "II-2 主な記録項目: no marked items could be read", ja: "II-2 主な記録項目：印の付いた項目を読み取れませんでした。")
        case .fieldConflict(let field, let first, let firstLine, let second):
            return pick(
                l,
                en: "\(field) is stated as '\(first)' (line \(firstLine)) and as '\(second)'; read as unknown",
                ja: "\(field)が「\(first)」（\(firstLine)行目）と「\(second)」の二通りに記載されています。不明として読みました。")
        case .fieldMissing(let field):
            return pick(l, en: "\(field) not found", ja: "\(field)が見つかりません。")
        case .fieldEmpty(let field):
            return pick(l, en: "\(field) is empty", ja: "\(field)が空欄です。")
        case .publishedNotFound(let dates, let lines):
            let en = zip(dates, lines).map { "\($0) (line \($1))" }.joined(separator: ", ")
            let ja = zip(dates, lines).map { "\($0)（\($1)行目）" }.joined(separator: "、")
            return pick(
                l,
                en: "公表日 not found: the cover states \(en), but none stands as the value of a 公表日 label; read as unknown",
                ja: "公表日が見つかりません。表紙には\(ja)とありますが、いずれも公表日の欄の値ではありません。不明として読みました。")
        case .connectionsMissing(let system, let name):
            let no = system.map(String.init) ?? "?"
            return pick(
                l,
                en: "システム\(no) \(name): no ③他のシステムとの接続 row; all seven links read as unknown",
                ja: "システム\(no) \(name)：③他のシステムとの接続の行がありません。7つの接続すべてを不明として読みました。")
        case .templateEmpty(let system):
            return pick(
                l, en: "システム\(system) has no ①システムの名称; not a system",
                ja: "システム\(system)には①システムの名称がありません。システムとして扱いません。")
        case .blockNumberLost(let block):
            return pick(
                l,
                en:
                    "a \(block) heading without its number (lost in the printing or the conversion): its rows are not read as a flow, nor given to the block before it",
                ja: "番号のない\(block)の見出しがあります（印刷か変換で番号が失われています）。その行は流れとして読まず、前の項目にも含めません。")
        case .entrustmentUnnamed(let number):
            return pick(
                l, en: "委託事項\(number) has content but no name; not read as a flow",
                ja: "委託事項\(number)には内容がありますが名称がありません。流れとして読みません。")
        case .methodsMissing(let block, let row):
            return pick(
                l, en: "\(block): no \(row) row; its methods read as unknown",
                ja: "\(block)：\(row)の行がありません。方法をすべて不明として読みました。")
        case .outflowUnnamed(let block):
            return pick(
                l, en: "\(block) has content but no recipient; not read as a flow",
                ja: "\(block)には内容がありますが提供先・移転先がありません。流れとして読みません。")
        case .outflowNameUnreadable(let block):
            return pick(
                l, en: "\(block): its recipient could not be read; read as a flow to an unknown recipient",
                ja: "\(block)：提供先・移転先の名称を読み取れませんでした。名称不明の相手への流れとして読みました。")
        case .nameWithoutSystemHeading:
            return pick(
                l, en: "①システムの名称 without a システムN heading before it; the system's number is unknown",
                ja: "①システムの名称の前に「システムN」の見出しがありません。システムの番号は不明です。")
        case .connectionsAlone:
            return pick(
                l, en: "③他のシステムとの接続 stands without a system or marks after it; nothing read",
                ja: "③他のシステムとの接続に、システムもその後の印もありません。何も読み取っていません。")
        case .connectionsUnnamed:
            return pick(
                l,
                en: "③他のシステムとの接続 with no system heading or name before it (lost in conversion); kept as an unnamed system",
                ja: "③他のシステムとの接続の前にシステムの見出しも名称もありません（変換で失われています）。名称不明のシステムとして残しました。")
        case .systemListUnreadable(let value):
            return pick(
                l, en: "③システムの名称: '\(value)' is not a list of names; no system read",
                ja: "③システムの名称：「\(value)」は名称の一覧ではありません。システムを読み取っていません。")
        case .linksNotInBasicForm:
            return pick(
                l,
                en: "the 基礎項目評価書 names its systems without ③他のシステムとの接続: no link between them is declared, none is read",
                ja: "基礎項目評価書は③他のシステムとの接続なしにシステムを挙げる様式です。システム間の接続は記載されておらず、読み取っていません。")
        case .noSystemBasic:
            return pick(l, en: "I ③システムの名称: no system found", ja: "I ③システムの名称：システムが見つかりません。")
        case .noSystemFull:
            return pick(
                l, en: "I-2 no system (システムN with ①システムの名称) found",
                ja: "I-2：システム（①システムの名称のあるシステムN）が見つかりません。")
        case .sectionInferred(let label):
            return pick(
                l, en: "'\(label)' follows (別添1) without a III リスク対策 heading; read as part of III",
                ja: "「\(label)」がIII リスク対策の見出しなしに(別添1)の後に続いています。IIIの一部として読みました。")
        case .sectionNotFound(let title):
            return pick(
                l, en: "\(title) not found in the text; its facts are not read",
                ja: "\(title)がテキストに見つかりません。その内容は読み取っていません。")
        case .headingNotFound(let title):
            return pick(l, en: "heading '\(title)' not found", ja: "見出し「\(title)」が見つかりません。")
        case .timingUnreadable(let cell):
            return pick(
                l, en: "(別添2) 提出時期 '\(cell)' is neither 事前 nor 事後 alone: read as unknown",
                ja: "(別添2) 提出時期「\(cell)」は事前・事後のどちらか一つではありません。不明として読みました。")
        case .changeLogNoRows:
            return pick(
                l,
                en: "(別添) 変更箇所 has text, but no row could be told apart in it (no date begins a line or cites an item); no row read",
                ja: "(別添) 変更箇所に文字はありますが、行を区別できません（行頭の日付も項目の参照もありません）。行を読み取っていません。")
        case .changeLogCellsMerged(let rows):
            return pick(
                l,
                en:
                    "(別添) 変更箇所 has no cell boundaries in this text: \(rows) rows told apart by their dates; 項目, 変更前 and 変更後 of each are kept together in its item",
                ja: "(別添) 変更箇所のこのテキストにはセルの区切りがありません。日付で\(rows)行を区別しました。各行の項目・変更前・変更後は一つにまとめて項目に入れています。")
        case .changeLogRowsMerged(let count, let lines):
            return pick(
                l,
                en:
                    "(別添) 変更箇所: the 提出時期 of \(count) row(s) cannot be told from a neighbour's (lines \(lines.map(String.init).joined(separator: ", "))): a second date stands before it, or the next row has none; read as unknown",
                ja: "(別添) 変更箇所：\(count)行の提出時期を隣の行のものと区別できません（\(Cite.lines(lines, .ja))）。前に別の日付があるか、次の行に日付がありません。不明として読みました。")
        case .changeLogUndated(let count, let lines):
            let shown = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? ", …" : "")
            let shownJa = lines.prefix(5).map(String.init).joined(separator: "、") + (lines.count > 5 ? "、…" : "")
            return pick(
                l,
                en:
                    "\(count) line(s) of (別添2) 変更箇所 have no single date in their first cell (none, or several run together) and were not read as rows (lines \(shown)); the change log may hold more rows than were read",
                ja: "(別添2) 変更箇所の\(count)行は最初のセルに日付が一つだけではなく（日付がないか、複数の日付が続いています）、行として読んでいません（\(shownJa)行目）。変更箇所には読み取った以上の行があるかもしれません。")
        case .changeLogHeaderMissing:
            return pick(
                l, en: "(別添2) has rows but no 変更日 header row", ja: "(別添2)に行はありますが、変更日の見出し行がありません。")
        case .history(let note): return note.text(l)
        case .withoutMarks(let inner): return MarkSentinel.strip(inner.text(l))
        }
    }
}

/// Line references as each language writes them: "lines 3, 5" / 「3、5行目」; a PDF's page first.
public enum Cite {
    public static func lines(_ lines: [Int], _ l: Language) -> String {
        let list = lines.map(String.init)
        return pick(l, en: "lines \(list.joined(separator: ", "))", ja: "\(list.joined(separator: "、"))行目")
    }

    /// A line of a PDF's text layer with its page: "p.3 l.29" / 「3ページ 29行目」.
    public static func page(_ page: Int, line: Int, _ l: Language) -> String {
        pick(l, en: "p.\(page) l.\(line)", ja: "\(page)ページ \(line)行目")
    }
}

extension FormPlace: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .item(value) }
}
