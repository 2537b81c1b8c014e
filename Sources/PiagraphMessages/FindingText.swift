// What `check` says: every finding's sentence, and every rule's name and rationale, in both
// languages. Rule ids, severities and fingerprints do not depend on the language (the
// fingerprint is taken from the English sentence).

/// Where a name is used, as a finding quotes it: what the line says, and the line.
public struct Place: Sendable, Hashable {
    public var note: EvidenceNote
    public var line: Int
    public init(_ note: EvidenceNote, line: Int) {
        self.note = note
        self.line = line
    }
}

/// What a line of the document says about a node or edge of the graph (its evidence).
public indirect enum EvidenceNote: Localized {
    /// A place of the form, named as the form prints it (the same in both languages).
    case form(String)
    /// A ③ mark of a system; `unreadable` when the mark could not be read.
    case connection(system: String, category: String, unreadable: Bool)
    case rowWithoutSystem
    case holderUnknown
    /// In a merged map: the note as one document (named) gave it.
    case document(String, EvidenceNote)

    public func text(_ l: Language) -> String {
        switch self {
        case .form(let place): return place
        case .connection(let system, let category, let unreadable):
            return pick(
                l, en: "③他のシステムとの接続 of \(system): " + (unreadable ? "unreadable mark for " : "") + category,
                ja: "\(system)の③他のシステムとの接続：" + category + (unreadable ? "（印が読めない）" : ""))
        case .rowWithoutSystem:
            return pick(l, en: "I-2 ③ row with no system heading or name", ja: "システムの見出しも名称もないI-2 ③の行")
        case .holderUnknown:
            return pick(
                l, en: "no system of I-2 could be identified as the one holding the file",
                ja: "ファイルを保有するシステムをI-2から特定できません")
        case .document(let name, let note): return "[\(name)] " + note.text(l)
        }
    }
}

/// One document's ③ links where a shared system's differ: what it lacks.
public struct LinkGap: Sendable, Hashable {
    public var document: String
    public var line: Int
    public var missing: [String]
    public init(document: String, line: Int, missing: [String]) {
        self.document = document
        self.line = line
        self.missing = missing
    }
}

public enum FindingText: Localized {
    // contradiction
    case outflowDespiteNone(block: String)
    case exchangeDespiteNone
    case entrustedDespiteNoneII4(count: Int)
    case entrustedDespiteNoneIII4(count: Int)
    case numberNotSelected
    case neitherNumberNorCode(file: String?)
    case fileNamedDifferently(names: [String], lines: [Int])
    // count-mismatch
    case countDiffers(what: String, stated: Int, listed: Int)
    case countUnstated(what: String, listed: Int)
    // direct-network-link
    case directToNetwork(system: String)
    case directToResidentNetwork(system: String)
    // late-notice
    case lateNotice(date: String, subject: String, after: String)
    // missing-basis
    case missingBasis(block: String)
    // one-sided-link
    case oneSidedLink(declarer: String, target: String)
    // subcontract-unbounded
    case noContractor(entrustment: String)
    case subcontractUnbounded(entrustment: String, missing: [String])
    // undeclared-link
    case undeclaredLink(what: String, category: String)
    case methodSystemUnlinked(name: String)
    // unknown-system
    case unknownSystem(name: String, places: [Place])
    case entrustedUnknownSystem(number: Int, name: String)
    // unreachable-flow
    case unreachable(what: String, category: String, holder: String?)
    // unreadable
    case notChecked(DiagnosticText, code: String)
    // weak-channel
    case weakChannel(block: String, methods: [String])
    // contractor-several-affairs
    case contractorSeveralAffairs(contractor: String, affairs: [String])
    // shared-system-links-differ
    case sharedLinksDiffer(system: String, gaps: [LinkGap])
    // system-name-variants
    case nameVariants(names: [String])

