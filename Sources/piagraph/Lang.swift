import ArgumentParser
import Foundation
import PiagraphMessages

/// The language of this run's sentences: the command line's `--lang` when it gives one, else
/// the locale (LC_ALL, LC_MESSAGES, LANG). Read from the arguments before they are parsed, so
/// that the help of every command follows it too.
let language: Language =
    Language.fromArguments(CommandLine.arguments.dropFirst()) ?? Language.fromLocale(ProcessInfo.processInfo.environment)

extension Language: ExpressibleByArgument {}

/// `--lang`, on every command.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(HelpText.lang.text(language), valueName: "ja|en"))
    var lang: Language?
}

/// A help text from the catalogue, in this run's language.
func help(_ key: HelpText, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(key.text(language), valueName: valueName)
}

/// A usage error in this run's language.
func usage(_ text: ErrorText) -> ValidationError { ValidationError(text.text(language)) }
