import Foundation
import PiagraphMessages

/// Writes a file so that it appears whole or not at all: to a temporary file in the same
/// directory, renamed over the destination when complete. A failure, or an interrupted run,
/// leaves no half-written output under the output's name.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let text: ErrorText
        public var description: String { text.english }
    }

    /// The bytes, all at once.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw WriteError(text: .directoryMissing(path: path, directory: directory.path))
        }
        let temporary = temporaryPath(for: path)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(text: .cannotWrite(path: path, reason: (error as NSError).localizedDescription))
        }
        try commit(temporary, to: path)
    }

    /// The hidden name a file is written under before it is renamed into place.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).piagraph-\(getpid()).tmp").path
    }

    static func commit(_ temporary: String, to path: String) throws(WriteError) {
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(text: .cannotWrite(path: path, reason: reason))
        }
    }

    /// A file written as it grows (a scan's tables), renamed into place by `commit()`.
    public final class Growing {
        public let path: String
        private let temporary: String
        private let handle: FileHandle
        private var buffer: [UInt8] = []

        public init(path: String) throws(WriteError) {
            self.path = path
            temporary = AtomicFile.temporaryPath(for: path)
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary)
            else {
                throw WriteError(text: .cannotWrite(path: path, reason: nil))
            }
            self.handle = handle
        }

        public func write(_ bytes: [UInt8]) throws(WriteError) {
            buffer += bytes
            if buffer.count >= 1 << 20 { try flush() }
        }

        private func flush() throws(WriteError) {
            do { try handle.write(contentsOf: buffer) } catch {
                throw WriteError(text: .cannotWrite(path: path, reason: error.localizedDescription))
            }
            buffer.removeAll(keepingCapacity: true)
        }

        public func commit() throws(WriteError) {
            try flush()
            try? handle.close()
            try AtomicFile.commit(temporary, to: path)
        }

        /// The temporary file removed: nothing is left.
        public func discard() {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
