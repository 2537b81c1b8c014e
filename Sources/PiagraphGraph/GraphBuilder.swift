import Foundation
import PiagraphMessages
import PiagraphModel

/// Builds the architecture graph of one assessment. Pure: the same facts give the same
/// graph, node and edge identifiers included.
public enum GraphBuilder {
    public static func build(_ a: Assessment) -> ArchitectureGraph {
        Stages.count(.graph)
        var b = Builder(assessment: a)
        b.run()
        return b.graph
    }
}

private struct Builder {
    let assessment: Assessment
    var nodes: [GraphNode] = []
    var edges: [GraphEdge] = []
    /// Each link's place in `edges`, by its two ends in order: a document of many systems each
    /// naming all others must not cost a scan of every edge per declaration.
    var linkIndex: [String: Int] = [:]
    var merges: [String: Merge] = [:]
    var counters: [String: Int] = [:]
    /// Resolution key → node id, for systems and referenced systems.
    var systemByKey: [String: String] = [:]
    var partyByKey: [String: String] = [:]
    var holder = ""
    var holderRule = ""

    init(assessment: Assessment) { self.assessment = assessment }

    var graph: ArchitectureGraph {
        let title = assessment.header.title?.value ?? assessment.header.affair?.value ?? assessment.source.path
        return ArchitectureGraph(
            title: title, source: assessment.source.path, nodes: nodes, edges: edges,
            holder: holder, holderRule: holderRule,
            merges: merges.values.sorted { $0.node < $1.node })
    }

    mutating func nextID(_ prefix: String) -> String {
        let n = (counters[prefix] ?? 0) + 1
        counters[prefix] = n
        return "\(prefix)\(n)"
    }

    func index(of id: String) -> Int { nodes.firstIndex { $0.id == id }! }

    mutating func addNode(
        _ prefix: String, label: String, kind: NodeKind, cluster: Cluster?, evidence: Evidence,
        roles: [LinkCategory] = [], handlesFile: Bool = false
    ) -> String {
        let id = nextID(prefix)
        nodes.append(
            GraphNode(
                id: id, label: label, kind: kind, cluster: cluster, evidence: [evidence], roles: roles,
                handlesFile: handlesFile))
        return id
    }

    /// Records that `name` (as written at `evidence`) resolved to an existing node.
    mutating func merge(_ id: String, _ evidence: Evidence, rule: String) {
        let i = index(of: id)
        nodes[i].evidence.appendIfAbsent(evidence)
        var m = merges[id] ?? Merge(node: id, names: nodes[i].evidence.prefix(1).map { $0 }, rule: rule)
        m.names.appendIfAbsent(evidence)
        if !m.rule.contains(rule) { m.rule += "; " + rule }
        merges[id] = m
    }

    mutating func run() {
        declareSystems()
        chooseHolder()
        for (k, system) in assessment.systems.enumerated() { addLinks(of: system, index: k) }
        addFlows()
    }

    // MARK: Systems

    var systemIDs: [Int: String] = [:]  // index in assessment.systems → node id

    mutating func declareSystems() {
        for (k, s) in assessment.systems.enumerated() {
            let title = s.no.map { "システム\($0)" } ?? "システム?"
            if let name = s.name {
                let key = NameTable.key(name)
                // The 基礎 form lists its systems under I ③システムの名称, without numbers.
                let note = assessment.form == .basic ? "I-1 ③システムの名称" : "I-2 \(title) ①システムの名称"
                let evidence = Evidence(text: name, line: s.line, note: note)
                if let existing = systemByKey[key] {
                    merge(existing, evidence, rule: "same name")
                    systemIDs[k] = existing
                    continue
                }
                let id = addNode(
                    "s", label: name, kind: .system, cluster: .body, evidence: evidence,
                    roles: NameTable.roles(of: name), handlesFile: true)
                systemByKey[key] = id
                systemIDs[k] = id
            } else {
                let evidence = Evidence(text: "③他のシステムとの接続", line: s.line, about: .rowWithoutSystem)
                systemIDs[k] = addNode(
                    "s", label: "名称不明のシステム (\(s.line)行)", kind: .unnamedSystem, cluster: .body,
                    evidence: evidence, handlesFile: true)
            }
        }
    }

    mutating func chooseHolder() {
        let file = assessment.header.files.first?.value ?? "特定個人情報ファイル"
        for (k, s) in assessment.systems.enumerated() {
            guard let name = s.name, !NameTable.isInfrastructure(name), let id = systemIDs[k] else { continue }
            holder = id
            holderRule = "the first system of I-2 that is not shared infrastructure (\(name), line \(s.line))"
            return
        }
        let evidence = Evidence(
            text: file, line: assessment.header.files.first?.line ?? 1,
            about: .holderUnknown)
        holder = addNode(
            "s", label: "\(file)を保有するシステム (特定できず)", kind: .fileHolder, cluster: .body,
            evidence: evidence, handlesFile: true)
        holderRule = "no business system is declared in I-2; flows start from a placeholder for the file's system"
    }

    // MARK: Links

