import PiagraphForm
import PiagraphModel
import PiagraphText
import Testing

@testable import PiagraphParser

/// The mark conventions of domain.md, one test per row, on the cleaned form of each notation.
@Suite struct MarkTests {
    func states(_ raw: String, _ canonical: [String] = ["A", "B", "C"]) -> ([Bool?], [String]) {
        let text = Markup.clean(raw)
        var diagnostics: [Diagnostic] = []
        let matched = OptionMatcher.match(
            OptionScanner.scan(text).options, canonical: canonical, line: 1,
            group: "g", diagnostics: &diagnostics)
        return (matched.map(\.checked), diagnostics.map(\.code))
    }

    @Test func emptyBracketsAreNotSelected() {
        #expect(states("[] A [ ] B [○] C").0 == [false, false, true])
    }

    @Test func circleVariantsAreSelected() {
        #expect(states("[○] A [O] B [〇] C").0 == [true, true, true])
        #expect(states("[ ○ ] A [] B [] C").0 == [true, false, false])
        #expect(states("[Ｏ] A [] B [] C").0 == [true, false, false], "full-width O is NFKC-normalized")
    }

    @Test func checkedInputIsSelectedInOrOutOfBrackets() {
        #expect(states(#"[<input checked="" type="checkbox"/>] A [] B <input checked="" type="radio"/> C"#).0 == [true, false, true])
    }

    @Test func bracketedRadioWithoutCheckedIsTheCircle() {
        #expect(states(#"[<input type="radio"/>] A [] B [<input checked="" type="radio"/>] C"#).0 == [true, false, true])
    }

    @Test func bracketedCheckboxBesideRadiosIsTheEmptyBox() {
        #expect(states(#"[<input type="radio"/>] A [<input type="checkbox"/>] B [<input type="radio"/>] C"#).0 == [true, false, true])
    }

    @Test func bracketedCheckboxAmongPlainBracketsIsSelectedWithANote() {
        let (s, codes) = states(#"[] A [<input type="checkbox"/>] B [] C"#)
        #expect(s == [false, true, false])
        #expect(codes.contains("checkbox-inferred"))
    }

    @Test func sameCheckboxEverywhereMeansLost() {
        let (s, codes) = states(#"[<input type="checkbox"/>] A [<input type="checkbox"/>] B [<input type="checkbox"/>] C"#)
        #expect(s == [nil, nil, nil])
        #expect(codes.contains("marks-lost"))
        let (bare, bareCodes) = states(#"<input type="checkbox"/> A <input type="checkbox"/> B <input type="checkbox"/> C"#)
        #expect(bare == [nil, nil, nil])
        #expect(bareCodes.contains("marks-lost"))
    }

    @Test func bareCheckboxAtRowStartIsUnknown() {
        let (s, codes) = states(#"<input type="checkbox"/> A [] B [<input type="checkbox"/>] C"#)
        #expect(s == [nil, false, true])
        #expect(codes.contains("checkbox-ambiguous"))
    }

    @Test func bareCheckboxesWithRealCheckedStatesAreHTMLState() {
        #expect(
            states(#"<input type="checkbox"/> A <input checked="" type="checkbox"/> B <input type="checkbox"/> C"#).0 == [
                false, true, false,
            ])
    }

    @Test func strayMarkInsideParenthesesIsDropped() {
        let text = Markup.clean(#"[] A [<input type="radio"/>] その他 (<input type="checkbox"/>口座情報)"#)
        let options = OptionScanner.scan(text).options
        #expect(options.count == 2)
        #expect(options[1].label == "その他 (口座情報)")
    }

    @Test func missingOptionIsUnknownWithDiagnostic() {
        let (s, codes) = states("[] A [○] C")
        #expect(s == [false, nil, true])
        #expect(codes.contains("option-missing"))
    }

    @Test func repeatedGridKeepsFirstOccurrence() {
        #expect(states("[] A [○] B [] C [○] A [] B [○] C").0 == [false, true, false])
    }

    @Test func chosenValueNotations() {
        #expect(ChosenValue.read("[委託する] <選択肢> 1) 委託する 2) 委託しない", choices: ["委託する", "委託しない"]) == "委託する")
        #expect(ChosenValue.read(Markup.clean(#"[<input type="checkbox"/> 再委託しない]"#), choices: ["再委託する", "再委託しない"]) == "再委託しない")
        #expect(
            ChosenValue.read(Markup.clean(#"<input type="checkbox"/> 再委託しない] <選択肢> 1) 再委託する"#), choices: ["再委託する", "再委託しない"]) == "再委託しない")
        #expect(ChosenValue.read("[ ] <選択肢> 1) 再委託する 2) 再委託しない", choices: ["再委託する", "再委託しない"]) == nil)
        // Two different choices named: nothing is read rather than one guessed.
        #expect(ChosenValue.read("[委託する 委託しない]", choices: ["委託する", "委託しない"]) == nil)
        #expect(ChosenValue.count(Markup.clean(#"(<input type="checkbox"/> 1) 件"#)) == 1)
        #expect(ChosenValue.count("( ) 件") == nil)
        #expect(ChosenValue.count("[○] 提供を行っている (12) 件") == 12)
    }
}
