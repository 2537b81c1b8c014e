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
        message.replacing(#/(lines?|l\.|p\.) ?[0-9]+(, ?[0-9]+)*/#, with: "")
    }
}
