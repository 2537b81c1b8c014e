import ArgumentParser
import Foundation

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

    /// Exit statuses: 0 success, 2 usage or input error (one line on stderr), never a trap.
    static func main() {
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
