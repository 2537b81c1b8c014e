import PiagraphMessages
import PiagraphModel
import PiagraphText

/// The one table of printed mark glyphs, read alike in text (OptionScanner) and in a PDF's
/// words (PDFLayout). Inside brackets, any of `selectedInBrackets` says selected and nothing
/// (spaces, a full-width space) says not. Printed alone before an option, a filled glyph says
/// selected and a hollow box not; a hollow circle says "not selected" only where a filled
/// circle marks the chosen options of the same group (a radio group): alone, a ○ may as well
/// be the form's own "selected" circle, and is unknown.
package enum MarkGlyphs {
    package static let selectedInBrackets: Set<Unicode.Scalar> = [
        "○", "〇", "◯", "O", "●", "◉", "✓", "✔", "×", "x", "X", "レ", "■", "☑", "☒",
    ]
    package static let filled: Set<Unicode.Scalar> = ["■", "☑", "☒", "●", "◉"]
    package static let filledCircles: Set<Unicode.Scalar> = ["●", "◉"]
    package static let hollowBoxes: Set<Unicode.Scalar> = ["□", "☐"]
    package static let hollowCircles: Set<Unicode.Scalar> = ["○", "◯"]

    package static func isGlyph(_ s: Unicode.Scalar) -> Bool {
        // Every glyph lies in U+25A0…U+2612 (■ to ☒): the rest of a text is ruled out unhashed.
        guard s.value >= 0x25A0, s.value <= 0x2612 else { return false }
        return filled.contains(s) || hollowBoxes.contains(s) || hollowCircles.contains(s)
    }
}

/// A mark as the PDF conversion left it, before its state is decided.
package enum RawMark: Hashable {
    case empty  // [] or [ ]
    case circle  // [○] [O] [〇] [✓] [レ] … (MarkGlyphs.selectedInBrackets)
    case filled(circle: Bool)  // ■ ☑ ● printed alone before an option
    case hollowBox  // □ ☐
    case hollowCircle  // ○ alone: not selected beside ●, else unknown
    case checked(bracketed: Bool)  // <input checked …/>
    case radio(bracketed: Bool)  // <input type="radio"/>
    case checkbox(bracketed: Bool)  // <input type="checkbox"/>

    /// Whether the mark, alone, says its option is selected (a lone ○ does not: see
    /// MarkResolver).
    package var selects: Bool {
        switch self {
        case .circle, .filled, .checked: return true
        case .empty, .hollowBox, .hollowCircle, .radio, .checkbox: return false
        }
    }

    package var isBare: Bool {
        switch self {
        case .checked(let b), .radio(let b), .checkbox(let b): return !b
        case .empty, .circle, .filled, .hollowBox, .hollowCircle: return false
        }
    }
}

/// One option of a group: the mark and the printed text that follows it.
package struct RawOption {
    package var mark: RawMark
    package var label: String
}

package enum OptionScanner {
    /// Splits cleaned text into marked options. A mark inside the parentheses of the
    /// current option (`その他 (<input …/>text)`) is a stray and is dropped; `[` that
    /// does not close into a mark (`[十分である]`) is ordinary text. Works on UTF-8 bytes:
    /// every delimiter involved is ASCII or a fixed 3-byte sequence.
    package static func scan(_ text: String) -> (prefix: String, options: [RawOption]) {
        var text = text
        return text.withUTF8 { scan(bytes: $0) }
    }

    private static func scan(bytes s: UnsafeBufferPointer<UInt8>) -> (prefix: String, options: [RawOption]) {
        let n = s.count
        var options: [RawOption] = []
        var prefix = ""
        var label: [UInt8] = []
        label.reserveCapacity(64)
        var depth = 0
        // An unbalanced "(" must not swallow the rest of the group: marks count as stray
        // only while a ")" is still to come.
        var lastClose = -1
        for k in stride(from: n - 1, through: 0, by: -1) where s[k] == 0x29 {
            lastClose = k
            break
        }

        func finishLabel() -> String {
            var start = 0
            var end = label.count
            while start < end, label[start] == 0x20 { start += 1 }
            while end > start, label[end - 1] == 0x20 { end -= 1 }
            return String(decoding: label[start..<end], as: UTF8.self)
        }
        func emit(_ mark: RawMark) {
            if options.isEmpty { prefix = finishLabel() } else { options[options.count - 1].label = finishLabel() }
            options.append(RawOption(mark: mark, label: ""))
            label.removeAll(keepingCapacity: true)
            depth = 0
        }
        /// The scalar starting at byte `i` and its length in bytes.
        func scalarAt(_ i: Int) -> (Unicode.Scalar, Int)? {
            guard i < n else { return nil }
            let b = s[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= n else { return nil }
            var value = length == 1 ? UInt32(b) : UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(s[i + k] & 0x3F) }
            return Unicode.Scalar(value).map { ($0, length) }
        }
        /// The mark inside brackets starting at `i`, if any, and its length in bytes.
        func markAt(_ i: Int) -> (RawMark, Int)? {
            guard i < n else { return nil }
            if s[i] == 0xEE, i + 2 < n, s[i + 1] == 0x80 {
                switch s[i + 2] {
                case 0x81: return (.checked(bracketed: true), 3)
                case 0x82: return (.radio(bracketed: true), 3)
                case 0x83: return (.checkbox(bracketed: true), 3)
                default: return nil
                }
            }
            guard let (scalar, length) = scalarAt(i) else { return nil }
            if MarkGlyphs.selectedInBrackets.contains(scalar) { return (.circle, length) }
            if MarkGlyphs.hollowBoxes.contains(scalar) { return (.empty, length) }
            return nil
        }
        /// A glyph printed alone before an option: at the start or after a space, and not one
        /// of a run of glyphs (「○○市」 is a name, not two marks).
        func glyphAt(_ i: Int) -> (RawMark, Int)? {
            guard s[i] >= 0xE2, label.isEmpty || label.last == 0x20, let (scalar, length) = scalarAt(i),
                MarkGlyphs.isGlyph(scalar)
            else { return nil }
            if let (next, _) = scalarAt(i + length), MarkGlyphs.isGlyph(next) { return nil }
            if MarkGlyphs.filled.contains(scalar) { return (.filled(circle: MarkGlyphs.filledCircles.contains(scalar)), length) }
            if MarkGlyphs.hollowBoxes.contains(scalar) { return (.hollowBox, length) }
            return (.hollowCircle, length)
        }
        var i = 0
        while i < n {
            let c = s[i]
            if c == 0x28 { depth += 1 } else if c == 0x29 { depth = max(0, depth - 1) }
            let free = depth == 0 || i > lastClose
            if free, c == 0x5B {  // [
                var j = i + 1
                while j < n, s[j] == 0x20 { j += 1 }
                if j < n, s[j] == 0x5D {
                    emit(.empty)
                    i = j + 1
                    continue
                }
                if let (mark, length) = markAt(j) {
                    var k = j + length
                    while k < n, s[k] == 0x20 { k += 1 }
                    if k < n, s[k] == 0x5D {
                        emit(mark)
                        i = k + 1
                        continue
                    }
                }
            }
            if free, let (mark, length) = glyphAt(i) {
                emit(mark)
                i += length
                continue
            }
            if c == 0xEE, i + 2 < n, s[i + 1] == 0x80, (0x81...0x83).contains(s[i + 2]) {
                if free {
                    emit(
                        s[i + 2] == 0x81
                            ? .checked(bracketed: false) : s[i + 2] == 0x82 ? .radio(bracketed: false) : .checkbox(bracketed: false))
                }
                i += 3
                continue
            }
            label.append(c)
            i += 1
        }
        if options.isEmpty { prefix = finishLabel() } else { options[options.count - 1].label = finishLabel() }
        return (prefix, options)
    }
}

