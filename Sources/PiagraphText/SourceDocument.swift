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
        try SourceDocument(data: try read(path: path), path: path)
    }

    /// A file's bytes. A regular file up to `maxBytes` is read with one `open` and `read`s of
    /// its size (what a run over thousands of small documents does most); anything else, and
    /// every failure past "no such file", goes through Foundation, whose reasons users see.
    public static func read(path: String) throws(InputError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0, errno == ENOENT { throw .notFound(path: path) }
        if fd >= 0 {
            defer { close(fd) }
            var info = stat()
            if fstat(fd, &info) == 0 {
                let kind = info.st_mode & S_IFMT
                if kind == S_IFDIR { throw .isDirectory(path: path) }
                if kind == S_IFREG, info.st_size <= maxBytes, let data = readAll(fd, size: Int(info.st_size)) {
                    return data
                }
            }
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path: path) }
        if isDir.boolValue { throw .isDirectory(path: path) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: [.mappedIfSafe])
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// All of a regular file's bytes, or nil when it is not `size` long now (it changed under
    /// us) or a read fails: the caller then reads it the slow way and reports what it finds.
    private static func readAll(_ fd: Int32, size: Int) -> Data? {
        var data = Data(count: size)
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            var done = 0
            while done < size {
                let n = Foundation.read(fd, buffer.baseAddress! + done, size - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            var probe: UInt8 = 0
            return Foundation.read(fd, &probe, 1) == 0
        }
        return complete ? data : nil
    }
}
