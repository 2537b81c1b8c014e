import Foundation
import PiagraphText

extension Finding {
    /// The finding's identity across re-published versions of a document: its rule, its message
    /// without its line and page numbers (they move when a version adds a row) and the text of
    /// the lines it cites, spaces collapsed — never line numbers, file names or node ids (which
    /// are positional). 16 hex digits of SHA-256. `text` gives a cited line's text: the path is
    /// that of the line's document for a finding across documents, nil for the checked file.
    public func fingerprint(text: (_ path: String?, _ line: Int) -> String?) -> String {
        var material = "piagraph/v1\n\(ruleID)\n"
        material += Self.withoutLineNumbers(message)
        for (k, line) in lines.enumerated() {
            let cited = text(k < paths.count ? paths[k] : nil, line) ?? ""
            material += "\n" + cited.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).joined(separator: " ")
        }
        return String(FileDigest.hex(Data(material.utf8)).prefix(16))
    }

    /// `line 52`, `lines 48, 52`, `l.57`, `p.3` taken out; every other digit (a count, the 01 of
    /// 業務システム01) is part of what the finding says.
    static func withoutLineNumbers(_ message: String) -> String {
        // What `#/(lines?|l\.|p\.) ?[0-9]+(, ?[0-9]+)*/#` replaces, matched by hand: a regex
        // built for every finding took half of `check`'s time on a corpus, and a Regex is not
        // Sendable, so one built once cannot be shared between threads.
        // Most messages cite no line: without a digit, or without 「line」「l.」「p.」 in their
        // bytes, nothing matches (and their characters need not be split).
        let bytes = message.utf8
        guard bytes.contains(where: { (0x30...0x39).contains($0) }),
            zip(bytes, bytes.dropFirst()).contains(where: { ($0 == 0x6C && ($1 == 0x69 || $1 == 0x2E)) || ($0 == 0x70 && $1 == 0x2E) })
        else { return message }
        let c = Array(message)
        func digit(_ k: Int) -> Bool { k < c.count && ("0"..."9").contains(c[k]) }
        func digits(from k: Int) -> Int {
            var k = k
            while digit(k) { k += 1 }
            return k
        }
        // The end of ` ?[0-9]+(, ?[0-9]+)*` from k, or nil.
        func numbers(from k: Int) -> Int? {
            let first = k < c.count && c[k] == " " && digit(k + 1) ? k + 1 : k
            guard digit(first) else { return nil }
            var end = digits(from: first)
            while end < c.count, c[end] == "," {
                let next = end + 1 < c.count && c[end + 1] == " " && digit(end + 2) ? end + 2 : end + 1
                guard digit(next) else { break }
                end = digits(from: next)
            }
            return end
        }
        func has(_ word: [Character], at k: Int) -> Bool {
            k + word.count <= c.count && word.indices.allSatisfy { c[k + $0] == word[$0] }
        }
        let line: [Character] = ["l", "i", "n", "e"]
        func match(at k: Int) -> Int? {
            guard c[k] == "l" || c[k] == "p" else { return nil }
            if has(line, at: k) {
                if k + 4 < c.count, c[k + 4] == "s", let end = numbers(from: k + 5) { return end }
                return numbers(from: k + 4)
            }
            if k + 1 < c.count, c[k + 1] == "." { return numbers(from: k + 2) }
            return nil
        }
        var out = ""
        var k = 0
        while k < c.count {
            if let end = match(at: k) {
                k = end
            } else {
                out.append(c[k])
                k += 1
            }
        }
        return out
    }
}
