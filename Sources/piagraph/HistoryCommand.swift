import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphHistory
import PiagraphKit
import PiagraphMessages
import PiagraphParser

struct HistoryCommand: ParsableCommand {
    /// Characters of a change's summary printed on its line.
    static let summaryMax = 160

    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpText.historyAbstract.text(language),
        discussion:
            HelpText.historyDiscussion.text(language)
    )

    @Argument(help: help(.historyFile))
    var file: String

    @OptionGroup var input: InputOptions
    @OptionGroup var languageOptions: LanguageOptions

    func run() throws {
        let assessment = try Loader.open(file, input).assessment
        let (changes, other) = History.timeline(assessment)
        var out: [String] = []
        for c in changes {
            let timing = c.timing ?? "—"
            out.append(
                HistoryLine.change(
                    date: c.date, timing: timing, kind: c.kind.rawValue, subject: c.subject,
                    summary: String(c.summary.prefix(Self.summaryMax)),
                    line: c.line
                ).text(language))
        }
        out.append(HistoryLine.total(changes: changes.count, other: other).text(language))
        FileHandle.standardOutput.write(Data((out.map(TerminalText.escape).joined(separator: "\n") + "\n").utf8))
    }
}
