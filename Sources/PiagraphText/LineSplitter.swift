/// Splits decoded text into lines (CRLF, CR and LF all end one), refusing overlong ones.
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