    /// The nodes that play a link category's role, or a node of the category's own.
    mutating func targets(for category: LinkCategory, from source: String, evidence: Evidence) -> [String] {
        let players = nodes.filter { ($0.kind == .system) && $0.roles.contains(category) && $0.id != source }.map(\.id)
        if !players.isEmpty {
            for id in players { merge(id, evidence, rule: "plays the role of \(category.rawValue)") }
            return players
        }
        if nodes.first(where: { $0.id == source })?.roles.contains(category) == true { return [] }
        let key = "category:" + category.rawValue
        if let id = systemByKey[key] {
            merge(id, evidence, rule: "same category")
            return [id]
        }
        let national = NameTable.national.contains(category)
        let id = addNode(
            national ? "x" : "c", label: category.rawValue, kind: national ? .nationalNetwork : .category,
            cluster: national ? .national : .body, evidence: evidence, roles: [category])
        systemByKey[key] = id
        return [id]
    }

    /// A system named in text (その他, 入手方法): the declared one, a role player, or a new
    /// "referenced, not declared" node.
    mutating func resolveName(_ name: String, evidence: Evidence) -> String {
        let key = NameTable.key(name)
        if let id = systemByKey[key] {
            merge(id, evidence, rule: name == nodes[index(of: id)].label ? "same name" : "same name after normalization")
            return id
        }
        if let category = LinkCategory.allCases.first(where: { NameTable.key($0.rawValue) == key }),
            let player = nodes.first(where: { $0.kind == .system && $0.roles.contains(category) })
        {
            merge(player.id, evidence, rule: "plays the role of \(category.rawValue)")
            return player.id
        }
        if let id = systemByKey["category:" + key] {
            merge(id, evidence, rule: "same category")
            return id
        }
        if NameTable.isGroup(name) {
            let id = addNode("g", label: name, kind: .systemGroup, cluster: .body, evidence: evidence)
            systemByKey[key] = id
            return id
        }
        let national = LinkCategory.allCases.first { NameTable.key($0.rawValue) == key }.map { NameTable.national.contains($0) } ?? false
        let id = addNode(
            national ? "x" : "r", label: name, kind: national ? .nationalNetwork : .referencedSystem,
            cluster: national ? .national : .body, evidence: evidence,
            roles: NameTable.roles(of: name))
        systemByKey[key] = id
        return id
    }

    mutating func addLinks(of system: SystemDeclaration, index k: Int) {
        // A missing ③ row states nothing: no link is drawn, not even an unknown one.
        guard let source = systemIDs[k], system.connectionsLine != nil else { return }
        let name = system.name ?? "名称不明のシステム"
        for c in system.connections where c.checked != false {
            let note = EvidenceNote.connection(system: name, category: c.category.rawValue, unreadable: c.checked == nil)
            var targets: [String] = []
            if c.category == .other {
                for listed in NameTable.names(in: c.detail ?? "") {
                    targets.append(resolveName(listed, evidence: Evidence(text: listed, line: c.line, about: note)))
                }
            } else {
                targets = self.targets(
                    for: c.category, from: source, evidence: Evidence(text: c.category.rawValue, line: c.line, about: note))
            }
            for target in targets where target != source {
                addLink(
                    source, target, certain: c.checked == true,
                    evidence: Evidence(text: c.category == .other ? (c.detail ?? "その他") : c.category.rawValue, line: c.line, about: note))
            }
        }
    }

    /// Links are undirected: A→B and B→A declarations become one edge with both evidences.
    mutating func addLink(_ a: String, _ b: String, certain: Bool, evidence: Evidence) {
        let key = min(a, b) + "\u{1F}" + max(a, b)
        if let i = linkIndex[key] {
            edges[i].evidence.appendIfAbsent(evidence)
            edges[i].declaredBy.appendIfAbsent(a)
            if certain && !edges[i].certain {
                edges[i].certain = true
                edges[i].label = nil
            }
            return
        }
        linkIndex[key] = edges.count
        edges.append(
            GraphEdge(
                id: nextID("e"), from: a, to: b, kind: .link, label: certain ? nil : "?",
                certain: certain, evidence: [evidence], declaredBy: [a]))
    }

    // MARK: Flows

    mutating func party(_ key: String, label: String, kind: NodeKind, cluster: Cluster?, evidence: Evidence) -> String {
        if let id = partyByKey[key] {
            merge(id, evidence, rule: "same party")
            return id
        }
        let prefix: String
        switch kind {
        case .contractor: prefix = "k"
        case .subcontractor: prefix = "u"
        default: prefix = "p"
        }
        let id = addNode(prefix, label: label, kind: kind, cluster: cluster, evidence: evidence)
        partyByKey[key] = id
        return id
    }

    static func methodList(_ choices: [(String, String?, Bool?)]) -> (label: String?, channels: [String], certain: Bool) {
        let used = choices.filter { $0.2 != false }
        guard !used.isEmpty else { return (nil, [], true) }
        if used.allSatisfy({ $0.2 == nil }) {
            // Every mark unreadable: listing each option with "?" says nothing more.
            return ("方法不明", [], false)
        }
        let parts = used.map { name, detail, checked -> String in
            let text = name == "その他" ? (detail.map { "その他(\($0))" } ?? "その他") : name
            return checked == nil ? text + "?" : text
        }
        return (parts.joined(separator: "、"), used.map { $0.0 == "その他" ? ($0.1 ?? "その他") : $0.0 }, used.allSatisfy { $0.2 == true })
    }

