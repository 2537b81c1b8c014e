import PiagraphText

/// `システム3` → 3; `システム2~5` (a range heading of an empty template) → nil.
func numbered(_ key: String, prefix: String) -> Int? {
    guard key.hasPrefixBytes(prefix) else { return nil }
    let rest = key.dropFirst(prefix.count)
    guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(rest)
}

func isRange(_ key: String, prefix: String) -> Bool {
    guard key.hasPrefixBytes(prefix) else { return false }
    let rest = key.dropFirst(prefix.count)
    guard let tilde = rest.firstIndex(where: { $0 == "~" || $0 == "〜" || $0 == "-" }) else { return false }
    return rest[..<tilde].allSatisfy { $0.isASCII && $0.isNumber } && !rest[..<tilde].isEmpty
}
