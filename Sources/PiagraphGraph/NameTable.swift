import PiagraphModel
import PiagraphText

/// How names in documents resolve to nodes. Data, not code paths: a new spelling or role is
/// a new entry here, and every use of an entry is kept as evidence on the merged node.
public enum NameTable {
    /// Replacements applied to a name before comparing it (the display keeps the name as written).
    public static let spellings: [(variant: String, canonical: String)] =
        Misreadings.words.map { ($0.misread, $0.wording) } + [
            ("サーバー", "サーバ"),  // 中間サーバ = 中間サーバー
            ("住基ネット", "住民基本台帳ネットワークシステム"),
            (" ", ""),
        ]

    /// A declared system plays the role of a link category when its name (including the
    /// parenthesised list, as in 業務共通システム(庁内連携システム/統合宛名システム)) contains
    /// one of these.
    public static let roles: [(LinkCategory, [String])] = [
        (.network, ["情報提供ネットワークシステム"]),
        (.internalBus, ["庁内連携システム"]),
        (.residentNetwork, ["住民基本台帳ネットワークシステム"]),
        (.residentRegistry, ["既存住民基本台帳システム", "住民記録システム"]),
        (.addressSystem, ["団体内統合宛名システム", "統合宛名システム", "総合宛名システム", "宛名システム"]),
        (.taxSystem, ["税務システム"]),
    ]

    /// Categories that, with no declared system playing them, are national infrastructure.
    public static let national: Set<LinkCategory> = [.network, .residentNetwork]

    /// The 中間サーバー: exchange over 情報提供ネットワークシステム goes through it, keyed by
    /// 個人番号対応符号.
    public static let intermediateServers = ["中間サーバ"]

    public static func isIntermediateServer(_ name: String) -> Bool {
        let k = key(name)
        return intermediateServerKeys.contains { k.containsBytes($0) }
    }

    /// Systems that serve many affairs: never taken as the one holding the assessed file.
    public static let infrastructure = ["中間サーバ", "サービス検索・電子申請機能", "番号連携サーバ", "共通基盤システム", "統合基盤システム"]

    /// その他( ) text that describes a set of systems rather than naming one.
    public static let groupMarkers = ["全て", "各種", "各業務", "住民情報系"]

    /// Separators between names inside その他( ).
    public static let separators: [Character] = ["、", ","]

    public static func key(_ name: String) -> String {
        var key = name
        for (variant, canonical) in spellings where key.containsBytes(variant) {
            key = key.splitBytes(variant).joined(separator: canonical)
        }
        return key
    }

    // The tables' own keys, made once: names are compared by key thousands of times a document.
    private static let roleKeys: [(LinkCategory, [String])] = roles.map { ($0.0, $0.1.map(key)) }
    private static let intermediateServerKeys = intermediateServers.map(key)
    private static let infrastructureKeys = infrastructure.map(key)

    public static func roles(of name: String) -> [LinkCategory] {
        let k = key(name)
        return roleKeys.compactMap { category, keys in keys.contains { k.containsBytes($0) } ? category : nil }
    }

    public static func isGroup(_ name: String) -> Bool { groupMarkers.contains { name.containsBytes($0) } }

    public static func isInfrastructure(_ name: String) -> Bool {
        let k = key(name)
        return infrastructureKeys.contains { k.containsBytes($0) } || !roles(of: name).isEmpty
    }

    /// The names listed in その他( ) text.
    public static func names(in detail: String) -> [String] {
        detail.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }
}
