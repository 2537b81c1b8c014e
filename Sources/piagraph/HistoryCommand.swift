import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphHistory
import PiagraphKit
import PiagraphParser

struct HistoryCommand: ParsableCommand {
    /// Characters of a change's summary printed on its line.
    static let summaryMax = 160

    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The (別添2) change log as a timeline of architecture changes.",
        discussion:
            "Systems added or removed, links changed, 委託 added, removed or replaced, 提供先/移転先 added, removed or renumbered, 入手 changed; each with its date, 提出時期 and line."
    )

    @Argument(help: "The assessment: a PDF or a text file.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
        let assessment = try Loader.open(file, input).assessment
        let (changes, other) = History.timeline(assessment)
        var out: [String] = []
        for c in changes {
            let timing = c.timing ?? "—"
            out.append("\(c.date)  \(timing)  \(c.kind.rawValue): \(c.subject) \(c.summary.prefix(Self.summaryMax))  (line \(c.line))")
        }
        out.append("\(changes.count) architecture change(s); \(other) other row(s) of (別添2) change text, not the architecture")
        FileHandle.standardOutput.write(Data((out.map(TerminalText.escape).joined(separator: "\n") + "\n").utf8))
    }
}
