/// Everything the parser read from one 特定個人情報保護評価書, before any graph is built.
/// Plain values; every fact carries the 1-based line it was read from.
public struct Assessment: Sendable, Hashable {
    public var source: Source
    public var header: Header
    public var systems: [SystemDeclaration]
    public var flows: [Flow]
    public var recordedItems: [RecordedItem]
    public var appendixItems: [AppendixItem]
    public var history: [HistoryRow]
    public var declarations: Declarations
    public var diagnostics: [Diagnostic]
    /// The form's part headings found (Ⅰ 基本情報, (別添2) 変更箇所 …), in document order.
    public var headings: [Located<String>] = []

    public init(
        source: Source, header: Header = Header(), systems: [SystemDeclaration] = [], flows: [Flow] = [],
        recordedItems: [RecordedItem] = [], appendixItems: [AppendixItem] = [], history: [HistoryRow] = [],
        declarations: Declarations = Declarations(), diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.header = header
        self.systems = systems
        self.flows = flows
        self.recordedItems = recordedItems
        self.appendixItems = appendixItems
        self.history = history
        self.declarations = declarations
        self.diagnostics = diagnostics
    }
}

extension Assessment {
    /// The flows of one kind, in document order.
    public var acquisitions: [Acquisition] { flows.compactMap { if case .acquisition(let x) = $0 { return x } else { return nil } } }
    public var acquisitionMethods: [AcquisitionMethod] {
        flows.compactMap { if case .acquisitionMethod(let x) = $0 { return x } else { return nil } }
    }
    public var entrustments: [Entrustment] { flows.compactMap { if case .entrustment(let x) = $0 { return x } else { return nil } } }
    public var provisions: [Outflow] { flows.compactMap { if case .provision(let x) = $0 { return x } else { return nil } } }
    public var transfers: [Outflow] { flows.compactMap { if case .transfer(let x) = $0 { return x } else { return nil } } }
}

/// The three forms of the assessment (様式2, 様式3, 様式4). What a document can state depends on
/// its form: the 基礎 form has no ③他のシステムとの接続 and no II-3…II-5.
public enum FormKind: String, CaseIterable, Sendable, Hashable {
    case basic = "基礎項目評価書"
    case focused = "重点項目評価書"
    case full = "全項目評価書"
}

extension Assessment {
    /// The form, as the cover names it; nil when the cover could not be read.
    public var form: FormKind? { header.kind.flatMap { FormKind(rawValue: $0.value) } }
}

