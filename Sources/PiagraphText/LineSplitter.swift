import Foundation

/// Splits decoded text into lines (CRLF, CR and LF all end one), refusing overlong ones.
enum LineSplitter {
    static func split(_ text: String, path: String, maxLineBytes: Int) throws(InputError) -> [Substring] {
        var text = text
        // Byte offsets first (one pass over contiguous UTF-8), then O(1) index arithmetic.
        var bounds: [(Int, Int)] = []
        var tooLong: (line: Int, bytes: Int)?
        text.withUTF8 { bytes in
            bounds.reserveCapacity(bytes.count / 40 + 1)
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            func add(_ start: Int, _ end: Int) {
                bounds.append((start, end))
                if end - start > maxLineBytes, tooLong == nil { tooLong = (bounds.count, end - start) }
            }
            // LF and CRLF texts (all but a few) are split with memchr, whose speed does not hang
            // on how a byte loop's code happens to be laid out; a text with a lone CR byte by byte.
            if onlyCRLF(base, n) {
                var start = 0
                while start < n, let hit = memchr(base + start, 0x0A, n - start) {
                    let lf = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    add(start, lf > start && base[lf - 1] == 0x0D ? lf - 1 : lf)
                    start = lf + 1
                }
                if n > start { add(start, n) }
                return
            }
            var start = 0
            var i = 0
            while i < n {
                let b = bytes[i]
                if b == 0x0A || b == 0x0D {
                    add(start, i)
                    i += (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            if n > start { add(start, n) }
        }
        if let tooLong { throw .lineTooLong(path: path, line: tooLong.line, bytes: tooLong.bytes, limit: maxLineBytes) }
        let utf8 = text.utf8
        let origin = utf8.startIndex
        return bounds.map { start, end in
            text[utf8.index(origin, offsetBy: start)..<utf8.index(origin, offsetBy: end)]
        }
    }

    /// Whether every CR of the bytes is followed by an LF.
    private static func onlyCRLF(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var from = 0
        while from < n, let hit = memchr(base + from, 0x0D, n - from) {
            let cr = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if cr + 1 >= n || base[cr + 1] != 0x0A { return false }
            from = cr + 2
        }
        return true
    }
}
