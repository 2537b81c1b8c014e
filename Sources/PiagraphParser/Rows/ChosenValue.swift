import PiagraphModel
import PiagraphText

enum ChosenValue {
    /// A value chosen from a list is written before `<選択肢>`, in brackets, sometimes with a
    /// stray mark inside or a mangled opening bracket; or after the list, in the one bracket
    /// there (「<選択肢> 1) 委託する 2) 委託しない [委託する] ( 4 ) 件」, the box set beside its
    /// list). Returns the choice it names, if any.
    static func read(_ text: String, choices: [String]) -> String? {
        var head = text.prefixBefore("<選択肢>")
        if head.allSatisfy({ $0 == " " }), let list = text.range(of: "<選択肢>") {
            let after = text[list.upperBound...]
            guard after.filter({ $0 == "[" }).count == 1, let open = after.firstIndex(of: "["),
                let close = after[open...].firstIndex(of: "]")
            else { return nil }
            head = after[open...close]
        }
        var cleaned = ""
        for s in head.unicodeScalars where !MarkSentinel.isSentinel(s) && s != "[" && s != "]" && s != " " {
            cleaned.unicodeScalars.append(s)
        }
        if cleaned.isEmpty { return nil }
        if let exact = choices.first(where: { $0 == cleaned }) { return exact }
        // 再委託する contains 委託する: a choice inside a longer one that is named does not count.
        // Two different choices named is not a choice: nothing is read rather than one guessed.
        let contained = choices.filter { cleaned.contains($0) }
        let named = contained.filter { c in !contained.contains { $0 != c && $0.contains(c) } }
        return named.count == 1 ? named[0] : nil
    }

    /// The N of 「(N) 件」; nil when the parentheses are empty or absent.
    static func count(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.filter { !MarkSentinel.isSentinel($0) })
        var i = 0
        while i < scalars.count {
            if scalars[i] == "(" {
                var j = i + 1
                var digits = ""
                while j < scalars.count, scalars[j] == " " { j += 1 }
                while j < scalars.count, ("0"..."9").contains(scalars[j]) {
                    digits.unicodeScalars.append(scalars[j])
                    j += 1
                }
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, scalars[j] == ")" {
                    var k = j + 1
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    if k < scalars.count, scalars[k] == "件" { return Int(digits) }
                }
            }
            i += 1
        }
        return nil
    }
}

extension String {
    /// The text before the first occurrence of `marker` (all of it when absent), byte-wise.
    func prefixBefore(_ marker: String) -> Substring {
        guard let offset = byteOffset(of: marker) else { return self[...] }
        return self[..<utf8.index(utf8.startIndex, offsetBy: offset)]
    }
}