public struct Source: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var encoding: String
    /// For a PDF: the line of piagraph's text layer at which each page begins (facts cite lines
    /// of that text layer). Empty for a text file.
    public var pageStarts: [Int]
    public init(path: String, sha256: String, encoding: String, pageStarts: [Int] = []) {
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.pageStarts = pageStarts
    }

    public var isPDF: Bool { !pageStarts.isEmpty }

    /// The PDF page a line of the text layer is on; nil for a text file.
    public func page(ofLine line: Int) -> Int? {
        guard !pageStarts.isEmpty, line >= 1 else { return nil }
        // The last page beginning at or before the line (an empty page begins where the next
        // one does); a binary search: every fact and citation of a PDF asks.
        var low = 0
        var high = pageStarts.count
        while low < high {
            let mid = (low + high) / 2
            if pageStarts[mid] <= line { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }

    /// How a line is cited: `57` in a text file, `p.3 l.57` in a PDF's text layer.
    public func cite(_ line: Int) -> String {
        page(ofLine: line).map { "p.\($0) l.\(line)" } ?? String(line)
    }

    /// ` (p.3)` after a line of a PDF's text layer; empty for a text file.
    public func pageNote(_ line: Int?) -> String {
        line.flatMap(page(ofLine:)).map { " (p.\($0))" } ?? ""
    }
}

/// A string the document states, with the line it was read from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var line: Int
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

public struct Header: Sendable, Hashable {
    public var number: Located<String>?
    public var title: Located<String>?
    public var kind: Located<String>?
    public var organization: Located<String>?
    public var published: Located<String>?
    public var affair: Located<String>?
    /// 特定個人情報ファイル名 as stated in I-3, II-1 and elsewhere, distinct values in document order.
    public var files: [Located<String>]
    /// The files are numbered `(1) A (2) B`: several files, each with its own part II (全項目),
    /// not several names of one file.
    public var filesNumbered = false
    public init() { files = [] }
}

/// The seven categories of ③他のシステムとの接続, in the form's order.
public enum LinkCategory: String, CaseIterable, Sendable, Hashable {
    case network = "情報提供ネットワークシステム"
    case internalBus = "庁内連携システム"
    case residentNetwork = "住民基本台帳ネットワークシステム"
    case residentRegistry = "既存住民基本台帳システム"
    case addressSystem = "宛名システム等"
    case taxSystem = "税務システム"
    case other = "その他"
}

public struct Connection: Sendable, Hashable {
    public var category: LinkCategory
    /// true selected, false shown and not selected, nil unreadable (with a diagnostic).
    public var checked: Bool?
    /// The text inside その他( ); nil when empty or for other categories.
    public var detail: String?
    public var line: Int
    public init(category: LinkCategory, checked: Bool?, detail: String? = nil, line: Int) {
        self.category = category
        self.checked = checked
        self.detail = detail
        self.line = line
    }
}

/// One システムN block of I-2. `no` and `name` are nil for a ③ row whose
/// system header was lost in conversion.
public struct SystemDeclaration: Sendable, Hashable {
    public var no: Int?
    public var name: String?
    public var line: Int
    public var connections: [Connection]
    /// Line of the ③他のシステムとの接続 row; nil when the row is missing (the seven
    /// connections are then unknown because nothing is stated, not because a mark was lost).
    public var connectionsLine: Int?
    public init(no: Int?, name: String?, line: Int, connections: [Connection], connectionsLine: Int?) {
        self.no = no
        self.name = name
        self.line = line
        self.connections = connections
        self.connectionsLine = connectionsLine
    }
}

/// One option of a checkbox group, with its tri-state mark.
public struct Choice: Sendable, Hashable {
    public var name: String
    public var checked: Bool?
    public var detail: String?
    public init(name: String, checked: Bool?, detail: String? = nil) {
        self.name = name
        self.checked = checked
        self.detail = detail
    }
}

/// A fact taken from a (別添2) change-log row rather than the body (`--recover`, `--at`).
public struct RecoveredFrom: Sendable, Hashable {
    public var date: String
    public var line: Int
    public init(date: String, line: Int) {
        self.date = date
        self.line = line
    }
}

public struct Acquisition: Sendable, Hashable {
    public var party: String
    public var detail: String?
    public var checked: Bool?
    /// The 特定個人情報ファイル whose part II states it (全項目 repeats II for each file).
    public var file: String?
    public var line: Int
    public var recoveredFrom: RecoveredFrom?
    public init(party: String, detail: String?, checked: Bool?, line: Int) {
        self.party = party
        self.detail = detail
        self.checked = checked
        self.line = line
    }
}

public struct AcquisitionMethod: Sendable, Hashable {
    public var method: String
    public var detail: String?
    public var checked: Bool?
    /// The 特定個人情報ファイル whose part II states it (全項目 repeats II for each file).
    public var file: String?
    public var line: Int
    public init(method: String, detail: String?, checked: Bool?, line: Int) {
        self.method = method
        self.detail = detail
        self.checked = checked
        self.line = line
    }
}

public struct Entrustment: Sendable, Hashable {
    public var no: Int
    public var item: String?
    public var content: Located<String>?
    public var handlers: Located<String>?
    public var contractor: Located<String>?
    /// 再委託の有無: true 再委託する, false 再委託しない, nil not stated.
    public var subcontract: Bool?
    public var subcontractLine: Int?
    public var permission: Located<String>?
    public var subcontractItems: Located<String>?
    /// The 特定個人情報ファイル whose part II states it (全項目 repeats II for each file).
    public var file: String?
    public var line: Int
    public var recoveredFrom: RecoveredFrom?
    public init(no: Int, item: String?, line: Int) {
        self.no = no
        self.item = item
        self.line = line
    }
}

/// A 提供先N (provision, to another legal body) or 移転先N (transfer, inside the body).
public struct Outflow: Sendable, Hashable {
    public var no: Int
    public var recipient: String?
    public var basis: Located<String>?
    public var purpose: Located<String>?
    public var information: Located<String>?
    public var population: Located<String>?
    public var scope: Located<String>?
    public var timing: Located<String>?
    /// Every option of ⑥提供方法/移転方法 as read, selected or not.
    public var methodOptions: [Choice]
    public var methodsLine: Int?
    /// The 特定個人情報ファイル whose part II states it (全項目 repeats II for each file).
    public var file: String?
    public var line: Int
    public var recoveredFrom: RecoveredFrom?
    public init(no: Int, recipient: String?, line: Int) {
        self.no = no
        self.recipient = recipient
        self.line = line
        self.methodOptions = []
    }
    /// The methods the document selects or whose mark is unreadable.
    public var methods: [Choice] { methodOptions.filter { $0.checked != false } }
}

public enum Flow: Sendable, Hashable {
    case acquisition(Acquisition)
    case acquisitionMethod(AcquisitionMethod)
    case entrustment(Entrustment)
    case provision(Outflow)
    case transfer(Outflow)

    /// The kinds of flow, named as the extract contract names them.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case acquisition, acquisitionMethod, entrustment, provision, transfer

        /// The block heading of an outflow (提供先N, 移転先N); nil for the other kinds.
        public var blockTitle: String? {
            switch self {
            case .provision: return NumberedBlock.provision.rawValue
            case .transfer: return NumberedBlock.transfer.rawValue
            default: return nil
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .acquisition: return .acquisition
        case .acquisitionMethod: return .acquisitionMethod
        case .entrustment: return .entrustment
        case .provision: return .provision
        case .transfer: return .transfer
        }
    }

    /// The (別添2) row a recovered or replayed flow was taken from; nil for facts of the body.
    public var recoveredFrom: RecoveredFrom? {
        switch self {
        case .acquisition(let a): return a.recoveredFrom
        case .entrustment(let e): return e.recoveredFrom
        case .provision(let o), .transfer(let o): return o.recoveredFrom
        case .acquisitionMethod: return nil
        }
    }

    public var line: Int {
        switch self {
        case .acquisition(let a): return a.line
        case .acquisitionMethod(let m): return m.line
        case .entrustment(let e): return e.line
        case .provision(let o), .transfer(let o): return o.line
        }
    }
}

public struct RecordedItem: Sendable, Hashable {
    public var name: String
    public var checked: Bool?
    public var detail: String?
    /// The 特定個人情報ファイル whose part II states it (全項目 repeats II for each file).
    public var file: String?
    public var line: Int
    public init(name: String, checked: Bool?, detail: String?, line: Int) {
        self.name = name
        self.checked = checked
        self.detail = detail
        self.line = line
    }
}

/// One item of (別添1) 特定個人情報ファイル記録項目.
public struct AppendixItem: Sendable, Hashable {
    public var name: String
    /// The heading or table name the item is listed under, if any.
    public var group: String?
    public var line: Int
    public init(name: String, group: String?, line: Int) {
        self.name = name
        self.group = group
        self.line = line
    }
}

/// One row of (別添2) 変更箇所.
public struct HistoryRow: Sendable, Hashable {
    public var date: String
    public var item: String
    public var before: String
    public var after: String
    /// 提出時期: 事前 or 事後 as written, nil when the cell is empty.
    public var timing: String?
    public var reason: String
    public var line: Int
    /// `before` and `after` as the parser first read them, quoted checkbox marks kept as its
    /// sentinels (U+E001 checked, U+E002 radio, U+E003 checkbox), for replaying link changes.
    public var beforeMarked: String
    public var afterMarked: String
    public init(date: String, item: String, before: String, after: String, timing: String?, reason: String, line: Int) {
        self.date = date
        self.item = item
        self.before = before
        self.after = after
        self.timing = timing
        self.reason = reason
        self.line = line
        self.beforeMarked = before
        self.afterMarked = after
    }
}

/// A value chosen from a list, e.g. 委託の有無 [委託する], with the count 「(N) 件」 when stated.
public struct Declared: Sendable, Hashable {
    public var value: String?
    public var count: Int?
    public var line: Int
    public init(value: String?, count: Int? = nil, line: Int) {
        self.value = value
        self.count = count
        self.line = line
    }
}

/// A single checkbox with its state, e.g. III-5 提供・移転しない.
public struct Box: Sendable, Hashable {
    public var checked: Bool?
    public var line: Int
    public init(checked: Bool?, line: Int) {
        self.checked = checked
        self.line = line
    }
}

/// II-5 提供・移転の有無: the three options and the counts 「(N) 件」.
public struct OutflowDeclaration: Sendable, Hashable {
    public var provides: Bool?
    public var provisionCount: Int?
    public var transfers: Bool?
    public var transferCount: Int?
    public var none: Bool?
    public var line: Int
    public init(line: Int) { self.line = line }
}

/// Statements about the whole file that the audits cross-check.
public struct Declarations: Sendable, Hashable {
    /// I-5 ①実施の有無: 実施する / 実施しない / 未定.
    public var networkExchange: Declared?
    /// II-4 委託の有無 with 「(N) 件」.
    public var entrustment: Declared?
    public var outflows: OutflowDeclaration?
    /// III-4 [ ] 委託しない.
    public var noEntrustmentBox: Box?
    /// III-5 [ ] 提供・移転しない.
    public var noOutflowBox: Box?
    /// III-6 [ ] 接続しない(入手).
    public var noNetworkAcquisitionBox: Box?
    /// III-6 [ ] 接続しない(提供).
    public var noNetworkProvisionBox: Box?
    public init() {}
}

/// The blocks the form numbers (システム3, 委託事項1, 提供先2, 移転先4), in the form's order:
/// their headings, as the layout finds them, the parser opens them and the change log names them.
public enum NumberedBlock: String, CaseIterable, Sendable, Hashable {
    case system = "システム"
    case entrustment = "委託事項"
    case provision = "提供先"
    case transfer = "移転先"

    /// The block's heading as the form prints it: `提供先2`.
    public func heading(_ number: Int) -> String { rawValue + String(number) }

    /// The headings as text, in the form's order.
    public static let names = allCases.map(\.rawValue)
}
