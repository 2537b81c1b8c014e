import Foundation
import PiagraphModel
import PiagraphPDF
import Testing

@testable import PiagraphParser

/// The geometric layout on small hand-made pages: word boxes in PDF points, 10 pt characters.
@Suite struct PDFLayoutTests {
    static func word(_ text: String, _ x: Double, _ y: Double, block: Int = 0) -> PDFWord {
        PDFWord(text, x0: x, y0: y, x1: x + 10 * Double(text.count), y1: y + 10, block: block)
    }

    static func at(_ text: String, _ x: Double, _ y: Double, _ block: Int) -> PDFWord { word(text, x, y, block: block) }

    static func page(_ words: [PDFWord]) -> PDFPage { PDFPage(width: 595, height: 842, words: words) }

    /// The xhtml fuzzer's crash (Fixtures/fuzz/xhtml-huge-coordinate.xhtml): a coordinate no
    /// page can have made the page-furniture key trap converting it to Int. Such a word is no word.
    @Test func aCoordinateNoPageCanHaveIsSkipped() {
        func xhtml(_ y: String) -> [UInt8] {
            Array(
                """
                <html><body><doc><page width="595" height="842"><flow><block xMin="50" yMin="100" xMax="300" yMax="820">
                <line xMin="50" yMin="100" xMax="300" yMax="110"><word xMin="50" yMin="100" xMax="100" yMax="110">事務</word></line>
                <line xMin="50" yMin="\(y)" xMax="300" yMax="820"><word xMin="50" yMin="\(y)" xMax="100" yMax="820">3</word></line>
                </block></flow></page></doc></body></html>
                """.utf8)
        }
        #expect(BBoxXHTML.pages(xhtml("810")).first?.words.count == 2)
        for y in ["111111111111111111111111111111111111111110.191402", "1e300", "inf", "nan", "-2000000"] {
            let pages = BBoxXHTML.pages(xhtml(y))
            #expect(pages.first?.words.map(\.text) == ["事務"], "\(y)")
            _ = PDFLayout.textLayer(pages)
        }
    }

    @Test func aLabelCutOverTwoLinesIsOneRowWithItsValue() {
        let words = [
            Self.word("①システムの", 50, 200, block: 1), Self.word("名称", 50, 211, block: 1),
            Self.word("福祉システム", 130, 200, block: 2),
            Self.word("②システムの", 50, 230, block: 3), Self.word("機能", 50, 241, block: 3),
            Self.word("住民の情報を", 130, 230, block: 4), Self.word("管理する。", 130, 241, block: 4),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["①システムの名称\t福祉システム", "②システムの機能\t住民の情報を管理する。"])
        #expect(layer.pageStarts == [1])
    }

    @Test func aCutLabelIsCentredInItsCellByAllItsLines() {
        // A Chromium printing (the sweep's seed 2000018, its boxes): 「③システ」 「ムの名称」 cut over
        // two lines in the middle of a tall cell whose text begins above it. By its first line
        // alone the label stands above the cell's middle; by both it is centred, and the line
        // above it is its value's first.
        func box(_ text: String, _ x: Double, _ y: Double, _ block: Int, width: Double = 10) -> PDFWord {
            PDFWord(text, x0: x, y0: y, x1: x + width * Double(text.count), y1: y + 10, block: block)
        }
        let words = [
            box("②事務の", 65.7, 123.2, 1), box("内容", 65.7, 133.7, 1),
            box("本欄は評価書の記載を省略したものである。", 120.4, 123.2, 2),
            box("③システ", 65.7, 154.7, 3), box("ムの名称", 65.7, 165.2, 3),
            box("後期高齢者医療システム", 120.4, 149.5, 4), box("団体内統合宛名システム", 120.4, 160.0, 4),
            box("中間サーバー", 120.4, 170.5, 4),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines.last == "③システムの名称\t後期高齢者医療システム団体内統合宛名システム中間サーバー")
    }

    @Test func aListsItemsAboveItsLabelInTheItemsBlockAreItsOwn() {
        // A LibreOffice printing (the sweep's seed 2000081, its boxes): ③システムの名称 in the middle
        // of a tall cell whose items stand at its top, the first above the label's line. The
        // items' block (their text's extent) does not show the label centred, but the line above
        // begins with the list's bullet, in the items' block, and ② began its text in another.
        func box(_ text: String, _ x: Double, _ y: Double, _ block: Int) -> PDFWord {
            PDFWord(text, x0: x, y0: y, x1: x + 10.5 * Double(text.count), y1: y + 11, block: block)
        }
        let words = [
            box("②事務の内容", 52, 115, 1), box("本欄は評価書の記載を省略したものである。", 163, 107, 2),
            box("原本の記載による。", 163, 116, 2),
            box("・後期高齢者医療システム", 163, 133, 4),
            box("③システムの名称", 52, 146, 3), box("・団体内統合宛名システム", 163, 141, 4),
            box("・中間サーバー", 163, 150, 4),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines.last == "③システムの名称\t・後期高齢者医療システム ・団体内統合宛名システム ・中間サーバー")
        // A text line without the bullet stays where it was read.
        var plain = words
        plain[3] = box("後期高齢者医療システム", 163, 133, 4)
        #expect(PDFLayout.textLayer([Self.page(plain)]).lines.last == "③システムの名称\t・団体内統合宛名システム ・中間サーバー")
    }

    @Test func gridOptionsKeepTheirMarksByColumn() {
        // Two columns of options; the first one's name wraps under it.
        let words = [
            Self.word("③他のシステムとの接続", 50, 300, block: 1),
            Self.word("[", 130, 300, block: 2), Self.word("]", 144, 300, block: 2), Self.word("情報提供ネットワー", 158, 300, block: 2),
            Self.word("[○]", 330, 300, block: 3), Self.word("庁内連携システム", 364, 300, block: 3),
            Self.word("クシステム", 130, 311, block: 2),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["③他のシステムとの接続\t[ ] 情報提供ネットワークシステム [○] 庁内連携システム"])
    }

    @Test func aMarkSetApartByItsOwnInnerSpaceIsOneMark() {
        // 「[　]」 in a small font: the brackets stand further apart than the gap that parts
        // fragments, so a line reads 「[」 | 「] 地方公共団体… [」 | 「] 民間事業者」. The wrapped
        // lines under each column are that column's option's.
        let w = Self.at
        let words: [PDFWord] = [
            w("①入手元", 50, 300, 1),
            w("[", 130, 300, 2), w("]", 151, 300, 2), w("地方公共団体", 165, 300, 2), w("[", 230, 300, 2), w("]", 251, 300, 2),
            w("民間事業者", 265, 300, 2), w("[", 330, 300, 2), w("]", 351, 300, 2), w("その他", 365, 300, 2), w("(", 400, 300, 2),
            w("受給資格", 414, 300, 2),
            w("法人", 130, 311, 2), w("(", 154, 311, 2), w("各市町村", 168, 311, 2), w(")", 212, 311, 2),
            w("調査先", 330, 311, 2), w(")", 364, 311, 2),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["①入手元\t[ ] 地方公共団体法人 ( 各市町村 ) [ ] 民間事業者 [ ] その他 ( 受給資格調査先 )"])
    }

    @Test func wrappedTextUnderTwoColumnsIsPartedAtTheSecondColumn() {
        // Two columns' wrapped lines on one line, set closer than the gap that parts fragments:
        // the text that starts under the second column is the second column's.
        let w = Self.at
        let words: [PDFWord] = [
            w("①入手元", 50, 300, 1),
            w("[ ]", 130, 300, 2), w("他部署", 164, 300, 2), w("(", 198, 300, 2), w("市民", 212, 300, 2),
            w("[ ]", 300, 300, 2), w("行政機関", 334, 300, 2), w("(", 378, 300, 2), w("デ", 392, 300, 2),
            w("局区政推進部、財政局税務部市民", 130, 311, 2), w(")", 284, 311, 2), w("ジタル庁", 300, 311, 2), w(")", 344, 311, 2),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["①入手元\t[ ] 他部署 ( 市民局区政推進部、財政局税務部市民 ) [ ] 行政機関 ( デジタル庁 )"])
    }

    @Test func optionsSetAsFlowingTextWrapFromTheLinesLastOption() {
        // Marks at other places on each line: the options flow like text, and a line that
        // begins at the left edge goes on from the last option of the line before.
        let w = Self.at
        let words: [PDFWord] = [
            w("主な記録項目", 40, 300, 1),
            w("[ ]", 130, 300, 2), w("年金", 164, 300, 2), w("[ ]", 200, 300, 2), w("雇用・労働", 234, 300, 2),
            w("[ ]", 130, 311, 2), w("学校", 164, 311, 2), w("[○]", 210, 311, 2), w("その他", 244, 311, 2), w("(", 278, 311, 2),
            w("口座", 292, 311, 2),
            w("情報", 130, 322, 2), w(")", 154, 322, 2),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["主な記録項目\t[ ] 年金 [ ] 雇用・労働 [ ] 学校 [○] その他 ( 口座情報 )"])
    }

