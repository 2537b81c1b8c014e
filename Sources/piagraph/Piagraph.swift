import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphText

@main
struct Piagraph: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "piagraph",
        abstract: "Read Japanese privacy impact assessments (特定個人情報保護評価書): their facts, their architecture, where the My Number travels.",
        version: version,
        subcommands: [Render.self, Extract.self, Check.self, Report.self, Scan.self, Paths.self, HistoryCommand.self, Diff.self],
        defaultSubcommand: Render.self
    )

    /// The first word names a command or a file (render is the default command). A word that is
    /// neither, and does not look like a path, is a mistyped command: said as such rather than
    /// taken for a missing file.
    static func unknownCommand(_ word: String) -> String? {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word), !word.contains("/"), !word.contains("."),
            !FileManager.default.fileExists(atPath: word)
        else { return nil }
        let shown = TerminalText.escape(word)
        let near = names.map { ($0, EditDistance.between(word.lowercased(), $0)) }.filter { $0.1 <= max(1, $0.0.count / 3) }.min {
            $0.1 < $1.1
        }
        if let near { return "unknown command '\(shown)' (did you mean \(near.0)?)" }
        return "unknown command '\(shown)', and no file of that name; commands: \(names.dropLast().joined(separator: ", "))"
    }

    /// Exit statuses: 0 success, 2 usage or input error (one line on stderr), never a trap.
    static func main() {
        if let word = CommandLine.arguments.dropFirst().first, let message = unknownCommand(word) {
            FileHandle.standardError.write(Data("piagraph: \(message)\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("piagraph: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
