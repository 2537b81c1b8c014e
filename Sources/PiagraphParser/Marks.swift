import PiagraphModel
import PiagraphText

/// A mark as the PDF conversion left it, before its state is decided.
enum RawMark: Hashable {
    case empty                       // [] or [ ]
    case circle                      // [○] [O] [〇]
    case checked(bracketed: Bool)    // <input checked …/>
    case radio(bracketed: Bool)      // <input type="radio"/>
    case checkbox(bracketed: Bool)   // <input type="checkbox"/>

    var isBare: Bool {
        switch self {
        case .checked(let b), .radio(let b), .checkbox(let b): return !b
        case .empty, .circle: return false
        }
    }
}

/// One option of a group: the mark and the printed text that follows it.
struct RawOption {
    var mark: RawMark
    var label: String
}

enum OptionScanner {
    /// Splits cleaned text into marked options. A mark inside the parentheses of the
    /// current option (`その他 (<input …/>text)`) is a stray and is dropped; `[` that
    /// does not close into a mark (`[十分である]`) is ordinary text.
    static func scan(_ text: String) -> (prefix: String, options: [RawOption]) {
        let s = Array(text.unicodeScalars)
        var prefix = String.UnicodeScalarView()
        var options: [RawOption] = []
        var label = String.UnicodeScalarView()
        var depth = 0
        var i = 0
        // An unbalanced "(" must not swallow the rest of the group: marks count as stray
        // only while a ")" is still to come.
        let lastClose = s.lastIndex(of: ")") ?? -1

        func emit(_ mark: RawMark) {
            if options.isEmpty {
                prefix = label
            } else {
                options[options.count - 1].label = String(label).trimmingSpaces
            }
            options.append(RawOption(mark: mark, label: ""))
            label = String.UnicodeScalarView()
            depth = 0
        }

        while i < s.count {
            let c = s[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0 || i > lastClose, c == "[" {
                var j = i + 1
                while j < s.count, s[j] == " " { j += 1 }
                var inner: Unicode.Scalar?
                if j < s.count, s[j] != "]" {
                    inner = s[j]
                    j += 1
                    while j < s.count, s[j] == " " { j += 1 }
                }
                if j < s.count, s[j] == "]" {
                    if let inner {
                        if let mark = bracketMark(inner) { emit(mark); i = j + 1; continue }
                    } else {
                        emit(.empty); i = j + 1; continue
                    }
                }
            }
            if MarkSentinel.isSentinel(c) {
                if depth == 0 || i > lastClose { emit(bareMark(c)) }
                i += 1
                continue
            }
            label.append(c)
            i += 1
        }
        if options.isEmpty {
            prefix = label
        } else {
            options[options.count - 1].label = String(label).trimmingSpaces
        }
        return (String(prefix).trimmingSpaces, options)
    }

    private static func bracketMark(_ c: Unicode.Scalar) -> RawMark? {
        switch c {
        case "○", "O", "〇", "◯": return .circle
        case MarkSentinel.checked: return .checked(bracketed: true)
        case MarkSentinel.radio: return .radio(bracketed: true)
        case MarkSentinel.checkbox: return .checkbox(bracketed: true)
        default: return nil
        }
    }

    private static func bareMark(_ c: Unicode.Scalar) -> RawMark {
        switch c {
        case MarkSentinel.checked: return .checked(bracketed: false)
        case MarkSentinel.radio: return .radio(bracketed: false)
        default: return .checkbox(bracketed: false)
        }
    }
}

/// Decides the state of each mark of one group, following the conventions the answer
/// keys established (domain.md, "Marks in the converted text"). Unreadable marks are nil,
/// and every nil or inferred state is explained by a diagnostic.
enum MarkResolver {
    struct Result {
        var states: [Bool?]
        var diagnostics: [Diagnostic]
    }

    static func resolve(_ marks: [RawMark], names: [String], line: Int, group: String) -> Result {
        guard !marks.isEmpty else { return Result(states: [], diagnostics: []) }
        let first = marks[0]
        let allSameCheckbox: Bool = {
            if case .checkbox = first { return marks.allSatisfy { $0 == first } }
            return false
        }()
        if allSameCheckbox {
            let form = first.isBare ? "<input type=\"checkbox\"/>" : "[<input type=\"checkbox\"/>]"
            return Result(
                states: Array(repeating: nil, count: marks.count),
                diagnostics: [Diagnostic(.warning, "marks-lost", line: line,
                    "\(group): every option carries the same mark \(form); the selection was lost in conversion, all \(marks.count) read as unknown")])
        }
        let holdsRadioOrCircle = marks.contains {
            switch $0 {
            case .circle, .radio, .checked: return true
            default: return false
            }
        }
        let holdsEmpty = marks.contains(.empty)
        let allBare = marks.allSatisfy(\.isBare)
        let bareChecked = marks.contains(.checked(bracketed: false))

        var states: [Bool?] = []
        var unknown: [String] = []
        var inferred: [String] = []
        for (k, mark) in marks.enumerated() {
            let name = k < names.count ? names[k] : "option \(k + 1)"
            switch mark {
            case .empty: states.append(false)
            case .circle, .checked: states.append(true)
            case .radio(bracketed: true): states.append(true)
            case .radio(bracketed: false):
                states.append(nil); unknown.append(name)
            case .checkbox(bracketed: true):
                if holdsRadioOrCircle {
                    states.append(false)
                } else if holdsEmpty {
                    states.append(true); inferred.append(name)
                } else {
                    states.append(nil); unknown.append(name)
                }
            case .checkbox(bracketed: false):
                if allBare && bareChecked {
                    states.append(false)
                } else {
                    states.append(nil); unknown.append(name)
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        if !unknown.isEmpty {
            diagnostics.append(Diagnostic(.warning, "checkbox-ambiguous", line: line,
                "\(group): the mark of \(unknown.joined(separator: ", ")) is a bare conversion artifact with no state; read as unknown"))
        }
        if !inferred.isEmpty {
            diagnostics.append(Diagnostic(.note, "checkbox-inferred", line: line,
                "\(group): [<input type=\"checkbox\"/>] of \(inferred.joined(separator: ", ")) differs from its [] neighbours; read as selected"))
        }
        return Result(states: states, diagnostics: diagnostics)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        while scalars.last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