    public func text(_ l: Language) -> String {
        switch self {
        case .outflowDespiteNone(let block):
            return pick(
                l, en: "III-5 says 提供・移転しない, but II-5 lists \(block) outside 情報提供ネットワークシステム",
                ja: "III-5は「提供・移転しない」としていますが、II-5に情報提供ネットワークシステム以外による\(block)が記載されています。")
        case .exchangeDespiteNone:
            return pick(
                l, en: "I-5 情報連携 says 実施しない, but the 中間サーバー links to 情報提供ネットワークシステム",
                ja: "I-5 情報連携は「実施しない」ですが、中間サーバーが情報提供ネットワークシステムに接続しています。")
        case .entrustedDespiteNoneII4(let count):
            return pick(
                l, en: "II-4 says 委託しない, but \(count) 委託事項 are listed",
                ja: "II-4は「委託しない」としていますが、委託事項が\(count)件記載されています。")
        case .entrustedDespiteNoneIII4(let count):
            return pick(
                l, en: "III-4 says 委託しない, but II-4 lists \(count) 委託事項",
                ja: "III-4は「委託しない」としていますが、II-4に委託事項が\(count)件記載されています。")
        case .numberNotSelected:
            return pick(
                l, en: "主な記録項目 does not select 個人番号, but (別添1) lists it",
                ja: "主な記録項目で個人番号が選択されていませんが、(別添1)には記載されています。")
        case .neitherNumberNorCode(let file):
            return pick(
                l,
                en: "主な記録項目 selects neither 個人番号 nor 個人番号対応符号, yet \(file ?? "the file") is assessed as a 特定個人情報ファイル",
                ja: "主な記録項目で個人番号も個人番号対応符号も選択されていませんが、\(file ?? "このファイル")は特定個人情報ファイルとして評価されています。")
        case .fileNamedDifferently(let names, let lines):
            return pick(
                l,
                en: "the 特定個人情報ファイル is named differently: " + zip(names, lines).map { "\($0) (line \($1))" }.joined(separator: ", "),
                ja: "特定個人情報ファイルの名称が一致しません：" + zip(names, lines).map { "\($0)（\($1)行目）" }.joined(separator: "、"))
        case .countDiffers(let what, let stated, let listed):
            return pick(
                l, en: "\(what) states \(stated) 件 but \(listed) are listed",
                ja: "\(what)は\(stated)件としていますが、記載は\(listed)件です。")
        case .countUnstated(let what, let listed):
            return pick(
                l, en: "\(what) states no 件数 ( ) while \(listed) are listed",
                ja: "\(what)に件数の記入がありませんが、\(listed)件が記載されています。")
        case .directToNetwork(let system):
            return pick(
                l, en: "\(system) links directly to 情報提供ネットワークシステム; exchange normally goes through the 中間サーバー",
                ja: "\(system)が情報提供ネットワークシステムに直接接続しています。情報連携は通常、中間サーバーを経由します。")
        case .directToResidentNetwork(let system):
            return pick(
                l, en: "business system \(system) links directly to 住民基本台帳ネットワークシステム",
                ja: "業務システムの\(system)が住民基本台帳ネットワークシステムに直接接続しています。")
        case .lateNotice(let date, let subject, let after):
            return pick(
                l,
                en: "(別添2) \(date): adds a \(subject) (\(after)…) but is marked 事後; adding one is a 重要な変更, submitted 事前",
                ja: "(別添2) \(date)：\(subject)を追加しています（\(after)…）が、提出時期が事後です。追加は重要な変更であり、事前に提出するものです。")
        case .missingBasis(let block):
            return pick(l, en: "\(block) states no ①法令上の根拠", ja: "\(block)に①法令上の根拠の記載がありません。")
        case .oneSidedLink(let declarer, let target):
            return pick(
                l, en: "\(declarer) declares a link to \(target), which does not declare one back",
                ja: "\(declarer)は\(target)との接続を記載していますが、\(target)側には\(declarer)との接続の記載がありません。")
        case .noContractor(let entrustment):
            return pick(
                l, en: "\(entrustment) names no 委託先 (③委託先名 is empty)",
                ja: "\(entrustment)に委託先の記載がありません（③委託先名が空欄です）。")
        case .subcontractUnbounded(let entrustment, let missing):
            return pick(
                l, en: "\(entrustment) allows 再委託 without \(missing.joined(separator: " or "))",
                ja: "\(entrustment)は再委託を認めていますが、\(missing.joined(separator: "・"))の記載がありません。")
        case .undeclaredLink(let what, let category):
            return pick(
                l, en: "\(what) uses \(category), but no system of I-2 declares a link to it",
                ja: "\(what)で\(category)を使うとしていますが、I-2のどのシステムも\(category)との接続を記載していません。")
        case .methodSystemUnlinked(let name):
            return pick(
                l, en: "II-3 ②入手方法 その他(\(name)) names a system that no system of I-2 declares or links to",
                ja: "II-3 ②入手方法 その他(\(name))のシステムは、I-2に記載がなく、I-2のどのシステムとも接続していません。")
        case .unknownSystem(let name, let places):
            return pick(
                l,
                en: "\(name) is named but not declared as a system in I-2: "
                    + places.map { "\($0.note.text(l)) (line \($0.line))" }.joined(separator: "; "),
                ja: "\(name)は記載されていますが、I-2にシステムとして記載されていません："
                    + places.map { "\($0.note.text(l))（\($0.line)行目）" }.joined(separator: "、"))
        case .entrustedUnknownSystem(let number, let name):
            return pick(
                l, en: "委託事項\(number) names \(name), which is not declared as a system in I-2",
                ja: "委託事項\(number)に\(name)が記載されていますが、I-2にシステムとして記載されていません。")
        case .unreachable(let what, let category, let holder):
            return pick(
                l, en: "\(what) uses \(category), which \(holder ?? "the file's system") cannot reach through the declared links",
                ja: "\(what)で\(category)を使うとしていますが、\(holder ?? "ファイルを保有するシステム")から記載された接続をたどって\(category)に到達できません。")
        case .notChecked(let diagnostic, let code):
            return pick(l, en: "not checked: \(diagnostic.text(l)) [\(code)]", ja: "未確認：\(diagnostic.text(l)) [\(code)]")
        case .weakChannel(let block, let methods):
            return pick(
                l, en: "\(block) receives the file's data by \(methods.joined(separator: ", "))",
                ja: "\(block)は\(methods.joined(separator: "、"))でファイルのデータを受け取ります。")
        case .contractorSeveralAffairs(let contractor, let affairs):
            return pick(
                l, en: "\(contractor) handles the files of \(affairs.count) affairs: \(affairs.joined(separator: ", "))",
                ja: "\(contractor)は\(affairs.count)つの事務のファイルを取り扱います：\(affairs.joined(separator: "、"))")
        case .sharedLinksDiffer(let system, let gaps):
            let en = gaps.map { g in
                "\(g.document) (line \(g.line)) lacks " + (g.missing.isEmpty ? "nothing" : g.missing.joined(separator: ", "))
            }.joined(separator: "; ")
            let ja = gaps.map { g in
                "\(g.document)（\(g.line)行目）" + (g.missing.isEmpty ? "は欠けなし" : "には\(g.missing.joined(separator: "、"))がない")
            }.joined(separator: "、")
            return pick(
                l, en: "\(system) is declared with different links: \(en)",
                ja: "\(system)の接続の記載が評価書によって異なります：\(ja)")
        case .nameVariants(let names):
            return pick(
                l, en: "one system is named " + names.map { "'\($0)'" }.joined(separator: " and "),
                ja: "一つのシステムが" + names.map { "「\($0)」" }.joined(separator: "と") + "の名称で記載されています。")
        }
    }
}
