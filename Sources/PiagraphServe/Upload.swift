import Foundation
import MultipartKit
import NIOCore

/// The files of one upload, each in a private temporary directory under a numbered name (a
/// name taken from the upload is never used on disk; it is only shown, escaped). Removed by
/// `remove()` once the work on them ends. Used by one task at a time: the request's while the
/// body arrives, then the work's thread.
final class Upload: @unchecked Sendable {
    struct File {
        /// The name the browser gave, for display only.
        var name: String
        var path: String
        var bytes: Int
    }

    enum Failure: Error, Equatable {
        case notMultipart
        case malformed
        case tooLarge
        case tooManyFiles
        /// The body took longer than the reading time to arrive.
        case tooSlow
    }

    private(set) var files: [File] = []
    private(set) var fields: [String: String] = [:]
    let directory: String
    private var limits: [Int] = []

    private var headers: [(String, String)] = []
    private var current: (handle: FileHandle, index: Int)?
    /// Bytes of the current file not yet written: the parser hands over small slices, and a
    /// write each cost the server a fifth of its time under load.
    private var pending: [UInt8] = []
    private static let flushBytes = 256 * 1024
    private var field: (name: String, value: [UInt8])?
    private var started = false
    private var total = 0
    private var failure: Failure?
    private let settings: ServeSettings

    init(settings: ServeSettings) throws {
        self.settings = settings
        var template = Array((settings.temporaryDirectory + "/piagraph-serve-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { throw Failure.malformed }
        directory = String(cString: made)
    }

    func remove() {
        try? current?.handle.close()
        pending = []
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The boundary of a `multipart/form-data` content type; nil for any other.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Reads the body into files, checking every bound as the bytes arrive.
    func receive<Body: AsyncSequence>(_ body: Body, contentType: String?) async throws where Body.Element == ByteBuffer {
        guard let boundary = Self.boundary(contentType) else { throw Failure.notMultipart }
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { [unowned self] name, value in self.headers.append((name.lowercased(), value)) }
        parser.onBody = { [unowned self] buffer in self.body(&buffer) }
        parser.onPartComplete = { [unowned self] in self.complete() }
        let deadline = ContinuousClock.now + .seconds(settings.requestSeconds)
        for try await chunk in body {
            if ContinuousClock.now > deadline { throw Failure.tooSlow }
            total += chunk.readableBytes
            if total > settings.maxRequestBytes + 64 * 1024 { throw Failure.tooLarge }
            do { try parser.execute(chunk) } catch { throw Failure.malformed }
            if let failure { throw failure }
        }
        if let failure { throw failure }
        closeFile()
        // The last block is written only now: a failed write is a failed upload, not a short file.
        if let failure { throw failure }
    }

    private func flush() {
        guard let (handle, _) = current, !pending.isEmpty else { return }
        do { try handle.write(contentsOf: pending) } catch { failure = .malformed }
        pending.removeAll(keepingCapacity: true)
    }

    private func closeFile() {
        flush()
        try? current?.handle.close()
        current = nil
    }

    /// `name="files"; filename="a.pdf"` of the part's Content-Disposition.
    private func disposition() -> (name: String?, filename: String?) {
        guard let value = headers.first(where: { $0.0 == "content-disposition" })?.1 else { return (nil, nil) }
        // Parameters in any order (`filename="…"` holds `name="` too: whole names only).
        let parameters = value.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        func parameter(_ key: String) -> String? {
            guard let found = parameters.first(where: { $0.hasPrefix(key + "=\"") && $0.hasSuffix("\"") && $0.count >= key.count + 3 })
            else { return nil }
            return String(found.dropFirst(key.count + 2).dropLast())
        }
        return (parameter("name"), parameter("filename"))
    }

    private func begin() {
        started = true
        let (name, filename) = disposition()
        // A download form sends the document back as a text field, in base64: taken as a file.
        if filename == nil, name == "document" {
            beginFile("document", limit: settings.maxFileBytes / 3 * 4 + 4)
        } else if let filename {
            guard !filename.isEmpty else { return }  // an empty file input sends an empty part
            beginFile(filename, limit: settings.maxFileBytes)
        } else if let name {
            field = (name, [])
        }
    }

    private func beginFile(_ name: String, limit: Int) {
        guard files.count < settings.maxFiles else {
            failure = .tooManyFiles
            return
        }
        let index = files.count + 1
        let path = directory + "/" + String(format: "%04d", index)
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            failure = .malformed
            return
        }
        files.append(File(name: name, path: path, bytes: 0))
        limits.append(limit)
        current = (handle, files.count - 1)
    }

    /// The document a download form sent back (base64), decoded in place, under the name it
    /// gives; nil when the request holds none.
    func returnedDocument() -> File? {
        guard let index = files.firstIndex(where: { $0.name == "document" }), files[index].bytes > 0,
            let text = FileManager.default.contents(atPath: files[index].path),
            let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters),
            data.count <= settings.maxFileBytes,
            FileManager.default.createFile(atPath: files[index].path, contents: data, attributes: [.posixPermissions: 0o600])
        else { return nil }
        return File(name: fields["name"] ?? "document", path: files[index].path, bytes: data.count)
    }

    private func body(_ buffer: inout ByteBuffer) {
        if !started { begin() }
        guard failure == nil else { return }
        if let (_, index) = current {
            files[index].bytes += buffer.readableBytes
            if files[index].bytes > limits[index] {
                failure = .tooLarge
                return
            }
            buffer.withUnsafeReadableBytes { pending.append(contentsOf: $0) }
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            if pending.count >= Self.flushBytes { flush() }
        } else if field != nil {
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            field!.value += bytes
            if field!.value.count > 4096 { failure = .malformed }
        }
    }

    private func complete() {
        if !started { begin() }
        closeFile()
        if let field { fields[field.name] = String(decoding: field.value, as: UTF8.self) }
        current = nil
        field = nil
        headers = []
        started = false
    }
}