    mutating func addFlows() {
        let methods = assessment.acquisitionMethods
        let inbound = Self.methodList(methods.map { ($0.method, $0.detail, $0.checked) })
        // A system named by 入手方法 その他( ) is referenced (e.g. サービス検索・電子申請機能).
        for m in methods where m.method == "その他" && m.checked != false {
            if let detail = m.detail {
                _ = resolveName(detail, evidence: Evidence(text: detail, line: m.line, note: "II-3 ②入手方法 その他"))
            }
        }
        for flow in assessment.flows {
            switch flow {
            case .acquisition(let a) where a.checked != false:
                let (kind, cluster): (NodeKind, Cluster?) = {
                    switch a.party {
                    case "本人又は本人の代理人": return (.person, nil)
                    case "評価実施機関内の他部署": return (.department, .body)
                    case "行政機関・独立行政法人等", "地方公共団体・地方独立行政法人": return (.publicBody, .publicBodies)
                    case "民間事業者": return (.otherParty, .contractors)
                    default: return (.otherParty, nil)
                    }
                }()
                let label = a.detail.map { "\(a.party)\n(\($0))" } ?? a.party
                let evidence = Evidence(text: a.detail ?? a.party, line: a.line, note: "II-3 ①入手元 " + a.party)
                let source = party("acq:" + a.party + (a.detail ?? ""), label: label, kind: kind, cluster: cluster, evidence: evidence)
                var edge = GraphEdge(
                    id: nextID("e"), from: source, to: holder, kind: .acquisition, label: inbound.label,
                    channels: inbound.channels, certain: a.checked == true && inbound.certain, evidence: [evidence])
                edge.recoveredFrom = a.recoveredFrom?.line
                edges.append(edge)
            case .entrustment(let e):
                let name = e.contractor?.value ?? "委託先 (名称の記載なし)"
                let evidence = Evidence(text: name, line: e.contractor?.line ?? e.line, note: "II-4 委託事項\(e.no) ③委託先名")
                let contractor = party(
                    "k:" + NameTable.key(name), label: name, kind: .contractor, cluster: .contractors, evidence: evidence)
                var edge = GraphEdge(
                    id: nextID("e"), from: holder, to: contractor, kind: .entrustment, label: e.item,
                    certain: true, evidence: [Evidence(text: e.item ?? "", line: e.line, note: "II-4 委託事項\(e.no)"), evidence])
                edge.recoveredFrom = e.recoveredFrom?.line
                edges.append(edge)
                if e.subcontract != false {
                    let line = e.subcontractLine ?? e.line
                    let sub = party(
                        "u:" + contractor, label: "再委託先 (名称の記載なし)", kind: .subcontractor, cluster: .contractors,
                        evidence: Evidence(
                            text: e.subcontract == true ? "再委託する" : "再委託の有無: 不明", line: line,
                            note: "II-4 委託事項\(e.no) ④再委託の有無"))
                    edges.append(
                        GraphEdge(
                            id: nextID("e"), from: contractor, to: sub, kind: .subcontract,
                            label: e.subcontract == true ? e.subcontractItems?.value : "?",
                            certain: e.subcontract == true,
                            evidence: [
                                Evidence(
                                    text: e.subcontract == true ? "再委託する" : "unreadable", line: line,
                                    note: "II-4 委託事項\(e.no) ④再委託の有無")
                            ]))
                }
            case .provision(let o), .transfer(let o):
                let isProvision = flow.kind == .provision
                let block = (isProvision ? "提供先" : "移転先") + "\(o.no)"
                // A recipient the text did not give is a party of its own block, never merged
                // with another's by a shared placeholder.
                let name = o.recipient ?? "\(block) (名称不明)"
                let key = o.recipient.map(NameTable.key) ?? "#\(o.no)"
                let evidence = Evidence(text: o.recipient ?? "unreadable", line: o.line, note: "II-5 " + block)
                let recipient = party(
                    (isProvision ? "prov:" : "tran:") + key, label: name,
                    kind: isProvision ? .publicBody : .department,
                    cluster: isProvision ? .publicBodies : .body, evidence: evidence)
                if o.recipient == nil { nodes[index(of: recipient)].unnamed = true }
                let via = Self.methodList(o.methodOptions.map { ($0.name, $0.detail, $0.checked) })
                var evidences = [evidence]
                if let line = o.methodsLine {
                    evidences.append(Evidence(text: via.label ?? "", line: line, note: "⑥" + (isProvision ? "提供方法" : "移転方法")))
                }
                var edge = GraphEdge(
                    id: nextID("e"), from: holder, to: recipient, kind: isProvision ? .provision : .transfer,
                    label: via.label, channels: via.channels, certain: via.certain, evidence: evidences)
                edge.recoveredFrom = o.recoveredFrom?.line
                edges.append(edge)
            default:
                break
            }
        }
    }
}
