import Foundation

/// Why a file could not be read as an assessment text. Each case renders as one line.
public enum InputError: Error, Hashable, CustomStringConvertible, Sendable {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case invalidEncoding(path: String, offset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case lineTooLong(path: String, line: Int, bytes: Int, limit: Int)
    case notAnAssessment(path: String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file"
        case .isDirectory(let p): return "\(p): is a directory, not an assessment text file"
        case .unreadable(let p, let r): return "\(p): cannot be read (\(r))"
        case .empty(let p): return "\(p): the file is empty"
        case .binary(let p, let o):
            return "\(p): binary data (NUL byte at offset \(o)); expected the text of a 特定個人情報保護評価書"
        case .invalidEncoding(let p, let o):
            return "\(p): invalid UTF-8 at byte offset \(o), and the file is not Shift_JIS/CP932 or UTF-16 with a BOM either"
        case .tooLarge(let p, let b, let l):
            return "\(p): \(b) bytes is larger than the \(l)-byte limit for one assessment"
        case .lineTooLong(let p, let line, let b, let l):
            return "\(p):\(line): a line of \(b) bytes exceeds the \(l)-byte limit; this is not a converted assessment"
        case .notAnAssessment(let p):
            return "\(p): not a 特定個人情報保護評価書 (no header, section or system of one was recognised)"
        }
    }
}
