import Foundation
import PiagraphMessages

/// An input or usage failure: one line on stderr, exit status 2, in this run's language.
struct CLIError: Error, CustomStringConvertible {
    let text: ErrorText
    init(_ text: ErrorText) { self.text = text }
    var message: String { text.text(language) }
    var description: String { message }
}

extension CLIError: CustomNSError {
    static let errorDomain = "piagraph"
}
