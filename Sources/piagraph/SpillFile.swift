import Foundation
import PiagraphMessages

/// Bytes put aside and read back by position: a file with no name (unlinked as soon as it is
/// made), so nothing is left behind whatever happens to the process.
final class SpillFile {
    private let fd: CInt
    private var buffer: [UInt8] = []
    private(set) var size = 0

    init(directory: String) throws {
        var template = Array((directory + "/.piagraph-spill-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw CLIError(.cannotWrite(path: directory, reason: String(cString: strerror(errno)))) }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    deinit { close(fd) }

    /// Appends and returns the bytes' position.
    func append(_ bytes: [UInt8]) throws -> Int {
        let at = size
        buffer += bytes
        size += bytes.count
        if buffer.count >= 1 << 20 { try flush() }
        return at
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            guard n > 0 else { throw CLIError(.cannotWriteTemporary(reason: String(cString: strerror(errno)))) }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func read(_ range: Range<Int>) throws -> [UInt8] {
        try flush()
        var out = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done)) }
            guard n > 0 else { throw CLIError(.cannotReadTemporary(reason: String(cString: strerror(errno)))) }
            done += n
        }
        return out
    }
}
