#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte-wise searches over NFKC text, for every layer that reads cleaned text.
extension StringProtocol {
    /// Byte-wise substring test; Foundation's `contains` is far slower and needs no
    /// Unicode-aware matching here (both sides are NFKC).
    public func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// UTF-8 offset of the first occurrence of `needle`: memchr for its last byte (a UTF-8
    /// continuation byte, far rarer in Japanese text than a lead byte such as E3), then a
    /// comparison of the rest.
    public func byteOffset(of needle: String) -> Int? {
        if let offset = utf8.withContiguousStorageIfAvailable({ Self.offset(of: needle, in: $0) }) { return offset }
        return Array(utf8).withUnsafeBufferPointer { Self.offset(of: needle, in: $0) }
    }

    fileprivate static func offset(of needle: String, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        var needle = needle
        return needle.withUTF8 { pin -> Int? in
            let m = pin.count
            guard m > 0 else { return 0 }
            guard hay.count >= m, let base = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
            let last = Int32(pin[m - 1])
            var offset = m - 1
            while offset < hay.count {
                guard let hit = memchr(base + offset, last, hay.count - offset) else { return nil }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position - (m - 1), pinBase, m) == 0 { return position - (m - 1) }
                offset = position + 1
            }
            return nil
        }
    }

    /// Byte-wise prefix test (both sides are NFKC, so no Unicode-aware matching is needed).
    public func hasPrefixBytes(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }
}

extension String {
    /// Without the ASCII spaces at either end (cleaned text has no other whitespace).
    public var trimmingSpaces: String {
        let utf8 = self.utf8
        guard utf8.first == 0x20 || utf8.last == 0x20 else { return self }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        return String(self[start..<end])
    }

    /// The first occurrence of `needle` at or after `start`, compared on UTF-8 bytes: Foundation's
    /// `range(of:)` goes through NSString and Unicode folding (half of `check`'s time before).
    public func byteRange(of needle: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let from = start ?? startIndex
        let rest = utf8[from...]
        guard
            let offset = rest.withContiguousStorageIfAvailable({ Self.offset(of: needle, in: $0) })
                ?? Array(rest).withUnsafeBufferPointer({ Self.offset(of: needle, in: $0) })
        else { return nil }
        let lower = utf8.index(from, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The last occurrence of `needle`, compared on UTF-8 bytes.
    public func lastByteRange(of needle: String) -> Range<String.Index>? {
        var last: Range<String.Index>?
        var from = startIndex
        while let r = byteRange(of: needle, from: from) {
            last = r
            // Past the whole match: a needle that overlaps itself is found without its overlaps.
            guard r.upperBound > r.lowerBound else { break }
            from = r.upperBound
        }
        return last
    }

    /// Splits at every occurrence of `separator`, comparing UTF-8 bytes.
    public func splitBytes(_ separator: String) -> [String] {
        var text = self
        let pin = Array(separator.utf8)
        return text.withUTF8 { bytes -> [String] in
            var parts: [String] = []
            var start = 0
            var i = 0
            let n = bytes.count
            let m = pin.count
            while i + m <= n {
                var match = true
                for k in 0..<m where bytes[i + k] != pin[k] {
                    match = false
                    break
                }
                if match {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += m
                    start = i
                } else {
                    i += 1
                }
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<n]), as: UTF8.self))
            return parts
        }
    }
}
