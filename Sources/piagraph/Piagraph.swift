import ArgumentParser
import Foundation
import PiagraphExport
import PiagraphMessages
import PiagraphText

@main
struct Piagraph: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "piagraph",
        abstract: HelpText.root.text(language),
        version: version,
        subcommands: [
            Render.self, Extract.self, Check.self, Report.self, Scan.self, Paths.self, HistoryCommand.self, Diff.self, Serve.self,
        ],
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
        return ErrorText.unknownCommand(shown, near: near?.0, commands: Array(names.dropLast())).text(language)
    }

    /// `--lang X` given before the command's name (`piagraph --lang ja check …`) belongs to the
    /// command: moved after its name, so that the name is not taken for a file of `render`.
    static func arguments(_ given: [String]) -> [String] {
        var rest = given
        var moved: [String] = []
        while let first = rest.first, first == "--lang" || first.hasPrefix("--lang=") {
            moved += rest.prefix(first == "--lang" ? 2 : 1)
            rest.removeFirst(min(rest.count, first == "--lang" ? 2 : 1))
        }
        guard !moved.isEmpty, let name = rest.first else { return given }
        return [name] + moved + rest.dropFirst()
    }

    /// Exit statuses: 0 success, 2 usage or input error (one line on stderr), never a trap.
    static func main() {
        let given = arguments(Array(CommandLine.arguments.dropFirst()))
        if let word = given.first, let message = unknownCommand(word) {
            FileHandle.standardError.write(Data("piagraph: \(message)\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(given)
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("piagraph: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if error is ExitCode { exit(withError: error) }
            if code == .success {
                // Help and the version: the parser's own words in this run's language.
                let text = ParserText.localize(fullMessage(for: error), language)
                if text.isEmpty { exit(withError: error) }
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((ParserText.localize(fullMessage(for: error), language) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