/// Decides the state of each mark of one group, following the conventions the answer
/// keys established (domain.md, "Marks in the converted text"). Unreadable marks are nil,
/// and every nil or inferred state is explained by a diagnostic.
package enum MarkResolver {
    package struct Result {
        package var states: [Bool?]
        package var diagnostics: [Diagnostic]
    }

    package static func resolve(_ marks: [RawMark], names: [String], line: Int, group: FormPlace) -> Result {
        guard !marks.isEmpty else { return Result(states: [], diagnostics: []) }
        let first = marks[0]
        let allSameCheckbox: Bool = {
            if case .checkbox = first { return marks.allSatisfy { $0 == first } }
            return false
        }()
        if allSameCheckbox {
            let form = first.isBare ? "<input type=\"checkbox\"/>" : "[<input type=\"checkbox\"/>]"
            if marks.count == 1 {
                return Result(
                    states: [nil],
                    diagnostics: [
                        Diagnostic(
                            .warning, .marksLost, line: line,
                            .loneMark(group: group, mark: form))
                    ])
            }
            return Result(
                states: Array(repeating: nil, count: marks.count),
                diagnostics: [
                    Diagnostic(
                        .warning, .marksLost, line: line,
                        .sameMarkEverywhere(group: group, mark: form, count: marks.count))
                ])
        }
        let holdsRadioOrCircle = marks.contains {
            switch $0 {
            case .circle, .radio, .checked: return true
            default: return false
            }
        }
        let holdsEmpty = marks.contains(.empty)
        let holdsFilledCircle = marks.contains(.filled(circle: true))
        var lone: [String] = []
        let allBare = marks.allSatisfy(\.isBare)
        let bareChecked = marks.contains(.checked(bracketed: false))

        var states: [Bool?] = []
        var unknown: [String] = []
        var inferred: [String] = []
        for (k, mark) in marks.enumerated() {
            let name = k < names.count ? names[k] : "option \(k + 1)"
            switch mark {
            case .empty, .hollowBox: states.append(false)
            case .circle, .checked, .filled: states.append(true)
            case .hollowCircle:
                if holdsFilledCircle {
                    states.append(false)
                } else {
                    states.append(nil)
                    lone.append(name)
                }
            case .radio(bracketed: true): states.append(true)
            case .radio(bracketed: false):
                states.append(nil)
                unknown.append(name)
            case .checkbox(bracketed: true):
                if holdsRadioOrCircle {
                    states.append(false)
                } else if holdsEmpty {
                    states.append(true)
                    inferred.append(name)
                } else {
                    states.append(nil)
                    unknown.append(name)
                }
            case .checkbox(bracketed: false):
                if allBare && bareChecked {
                    states.append(false)
                } else {
                    states.append(nil)
                    unknown.append(name)
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        if !unknown.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .checkboxAmbiguous, line: line,
                    .bareArtifact(group: group, options: unknown))
            )
        }
        if !lone.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .marksAmbiguous, line: line,
                    .loneCircle(group: group, options: lone)))
        }
        if !inferred.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .note, .checkboxInferred, line: line,
                    .checkboxInferred(group: group, options: inferred)))
        }
        return Result(states: states, diagnostics: diagnostics)
    }
}
