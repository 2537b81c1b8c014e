import Foundation

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
    public var path: String
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
        self.sha256 = FileDigest.hex(data)
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