    @Test func aRunningHeaderOrPageNumberOnTheLineOfAPagesFirstRowIsDropped() {
        // A spreadsheet's header and page number stand level with each page's first row: the
        // fragments that repeat at one place on every page go, the rows' own text stays, a
        // label at the same place on every page too.
        let w = Self.at
        let pages = (1...3).map { n in
            Self.page([
                w("評価実施機関名", 50, 30, 1), w(["", "千葉市長", "奈良市長", "架空町長"][n], 130, 30, 1), w("千葉市長特定個人情報保護評価書", 300, 28, 2),
                w("(\(n))", 540, 28, 3),
                w("①事務の名称", 50, 300, 4), w("事務\(n)", 130, 300, 5),
            ])
        }
        let layer = PDFLayout.textLayer(pages)
        #expect(
            layer.lines.filter { $0.contains("保護評価書") || $0.contains("(2)") }.isEmpty,
            Comment(rawValue: layer.lines.joined(separator: "\n")))
        #expect(layer.lines.filter { $0.drop { $0 == "\u{0C}" }.hasPrefix("評価実施機関名") }.count == 3)
        #expect(layer.lines.contains("\u{0C}評価実施機関名\t奈良市長"))
    }

    @Test func aRunningHeaderSetIntoOneFragmentWithARowsWordsIsDropped() {
        // A Calc printing (the sweep's seed 3000058): the header stands alone at the top of the
        // first pages; on the change log's pages the producer set it into one fragment with the
        // row's words level with it (「千葉市長 特定個人情報保護評価書変更後の記載」). Its words go
        // on every page, the row's stay.
        let w = Self.at
        let pages = (1...6).map { n in
            Self.page(
                [w("千葉市長", 300, 28, 1), w("特定個人情報保護評価書", 342, 28, 1)]
                    + (n > 3 ? [w(["変更後の記載", "都道府県知事", "福祉部 保護課"][n - 4], 454, 28, 1)] : [])
                    + [w("①事務の名称", 50, 300, 4), w("事務\(n)", 130, 300, 5)])
        }
        let layer = PDFLayout.textLayer(pages)
        #expect(!layer.lines.contains { $0.contains("保護評価書") }, Comment(rawValue: layer.lines.joined(separator: "\n")))
        #expect(["変更後の記載", "都道府県知事", "福祉部 保護課"].allSatisfy { row in layer.lines.contains { $0.hasSuffix(row) } })
        // On two pages of six, the same words stand at no place of the page furniture.
        let few = (1...6).map { n in
            Self.page((n <= 2 ? [w("千葉市長", 300, 28, 1), w("特定個人情報保護評価書", 342, 28, 1)] : []) + [w("①事務の名称", 50, 300, 4)])
        }
        #expect(PDFLayout.textLayer(few).lines.filter { $0.contains("保護評価書") }.count == 2)
    }

    @Test func aWrapUnderAHollowCircleOfAGridWithoutAFilledOneIsThatOptions() {
        // A Calc printing (the sweep's seed 2000266): 入手元's three columns all ○ (no ● says which
        // are selected), each name's wrap set under its column's ○. The wraps stay with their
        // options; the ○ stay as printed, for the option reader to judge.
        let w = Self.at
        let words = [
            w("①入手元", 50, 300, 1),
            w("○", 130, 300, 2), w("本人又は本人の代理人", 145, 300, 2),
            w("○", 300, 300, 3), w("評価実施機関内の他部", 315, 300, 3),
            w("○", 460, 300, 4), w("行政機関・独立行政法人", 475, 300, 4),
            w("署", 300, 311, 3), w("(", 315, 311, 3), w("市民課", 330, 311, 3), w(")", 365, 311, 3),
            w("等", 460, 311, 4), w("(", 475, 311, 4), w("日本年金機構等", 490, 311, 4), w(")", 565, 311, 4),
        ]
        let line = PDFLayout.textLayer([Self.page(words)]).lines.first { $0.hasPrefix("①入手元") } ?? ""
        #expect(line.contains("○ 評価実施機関内の他部署 ( 市民課 ) ○"), Comment(rawValue: line))
        #expect(line.hasSuffix("○ 行政機関・独立行政法人等 ( 日本年金機構等 )"), Comment(rawValue: line))
        #expect(!line.contains("[ ]"))
    }

    @Test func verticalTextIsOneWordOnItsMiddleLine() {
        // 「令」「和」「3」「年」「1」「月」「5」「日」 down a narrow cell; a row's item beside the middle.
        let chars = ["令", "和", "3", "年", "1", "月", "5", "日"]
        var words = chars.enumerated().map { Self.word($1, 40, 100 + Double($0) * 11, block: 7) }
        words.append(Self.word("表紙", 80, 133, block: 8))
        let joined = PDFLayout.joinVerticalRuns(words)
        let date = joined.first { $0.text == "令和3年1月5日" }
        #expect(date != nil)
        #expect(joined.count == 2)
    }

    @Test func aVerticalRunEndsAtItsCellsBorder() {
        // An 8 mm label column (the sweep's seed 3000181): 「④再」「委託」「の有」「無 ※」 fill one
        // cell, 「委託」「事項3」 the next, a border's gap between them; no word of both cells.
        let pieces: [(String, Double)] = [("④再", 100), ("委託", 109), ("の有", 118), ("無", 127), ("委託", 140.5), ("事項3", 149.5)]
        var words = pieces.map { PDFWord($0.0, x0: 37, y0: $0.1, x1: 37 + 9 * Double($0.0.count), y1: $0.1 + 9, block: 3) }
        words.append(PDFWord("※", x0: 50.5, y0: 127, x1: 59.5, y1: 136, block: 3))
        let texts = PDFLayout.joinVerticalRuns(words).map(\.text)
        #expect(!texts.contains { $0.contains("有") && $0.contains("事項") }, Comment(rawValue: texts.joined(separator: " ")))
        let layer = PDFLayout.textLayer([Self.page(words + [Self.word("窓口関連委託業務", 66, 140.5, block: 4)])])
        #expect(layer.lines.contains("委託事項3\t窓口関連委託業務"), Comment(rawValue: layer.lines.joined(separator: "\n")))
    }

    @Test func aDateCutDownANarrowCellBesideItsRowsItemIsOneWord() {
        // A 9 mm 変更日 column (the sweep's seed 2000637): 「令和」「8年3」「月11」「日」, the row's
        // 項目 a space after 「令和」.
        let w = { (t: String, x0: Double, y0: Double, x1: Double) in PDFWord(t, x0: x0, y0: y0, x1: x1, y1: y0 + 10.5, block: 1) }
        let words = [
            w("令和", 79.2, 124.3, 100.2), w("公表日", 105.3, 124.3, 136.8), w("8年3", 79.2, 134.8, 100.2),
            w("月11", 79.2, 145.3, 100.2), w("日", 79.2, 155.8, 89.7),
        ]
        #expect(Set(PDFLayout.joinVerticalRuns(words).map(\.text)) == ["公表日", "令和8年3月11日"])
    }

    @Test func wrappedOptionsEndingLinesOfFlowingTextAreNoVerticalText() {
        // 「報」「係情報」「報」「報」 begin four lines of a grid set as flowing text, each a space
        // before the line's next mark (the sweep's seed 2000637): the ends of options, not a column.
        let w = { (t: String, x0: Double, y0: Double) in
            PDFWord(t, x0: x0, y0: y0, x1: x0 + (t.allSatisfy(\.isASCII) ? 6 : 12) * Double(t.count), y1: y0 + 12, block: 1)
        }
        let words = [
            w("報", 181.2, 189.7), w("[", 199.2, 189.7), w("]", 211.2, 189.7), w("国税関係情報", 223.2, 189.7),
            w("係情報", 181.2, 201.7), w("[", 223.2, 201.7), w("]", 235.2, 201.7), w("医療保険関係情報", 247.2, 201.7),
            w("報", 181.2, 213.7), w("[", 199.2, 213.7), w("]", 211.2, 213.7), w("障害者福祉関係情報", 223.2, 213.7),
            w("報", 181.2, 225.7), w("[", 199.2, 225.7), w("]", 211.2, 225.7), w("雇用・労働関係情報", 223.2, 225.7),
        ]
        #expect(PDFLayout.joinVerticalRuns(words).count == words.count)
    }

    @Test func lineEndsOfAParagraphAreNoVerticalText() {
        // Short words ending lines of flowing text, right-aligned under each other: kept apart.
        let words = [
            Self.word("[○]", 100, 100), Self.word("健", 137, 100),
            Self.word("康・医療関係情報", 100, 111), Self.word("生活", 127, 111 + 0.0),
            Self.word("保護・社会福祉", 100, 122), Self.word("学", 137, 122),
        ]
        #expect(PDFLayout.joinVerticalRuns(words).count == words.count)
    }

    @Test func pageNumbersAndRepeatedFootersAreDropped() {
        var pages: [PDFPage] = []
        for k in 1...3 {
            pages.append(
                Self.page([
                    Self.word("特記事項", 50, 200), Self.word("なし", 130, 200),
                    Self.word("- \(k) -", 290, 800), Self.word("千葉市", 50, 810),
                ]))
        }
        let layer = PDFLayout.textLayer(pages)
        #expect(!layer.lines.contains { $0.contains("千葉市") || $0.contains("-") }, "\(layer.lines)")
        #expect(layer.lines.count == 3 && layer.lines[1].hasPrefix("\u{0C}"))
        #expect(layer.pageStarts == [1, 2, 3])
    }

    @Test func aBlocksNumberAloneAtAPagesTopIsNoPageNumber() {
        // The sweep's seed 2000441: 「移転先」 then 「2」 on its own line at the top of a page whose
        // numbers stand at the foot of each page. The pages number themselves at one place in
        // step with their order; this 2 does not, and stays the block's.
        let w = Self.at
        let pages = (1...3).map { n in
            Self.page(
                (n == 2
                    ? [w("移転先", 50, 40, 1), w("福祉部", 130, 40, 2), w("2", 50, 52, 1), w("①法令上の根拠", 50, 70, 3), w("番号法", 130, 70, 4)] : [])
                    + [w("特記事項", 50, 300, 5), w("なし", 130, 300, 6), w("- \(n) -", 290, 800, 7)])
        }
        let layer = PDFLayout.textLayer(pages)
        #expect(layer.lines.contains("\u{0C}移転先2\t福祉部"), Comment(rawValue: layer.lines.joined(separator: "\n")))
        #expect(!layer.lines.contains { $0.contains("- ") })
        // The same 2 where the pages number themselves there is a page number.
        let numbered = (1...3).map { n in Self.page([w("特記事項", 50, 300, 5), w("なし", 130, 300, 6), w("\(n)", 50, 52, 7)]) }
        #expect(!PDFLayout.textLayer(numbered).lines.contains { $0.contains("2") })
    }

    /// Rows whose labels stand in the middle of their cells, a value's first line above its label.
    static func centredRows(from y: Double) -> [PDFWord] {
        let w = Self.at
        return [
            w("本欄は評価書の", 130, y, 10), w("②事務の内容", 50, y + 11, 11), w("記載を省略した", 130, y + 11, 10),
            w("ものである。", 130, y + 22, 10),
            w("福祉システムは", 130, y + 40, 12), w("②システムの機能", 50, y + 51, 13), w("住民の情報を", 130, y + 51, 12),
            w("管理する。", 130, y + 62, 12),
        ]
    }

    @Test func aLineBesideTheNextCentredLabelIsInItsCell() {
        // The sweep's seed 2000520 (LibreOffice, labels centred): ①'s value is one line on its
        // label's line; ②'s cell is taller than its one line, which stands above ②'s label and
        // beside it (the boxes overlap). Cells do not overlap: the line is ②'s, though it stands
        // one line's step under ①'s value and ③ begins on the next page.
        let w = Self.at
        let first = Self.page(
            Self.centredRows(from: 100) + [
                w("①法令上の根拠", 50, 300, 1), w("番号法第19条", 130, 300, 2),
                w("予防接種の事務", 130, 311, 3), w("②提供先における用途", 50, 318, 4),
            ])
        let second = Self.page([w("③提供する情報", 50, 100, 5), w("接種の記録", 130, 100, 6)])
        let layer = PDFLayout.textLayer([first, second])
        #expect(layer.lines.contains("①法令上の根拠\t番号法第19条"), Comment(rawValue: layer.lines.joined(separator: "\n")))
        #expect(layer.lines.contains("②提供先における用途\t予防接種の事務"))
    }

    @Test func theSpaceBetweenCellsTellsWhereACentredCellAfterAPageBreakBegins() {
        // The sweep's seed 2000618 (Chromium, padded cells, labels centred): ② begins a page, its
        // first line above its label; the pages' one-line rows show 5 points between one cell's
        // text and the next. Taking the line makes ②'s cell end 5 points before ③'s first line,
        // keeping it 18: the line is ②'s (before, the padding was not counted and ① kept it).
        let w = Self.at
        let first = Self.page(
            Self.centredRows(from: 100) + [
                w("提供先1", 50, 300, 1), w("都道府県知事", 130, 300, 2),
                w("①法令上の根拠", 50, 315, 3), w("番号法第19条第7号", 130, 315, 4),
            ])
        let second = Self.page([
            w("予防接種の実施の指示", 170, 32, 5), w("②提供先における用途", 50, 44, 6), w("に関する事務", 170, 50, 5),
            w("予防接種の記録", 170, 72, 7), w("③提供する情報", 50, 78, 8), w("に関する情報", 170, 84, 7),
        ])
        let layer = PDFLayout.textLayer([first, second])
        #expect(layer.lines.contains("①法令上の根拠\t番号法第19条第7号"), Comment(rawValue: layer.lines.joined(separator: "\n")))
        #expect(layer.lines.contains("\u{0C}②提供先における用途\t予防接種の実施の指示に関する事務"))
        #expect(layer.lines.contains("③提供する情報\t予防接種の記録に関する情報"))
    }

    @Test func anOptionOnlyARowsListPrintsIsThatRowsGrid() {
        // The sweep's seed 2000843: 「[ ] 民間事業者」 stands above ②入手方法's centred label; no
        // geometry moves it there, for only ①入手元's list prints it. 紙 both lists do not share.
        let line = { (text: String) in [PDFLayout.Fragment(words: [Self.word(text, 130, 100)])] }
        let parties = PDFLayout.printedOptions(of: "①入手元※")
        let methods = PDFLayout.printedOptions(of: "②入手方法")
        #expect(parties?.contains("民間事業者") == true && methods?.contains("紙") == true)
        #expect(PDFLayout.onlyOption(line("[ ] 民間事業者"), of: parties, not: methods))
        #expect(!PDFLayout.onlyOption(line("[ ] その他 ( )"), of: parties, not: methods))
        #expect(!PDFLayout.onlyOption(line("[○] 紙"), of: parties, not: methods))
        #expect(!PDFLayout.onlyOption(line("民間事業者"), of: parties, not: methods))
        #expect(!PDFLayout.onlyOption(line("[ ] 民間事業者"), of: parties, not: PDFLayout.printedOptions(of: "②事務の内容")))
    }

    @Test func aTimingCellWithTwoTimingsIsUnknown() throws {
        let text = """
            特定個人情報保護評価書(重点項目評価書)
            (別添2) 変更箇所
            変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明
            令和5年3月31日\tI-1\ta\tb\t事前事前\tx
            令和5年3月31日\tI-2\ta\tb\t事後\tx
            """
        let a = try parse(text)
        #expect(a.history.map(\.timing) == [nil, "事後"])
        #expect(a.diagnostics.contains { $0.code == "value-unreadable" && $0.message.contains("事前事前") })
    }

    @Test func aLineIsOnTheLastPageBeginningAtOrBeforeIt() {
        // Page 3 has no text: it begins where page 4 does, and no line is on it.
        let source = Source(path: "x.pdf", sha256: "", encoding: "PDF", pageStarts: [1, 5, 9, 9, 12])
        #expect([1, 4, 5, 8, 9, 11, 12, 100].map { source.page(ofLine: $0) } == [1, 1, 2, 2, 4, 4, 5, 5])
        #expect(source.page(ofLine: 0) == nil)
        #expect(Source(path: "x.txt", sha256: "", encoding: "UTF-8").page(ofLine: 3) == nil)
    }
    @Test func aHeadingSetApartByHalfItsOwnCharacterIsOneCell() {
        // LibreOffice's 「Ⅰ 関連情報」 in 12 pt on a page of few lines under a running header in
        // a smaller font: the space after 「Ⅰ」 is half the heading's character, wider than the
        // page's typical character says a space is (page 3 of the sweep's seed 2000375).
        func w(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ block: Int) -> PDFWord {
            PDFWord(text, x0: x0, y0: y0, x1: x1, y1: y1, block: block)
        }
        let words = [
            w("架空町", 229.9, 37.8, 247.3, 45.3, 1), w("後期高齢者医療に関する事務", 249.1, 37.8, 324.8, 45.3, 1),
            w("基礎項目評価書", 326.7, 37.8, 367.3, 45.3, 1),
            w("Ⅰ", 71.6, 81.8, 82.8, 96.3, 2), w("関連情報", 88.4, 81.8, 133.2, 96.3, 2),
            w("１.特定個人情報ファイルを取り扱う事務", 71.6, 99.2, 255.9, 112.2, 3),
            w("①事務の名称", 71.6, 114.7, 131.6, 127.7, 4), w("後期高齢者医療に関する事務", 191.3, 114.7, 321.3, 127.7, 5),
        ]
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines.contains("Ⅰ 関連情報"), "\(layer.lines)")
    }

    /// 入手元's options, and the row they make read whole (the tests of grids set a line a block).
    static let acquisitionOptions = ["本人又は本人の代理人", "評価実施機関内の他部署", "行政機関・独立行政法人等", "地方公共団体・地方独立行政法人", "民間事業者", "その他"]
    static let acquisitionRow = "①入手元※\t" + acquisitionOptions.map { "[ ] " + $0 }.joined(separator: " ")

    @Test func optionLinesSetEachInItsOwnBlockAboveACentredLabelAreItsValue() {
        // LibreOffice sets each line of an option grid in a block of its own: no block spans the
        // cell the label is centred in. The lines between the section's heading and the first
        // label are that label's (which lines below it are the next label's is settled after).
        var words = [Self.at("3.特定個人情報の入手・使用", 50, 200, 1), Self.at("①入手元", 50, 250, 2), Self.at("※", 95, 250, 2)]
        for (k, option) in Self.acquisitionOptions.enumerated() {
            let y = 214 + 12 * Double(k)
            words += [
                PDFWord("[", x0: 150, y0: y, x1: 154.9, y1: y + 10, block: 10 + 2 * k),
                PDFWord("]", x0: 164.8, y0: y, x1: 169.7, y1: y + 10, block: 11 + 2 * k), Self.at(option, 174.6, y, 11 + 2 * k),
            ]
        }
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["3.特定個人情報の入手・使用", Self.acquisitionRow], "\(layer.lines)")
        // Not across a page: the lines above the label on the page before are not its cell's.
        let onFirst = { (w: PDFWord) in w.block == 1 || (w.block >= 10 && w.y0 < 245) }
        let pages = PDFLayout.textLayer([Self.page(words.filter(onFirst)), Self.page(words.filter { !onFirst($0) })])
        #expect(pages.lines[1] == "[ ] 本人又は本人の代理人", "\(pages.lines)")
        #expect(pages.lines.last == "\u{0C}①入手元※\t[ ] 地方公共団体・地方独立行政法人 [ ] 民間事業者 [ ] その他", "\(pages.lines)")
    }
    @Test func oneLineRowsSetWithoutPaddingShowNoCentredLabel() {
        // A spreadsheet's rows set at one pitch without padding, labels at the top of their
        // cells: the one-line rows (委託事項1, ①委託内容, ③委託先名) stand in a run of value lines
        // that passes above and below their labels. That is no centred label: ③'s grid stays
        // with ③, and システム3 takes none of it.
        let w = Self.at
        let words: [PDFWord] = [
            w("②システムの機能", 50, 78, 1), w("本欄は評価書の記載を省略したものである。", 200, 78, 2), w("による。", 200, 84.5, 2),
            w("③他のシステムとの接続", 50, 100, 3),
            w("[", 200, 100, 4), w("]", 210, 100, 4), w("情報提供ネットワークシステム", 220, 100, 4),
            w("[○]", 400, 100, 5), w("庁内連携システム", 430, 100, 5),
            w("[○]", 200, 111, 6), w("住民基本台帳ネットワークシステム", 230, 111, 6),
            w("[", 400, 111, 7), w("]", 410, 111, 7), w("既存住民基本台帳システム", 420, 111, 7),
            w("[", 200, 122, 8), w("]", 210, 122, 8), w("宛名システム等", 220, 122, 8),
            w("[○]", 400, 122, 9), w("税務システム", 430, 122, 9),
            w("[", 200, 133, 10), w("]", 210, 133, 10), w("その他", 220, 133, 10),
            w("システム3", 50, 155, 11),
            w("①システムの名称", 50, 166, 12), w("統合基盤システム", 200, 166, 13),
            w("委託事項1", 50, 177, 14), w("保守業務", 200, 177, 15),
            w("①委託内容", 50, 188, 16), w("運用保守", 200, 188, 17),
            w("③委託先名", 50, 199, 18), w("株式会社", 200, 199, 19),
            w("④再委託の有無", 50, 210, 20), w("[再委託しない]", 200, 210, 21),
        ]
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.contains("システム3\t"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("③他のシステムとの接続\t") && $0.hasSuffix("その他") }, "\(lines)")
    }
    @Test func aChangeLogsItemColumnInTheDateCellsBlockIsItsOwnColumn() {
        // Chromium sets a narrow 変更日 cell and the 項目 cell beside it in one block, a space
        // apart (「令和8年 公表日」): no fragment begins the 項目 column, and its words were read
        // into the date (the sweep's seed 2000651). The words that begin after a space there do.
        func w(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ block: Int) -> PDFWord {
            PDFWord(text, x0: x0, y0: y0, x1: x1, y1: y0 + 10.5, block: block)
        }
        var words = [
            w("(別添2)", 76, 60, 111, 1), w("変更箇所", 128, 60, 170, 1),
            w("変更日", 80, 86, 111.6, 2), w("項目", 162, 86, 183, 3), w("変更前の記載", 291.8, 86, 354.8, 4),
            w("変更後の記載", 482, 86, 545, 5), w("提出時期", 611, 86, 653, 6),
        ]
        let items = ["公表日", "I-4", "I-6-1部署"]
        for (k, item) in items.enumerated() {
            let y = 122 + 46 * Double(k)
            words += [
                w("令和8年", 77, y, 113.7, 10 + 2 * k), w(item, 119.5, y, 119.5 + 10.5 * Double(item.count), 10 + 2 * k),
                w("3月11日", 77, y + 10.5, 113.7, 10 + 2 * k),
                w("前の記載\(k)", 230.5, y, 300, 11 + 2 * k), w("後の記載\(k)", 420.8, y, 490, 11 + 2 * k), w("事後", 611.2, y, 632.2, 11 + 2 * k),
            ]
        }
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.contains("令和8年3月11日\t公表日\t前の記載0\t後の記載0\t事後"), "\(lines)")
        #expect(lines.contains("令和8年3月11日\tI-6-1部署\t前の記載2\t後の記載2\t事後"), "\(lines)")
    }

    @Test func textClosingAParenthesisGoesOnFromTheOptionLeftOpen() {
        // Options set as flowing text, one marked line and its wrap at the line's start: one line
        // cannot tell flowing text from a grid, but 「号)」 closes 「その他識別情報(内部番」, not
        // 「個人番号」 above it (the sweep's seed 2000572, Chromium).
        let w = Self.at
        let words: [PDFWord] = [
            w("主な記録項目", 50, 148, 1),
            w("[○]", 154, 148, 1), w("個人番号", 184, 148, 1), w("[", 238, 148, 1), w("]", 250, 148, 1),
            w("個人番号対応符号", 262, 148, 1), w("[○]", 364, 148, 1), w("その他識別情報(内部番", 394, 148, 1),
            w("号)", 154, 160, 1),
        ]
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines == ["主な記録項目\t[○]個人番号 []個人番号対応符号 [○]その他識別情報(内部番号)"], "\(lines)")
    }
    @Test func aHeaderCellSetOverTwoLinesOfOneVisualLineIsOneColumn() {
        // 「提出時期に係る」 over 「説明」, centred under it and close enough to be one visual line
        // with the header: one column, not two (which put 事後 in the 説明 column: the sweep's
        // seed 2000153).
        func w(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ block: Int) -> PDFWord {
            PDFWord(text, x0: x0, y0: y0, x1: x1, y1: y1, block: block)
        }
        let words = [
            w("(別添2)", 77, 65, 112, 80, 1), w("変更箇所", 116, 65, 158, 80, 1),
            w("変更日", 90.2, 86.2, 112.7, 105.7, 2), w("項目", 156.4, 86.2, 171.4, 105.7, 3),
            w("変更前の記載", 232, 86.2, 277, 105.7, 4), w("変更後の記載", 341.5, 86.2, 386.5, 105.7, 5),
            w("提出時期", 423.9, 86.2, 453.9, 105.7, 6), w("提出時期に係る", 464.1, 86.2, 516.6, 105.7, 7),
            w("説明", 482.8, 93.7, 497.8, 113.2, 7),
            w("令和3年10月26日", 77, 120, 122, 127.5, 8), w("I 基本情報", 130.6, 120, 168, 127.5, 9),
            w("第7号", 202.1, 120, 230, 127.5, 10), w("第8号", 311.6, 120, 340, 127.5, 11),
            w("事後", 421.2, 120, 436.2, 127.5, 12), w("その他の項目の変更", 461.4, 120, 513.9, 127.5, 13),
            w("令和5年3月31日", 77, 140, 122, 147.5, 14), w("II 概要", 130.6, 140, 160, 147.5, 15),
            w("委託事項2", 202.1, 140, 240, 147.5, 16), w("委託事項3", 311.6, 140, 350, 147.5, 17),
            w("事前", 421.2, 140, 436.2, 147.5, 18), w("重要な変更", 461.4, 140, 500, 147.5, 19),
        ]
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.contains("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明"), "\(lines)")
        #expect(lines.contains("令和3年10月26日\tI 基本情報\t第7号\t第8号\t事後\tその他の項目の変更"), "\(lines)")
        #expect(lines.contains("令和5年3月31日\tII 概要\t委託事項2\t委託事項3\t事前\t重要な変更"), "\(lines)")
    }
    @Test func aDateCellHoldingSeveralDatesIsNoRow() throws {
        // Rows run together into one line (a change log whose words' boxes are taller than its
        // lines): a first cell of several dates is no one row's date. Not read as a row, with a
        // diagnostic; before, one row was read, dated 「変更日令和8年3月11日令和8年3月11日…」.
        let text = """
            特定個人情報保護評価書(重点項目評価書)
            (別添2) 変更箇所
            変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明
            令和5年3月31日令和5年4月1日\tI-1 I-2\ta\tb\t事前 事後\tx
            令和5年4月2日\tI-2\ta\tb\t事後\tx
            """
        let a = try parse(text)
        #expect(a.history.map(\.date) == ["令和5年4月2日"])
        #expect(a.diagnostics.contains { $0.code == "history-row-unreadable" })
    }

    @Test func aNumberedLabelSetOneCharacterALineStartsItsRowOnItsNumbersLine() {
        // An 8 mm label column (the sweep's seed 2000456): 「①」 and then one character a line,
        // the value beside 「①」. The number heads the run; the row begins on its line.
        var words = [Self.word("①", 50, 100, block: 1), Self.word("番号連携サーバ", 130, 100, block: 2)]
        words += ["シ", "ス", "テ", "ム", "の", "名", "称"].enumerated().map { Self.word($1, 50, 111 + 11 * Double($0), block: 1) }
        words += [Self.word("②システムの機能", 50, 200, block: 3), Self.word("住民の情報を管理する。", 130, 200, block: 4)]
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.prefix(2) == ["①システムの名称\t番号連携サーバ", "②システムの機能\t住民の情報を管理する。"], "\(lines)")
    }

    @Test func aValueAboveACentredLabelUnderASystemsHeadingIsThatLabels() {
        // A spreadsheet's tall cell (the sweep's seed 2000043): the label centred and cut 「①シ」
        // 「ステ」「ムの」「名称」, the value at the cell's top under 「システム4」, whose label
        // reaches over the value's left edge.
        let w = { (t: String, x: Double, y: Double, b: Int) in
            PDFWord(t, x0: x, y0: y, x1: x + 9.4 * Double(t.count), y1: y + 12.2, block: b)
        }
        let words = [
            w("システム4", 32, 45.8, 1), w("総合宛名システム", 55.2, 60.6, 2),
            w("①シ", 32, 80.2, 3), w("ステ", 32, 89.6, 3), w("ムの", 32, 99.1, 3), w("名称", 32, 108.5, 3),
            w("本欄は評価書の記載を省略したものである。", 55.2, 135, 4),
            w("②シ", 32, 140, 5), w("ステ", 32, 149.4, 5), w("ムの", 32, 158.9, 5), w("機能", 32, 168.3, 5),
        ]
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.prefix(2) == ["システム4\t", "①システムの名称\t総合宛名システム"], "\(lines)")
    }

    @Test func centredLabelsCutOverTwoLinesStillShowTheCentredPrinting() {
        // LibreOffice Calc, labels centred in tall cells and cut over two lines, values at the
        // top of their cells (the sweep's seed 2000032). Whether labels are centred is measured
        // in lines: a cut label is as tall as two. 架空町長 is 評価実施機関名's, not 特記事項's.
        let w = { (t: String, x0: Double, y0: Double, x1: Double, b: Int) in PDFWord(t, x0: x0, y0: y0, x1: x1, y1: y0 + 10.8, block: b) }
        let cover = [
            w("特記事項", 71.6, 233.6, 104.8, 1), w("評価実施", 71.6, 259.9, 104.8, 2), w("機関名", 71.6, 268.2, 96.5, 2),
            w("公表日", 71.6, 294.5, 96.5, 3), w("架空町長", 107.7, 251, 140.9, 4), w("令和7年3月14日", 107.7, 287.1, 165.8, 5),
        ]
        let first = [
            w("1.特定個人情報ファイルを取り扱う事務", 71.6, 101, 221.1, 6),
            w("①事務の", 71.6, 123.6, 104.8, 7), w("名称", 71.6, 131.9, 88.2, 7), w("後期高齢者医療に関する事務", 107.7, 114.7, 215.7, 8),
            w("本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は", 107.7, 150.8, 523, 9),
            w("②事務の", 71.6, 159.7, 104.8, 9), w("、原本の記載による。", 107.7, 159.1, 190.8, 9), w("内容", 71.6, 168, 88.2, 9),
            w("・後期高齢者医療システム", 107.7, 186.9, 207.4, 10), w("③システ", 71.6, 195.8, 104.8, 10),
            w("・団体内統合宛名システム", 107.7, 195.2, 207.4, 10), w("ムの名称", 71.6, 204.1, 104.8, 10),
            w("・中間サーバー", 107.7, 203.5, 165.8, 10), w("2.特定個人情報ファイル名", 71.6, 223, 171.3, 11),
        ]
        let lines = PDFLayout.textLayer([Self.page(cover), Self.page(first)]).lines
        #expect(lines.prefix(3) == ["特記事項\t", "評価実施機関名\t架空町長", "公表日\t令和7年3月14日"], "\(lines)")
        #expect(lines.contains("\u{0C}1.特定個人情報ファイルを取り扱う事務"), "\(lines)")
        #expect(lines.contains("③システムの名称\t・後期高齢者医療システム ・団体内統合宛名システム ・中間サーバー"), "\(lines)")
    }

    /// Words of a page from a compact table: `x0 y0 x1 text`, `#` ends a block.
    static func table(_ text: String, height: Double = 10.4) -> [PDFWord] {
        var block = 1
        return text.split(separator: "|").compactMap { item in
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 3)
            guard parts.count == 4, let x0 = Double(parts[0]), let y0 = Double(parts[1]), let x1 = Double(parts[2]) else {
                block += 1
                return nil
            }
            return PDFWord(String(parts[3]), x0: x0, y0: y0, x1: x1, y1: y0 + height, block: block)
        }
    }

    @Test func aSystemsHeadingHoldsNoValueAndAGridsFirstLineAtAPagesTopIsItsCentredLabels() {
        // LibreOffice Calc, labels centred in their cells, a page break before ③ (the sweep's
        // seed 3000142): the grid's first line stands at the new page's top above ③'s label and
        // centres it on its grid; 「中間サーバー」 under 「システム2」 is ①'s, for no value stands
        // beside a system's heading.
        let first = Self.table(
            "60.3 174.3 96.3 システム1 | # | 60.3 196.1 100.3 ①システム | 60.3 204.1 84.3 の名称 | # | 102.3 187.5 150.3 福祉システム | # "
                + "| 102.3 222.3 510.6 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、 "
                + "| 60.3 230.9 100.3 ②システム | 102.3 230.3 174.3 原本の記載による。 | 60.3 238.9 84.3 の機能 | #")
        let second = Self.table(
            "102.3 74.1 106.3 [ | 110.3 74.1 114.3 ] | 118.3 74.1 230.4 情報提供ネットワークシステム | # | 60.3 87.7 100.3 ③他のシス "
                + "| 102.3 87.3 106.3 [ | 110.3 87.3 114.3 ] | 118.3 87.3 246.4 住民基本台帳ネットワークシステム | 60.3 95.7 100.3 テムとの接 "
                + "| 102.3 100.5 118.3 [レ] | 122.3 100.5 178.3 宛名システム等 | 60.3 103.7 68.3 続 | # | 102.3 113.7 106.3 [ | 110.3 113.7 114.3 ] "
                + "| 118.3 113.7 142.3 その他 | 146.3 113.7 150.3 ( | # | 310.9 74.1 314.9 [ | 318.9 74.1 322.9 ] | 326.9 74.1 390.9 庁内連携システム | # "
                + "| 310.9 87.3 314.9 [ | 318.9 87.3 322.9 ] | 326.9 87.3 423.0 既存住民基本台帳システム | # | 310.9 100.5 314.9 [ | 318.9 100.5 322.9 ] "
                + "| 326.9 100.5 374.9 税務システム | # | 158.3 113.7 162.3 ) | # | 60.3 126.9 96.3 システム2 | # | 60.3 148.7 100.3 ①システム "
                + "| 60.3 156.7 84.3 の名称 | # | 102.3 140.1 150.3 中間サーバー")
        let lines = PDFLayout.textLayer([Self.page(first), Self.page(second)]).lines
        #expect(lines.prefix(2) == ["システム1\t", "①システムの名称\t福祉システム"], "\(lines)")
        #expect(lines[2].hasSuffix("機能は、原本の記載による。"), "\(lines)")
        #expect(lines[3].hasPrefix("\u{0C}③他のシステムとの接続\t[ ] 情報提供ネットワークシステム [ ] 庁内連携システム"), "\(lines)")
        #expect(lines[3].hasSuffix("[ ] その他 ()"), "\(lines)")
        #expect(lines.suffix(2) == ["システム2\t", "①システムの名称\t中間サーバー"], "\(lines)")
    }

    @Test func aCentredLabelWithNothingBesideItOnANewPageTakesTheLinesAboveIt() {
        // LibreOffice Calc, a page break before every row (the sweep's seed 2000569): each page
        // holds one cell, its value at the top and its label centred below it. Nothing stands
        // beside or below 「①法令上の根拠」: the line above it is its value, not the end of
        // 提供先2's name from the page before.
        let header = "# | 239.3 37.8 256.5 千葉市 | 258.3 37.8 315.7 予防接種に関する事務 | 317.5 37.8 357.7 重点項目評価書 | # | "
        let pages = [
            // The page before: two rows whose labels stand in the middle of their three lines.
            "32.0 60.0 63.0 ①法令上 | 32.0 68.0 55.4 の根拠 | # | 65.5 52.0 300.0 番号法第19条第8号 | 65.5 60.5 300.0 別表第二の16の項 "
                + "| 65.5 69.0 300.0 主務省令第12条 | # | 32.0 91.0 63.0 ②提供先に | 32.0 99.0 63.1 おける用途 | # "
                + "| 65.5 83.0 300.0 予防接種法による予防接種の | 65.5 91.5 300.0 実施に関する事務であって | 65.5 100.0 300.0 主務省令で定めるもの",
            "32.0 55.9 59.2 提供先2 | # | 65.5 48.9 96.7 市町村長",
            "32.0 57.2 63.0 ①法令上 | 32.0 65.0 55.4 の根拠 | # | 65.5 48.9 131.9 番号法第19条第7号 | 135.8 48.9 206.0 別表第2の16の2の項",
            "32.0 58.5 63.0 ②提供先 | 32.0 66.3 63.1 における | 32.0 74.1 47.6 用途 | # | 65.5 48.9 436.1 予防接種法第5条第1項の予防接種の実施に関する事務",
            "32.0 57.2 63.0 ③提供す | 32.0 65.0 55.4 る情報 | # | 65.5 48.9 486.7 予防接種に関する記録に関する情報 | # | 65.5 82.7 73.3 ■ "
                + "| 77.2 82.7 186.6 情報提供ネットワークシステム | # | 230.3 82.7 238.1 □ | 242.0 82.7 265.4 専用線 | # | 32.0 103.9 63.0 ⑥提供方 "
                + "| 65.5 106.1 73.3 □ | 77.2 106.1 104.5 紙 | # | 32.0 111.7 40.0 法",
        ].enumerated().map { k, text in
            Self.table(header + text + " | # | 551.0 796.5 553.4 - | 555.5 796.5 559.7 \(k + 5) | 561.8 796.5 564.2 -", height: 8.6)
        }
        let lines = PDFLayout.textLayer(pages.map { Self.page($0) }).lines
        #expect(lines.contains("\u{0C}①法令上の根拠\t番号法第19条第7号 別表第2の16の2の項"), "\(lines)")
        #expect(lines.contains("\u{0C}②提供先における用途\t予防接種法第5条第1項の予防接種の実施に関する事務"), "\(lines)")
        #expect(lines.contains("\u{0C}③提供する情報\t予防接種に関する記録に関する情報"), "\(lines)")
    }

    @Test func aGridsFirstLineAtANewPagesTopIsTheRowWhoseCentredLabelItThenStandsInTheMiddleOf() {
        // Chromium, labels in the middle of their cells, a page break inside システム5's grid
        // (the sweep's seed 2000120): the grid's first line stands at the new page's top, above
        // ③'s label. Nothing of the next cell follows on that page to tell where ③'s cell ends;
        // with the line, ③'s label stands in the middle of its grid, without it well above.
        let first = Self.table(
            "48.5 259.3 95.7 システム3 | 48.5 274.3 122.0 ①システムの名 | 48.5 284.8 59.0 称 | 48.5 299.8 122.0 ②システムの機 | 48.5 310.3 59.0 能 | # | 48.5 342.5 122.0 ③他のシステム "
                + "| 48.5 353.0 90.5 との接続 | # | 48.5 386.0 95.7 システム4 | 48.5 401.0 122.0 ①システムの名 | 48.5 411.5 59.0 称 | 48.5 426.5 122.0 ②システムの機 | 48.5 437.0 59.0 能 | # "
                + "| 48.5 470.0 122.0 ③他のシステム | 48.5 480.5 90.5 との接続 | # | 48.5 512.8 95.7 システム5 | 48.5 527.8 122.0 ①システムの名 | 48.5 538.3 59.0 称 | 48.5 554.0 122.0 ②システムの機 "
                + "| 48.5 564.5 59.0 能 | # | 134.6 274.3 313.1 統合基盤システム(庁内連携システム) | # | 134.6 299.8 764.6 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、原本の記載による。 | # "
                + "| 138.1 327.0 147.5 ☐ | 152.7 327.5 299.7 情報提供ネットワークシステム | 138.1 340.5 147.5 ☐ | 152.7 341.0 320.7 住民基本台帳ネットワークシステム | 138.1 354.0 147.5 ☑ "
                + "| 152.7 354.5 226.2 宛名システム等 | 138.1 367.5 147.5 ☑ | 152.7 368.0 184.2 その他 | 189.5 368.0 194.7 ( | 200.0 368.0 473.0 統合基盤システムを経由して庁内連携する全てのシステム "
                + "| 478.2 368.0 483.5 ) | # | 602.6 327.0 612.0 ☐ | 617.2 327.5 701.2 庁内連携システム | 602.6 340.5 612.0 ☑ | 617.2 341.0 743.2 既存住民基本台帳システム "
                + "| 602.6 354.0 612.0 ☑ | 617.2 354.5 680.2 税務システム | # | 134.6 401.0 218.6 総合宛名システム | # "
                + "| 134.6 426.5 764.6 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、原本の記載による。 | # | 138.1 454.5 147.5 ☐ | 152.7 455.0 299.7 情報提供ネットワークシステム "
                + "| 138.1 468.0 147.5 ☐ | 152.7 468.5 320.7 住民基本台帳ネットワークシステム | 138.1 481.5 147.5 ☐ | 152.7 482.0 226.2 宛名システム等 | 138.1 495.0 147.5 ☑ "
                + "| 152.7 495.5 184.2 その他 | 189.5 495.5 194.7 ( | 200.0 495.5 410.0 総合宛名システムを利用する全てのシステム | 415.2 495.5 420.5 ) | # | 574.5 454.5 584.0 ☑ "
                + "| 589.2 455.0 673.2 庁内連携システム | 574.5 468.0 584.0 ☑ | 589.2 468.5 715.2 既存住民基本台帳システム | 574.5 481.5 584.0 ☑ | 589.2 482.0 652.2 税務システム | # "
                + "| 134.6 527.8 302.6 住民基本台帳ネットワークシステム | # | 134.6 554.0 764.6 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、原本の記載による。 ",
            height: 10.5)
        let second = Self.table(
            "48.5 59.0 122.0 ③他のシステム | 48.5 69.5 90.5 との接続 | # | 138.1 43.5 147.5 ☐ | 152.7 44.0 299.7 情報提供ネットワークシステム | 138.1 57.0 147.5 ☐ "
                + "| 152.7 57.5 320.7 住民基本台帳ネットワークシステム | 138.1 70.5 147.5 ☐ | 152.7 71.0 226.2 宛名システム等 | 138.1 84.0 147.5 ☑ | 152.7 84.5 184.2 その他 | 189.5 84.5 194.7 ( "
                + "| 200.0 84.5 462.5 戸籍システム、コンビニ交付システム、番号連携サーバ | 467.7 84.5 473.0 ) | # | 45.7 95.4 177.7 3.特定個人情報ファイル名 | # | 48.5 122.0 332.0 低所得者支援及び定額減税補足給付金支給管理台帳ファイル "
                + "| # | 598.4 43.5 607.8 ☐ | 613.1 44.0 697.1 庁内連携システム | 598.4 57.0 607.8 ☑ | 613.1 57.5 739.1 既存住民基本台帳システム | 598.4 70.5 607.8 ☐ | 613.1 71.0 676.1 税務システム ",
            height: 10.5)
        let lines = PDFLayout.textLayer([Self.page(first), Self.page(second)]).lines
        #expect(lines.last { $0.hasPrefix("②システムの機能\t") }?.hasSuffix("原本の記載による。") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("\u{0C}③他のシステムとの接続\t[ ] 情報提供ネットワークシステム [ ] 庁内連携システム") }, "\(lines)")
    }

    @Test func aBlocksHeadingCutByANarrowCellIsJoinedWithItsNumber() {
        // An 11 mm label column (the sweep's seed 2000136): 「委託事」 then 「項１」 under it.
        let words = Self.table(
            "62.7 338.7 86.7 委託事 | 94.4 338.7 206.3 子ども子育て支援システム保守 | 62.7 346.2 78.7 項１ | # | 62.7 358.2 86.7 ①委託 "
                + "| 94.4 358.2 300.0 システムの障害監視作業 | 62.7 365.7 78.7 内容", height: 8.0)
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines == ["委託事項１\t子ども子育て支援システム保守", "①委託内容\tシステムの障害監視作業"], "\(lines)")
    }

    @Test func aGridWhoseWrapComesFirstBesideItsCentredLabelIsReadWhole() {
        // Chromium, labels in the middle of their cells (the sweep's seed 2000435): システム3's
        // grid begins two lines above ③'s label, and the first words beside the label are the
        // wrap 「システム」 of the second column. That word only begins a label (no cell of a
        // table's row of labels), the value column begins right of the label whatever stands
        // first in it, and the two lines above the label centre it on its grid.
        let words = Self.table(
            "# | 546.8 10.6 551.9 3 | 554.4 10.6 557.1 / | 559.7 10.6 564.8 6 | # | 37.5 26.1 51.0 Ⅰ | 57.7 26.1 111.7 基本情報 | # "
                + "| 37.5 46.8 268.6 １.特定個人情報ファイルを取り扱う事務 | # | 40.2 76.4 112.2 ①事務の名称 | 117.5 76.4 429.5 低所得者支援及び定額減税補足給付金の支給に関する事務 | 40.2 92.9 112.2 ②事務の内容 "
                + "| 117.5 92.9 549.5 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事 | 40.2 104.9 52.2 ※ | 117.5 104.9 405.5 務の内容及びシステムの機能は、原本の記載による。 | # "
                + "| 37.5 113.5 418.5 ２.特定個人情報ファイルを取り扱う事務において使用するシステム | # | 40.2 143.2 100.2 システム２ | 40.2 160.4 112.2 ①システムの | 117.5 160.4 201.5 番号連携サーバ "
                + "| 40.2 172.4 64.2 名称 | 40.2 188.9 112.2 ②システムの | 117.5 188.9 549.5 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事 | 40.2 200.9 64.2 機能 "
                + "| 117.5 200.9 405.5 務の内容及びシステムの機能は、原本の記載による。 | 121.0 218.9 127.0 [ | 133.0 218.9 139.0 ] | 145.0 218.9 313.0 情報提供ネットワークシステム "
                + "| 402.5 218.9 426.5 [✓] | 432.5 218.9 528.5 庁内連携システム | 121.0 232.4 145.0 [✓] | 151.0 232.4 343.0 住民基本台帳ネットワークシステム | 402.5 232.4 426.5 [✓] "
                + "| 432.5 232.4 552.5 既存住民基本台帳シス | 402.5 244.4 426.5 テム | 40.2 245.2 112.2 ③他のシステ | 40.2 257.2 100.2 ムとの接続 | 121.0 257.9 127.0 [ "
                + "| 133.0 257.9 139.0 ] | 145.0 257.9 229.0 宛名システム等 | 402.5 257.9 426.5 [✓] | 432.5 257.9 504.5 税務システム | 121.0 271.4 145.0 [✓] "
                + "| 151.0 271.4 187.0 その他 | 193.0 271.4 199.0 ( | 205.0 271.4 397.0 番号連携サーバを利用する全てのシ | 121.0 283.4 157.0 ステム | 163.0 283.4 169.0 ) | # "
                + "| 40.2 302.2 100.2 システム３ | 40.2 318.7 112.2 ①システムの | 117.5 318.7 321.5 統合基盤システム(庁内連携システム) | 40.2 330.7 64.2 名称 | 40.2 347.2 112.2 ②システムの "
                + "| 117.5 347.2 549.5 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事 | 40.2 359.2 64.2 機能 | 117.5 359.2 405.5 務の内容及びシステムの機能は、原本の記載による。 "
                + "| 121.0 377.2 127.0 [ | 133.0 377.2 139.0 ] | 145.0 377.2 313.0 情報提供ネットワークシステム | 422.3 377.2 428.3 [ | 434.3 377.2 440.3 ] "
                + "| 446.3 377.2 542.3 庁内連携システム | 121.0 390.7 127.0 [ | 133.0 390.7 139.0 ] | 145.0 390.7 337.0 住民基本台帳ネットワークシステム | 422.3 390.7 446.3 [✓] "
                + "| 452.3 390.7 548.3 既存住民基本台帳 | 422.3 402.7 470.3 システム | 40.2 403.4 112.2 ③他のシステ | 40.2 415.4 100.2 ムとの接続 | 121.0 416.2 145.0 [✓] "
                + "| 151.0 416.2 235.0 宛名システム等 | 422.3 416.2 446.3 [✓] | 452.3 416.2 524.3 税務システム | 121.0 429.7 145.0 [✓] | 151.0 429.7 187.0 その他 "
                + "| 193.0 429.7 199.0 ( | 205.0 429.7 409.0 統合基盤システムを経由して庁内連携 | 121.0 441.7 229.0 する全てのシステム | 235.0 441.7 241.0 ) | # | 40.2 460.4 100.2 システム４ ",
            height: 12)
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        let grids = lines.filter { $0.hasPrefix("③他のシステムとの接続\t") }
        #expect(grids.count == 2, "\(lines)")
        #expect(grids.last?.hasPrefix("③他のシステムとの接続\t[ ] 情報提供ネットワークシステム [ ] 庁内連携システム") == true, "\(lines)")
        #expect(grids.last?.hasSuffix("[✓] その他 ( 統合基盤システムを経由して庁内連携する全てのシステム )") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("②システムの機能\t") && $0.hasSuffix("原本の記載による。") }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("②システムの機能\t") && $0.contains("[") }, "\(lines)")
    }

    @Test func aGridsLinesBelowTheLastCellCentreTheNextLabelOnTheNextGrid() {
        // Chromium, labels in the middle of their cells, one option a line (the sweep's seed
        // 2000661): 入手元's cell ends where its label stands as far below as above; 紙,
        // 電子記録媒体 and フラッシュメモリ below it stand one line apart like the rest, and
        // tell the cells apart only by centring 入手方法's label on its grid.
        let words = Self.table(
            "66.0 151.7 151.2 3.特定個人情報の入手・使用 | # | 99.3 162.9 105.2 ☐ | 108.5 162.9 174.5 本人又は本人の代理人 | # | 99.3 173.9 105.2 ☐ "
                + "| 108.5 173.9 180.7 評価実施機関内の他部署 | 183.9 173.9 187.2 ( | 190.5 173.9 334.9 住民票担当部署、地方税担当部署、保険担当部署 | 338.1 173.9 341.4 ) | # "
                + "| 66.0 188.6 92.2 ①入手元 | 66.0 195.2 72.6 ※ | # | 99.3 184.9 105.2 ☐ | 108.5 184.9 187.2 行政機関・独立行政法人等 | 190.5 184.9 193.8 ( "
                + "| 197.0 184.9 236.4 各医療保険者 | 239.6 184.9 242.9 ) | # | 99.3 196.0 105.2 ☐ | 108.5 196.0 206.9 地方公共団体・地方独立行政法人 | 210.1 196.0 213.4 ( "
                + "| 216.7 196.0 328.2 各市町村、地方公共団体システム機構 | 331.5 196.0 334.8 ) | # | 99.3 207.1 105.2 ☐ | 108.5 207.1 141.5 民間事業者 | # | 99.3 218.1 105.2 ☐ "
                + "| 108.5 218.1 128.2 その他 | 131.4 218.1 134.7 ( | 138.0 218.1 341.4 受給資格調査に係る調査先(受給者の配偶者の勤務先、児童福祉施設) | 344.6 218.1 347.9 ) | # "
                + "| 99.3 229.3 105.2 ☐ | 108.5 229.3 115.1 紙 | # | 99.3 240.3 105.2 ☐ | 108.5 240.3 233.1 電子記録媒体(フラッシュメモリを除く。) | # | 99.3 251.4 105.2 ☐ "
                + "| 108.5 251.4 161.3 フラッシュメモリ | # | 66.0 266.1 92.2 ②入手方 | 66.0 272.6 72.6 法 | # | 99.3 262.4 105.2 ☐ | 108.5 262.4 141.5 電子メール | # "
                + "| 99.3 273.5 105.2 ☑ | 108.5 273.5 128.3 専用線 | # | 99.3 284.6 105.2 ☑ | 108.5 284.6 161.3 庁内連携システム | # | 99.3 295.6 105.2 ☐ "
                + "| 108.5 295.6 200.9 情報提供ネットワークシステム | # | 99.3 306.6 105.2 ☐ | 108.5 306.6 128.2 その他 | 131.4 306.6 134.7 ( | 138.0 306.6 190.5 電子申込システム "
                + "| 193.7 306.6 197.0 ) | # | 66.0 317.7 184.0 4.特定個人情報ファイルの取扱いの委託 ", height: 8.9)
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.contains { $0.hasPrefix("①入手元 ※\t") && $0.hasSuffix("児童福祉施設) )") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("②入手方法\t[ ] 紙 [ ] 電子記録媒体(フラッシュメモリを除く。) [ ] フラッシュメモリ [ ] 電子メール") }, "\(lines)")
    }

    @Test func gridLinesInBlocksOfTheirOwnAboveACentredLabelBesideALineOfItsGridAreItsValue() {
        // LibreOffice Calc (the sweep's seed 2000446): each line of 入手元's grid a block of its
        // own, the label centred on the grid's second line, whose block is centred on the label
        // too; the line above it is in no block of the label's, and still the grid's first.
        var words = [Self.at("3.特定個人情報の入手・使用", 50, 200, 1), Self.at("①入手元", 50, 226, 2), Self.at("※", 95, 226, 2)]
        for k in 0..<3 {
            let pair = Self.acquisitionOptions[(2 * k)...(2 * k + 1)]
            let y = 214 + 12 * Double(k) - (k == 1 ? 0.4 : 0)
            for (c, option) in pair.enumerated() {
                let x = 150 + 200 * Double(c)
                words += [
                    PDFWord("[", x0: x, y0: y, x1: x + 4.9, y1: y + 10, block: 10 + 2 * k),
                    PDFWord("]", x0: x + 14.8, y0: y, x1: x + 19.7, y1: y + 10, block: 10 + 2 * k),
                    Self.at(option, x + 24.6, y, 10 + 2 * k),
                ]
            }
        }
        let layer = PDFLayout.textLayer([Self.page(words)])
        #expect(layer.lines == ["3.特定個人情報の入手・使用", Self.acquisitionRow], "\(layer.lines)")
    }

    @Test func oneLineValuesAboveTheirLabelsShowCentredLabels() {
        // LibreOffice Calc, a 10 mm label column (the sweep's seed 2000746): labels set two
        // characters a line and centred in cells taller than them, one-line values at the top.
        // No value goes on beside its label, yet values standing above their labels show labels
        // in the middle of their cells: 架空町長 is 評価実施機関名's, and the whole list ③'s.
        let cover = Self.table(
            "354.0 37.8 371.1 架空町 | 373.0 37.8 447.5 後期高齢者医療に関する事務 | 449.3 37.8 489.4 基礎項目評価書 | # | 295.0 72.5 544.4 特定個人情報保護評価書(基礎項目評価書) | # "
                + "| 57.5 90.6 77.1 評価 | 57.5 100.5 77.1 書番 | 57.5 110.3 67.3 号 | # | 87.3 90.5 126.5 評価書名 | # | 57.5 132.3 62.4 7 | # | 87.3 132.3 116.7 架空町 "
                + "| 121.6 132.3 249.2 後期高齢者医療に関する事務 | 254.1 132.3 322.7 基礎項目評価書 | # | 57.5 174.2 263.5 個人のプライバシー等の権利利益の保護の宣言 | # "
                + "| 57.5 189.6 776.1 架空町は、後期高齢者医療に関する事務における特定個人情報ファイルの取扱いに当たり、特定個人情報ファイルの取扱いが個人のプライバシー等の権利利益に影 "
                + "| 57.5 199.5 776.1 響を及ぼしかねないことを認識し、特定個人情報の漏えいその他の事態を発生させるリスクを軽減させるために適切な措置を講じ、もって個人のプライバシー等の | 57.5 209.3 283.9 権利利益の保護に取り組んでいることを宣言する。 | # "
                + "| 57.5 255.2 77.1 特記 | 57.5 265.1 77.1 事項 | # | 57.5 294.0 77.1 評価 | 57.5 303.8 77.1 実施 | 57.5 313.6 77.1 機関 | 57.5 323.5 67.3 名 | # "
                + "| 57.5 345.9 77.1 公表 | 57.5 355.7 67.3 日 | # | 87.3 286.7 126.5 架空町長 | # | 87.3 342.1 156.1 令和7年3月14日 | # | 57.5 371.0 116.5 [令和6年10月 "
                + "| 121.5 371.0 150.9 様式2] | # | 770.4 1145.2 774.6 1 | 776.7 1145.2 778.9 / | 781.0 1145.2 785.2 5 ", height: 8.6)
        let first = Self.table(
            "354.0 37.8 371.1 架空町 | 373.0 37.8 447.5 後期高齢者医療に関する事務 | 449.3 37.8 489.4 基礎項目評価書 | # | 57.5 69.5 68.6 Ⅰ | 74.2 69.5 118.7 関連情報 | # "
                + "| 57.5 86.9 234.6 1.特定個人情報ファイルを取り扱う事務 | # | 57.5 114.4 77.1 ①事 | 57.5 124.2 77.1 務の | 57.5 134.1 77.1 名称 | # | 57.5 169.7 77.1 ②事 "
                + "| 57.5 179.6 77.1 務の | 57.5 189.4 77.1 内容 | # | 57.5 226.9 77.1 ③シ | 57.5 236.8 77.1 ステ | 57.5 246.6 77.1 ムの | 57.5 256.4 77.1 名称 | # "
                + "| 87.3 102.2 214.8 後期高齢者医療に関する事務 | # | 87.3 157.5 675.8 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、原本の記載による。 | # "
                + "| 87.3 213.0 205.4 ・後期高齢者医療システム | 87.3 222.8 205.4 ・団体内統合宛名システム | 87.3 232.6 156.1 ・中間サーバー | # | 57.5 281.9 175.5 2.特定個人情報ファイル名 | # "
                + "| 770.4 1145.2 774.6 3 | 776.7 1145.2 778.9 / | 781.0 1145.2 785.2 5 ", height: 8.6)
        let lines = PDFLayout.textLayer([Self.page(cover), Self.page(first)]).lines
        #expect(lines.contains("特記事項\t"), "\(lines)")
        #expect(lines.contains("評価実施機関名\t架空町長"), "\(lines)")
        #expect(lines.contains("③システムの名称\t・後期高齢者医療システム ・団体内統合宛名システム ・中間サーバー"), "\(lines)")
    }

    @Test func aNumberedLabelCutDownANarrowCellStartsItsRowOnItsFirstLine() {
        // LibreOffice Calc, a 13.5 mm label column (the sweep's seed 2000466): 「③シス」「テムの」
        // 「名称」 beside a list that begins half a line above it. The label is read on its first
        // line, where its value begins, not on its middle one.
        let words = Self.table(
            "43.3 56.9 54.0 Ⅰ | 59.4 56.9 102.2 関連情報 | # | 43.3 73.6 212.8 1.特定個人情報ファイルを取り扱う事務 | # | 43.3 98.4 71.5 ①事務 | 43.3 107.9 71.5 の名称 | # "
                + "| 43.3 139.0 71.5 ②事務 | 43.3 148.5 71.5 の内容 | # | 43.3 174.9 71.5 ③シス | 43.3 184.3 71.5 テムの | 43.3 193.8 62.1 名称 | # "
                + "| 82.0 88.4 204.1 後期高齢者医療に関する事務 | # | 82.0 129.0 543.5 本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能 | 82.0 138.4 185.6 は、原本の記載による。 | # "
                + "| 82.0 169.6 195.0 ・後期高齢者医療システム | 82.0 179.0 195.0 ・団体内統合宛名システム | 82.0 188.4 147.9 ・中間サーバー | # | 43.3 210.2 156.4 2.特定個人情報ファイル名 | # "
                + "| 43.3 224.9 184.2 後期高齢者医療被保険者ファイル | # | 43.3 239.7 118.6 3.個人番号の利用 | 123.4 239.7 132.8 ※ | # | 43.3 264.5 71.5 法令上 | 43.3 273.9 71.5 の根拠 | # "
                + "| 82.0 254.4 157.5 番号法第9条第1項 | 162.3 254.4 199.9 別表第一 | # | 538.0 796.5 542.2 3 | 544.3 796.5 546.5 / | 548.6 796.5 552.8 3 ",
            height: 8.6)
        let lines = PDFLayout.textLayer([Self.page(words)]).lines
        #expect(lines.contains { $0.hasPrefix("②事務の内容\t") && $0.hasSuffix("原本の記載による。") }, "\(lines)")
        #expect(lines.contains("③システムの名称\t・後期高齢者医療システム ・団体内統合宛名システム ・中間サーバー"), "\(lines)")
    }

    @Test func aLabelSpelledDownANarrowCellMeetsItsValueOnItsFirstLine() {
        // LibreOffice Calc, a 9 mm label column (the sweep's seed 2000603): 「評価実」「施機関」「名」,
        // its value at the cell's top beside the label's first line. A label, numbered or not,
        // starts its row on its first line; read on its middle one, it met no value.
        let cover = Self.table("63.1 182.4 82.9 特記事 | 63.1 189.0 69.7 項", height: 8.6)
        let next = Self.table("63.1 78.0 82.9 評価実 | 63.1 84.6 82.9 施機関 | 63.1 91.2 69.7 名 | # | 90.2 74.1 129.9 さいたま市長", height: 8.6)
        let lines = PDFLayout.textLayer([Self.page(cover), Self.page(next)]).lines
        #expect(lines == ["特記事項\t", "\u{0C}評価実施機関名\tさいたま市長"], "\(lines)")
    }
}
