import PiagraphModel

/// The printed labels of the three forms (基礎 様式2, 重点 様式3, 全項目 様式4), as they read after
/// cleaning (NFKC: ① → 1, Ⅱ → II). The layout stage finds them wherever a converter left them;
/// the parser's row readers are keyed by them. A label new to us is a new row here.
///
/// `shape` says what its value looks like, which is how a value printed apart from its label
/// (labels first, values after; a page flattened onto one line) is tied back to it.
enum ValueShape: Equatable {
    /// A short name on one line: a system, an affair, a body. Prose does not continue it.
    case name
    /// 評価書番号: a bare integer.
    case number
    /// 公表日: an era date.
    case date
    /// A select box: the chosen value in brackets, then `<選択肢> 1) … 2) …`.
    case chosen
    /// Marked options: `[○] A [ ] B …`.
    case options
    /// Bullet items `・A ・B` (基礎 ③システムの名称).
    case list
    /// Free text.
    case prose
    /// A label that takes no value here (承認日 【行政機関等のみ】, the cover's stamp).
    case none
}

/// Where in the form a label is a heading: it starts a block and ends any value still awaited.
enum LabelRole: Equatable {
    case row
    /// 特定個人情報保護評価書(…): the title; its value is the kind.
    case title
    /// Ⅰ 基本情報, (別添2) 変更箇所, 項目一覧 …
    case part
    /// `3.特定個人情報ファイル名`, システム3, 委託事項1, 提供先2 …
    case section
}

struct FormLabel {
    /// The label without its circled number, spaces removed for matching.
    let key: String
    let shape: ValueShape
    /// A short or common key is a label only with its circled number before it (`1部署`).
    let needsNumber: Bool
    /// The circled number this entry is for, when the same words are another row under
    /// another number (基礎 ③システムの名称 is a list; ①システムの名称 of システムN a name).
    let number: String?

    init(_ key: String, _ shape: ValueShape, needsNumber: Bool = false, number: String? = nil) {
        self.key = key
        self.shape = shape
        self.needsNumber = needsNumber || number != nil
        self.number = number
    }
}

enum FormLabels {
    /// Row labels of the cover, I, II and the forms' extra rows.
    static let rows: [FormLabel] = [
        // Cover (all forms).
        FormLabel("評価書番号", .number),
        FormLabel("評価書名", .name),
        FormLabel("個人のプライバシー等の権利利益の保護の宣言", .prose),
        FormLabel("特記事項", .prose),
        FormLabel("評価実施機関名", .name),
        FormLabel("個人情報保護委員会承認日【行政機関等のみ】", .none),
        FormLabel("個人情報保護委員会承認日", .none),
        FormLabel("公表日", .date),
        // I-1 (基礎: I 関連情報 1).
        FormLabel("事務の名称", .name),
        FormLabel("事務の内容", .prose),
        FormLabel("事務の概要", .prose),
        FormLabel("対象人数", .chosen, needsNumber: true),
        // I-2 (重点, 全項目); in 基礎, ③システムの名称 is the list (told apart by its number).
        FormLabel("システムの名称", .list, number: "3"),
        FormLabel("システムの名称", .name),
        FormLabel("システムの機能", .prose),
        FormLabel("他のシステムとの接続", .options),
        // I-4, I-5, I-6.
        FormLabel("法令上の根拠", .prose),
        FormLabel("実施の有無", .chosen),
        FormLabel("部署", .name, needsNumber: true),
        FormLabel("所属長の役職名", .name),
        FormLabel("所属長", .name, needsNumber: true),
        // II-2.
        FormLabel("ファイルの種類", .chosen),
        FormLabel("対象となる本人の数", .chosen),
        FormLabel("対象となる本人の範囲", .prose),
        FormLabel("記録される項目", .chosen),
        FormLabel("主な記録項目", .options),
        FormLabel("保有開始日", .name),
        FormLabel("事務担当部署", .name),
        // II-3.
        FormLabel("入手元", .options),
        FormLabel("入手方法", .options),
        FormLabel("入手の時期・頻度", .prose),
        FormLabel("使用目的", .prose),
        // II-4 (全項目 adds the range, the hand-over and the confirmation rows).
        FormLabel("委託の有無", .chosen),
        FormLabel("委託内容", .prose),
        FormLabel("取扱いを委託する特定個人情報ファイルの範囲", .chosen),
        FormLabel("委託先における取扱者数", .chosen),
        FormLabel("委託先への特定個人情報ファイルの提供方法", .options),
        FormLabel("委託先名の確認方法", .prose),
        FormLabel("委託先名", .name),
        FormLabel("再委託の有無", .chosen),
        FormLabel("再委託の許諾方法", .prose),
        FormLabel("再委託事項", .prose),
        // II-5.
        FormLabel("提供・移転の有無", .options),
        FormLabel("提供先における用途", .prose),
        FormLabel("移転先における用途", .prose),
        FormLabel("提供する情報の対象となる本人の数", .chosen),
        FormLabel("移転する情報の対象となる本人の数", .chosen),
        FormLabel("提供する情報の対象となる本人の範囲", .prose),
        FormLabel("移転する情報の対象となる本人の範囲", .prose),
        FormLabel("提供する情報", .prose),
        FormLabel("移転する情報", .prose),
        FormLabel("提供方法", .options),
        FormLabel("移転方法", .options),
        FormLabel("時期・頻度", .prose),
        // II-6.
        FormLabel("保管場所", .prose),
    ]

