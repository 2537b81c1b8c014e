// Each rule's name, rationale, example and what it reads, in both languages, keyed by the
// rule's id: a rule is declared with its key, so it cannot exist without its text.

public enum RuleKey: String, Sendable, Hashable, CaseIterable {
    case undeclaredLink = "undeclared-link"
    case unreachableFlow = "unreachable-flow"
    case oneSidedLink = "one-sided-link"
    case unknownSystem = "unknown-system"
    case directNetworkLink = "direct-network-link"
    case weakChannel = "weak-channel"
    case subcontractUnbounded = "subcontract-unbounded"
    case countMismatch = "count-mismatch"
    case contradiction = "contradiction"
    case missingBasis = "missing-basis"
    case lateNotice = "late-notice"
    case unreadable = "unreadable"
    case sharedSystemLinksDiffer = "shared-system-links-differ"
    case contractorSeveralAffairs = "contractor-several-affairs"
    case systemNameVariants = "system-name-variants"

    public struct Text: Sendable, Hashable {
        public var name: String
        public var rationale: String
        public var example: String
        public var needs: String
    }

    public func text(_ l: Language) -> Text {
        l == .ja ? japanese : english
    }

    private var english: Text {
        switch self {
        case .undeclaredLink:
            return Text(
                name: "Undeclared link",
                rationale: """
                    A method chosen in II-3 or II-5 (情報提供ネットワークシステム, 庁内連携システム, a system named in \
                    その他( )) only works over a link that I-2 ③ should declare. When no system declares it, either the \
                    method or the system list is wrong, and the architecture the document shows is incomplete.
                    """,
                example:
                    "I-5 ①実施の有無 [実施する], or ⑥提供方法 [○] 情報提供ネットワークシステム, while no system of I-2 links to 情報提供ネットワークシステム.",
                needs: "I-2 ③他のシステムとの接続 marks, with I-5 and the II-3/II-5 methods (重点, 全項目; the 基礎 form declares no link)")
        case .unreachableFlow:
            return Text(
                name: "Unreachable flow",
                rationale: """
                    A provision over 情報提供ネットワークシステム or a transfer over 庁内連携システム leaves from the \
                    system that holds the file. If the declared links (③, after name resolution) do not connect that \
                    system to the channel, the data cannot travel the way the document says.
                    """,
                example: "提供先1 by 情報提供ネットワークシステム, but the 中間サーバー is not linked to the business system.",
                needs: "I-2 ③ links and II-5 提供先/移転先 methods (重点, 全項目)")
        case .oneSidedLink:
            return Text(
                name: "One-sided link",
                rationale: """
                    A link has two ends. When both systems are described in I-2 and only one lists the other \
                    (after resolving names and roles), one of the two ③ rows is incomplete. Systems whose marks \
                    could not be read are not judged.
                    """,
                example: "システム4 lists その他(申請管理システム) but システム5 申請管理システム lists nothing back.",
                needs: "I-2 ③ marks of both systems (重点, 全項目)")
        case .unknownSystem:
            return Text(
                name: "Unknown system",
                rationale: """
                    Every system that handles the file should be described in I-2 (name, function, links). A \
                    system the document names elsewhere but never describes is a part of the architecture nobody \
                    assessed.
                    """,
                example: "システム3 ③ その他(介護システム、福祉システム) while neither is a システムN of I-2.",
                needs: "system names in I-2 ③ その他, II-3 and II-4 (重点, 全項目)")
        case .directNetworkLink:
            return Text(
                name: "Direct link to a national network",
                rationale: """
                    Exchange over 情報提供ネットワークシステム normally goes through the 中間サーバー, keyed by \
                    個人番号対応符号; a business system reaching 住基ネット directly is equally unusual. Not a breach of \
                    a written rule, but an architecture to ask about.
                    """,
                example: "システム1 福祉システム ③ [○] 情報提供ネットワークシステム.",
                needs: "I-2 ③ marks (重点, 全項目)")
        case .weakChannel:
            return Text(
                name: "Weak channel",
                rationale: """
                    E-mail, removable media and paper are where specific personal information gets lost, misdelivered \
                    or copied; a 提供 or 移転 that uses them deserves the risk measures of III to say how.
                    """,
                example: "移転先1 ⑥移転方法 [○] 電子メール.",
                needs: "II-5 ⑥提供方法/移転方法 (重点, 全項目)")
        case .subcontractUnbounded:
            return Text(
                name: "Unbounded subcontracting",
                rationale: """
                    Subcontractors see the whole file, and the document does not name them. What bounds them is the \
                    permission method (⑤許諾方法) and the scope (⑥再委託事項); without them, or without the contractor's \
                    name, nobody can say who handles the data.
                    """,
                example: "委託事項2 ④ [再委託する], ⑤再委託の許諾方法 empty.",
                needs: "II-4 委託事項 rows 委託先名, 再委託の有無, 許諾方法, 再委託事項 (重点, 全項目)")
        case .countMismatch:
            return Text(
                name: "Count mismatch",
                rationale: """
                    The form states how many 提供先, 移転先 and 委託事項 there are, then lists them. When the number and \
                    the list disagree, a block was dropped or left over from an earlier version.
                    """,
                example: "提供・移転の有無 [○] 提供を行っている (3) 件, but only 提供先1 and 提供先2 are listed.",
                needs: "II-4 and II-5 件数 and blocks (重点, 全項目)")
        case .contradiction:
            return Text(
                name: "Contradiction",
                rationale: """
                    The document says two things that cannot both be true: II-5 lists a 提供先/移転先 outside the \
                    network while III-5 says 提供・移転しない; 情報連携 実施しない while the 中間サーバー links to the \
                    network; 委託しない with 委託事項 listed; a 特定個人情報ファイル whose 主な記録項目 selects neither \
                    個人番号 nor 個人番号対応符号, or not 個人番号 while (別添1) lists it; one file given two names.
                    """,
                example: "III-5 [○] 提供・移転しない, while 移転先1 福祉部 保護課 receives by その他(端末参照).",
                needs:
                    "II-4/II-5 against III-4/III-5, I-5 against the 中間サーバー, II-2 against (別添1), the file names (every form; a 基礎 document states only the names)"
            )
        case .missingBasis:
            return Text(
                name: "Missing legal basis",
                rationale: """
                    Providing or transferring specific personal information is only lawful where a provision of the \
                    My Number Act or an ordinance allows it (番号法 第19条, 第9条). A 提供先 or 移転先 without \
                    ①法令上の根拠 states no such ground.
                    """,
                example: "提供先2 都道府県知事, ①法令上の根拠 empty.",
                needs: "II-5 ①法令上の根拠 (重点, 全項目)")
        case .lateNotice:
            return Text(
                name: "Late notice of an important change",
                rationale: """
                    Adding a 提供先, 移転先, 委託 or system is an important change (重要な変更): the revised assessment \
                    must be submitted and published before it takes effect (事前). A change-log row that adds one and \
                    says 事後 was submitted late, or is misclassified.
                    """,
                example: "(別添2) 令和5年… II-4 委託事項3 | 未記載 | 委託事項3 … | 事後.",
                needs: "the (別添2)/(別添3) 変更箇所 rows (every form with a change log)")
        case .unreadable:
            return Text(
                name: "Not read",
                rationale: """
                    Marks lost in the PDF conversion, missing sections and unreadable values are facts piagraph \
                    could not check. The other rules say nothing about them; these notes say where to look by hand.
                    """,
                example: "II-3 ①入手元: every option carries the same mark <input type=\"checkbox\"/>; all read as unknown.",
                needs: "what the parser could not read (every form)")
        case .sharedSystemLinksDiffer:
            return Text(
                name: "Shared system declared differently",
                rationale: """
                    A system shared by several affairs (the 中間サーバー, the integration bus) has one set of links. \
                    When two assessments of the same body declare it with different ③ links, at least one of them \
                    describes the architecture wrongly. Documents whose marks for it are unreadable are not compared.
                    """,
                example:
                    "000 業務共通システム ③ その他(介護…) only; 003 業務共通システム ③ [○] 既存住民基本台帳システム [○] 税務システム その他(…).",
                needs: "I-2 ③ marks of one system in two documents (重点, 全項目)")
        case .contractorSeveralAffairs:
            return Text(
                name: "Contractor of several affairs",
                rationale: """
                    A contractor entrusted with the files of several affairs can combine what each file holds; the \
                    body should know where that concentration is and that the contracts bound it.
                    """,
                example: "富士通Japan株式会社 is 委託先 in the assessments 36 and 45.",
                needs: "II-4 委託先名 in several documents (重点, 全項目)")
        case .systemNameVariants:
            return Text(
                name: "One system, several names",
                rationale: """
                    Assessments of one body should call a shared system the same way; 中間サーバ in one and \
                    中間サーバー in another is the same system to piagraph, but a reader searching the documents, or \
                    another tool, may not know it.
                    """,
                example: "000 中間サーバー (line 52), 003 中間サーバ (line 55).",
                needs: "system names in several documents (every form)")
        }
    }

