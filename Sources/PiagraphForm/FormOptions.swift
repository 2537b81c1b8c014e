import PiagraphModel
import PiagraphText

/// The printed options of each checkbox group of the form, and the known spellings of them.
/// Data, not code paths: a new variant is a new table entry.
package enum FormOptions {
    package static let connections = LinkCategory.allCases.map(\.rawValue)
    package static let acquisitionParties = [
        "本人又は本人の代理人", "評価実施機関内の他部署", "行政機関・独立行政法人等",
        "地方公共団体・地方独立行政法人", "民間事業者", "その他",
    ]
    package static let acquisitionMethods = [
        "紙", "電子記録媒体(フラッシュメモリを除く。)", "フラッシュメモリ", "電子メール", "専用線",
        "庁内連携システム", "情報提供ネットワークシステム", "その他",
    ]
    package static let provisionMethods = [
        "情報提供ネットワークシステム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)",
        "フラッシュメモリ", "紙", "その他",
    ]
    package static let transferMethods = [
        "庁内連携システム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)",
        "フラッシュメモリ", "紙", "その他",
    ]
    package static let outflowPresence = ["提供を行っている", "移転を行っている", "行っていない"]
    /// The choices of the select boxes whose lists hold words (委託の有無, ②取扱いを委託する特定個人
    /// 情報ファイルの範囲, 再委託の有無, 情報連携の実施の有無, 提供・移転の有無).
    package static let selectChoices =
        [
            "委託する", "委託しない", "特定個人情報ファイルの全体", "特定個人情報ファイルの一部", "再委託する", "再委託しない",
            "実施する", "実施しない", "未定",
        ] + outflowPresence
    /// II-2 主な記録項目 as the forms print them (5情報 in the newer forms, 4情報 in the older).
    package static let recordedItems = [
        "個人番号", "個人番号対応符号", "その他識別情報(内部番号)", "5情報(氏名、氏名の振り仮名、性別、生年月日、住所)",
        "4情報(氏名、性別、生年月日、住所)", "連絡先(電話番号等)", "その他住民票関係情報", "国税関係情報", "地方税関係情報",
        "健康・医療関係情報", "医療保険関係情報", "児童福祉・子育て関係情報", "障害者福祉関係情報", "生活保護・社会福祉関係情報",
        "介護・高齢者福祉関係情報", "雇用・労働関係情報", "年金関係情報", "学校・教育関係情報", "災害関係情報",
    ]

    /// A recorded item's name as the form prints it, when the text holds it with spaces a
    /// converter put where a line wrapped (「国 税関係情報」); otherwise the text as it is.
    package static func recordedItemName(_ text: String) -> String {
        guard text.utf8.contains(0x20) else { return text }
        let compact = text.filter { $0 != " " }
        return recordedItems.first { $0 == compact } ?? text
    }

    /// The options each row label prints, by the label (FormLabels keys).
    package static let printed: [String: [String]] = [
        "他のシステムとの接続": connections, "入手元": acquisitionParties, "入手方法": acquisitionMethods,
        "提供方法": provisionMethods, "移転方法": transferMethods, "提供・移転の有無": outflowPresence,
    ]
    /// Each group's list once, in a fixed order.
    package static let lists: [[String]] = printed.keys.sorted().map { printed[$0]! }
    /// Names more than one group prints (その他, 紙, 専用線 …): where neighbouring groups' grids
    /// interleave, one of these may be read into the other group.
    package static let shared: Set<String> = {
        var count: [String: Int] = [:]
        for list in printed.values { for name in Set(list) { count[name, default: 0] += 1 } }
        return Set(count.filter { $0.value > 1 }.keys)
    }()

    /// Misspellings the conversion produced (Misreadings) and wordings some bodies print,
    /// mapped to the form's wording.
    package static let aliases: [String: String] = Dictionary(
        uniqueKeysWithValues: Misreadings.words.map { ($0.misread, $0.wording) }
            + [("電子記録媒体(フラッシュメモリを除く)", "電子記録媒体(フラッシュメモリを除く。)")])
}
