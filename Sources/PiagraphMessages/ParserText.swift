// The words swift-argument-parser writes itself around our help and usage errors (headings,
// its own options, its errors), put into Japanese after it has written them: the library has
// no catalogue of its own.

import Foundation

public enum ParserText {
    /// Fixed phrases, longest first where one contains another.
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "概要:"),
        ("USAGE:", "使い方:"),
        ("ARGUMENTS:", "引数:"),
        ("OPTIONS:", "オプション:"),
        ("SUBCOMMANDS:", "サブコマンド:"),
        ("Show the version.", "バージョンを表示します。"),
        ("Show help information.", "ヘルプを表示します。"),
        ("(default)", "(既定)"),
        ("Error: ", "エラー: "),
        ("Usage: ", "使い方: "),
        ("Help: ", "ヘルプ: "),
    ]

    /// Sentences with a quoted part: English pattern, Japanese template ($1, $2 …).
    static let patterns: [(String, String)] = [
        // Wrapped anywhere: "(default:\n   120)".
        (#"\(default:(\s+)"#, "(既定:$1"),
        (#"\(values:(\s+)"#, "(値:$1"),
        (#";(\s+)default:(\s+)"#, "、既定:$2"),
        (#"See '([^']*)' for detailed help\."#, "詳しいヘルプは '$1' で表示します。"),
        (#"See '([^']*)' for more information\."#, "詳しくは '$1' を参照してください。"),
        (#"Missing value for '([^']*)'"#, "'$1' の値がありません"),
        (#"Missing expected argument '([^']*)'"#, "必要な引数 '$1' がありません"),
        (#"Unknown option '([^']*)'"#, "不明なオプション '$1'"),
        (#"Unexpected argument '([^']*)'"#, "余分な引数 '$1'"),
        (#"Unexpected arguments? (.*)"#, "余分な引数 $1"),
        (#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\."#, "'$1' は '$2' に使えない値です。次のいずれかを指定してください: $3。"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "'$1' は '$2' に使えない値です"),
        (#"Missing value for option '([^']*)'"#, "オプション '$1' の値がありません"),
    ]

    /// The parser's text in `language`: unchanged in English.
    public static func localize(_ text: String, _ language: Language) -> String {
        guard language == .ja else { return text }
        var out = text
        for (en, ja) in phrases { out = out.replacingOccurrences(of: en, with: ja) }
        for (pattern, template) in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            out = regex.stringByReplacingMatches(
                in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
        }
        return out.replacingOccurrences(of: "' or '", with: "'、'").replacingOccurrences(of: "', '", with: "'、'")
    }
}
