import Foundation

/// Detects and decodes the encodings such documents come in: UTF-8 (with or
/// without BOM), UTF-16 with a BOM, and Shift_JIS/CP932, which Japanese
/// public bodies still publish.
enum TextDecoder {
    static func decode(_ data: Data, path: String) throws(InputError) -> (String, SourceEncoding) {
        // On the file's own bytes: a run over thousands of documents copies none of them.
        let result = data.withUnsafeBytes { raw in
            Result { () throws(InputError) in try decode(raw.bindMemory(to: UInt8.self), data: data, path: path) }
        }
        return try result.get()
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, data: Data, path: String) throws(InputError) -> (String, SourceEncoding)
    {
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (try utf16(Array(bytes), from: 2, bigEndian: false, path: path), .utf16LE)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (try utf16(Array(bytes), from: 2, bigEndian: true, path: path), .utf16BE)
        }
        if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
            throw .binary(path: path, offset: UnsafeRawPointer(nul) - UnsafeRawPointer(base))
        }
        var body = bytes[...]
        var encoding = SourceEncoding.utf8
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = bytes[3...]
            encoding = .utf8BOM
        }
        let decoded = String(validating: UnsafeBufferPointer(rebasing: body), as: UTF8.self)
        if decoded == nil, let invalid = firstInvalidUTF8(ArraySlice(body)).map({ $0 + body.startIndex }) {
            // Only a byte stream that is valid Shift_JIS and reads as Japanese is taken as such;
            // anything else is damaged UTF-8 and is reported, never decoded with replacements.
            if encoding == .utf8, let sjis = String(data: data, encoding: .shiftJIS), looksJapanese(sjis) {
                return (sjis, .shiftJIS)
            }
            throw .invalidEncoding(path: path, offset: invalid)
        }
        if let control = firstBinaryControl(body) { throw .binary(path: path, offset: control) }
        return (decoded ?? String(decoding: body, as: UTF8.self), encoding)
    }

    private static func utf16(_ bytes: [UInt8], from start: Int, bigEndian: Bool, path: String) throws(InputError) -> String {
        guard (bytes.count - start) % 2 == 0 else { throw .invalidEncoding(path: path, offset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            if unit == 0 { throw .binary(path: path, offset: i) }
            units.append(unit)
            i += 2
        }
        var out = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        var offset = start
        loop: while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let s):
                out.append(s)
                offset += s.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw .invalidEncoding(path: path, offset: offset)
            }
        }
        return String(out)
    }

    /// Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                upper = 0x9F
            case 0xF0:
                need = 3
                lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                upper = 0x8F
            default: return i
            }
            if i + need >= end { return i }
            for k in 1...need {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += need + 1
        }
        return nil
    }

    /// Control characters other than tab, LF, CR, FF and ESC do not occur in text files;
    /// a few may be stray, eight mean binary data.
    private static func firstBinaryControl(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        var count = 0
        var first: Int?
        for i in 0..<buffer.count where buffer[i] < 0x20 {
            let b = buffer[i]
            if b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B {
                count += 1
                if first == nil { first = bytes.startIndex + i }
                if count >= 8 { return first }
            }
        }
        return nil
    }

    private static func looksJapanese(_ text: String) -> Bool {
        var text = text
        // Counted on UTF-8 lead bytes: a bridged string walked scalar by scalar cost more than
        // decoding it. Kana U+3040–30FF are E3 81 80…E3 83 BF; CJK U+4E00–9FFF are E4 B8 80…E9 BF BF.
        return text.withUTF8 { bytes in
            var kana = 0
            var total = 0
            var scalars = 0
            var i = 0
            while i < bytes.count, scalars < 20_000 {
                let b = bytes[i]
                scalars += 1
                if b < 0x80 {
                    i += 1
                    continue
                }
                total += 1
                if i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    if (b == 0xE3 && (0x81...0x83).contains(next)) || (b == 0xE4 && next >= 0xB8) || (0xE5...0xE9).contains(b) {
                        kana += 1
                    }
                }
                i += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            }
            return total > 0 && kana * 10 >= total * 8
        }
    }
}
