import Foundation

/// Why a file could not be read as an assessment text. Each case renders as one line.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
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

/// The text encodings piagraph accepts, as detected from the bytes.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE (BOM)"
    case utf16BE = "UTF-16BE (BOM)"
    case shiftJIS = "Shift_JIS/CP932"
    /// piagraph's text layer of a PDF, rebuilt from its words and their boxes.
    case pdf = "PDF"
}

/// One input file, decoded, with its lines split (CRLF, CR and LF all end a line).
public struct SourceDocument: Sendable {
    public let path: String
    public let encoding: SourceEncoding
    /// SHA-256 of the file's bytes as stored on disk, lower-case hex.
    public let sha256: String
    public let byteCount: Int
    /// 1-based line `n` is `lines[n - 1]`.
    public let lines: [Substring]
    /// For a PDF: the line of the text layer at which each page begins. Empty for a text file.
    public let pageStarts: [Int]
    /// For a PDF: its pages without any text (scanned or blank), which nothing is read from.
    public let pagesWithoutText: [Int]

    public static let maxBytes = 64 * 1024 * 1024
    public static let maxLineBytes = 1024 * 1024

    /// Decodes `data`; `path` is used for messages and provenance only.
    public init(data: Data, path: String) throws(InputError) {
        if data.isEmpty { throw .empty(path: path) }
        if data.count > Self.maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: Self.maxBytes) }
        let (text, encoding) = try TextDecoder.decode(data, path: path)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        self.path = path
        self.encoding = encoding
        self.sha256 = SHA256.hex(data)
        self.byteCount = data.count
        self.lines = try LineSplitter.split(text, path: path, maxLineBytes: Self.maxLineBytes)
        self.pageStarts = []
        self.pagesWithoutText = []
    }

    /// A PDF's text layer: its lines, where each page begins, and the PDF file's own digest.
    public init(textLayer: [String], pageStarts: [Int], pagesWithoutText: [Int] = [], path: String, sha256: String, byteCount: Int) {
        self.path = path
        self.encoding = .pdf
        self.sha256 = sha256
        self.byteCount = byteCount
        let text = textLayer.joined(separator: "\n")
        var lines: [Substring] = []
        lines.reserveCapacity(textLayer.count)
        var start = text.startIndex
        for line in textLayer {
            let end = text.utf8.index(start, offsetBy: line.utf8.count)
            lines.append(text[start..<end])
            start = end < text.endIndex ? text.utf8.index(after: end) : end
        }
        self.lines = lines
        self.pageStarts = pageStarts
        self.pagesWithoutText = pagesWithoutText
    }

    /// Reads and decodes a file from disk.
    public static func load(path: String) throws(InputError) -> SourceDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path: path) }
        if isDir.boolValue { throw .isDirectory(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: [.mappedIfSafe])
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try SourceDocument(data: data, path: path)
    }
}

enum LineSplitter {
    static func split(_ text: String, path: String, maxLineBytes: Int) throws(InputError) -> [Substring] {
        var text = text
        // Byte offsets first (one pass over contiguous UTF-8), then O(1) index arithmetic.
        var bounds: [(Int, Int)] = []
        var tooLong: (line: Int, bytes: Int)?
        text.withUTF8 { bytes in
            bounds.reserveCapacity(bytes.count / 40 + 1)
            var start = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    bounds.append((start, i))
                    if i - start > maxLineBytes, tooLong == nil { tooLong = (bounds.count, i - start) }
                    i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            if n > start {
                bounds.append((start, n))
                if n - start > maxLineBytes, tooLong == nil { tooLong = (bounds.count, n - start) }
            }
        }
        if let tooLong { throw .lineTooLong(path: path, line: tooLong.line, bytes: tooLong.bytes, limit: maxLineBytes) }
        let utf8 = text.utf8
        let origin = utf8.startIndex
        return bounds.map { start, end in
            text[utf8.index(origin, offsetBy: start)..<utf8.index(origin, offsetBy: end)]
        }
    }
}
