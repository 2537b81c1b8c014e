import PiagraphMessages
import PiagraphModel

/// Where a node or edge comes from in the document: the text as written and its line.
public struct Evidence: Sendable, Hashable {
    public var text: String
    public var line: Int
    /// What the line says about it, e.g. the place of the form "II-4 委託事項3 ③委託先名".
    public var about: EvidenceNote
    /// That, in English (JSON's `note`).
    public var note: String { about.english }
    public init(text: String, line: Int, about: EvidenceNote) {
        self.text = text
        self.line = line
        self.about = about
    }
    /// Evidence at a place of the form, named as the form prints it.
    public init(text: String, line: Int, note: String) { self.init(text: text, line: line, about: .form(note)) }
}

public enum NodeKind: String, Sendable, Hashable, CaseIterable {
    /// A システムN of I-2.
    case system
    /// A ③ row whose system name was lost in conversion.
    case unnamedSystem
    /// Named only inside その他( ) or a method, not declared in I-2.
    case referencedSystem
    /// A description of many systems, e.g. 各種業務システム.
    case systemGroup
    /// A link category no declared system plays, e.g. 税務システム.
    case category
    /// 情報提供ネットワークシステム, 住民基本台帳ネットワークシステム.
    case nationalNetwork
    /// 本人又は本人の代理人.
    case person
    /// Another department of the same body (入手元 他部署, 移転先).
    case department
    /// Another public body (入手元 行政機関・地方公共団体, 提供先).
    case publicBody
    /// A 委託先.
    case contractor
    /// The unnamed parties of 再委託する.
    case subcontractor
    /// 民間事業者 or その他 sources.
    case otherParty
    /// The system holding the file when the document does not let piagraph identify it.
    case fileHolder

    public var title: String {
        switch self {
        case .system: return "システム (I-2)"
        case .unnamedSystem: return "名称不明のシステム"
        case .referencedSystem: return "参照のみ (I-2に記載なし)"
        case .systemGroup: return "システム群"
        case .category: return "接続区分 (該当システムなし)"
        case .nationalNetwork: return "国の基盤"
        case .person: return "本人"
        case .department: return "庁内の他部署"
        case .publicBody: return "他の公的機関"
        case .contractor: return "委託先"
        case .subcontractor: return "再委託先"
        case .otherParty: return "その他の入手元"
        case .fileHolder: return "ファイル保有システム (特定できず)"
        }
    }
}

public enum Cluster: String, Sendable, Hashable, CaseIterable {
    case body = "庁内"
    case national = "国の基盤"
    case publicBodies = "他の公的機関"
    case contractors = "委託先"
}

public struct GraphNode: Sendable, Hashable {
    /// Stable ASCII identifier, assigned in document order.
    public var id: String
    public var label: String
    public var kind: NodeKind
    public var cluster: Cluster?
    /// Every place the document names it; more than one when names were merged.
    public var evidence: [Evidence]
    /// Roles the node plays for the link categories (e.g. 庁内連携システム).
    public var roles: [LinkCategory]
    /// Whether the assessed file's data lives here (the declared systems of I-2 and the holder).
    public var handlesFile: Bool
    /// In a merged map: the assessments that name it (short names), in input order.
    public var sources: [String] = []
    /// A party whose name the text did not give (its label says which block it is): it is
    /// no other document's party of the same label.
    public var unnamed = false

    public init(
        id: String, label: String, kind: NodeKind, cluster: Cluster?, evidence: [Evidence] = [],
        roles: [LinkCategory] = [], handlesFile: Bool = false
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.cluster = cluster
        self.evidence = evidence
        self.roles = roles
        self.handlesFile = handlesFile
    }
}

public enum EdgeKind: String, Sendable, Hashable, CaseIterable {
    /// A declared link between systems (undirected).
    case link
    /// 入手: source → the file's system.
    case acquisition
    /// 提供: the file's system → another body.
    case provision
    /// 移転: the file's system → another department.
    case transfer
    /// 委託: the file's system → contractor.
    case entrustment
    /// 再委託: contractor → unnamed subcontractor.
    case subcontract

    public var title: String {
        switch self {
        case .link: return "システム間の接続 (③)"
        case .acquisition: return "入手"
        case .provision: return "提供"
        case .transfer: return "移転"
        case .entrustment: return "委託"
        case .subcontract: return "再委託"
        }
    }

    public var isDirected: Bool { self != .link }
}

public struct GraphEdge: Sendable, Hashable {
    public var id: String
    public var from: String
    public var to: String
    public var kind: EdgeKind
    /// Method or item shown on the edge.
    public var label: String?
    /// The channels a flow uses (提供方法, 入手方法 …), as written in the form's options.
    public var channels: [String]
    /// false when the mark behind it could not be read: the document may or may not say so.
    public var certain: Bool
    public var evidence: [Evidence]
    /// For links: the systems whose ③ row declares it (both, when the declaration is mutual).
    public var declaredBy: [String]
    /// In a merged map: the assessments that state it.
    public var sources: [String] = []
    /// Taken from a (別添2) row (`--recover`, `--at`), not from the body: its line.
    public var recoveredFrom: Int?

    public init(
        id: String, from: String, to: String, kind: EdgeKind, label: String? = nil, channels: [String] = [],
        certain: Bool = true, evidence: [Evidence] = [], declaredBy: [String] = []
    ) {
        self.declaredBy = declaredBy
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.label = label
        self.channels = channels
        self.certain = certain
        self.evidence = evidence
    }
}

/// Names that resolved to one node, with the evidence of each spelling.
public struct Merge: Sendable, Hashable {
    public var node: String
    public var names: [Evidence]
    public var rule: String
}

/// The architecture one assessment describes.
public struct ArchitectureGraph: Sendable, Hashable {
    public var title: String
    public var source: String
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]
    /// The node holding the assessed file (flows start or end there).
    public var holder: String
    /// How the holder was chosen.
    public var holderRule: String
    public var merges: [Merge]
    /// In a merged map: the node holding each document's file.
    public var fileHolders: [String] = []

    public init(
        title: String, source: String, nodes: [GraphNode], edges: [GraphEdge], holder: String, holderRule: String,
        merges: [Merge]
    ) {
        self.title = title
        self.source = source
        self.nodes = nodes
        self.edges = edges
        self.holder = holder
        self.holderRule = holderRule
        self.merges = merges
    }

    public func node(_ id: String) -> GraphNode? { nodes.first { $0.id == id } }
}