    private var japanese: Text {
        switch self {
        case .undeclaredLink:
            return Text(
                name: "記載のない接続",
                rationale: """
                    II-3やII-5で選んだ方法（情報提供ネットワークシステム、庁内連携システム、その他( )に記載したシステム）は、\
                    I-2 ③に記載されるべき接続があって初めて使えます。どのシステムもその接続を記載していなければ、\
                    方法かシステムの一覧のどちらかが誤っており、評価書が示すシステム構成は不完全です。
                    """,
                example: "I-5 ①実施の有無が[実施する]、または⑥提供方法が[○] 情報提供ネットワークシステムなのに、I-2のどのシステムも情報提供ネットワークシステムと接続していない。",
                needs: "I-2 ③他のシステムとの接続の印と、I-5、II-3・II-5の方法（重点、全項目。基礎項目評価書は接続を記載しない）")
        case .unreachableFlow:
            return Text(
                name: "到達できない流れ",
                rationale: """
                    情報提供ネットワークシステムによる提供や庁内連携システムによる移転は、ファイルを保有するシステムから出ていきます。\
                    記載された接続（③、名称の照合後）がそのシステムと経路を結んでいなければ、データは評価書のとおりには流れません。
                    """,
                example: "提供先1は情報提供ネットワークシステムによるが、中間サーバーが業務システムと接続していない。",
                needs: "I-2 ③の接続と、II-5 提供先・移転先の方法（重点、全項目）")
        case .oneSidedLink:
            return Text(
                name: "片側だけの接続",
                rationale: """
                    接続には両端があります。両方のシステムがI-2に記載され、一方だけが他方を挙げている（名称と役割の照合後）場合、\
                    二つの③の行のどちらかが不完全です。印を読み取れなかったシステムは判定しません。
                    """,
                example: "システム4はその他(申請管理システム)を挙げているが、システム5 申請管理システムは何も挙げていない。",
                needs: "両方のシステムのI-2 ③の印（重点、全項目）")
        case .unknownSystem:
            return Text(
                name: "記載のないシステム",
                rationale: """
                    ファイルを取り扱うシステムはすべてI-2に記載されるべきです（名称、機能、接続）。\
                    評価書のほかの箇所で名前が挙がるのにI-2に記載のないシステムは、誰も評価していないシステム構成の一部です。
                    """,
                example: "システム3 ③ その他(介護システム、福祉システム)とあるが、どちらもI-2のシステムNにない。",
                needs: "I-2 ③ その他、II-3、II-4に記載されたシステム名（重点、全項目）")
        case .directNetworkLink:
            return Text(
                name: "国の基盤への直接接続",
                rationale: """
                    情報提供ネットワークシステムによる情報連携は、通常、中間サーバーを経由し個人番号対応符号で行われます。\
                    業務システムが住基ネットに直接接続するのも同様に異例です。明文の規定への違反ではありませんが、確認すべきシステム構成です。
                    """,
                example: "システム1 福祉システム ③ [○] 情報提供ネットワークシステム。",
                needs: "I-2 ③の印（重点、全項目）")
        case .weakChannel:
            return Text(
                name: "漏えいしやすい経路",
                rationale: """
                    電子メール、電子記録媒体、紙は、特定個人情報の紛失・誤送付・複製が起きやすい経路です。\
                    これらを使う提供・移転は、IIIのリスク対策でその方法を示すべきです。
                    """,
                example: "移転先1 ⑥移転方法 [○] 電子メール。",
                needs: "II-5 ⑥提供方法・移転方法（重点、全項目）")
        case .subcontractUnbounded:
            return Text(
                name: "歯止めのない再委託",
                rationale: """
                    再委託先はファイル全体を取り扱いますが、評価書には名前が記載されません。\
                    再委託を限定するのは許諾方法（⑤許諾方法）と範囲（⑥再委託事項）です。\
                    それらや委託先名がなければ、誰がデータを取り扱うのか分かりません。
                    """,
                example: "委託事項2 ④ [再委託する]、⑤再委託の許諾方法が空欄。",
                needs: "II-4 委託事項の委託先名、再委託の有無、許諾方法、再委託事項（重点、全項目）")
        case .countMismatch:
            return Text(
                name: "件数の不一致",
                rationale: """
                    様式は提供先・移転先・委託事項の件数を記入し、続けてそれぞれを記載します。\
                    件数と記載が一致しなければ、欄が抜けているか、以前の版の欄が残っています。
                    """,
                example: "提供・移転の有無 [○] 提供を行っている (3) 件とあるが、記載は提供先1と提供先2だけ。",
                needs: "II-4・II-5の件数と各欄（重点、全項目）")
        case .contradiction:
            return Text(
                name: "矛盾",
                rationale: """
                    評価書が両立しない二つのことを記載しています：III-5は提供・移転しないとしながらII-5にネットワーク以外の提供先・移転先がある、\
                    情報連携を実施しないのに中間サーバーがネットワークに接続している、委託しないのに委託事項がある、\
                    主な記録項目で個人番号も個人番号対応符号も選択されていない特定個人情報ファイル、\
                    または(別添1)に個人番号があるのに主な記録項目で選択されていない、一つのファイルに二つの名称がある。
                    """,
                example: "III-5 [○] 提供・移転しない なのに、移転先1 福祉部 保護課がその他(端末参照)で受け取っている。",
                needs: "II-4・II-5とIII-4・III-5、I-5と中間サーバー、II-2と(別添1)、ファイルの名称（全様式。基礎項目評価書は名称のみ）")
        case .missingBasis:
            return Text(
                name: "法令上の根拠の欠落",
                rationale: """
                    特定個人情報の提供・移転は、番号法や条例の規定が認める場合に限り適法です（番号法第19条、第9条）。\
                    ①法令上の根拠のない提供先・移転先は、その根拠を示していません。
                    """,
                example: "提供先2 都道府県知事、①法令上の根拠が空欄。",
                needs: "II-5 ①法令上の根拠（重点、全項目）")
        case .lateNotice:
            return Text(
                name: "重要な変更の事後提出",
                rationale: """
                    提供先・移転先・委託・システムの追加は重要な変更であり、変更後の評価書は変更の前（事前）に提出・公表するものです。\
                    追加を記載した変更箇所の行が事後となっていれば、提出が遅れたか、区分が誤っています。
                    """,
                example: "(別添2) 令和5年… II-4 委託事項3 | 未記載 | 委託事項3 … | 事後。",
                needs: "(別添2)・(別添3) 変更箇所の各行（変更箇所のある全様式）")
        case .unreadable:
            return Text(
                name: "読み取れなかった箇所",
                rationale: """
                    PDFの変換で失われた印、見つからない欄、読み取れない値は、piagraphが確認できなかった事項です。\
                    ほかのルールはこれらについて何も言いません。この注記は、目で確認すべき箇所を示します。
                    """,
                example: "II-3 ①入手元：すべての選択肢に同じ印 <input type=\"checkbox\"/> が付いており、すべて不明として読んだ。",
                needs: "パーサーが読み取れなかった箇所（全様式）")
        case .sharedSystemLinksDiffer:
            return Text(
                name: "共用システムの記載の相違",
                rationale: """
                    複数の事務で共用するシステム（中間サーバー、庁内連携基盤）の接続は一通りです。\
                    同じ機関の二つの評価書がそれを異なる③の接続で記載していれば、少なくとも一方はシステム構成を誤って記載しています。\
                    そのシステムの印を読み取れなかった評価書は比較しません。
                    """,
                example: "000 業務共通システム ③ その他(介護…)のみ。003 業務共通システム ③ [○] 既存住民基本台帳システム [○] 税務システム その他(…)。",
                needs: "二つの評価書にある一つのシステムのI-2 ③の印（重点、全項目）")
        case .contractorSeveralAffairs:
            return Text(
                name: "複数の事務の委託先",
                rationale: """
                    複数の事務のファイルを委託された委託先は、それぞれのファイルの内容を突き合わせることができます。\
                    機関は、その集中がどこにあり、契約がそれを限定していることを把握しておくべきです。
                    """,
                example: "富士通Japan株式会社が評価書36と45で委託先になっている。",
                needs: "複数の評価書のII-4 委託先名（重点、全項目）")
        case .systemNameVariants:
            return Text(
                name: "一つのシステムに複数の名称",
                rationale: """
                    同じ機関の評価書は、共用システムを同じ名称で呼ぶべきです。ある評価書の中間サーバと別の評価書の中間サーバーは\
                    piagraphにとっては同じシステムですが、評価書を検索する人やほかのツールはそれを知らないかもしれません。
                    """,
                example: "000 中間サーバー（52行目）、003 中間サーバ（55行目）。",
                needs: "複数の評価書のシステム名（全様式）")
        }
    }
}
