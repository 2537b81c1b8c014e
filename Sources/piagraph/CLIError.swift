import Foundation

/// An input or usage failure: one line on stderr, exit status 2.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension CLIError: CustomNSError {
    static let errorDomain = "piagraph"
}