    /// The part a heading opens, the heading's spaces removed (`II特定個人情報ファイルの概要…`).
    static func part(opening heading: String) -> Part? {
        parts.first { heading.hasPrefixBytes($0.key) }?.part
    }

    /// The cover's row labels by their place in the form.
    static let coverOrder: [String: Int] = Dictionary(
        uniqueKeysWithValues: rows.prefix { $0.key != "事務の名称" }.enumerated().map { ($1.key, $0) })

    /// Row labels the forms print without a circled number.
    static let unnumbered: Set<String> = [
        "評価書番号", "評価書名", "個人のプライバシー等の権利利益の保護の宣言", "特記事項", "評価実施機関名",
        "個人情報保護委員会承認日【行政機関等のみ】", "個人情報保護委員会承認日", "公表日", "主な記録項目",
        "委託の有無", "提供・移転の有無", "保管場所",
    ]

    /// Part headings, with the part they open. Roman numerals are NFKC (Ⅳ → IV).
    static let parts: [(key: String, part: Part)] = [
        ("I基本情報", .basic),
        ("I関連情報", .basic),
        ("II特定個人情報ファイルの概要", .overview),
        ("IIしきい値判断項目", .risk),
        ("IIIしきい値判断結果", .risk),
        ("III特定個人情報ファイルの取扱いプロセスにおけるリスク対策", .risk),
        ("IIIリスク対策", .risk),
        ("IVリスク対策", .risk),
        ("IVその他のリスク対策", .risk),
        ("IV開示請求", .disclosure),
        ("V開示請求", .disclosure),
        ("V評価実施手続", .procedure),
        ("VI評価実施手続", .procedure),
        ("(別添1)特定個人情報ファイル記録項目", .appendix1),
        ("(別添2)特定個人情報ファイル記録項目", .appendix1),
        ("(別添1)事務の内容", .prose),
        ("(別添2)変更箇所", .appendix2),
        ("(別添3)変更箇所", .appendix2),
        // Not a part: the list of them. Its entries are not entered (FormLayout).
        ("項目一覧", .front),
    ]

    /// Numbered section headings (`N.` before them), by their titles' beginnings.
    static let sections: [String] = [
        "特定個人情報ファイルを取り扱う事務", "特定個人情報ファイル名", "個人番号の利用",
        "情報提供ネットワークシステムによる情報連携", "評価実施機関における担当部署", "他の評価実施機関",
        "基本情報", "特定個人情報の入手・使用", "特定個人情報ファイルの取扱いの委託", "特定個人情報の提供・移転",
        "特定個人情報の保管・消去", "特定個人情報の保管", "備考",
    ]

    /// Block headings numbered by the form: システム3, 委託事項1, 提供先2, 移転先4.
    static let numberedBlocks = NumberedBlock.names

    /// Block headings whose row spans the table and holds no value (システム3); the others take
    /// their block's name beside them (委託事項1, 提供先2).
    static let headingsWithoutValue = [NumberedBlock.system.rawValue]

    /// The blocks of 5. 特定個人情報の提供・移転 (提供先1, 移転先1): one section's blocks, whose
    /// labels a reading order prints as one column.
    static let outflowBlocks = [NumberedBlock.provision.rawValue, NumberedBlock.transfer.rawValue]

    static let title = "特定個人情報保護評価書"

    /// The cover stamp's 様式 number of each form.
    static let stamps: [(form: FormKind, stamp: String)] = [(.basic, "様式2"), (.focused, "様式3"), (.full, "様式4")]

    /// Lines a document-viewer site or a printer adds around the text.
    static let viewerLines = [
        "検索結果がありません", "シェア", "Copied!", "全文", "読み込み中", "N/A", "Protected", "Academic year",
        "Upload", "View", "Download", "Embed Size", "Citation preview", "Comments", "Description", "Transcript",
        "Page ", "•", "Share", "Report", "Embed",
    ]

    /// The characters a label can begin with (after its circled number): a word beginning
    /// with any other is no label.
    static let firstScalars: Set<Unicode.Scalar> = {
        var set: Set<Unicode.Scalar> = [".", "I", "V", "(", "項"]
        for key in rows.map(\.key) + numberedBlocks + [title] { set.insert(key.unicodeScalars.first!) }
        return set
    }()

    /// The characters a numbered block's heading begins with (シ, 委, 提, 移).
    static let blockFirstScalars = Set(numberedBlocks.map { $0.unicodeScalars.first! })

    static let viewerFirstBytes: Set<UInt8> = Set(viewerLines.map { $0.utf8.first! })

    /// The first two characters of every Japanese label, as scalar values: a word beginning
    /// with another pair is no label.
    static let firstPairs: Set<UInt64> = {
        var set: Set<UInt64> = []
        for key in rows.map(\.key) + numberedBlocks + [title, "項目一覧"] {
            let scalars = Array(key.unicodeScalars)
            guard scalars.count >= 2 else { continue }
            set.insert(UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value))
        }
        return set
    }()

    /// Row labels by their first character, longest first, for matching at a token start.
    static let rowIndex: [Character: [FormLabel]] = {
        var index: [Character: [FormLabel]] = [:]
        for label in rows { index[label.key.first!, default: []].append(label) }
        // Longest first; of the same words, the entry for a particular number first.
        for k in index.keys {
            index[k]!.sort { ($0.key.count, $0.number != nil ? 1 : 0) > ($1.key.count, $1.number != nil ? 1 : 0) }
        }
        return index
    }()
}
