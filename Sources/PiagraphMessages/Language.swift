/// The language piagraph writes its sentences in. Codes, rule ids, JSON keys and SARIF rule ids
/// do not change with it; only what a person reads does.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en, ja

    /// The language a locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set and not empty decides, as POSIX orders them; Japanese when it starts with
    /// `ja`, English otherwise (`C`, `POSIX`, unset, any other language).
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ja") ? .ja : .en
        }
        return .en
    }

    /// The language asked for on a command line: the value of its last `--lang X` or
    /// `--lang=X` (before a `--`), if any; `nil` when the line does not say or says something
    /// other than a language (the command's own parsing reports that).
    public static func fromArguments<S: Sequence>(_ arguments: S) -> Language? where S.Element == String {
        var chosen: Language?
        var expectValue = false
        for argument in arguments {
            if argument == "--" { break }
            if expectValue {
                expectValue = false
                if let language = Language(rawValue: argument) { chosen = language }
                continue
            }
            if argument == "--lang" {
                expectValue = true
            } else if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                chosen = language
            }
        }
        return chosen
    }
}

/// One sentence in both languages; what every catalogue entry returns. Making both at once is
/// what keeps a key from having one language only: the compiler asks for both.
@inlinable
func pick(_ language: Language, en: @autoclosure () -> String, ja: @autoclosure () -> String) -> String {
    language == .ja ? ja() : en()
}

/// A value that a person reads, in either language.
public protocol Localized: Sendable, Hashable {
    func text(_ language: Language) -> String
}

extension Localized {
    /// The English text: what fingerprints, baselines and today's English output are made of.
    public var english: String { text(.en) }
}
