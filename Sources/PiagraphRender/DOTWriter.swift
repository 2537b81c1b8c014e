import PiagraphAudit
import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// Writes the architecture graph as DOT text: our own text, deterministic (nodes and edges in
/// the graph's order, attributes in a fixed order), every document string escaped.
public enum DOTWriter {
    public static let fontname = "Noto Sans CJK JP,IPAGothic,sans-serif"

    public struct Options: Sendable {
        public var highlight: Highlight?
        /// Extra lines for the legend, shown as written (escaped).
        public var notes: [String]
        /// Audit findings to colour (their nodes and edges) and list in the legend.
        public var findings: [Finding]
        /// A diff: node and edge ids that only the new (added) or the old (removed) version has.
        public var changes: [String: GraphDiff.Mark]
        /// Whether the legend lists the findings (the HTML report has its own table).
        public var listFindings: Bool
        /// Node id → the line its evidence begins on: the node links to `#src-DOC-LINE`, the
        /// report's quoted source lines (`linkDocument`). Only numbers go into the link.
        public var nodeLines: [String: Int]
        public var linkDocument: Int
        /// The language of the legend and the tooltips.
        public var language: Language
        public init(
            highlight: Highlight? = nil, notes: [String] = [], findings: [Finding] = [], changes: [String: GraphDiff.Mark] = [:],
            listFindings: Bool = true, nodeLines: [String: Int] = [:], linkDocument: Int = 0, language: Language = .en
        ) {
            self.language = language
            self.highlight = highlight
            self.notes = notes
            self.findings = findings
            self.changes = changes
            self.listFindings = listFindings
            self.nodeLines = nodeLines
            self.linkDocument = linkDocument
        }

        /// The most severe finding on each node and edge.
        var flagged: (nodes: [String: Severity], edges: [String: Severity]) {
            var nodes: [String: Severity] = [:]
            var edges: [String: Severity] = [:]
            for f in findings {
                for n in f.nodes { nodes[n] = max(nodes[n] ?? .note, f.severity) }
                for e in f.edges { edges[e] = max(edges[e] ?? .note, f.severity) }
            }
            return (nodes, edges)
        }
    }

    static func findingColor(_ s: Severity) -> String {
        switch s {
        case .error: return "#c00000"
        case .warning: return "#e08a00"
        case .note: return "#5a7fbf"
        }
    }

    // MARK: Escaping

    /// A DOT double-quoted string holding document text: `\` and `"` escaped for the lexer,
    /// `&` as an entity (labels decode entities), newlines as DOT line breaks, other control
    /// characters dropped. Escape sequences such as \N or \G therefore stay literal.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text inside an HTML-like label: XML-escaped, line breaks as spaces.
    public static func html(_ text: String) -> String { XMLText.escape(text, keepNewlines: false) }

    // MARK: Styles

    struct Style {
        var shape: String
        var style: String
        var fill: String
        var color: String
    }

    static func style(_ kind: NodeKind) -> Style {
        switch kind {
        case .system: return Style(shape: "box", style: "rounded,filled", fill: "#dce9f7", color: "#3b6aa0")
        case .unnamedSystem: return Style(shape: "box", style: "rounded,filled,dashed", fill: "#dce9f7", color: "#3b6aa0")
        case .fileHolder: return Style(shape: "box", style: "filled,dashed", fill: "#dce9f7", color: "#3b6aa0")
        case .referencedSystem: return Style(shape: "box", style: "rounded,dashed", fill: "#ffffff", color: "#3b6aa0")
        case .systemGroup: return Style(shape: "folder", style: "filled", fill: "#eeeeee", color: "#777777")
        case .category: return Style(shape: "box", style: "dotted", fill: "#ffffff", color: "#555555")
        case .nationalNetwork: return Style(shape: "hexagon", style: "filled", fill: "#e3f1e0", color: "#3c8d2f")
        case .person: return Style(shape: "ellipse", style: "filled", fill: "#fff8dc", color: "#a08a2a")
        case .department: return Style(shape: "tab", style: "filled", fill: "#f1f1f8", color: "#55557a")
        case .publicBody: return Style(shape: "octagon", style: "filled", fill: "#e8f4e8", color: "#2f7a2f")
        case .contractor: return Style(shape: "component", style: "filled", fill: "#fdebd3", color: "#b86a12")
        case .subcontractor: return Style(shape: "component", style: "filled,dashed", fill: "#fdf4e8", color: "#b86a12")
        case .otherParty: return Style(shape: "ellipse", style: "dashed", fill: "#ffffff", color: "#777777")
        }
    }

    static func color(_ kind: EdgeKind) -> String {
        switch kind {
        case .link: return "#3b6aa0"
        case .acquisition: return "#1f77b4"
        case .provision: return "#2ca02c"
        case .transfer: return "#138d9c"
        case .entrustment: return "#e0700a"
        case .subcontract: return "#e0700a"
        }
    }

    static let highlightColor = "#d62728"
    static let addedColor = "#1a9641"
    static let removedColor = "#d7191c"
    static let codeColor = "#7b3fb5"

    // MARK: Writing

    public static func write(_ graph: ArchitectureGraph, options: Options = Options()) -> String {
        var out: [String] = []
        out.append("digraph \"piagraph\" {")
        out.append(
            "  graph [charset=\"UTF-8\", fontname=\(quoted(fontname)), fontsize=16, rankdir=LR, newrank=true, "
                + "nodesep=0.35, ranksep=0.9, labelloc=t, label=\(quoted(graph.title))];")
        out.append("  node [fontname=\(quoted(fontname)), fontsize=11, margin=\"0.15,0.06\"];")
        out.append("  edge [fontname=\(quoted(fontname)), fontsize=9, arrowsize=0.7];")
        let holder = graph.holder
        for cluster in Cluster.allCases {
            let members = graph.nodes.filter { $0.cluster == cluster }
            guard !members.isEmpty else { continue }
            out.append("  subgraph \(quoted("cluster_" + clusterID(cluster))) {")
            out.append("    graph [label=\(quoted(clusterTitle(cluster))), style=\"rounded,dashed\", color=\"#999999\", fontsize=12];")
            for node in members {
                out.append("    " + nodeLine(node, isHolder: node.id == holder || graph.fileHolders.contains(node.id), options: options))
            }
            out.append("  }")
        }
        for node in graph.nodes where node.cluster == nil {
            out.append("  " + nodeLine(node, isHolder: node.id == holder || graph.fileHolders.contains(node.id), options: options))
        }
        let bundles = acquisitionBundles(graph.edges, options: options)
        let buses = linkBuses(graph, options: options)
        let bundled = Set(bundles.flatMap { $0.map(\.id) } + buses.flatMap(\.edges))
        for edge in graph.edges where !bundled.contains(edge.id) { out.append("  " + edgeLine(edge, options: options)) }
        for (k, bus) in buses.enumerated() { out += busLines(bus, id: "bus-\(k + 1)", graph: graph, options: options) }
        for (k, bundle) in bundles.enumerated() { out += bundleLines(bundle, junction: "junction-acquisition-\(k + 1)", options: options) }
        out.append("  " + legend(graph, options: options))
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    static func clusterID(_ c: Cluster) -> String {
        switch c {
        case .body: return "body"
        case .national: return "national"
        case .publicBodies: return "public"
        case .contractors: return "contractors"
        }
    }

    static func clusterTitle(_ c: Cluster) -> String {
        switch c {
        case .body: return "庁内 (評価実施機関)"
        case .national: return "国の基盤"
        case .publicBodies: return "他の公的機関"
        case .contractors: return "委託先 (民間)"
        }
    }

    static func nodeLine(_ node: GraphNode, isHolder: Bool, options: Options) -> String {
        var s = style(node.kind)
        var label = node.label
        if node.kind == .referencedSystem { label += "\n(参照のみ・I-2に記載なし)" }
        if isHolder { label += "\n[特定個人情報ファイル]" }
        if !node.sources.isEmpty { label += "\n[評価書 " + node.sources.joined(separator: "・") + "]" }
        var penwidth = isHolder ? "2.2" : "1.2"
        if let mark = options.highlight?.nodes[node.id] {
            switch mark {
            case .holds, .match:
                s.fill = "#ffd9d9"
                s.color = highlightColor
                penwidth = "3"
            case .receives:
                s.fill = "#ffe6cc"
                s.color = highlightColor
                penwidth = "3"
            case .mayHold, .mayReceive:
                s.color = highlightColor
                penwidth = "2.5"
                if !s.style.contains("dashed") { s.style += ",dashed" }
            case .receivesCode:
                s.fill = "#ece0fa"
                s.color = codeColor
                penwidth = "3"
            case .source:
                s.color = "#1f77b4"
                penwidth = "2.5"
            }
            if !s.style.contains("filled") { s.style += ",filled" }
        }
        var peripheries = ""
        if let change = options.changes[node.id] {
            s.color = change == .added ? addedColor : removedColor
            penwidth = "3"
            label += change == .added ? "\n(+ 新)" : "\n(− 旧)"
            if change == .removed && !s.style.contains("dashed") { s.style += ",dashed" }
        }
        if let severity = options.flagged.nodes[node.id] {
            s.color = findingColor(severity)
            penwidth = "3"
            peripheries = ", peripheries=2"
        }
        let tooltip = node.evidence.map {
            DiagramText.evidence(line: $0.line, note: $0.about.text(options.language)).text(options.language)
        }
        .joined(separator: "\n")
        let link = options.nodeLines[node.id].map { ", href=\"#src-\(options.linkDocument)-\($0)\"" } ?? ""
        return "\(quoted(node.id)) [label=\(quoted(label)), shape=\(s.shape), style=\(quoted(s.style)), "
            + "fillcolor=\(quoted(s.fill)), color=\(quoted(s.color)), penwidth=\(penwidth)\(peripheries), tooltip=\(quoted(tooltip))\(link)];"
    }

    /// Each kind of flow has its own arrowhead, so that the diagram reads in grayscale and for a
    /// reader who does not tell its colours apart: the colour only repeats the shape.
    static func arrowhead(_ kind: EdgeKind) -> String {
        switch kind {
        case .link: return "none"
        case .acquisition: return "normal"
        case .provision: return "empty"
        case .transfer: return "vee"
        case .entrustment: return "diamond"
        case .subcontract: return "odiamond"
        }
    }

    /// The arrowhead as the legend draws it.
    static func arrowSymbol(_ kind: EdgeKind) -> String {
        switch kind {
        case .link: return "───"
        case .acquisition: return "──▶"
        case .provision: return "──▷"
        case .transfer: return "──〉"
        case .entrustment: return "──◆"
        case .subcontract: return "- -◇"
        }
    }

    /// 入手 edges into one system with the same label: the ②入手方法 of the form apply to every
    /// ①入手元 alike, so they are drawn once, on one arrow from a junction the sources join,
    /// rather than repeated on every edge. An edge a highlight, a finding, a diff or the change
    /// log marks, or one of a merged map's, is drawn on its own.
    static func acquisitionBundles(_ edges: [GraphEdge], options: Options) -> [[GraphEdge]] {
        let flagged = options.flagged.edges
        var groups: [String: [GraphEdge]] = [:]
        var order: [String] = []
        for edge in edges
        where edge.kind == .acquisition && edge.label?.isEmpty == false && edge.recoveredFrom == nil
            && edge.sources.count <= 1 && options.highlight?.edges[edge.id] == nil && options.changes[edge.id] == nil
            && flagged[edge.id] == nil
        {
            let key = edge.to + "\u{1F}" + (edge.label ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(edge)
        }
        return order.compactMap { groups[$0]!.count >= 2 ? groups[$0] : nil }
    }

    /// Systems that all declare links to each other (a clique of at least `busMinimum`, every
    /// link declared by both sides, read for certain, and marked by nothing): drawn as a bus —
    /// one bar each of them joins — instead of n(n−1)/2 edges. The form's maximum of 20 systems
    /// each linked to all others is 190 edges; as a bus, 20.
    static let busMinimum = 4

    struct Bus {
        var members: [String]
        /// Link categories and networks every member links to: joined to the bus once.
        var attached: [String] = []
        var edges: [String]
    }

    static func linkBuses(_ graph: ArchitectureGraph, options: Options) -> [Bus] {
        let systems = Set(graph.nodes.filter { $0.kind == .system }.map(\.id))
        let flagged = options.flagged.edges
        var adjacent: [String: Set<String>] = [:]
        var edgeOf: [String: String] = [:]
        for e in graph.edges
        where e.kind == .link && e.certain && systems.contains(e.from) && systems.contains(e.to) && e.from != e.to
            && e.declaredBy.contains(e.from) && e.declaredBy.contains(e.to) && e.recoveredFrom == nil && e.sources.count <= 1
            && options.highlight?.edges[e.id] == nil && options.changes[e.id] == nil && flagged[e.id] == nil
        {
            adjacent[e.from, default: []].insert(e.to)
            adjacent[e.to, default: []].insert(e.from)
            edgeOf[min(e.from, e.to) + "\u{1F}" + max(e.from, e.to)] = e.id
        }
        // Non-system node → (system → its eligible link), made once: a hostile document with many
        // cliques and many nodes must not cost buses × nodes × edges.
        var infrastructure: [String: [String: String]] = [:]
        for e in graph.edges
        where e.kind == .link && e.certain && e.recoveredFrom == nil && e.sources.count <= 1
            && options.highlight?.edges[e.id] == nil && options.changes[e.id] == nil && flagged[e.id] == nil
        {
            for (node, system) in [(e.from, e.to), (e.to, e.from)]
            where !systems.contains(node) && systems.contains(system)
                && e.declaredBy.contains(system) && infrastructure[node]?[system] == nil
            {
                infrastructure[node, default: [:]][system] = e.id
            }
        }
        // Greedy, in document order: start from the best-connected system, add each neighbour
        // linked to all members so far. Deterministic; a system is on one bus at most.
        let order = graph.nodes.map(\.id).filter { adjacent[$0] != nil }
        var used = Set<String>()
        var buses: [Bus] = []
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        for seed in order.sorted(by: { (adjacent[$0]!.count, -position[$0]!) > (adjacent[$1]!.count, -position[$1]!) })
        where !used.contains(seed) {
            var members = [seed]
            for candidate in order
            where !used.contains(candidate) && candidate != seed && members.allSatisfy({ adjacent[candidate]!.contains($0) }) {
                members.append(candidate)
            }
            guard members.count >= busMinimum else { continue }
            used.formUnion(members)
            let memberSet = Set(members)
            let ordered = order.filter(memberSet.contains)
            var edges: [String] = []
            for (i, a) in ordered.enumerated() {
                for b in ordered[(i + 1)...] { if let id = edgeOf[min(a, b) + "\u{1F}" + max(a, b)] { edges.append(id) } }
            }
            // Shared infrastructure every member links to (certain, declared by the member)
            // hangs on the bus once instead of once per member.
            var attached: [String] = []
            for node in graph.nodes where !systems.contains(node.id) {
                guard let links = infrastructure[node.id], ordered.allSatisfy({ links[$0] != nil }) else { continue }
                attached.append(node.id)
                edges += ordered.compactMap { links[$0] }
            }
            buses.append(Bus(members: ordered, attached: attached, edges: edges))
        }
        return buses
    }

    static func busLines(_ bus: Bus, id: String, graph: ArchitectureGraph, options: Options) -> [String] {
        let label = "相互接続 (\(bus.members.count) システムが互いに接続)"
        var lines = [
            "  \(quoted(id)) [shape=box, label=\(quoted(label)), style=filled, fillcolor=\"#3b6aa0\", fontcolor=\"#ffffff\", "
                + "color=\"#3b6aa0\", height=0.25, fontsize=9, tooltip=\(quoted(DiagramText.busTooltip.text(options.language)))];"
        ]
        let onBus = Set(bus.edges)
        var linesOf: [String: Set<Int>] = [:]
        for edge in graph.edges where onBus.contains(edge.id) {
            let lines = edge.evidence.map(\.line)
            linesOf[edge.from, default: []].formUnion(lines)
            linesOf[edge.to, default: []].formUnion(lines)
        }
        for member in bus.members {
            let cited = (linesOf[member] ?? []).sorted()
            let shown = cited.prefix(8).map(String.init).joined(separator: ", ") + (cited.count > 8 ? ", …" : "")
            lines.append(
                "  \(quoted(member)) -> \(quoted(id)) [dir=none, color=\"#3b6aa0\", penwidth=2.2, style=bold, "
                    + "tooltip=\(quoted(DiagramText.busLinesTooltip(shown).text(options.language)))];")
        }
        for node in bus.attached {
            lines.append(
                "  \(quoted(id)) -> \(quoted(node)) [dir=none, color=\"#3b6aa0\", penwidth=2.2, style=bold, "
                    + "tooltip=\(quoted(DiagramText.busLinkTooltip.text(options.language)))];")
        }
        return lines
    }

    static func bundleLines(_ bundle: [GraphEdge], junction: String, options: Options) -> [String] {
        let first = bundle[0]
        var lines = [
            "  \(quoted(junction)) [shape=point, width=0.07, color=\(quoted(color(.acquisition))), tooltip=\(quoted(EdgeKind.acquisition.title))];"
        ]
        for edge in bundle {
            var segment = edge
            segment.to = junction
            segment.label = nil
            lines.append("  " + edgeLine(segment, options: options, arrowhead: "none"))
        }
        let joined = GraphEdge(
            id: junction, from: junction, to: first.to, kind: .acquisition, label: first.label, channels: first.channels,
            certain: bundle.contains(where: \.certain), evidence: bundle.flatMap(\.evidence))
        lines.append("  " + edgeLine(joined, options: options))
        return lines
    }

    static func edgeLine(_ edge: GraphEdge, options: Options, arrowhead head: String? = nil) -> String {
        var attributes: [String] = []
        var color = color(edge.kind)
        var style = edge.kind == .subcontract ? "dashed" : "solid"
        var penwidth = "1.3"
        var label = edge.label ?? ""
        if !edge.certain {
            color = "#999999"
            style = "dashed"
            if !label.hasSuffix("?") { label += label.isEmpty ? "?" : " ?" }
        }
        if let mark = options.highlight?.edges[edge.id] {
            switch mark {
            case .carries, .onPath:
                color = highlightColor
                penwidth = "3"
            case .mayCarry:
                color = highlightColor
                penwidth = "2.2"
                style = "dashed"
            case .keyedByCode:
                color = codeColor
                penwidth = "3"
                style = "dashed"
                label += label.isEmpty ? "符号" : " [符号]"
            case .bringsIn:
                color = "#1f77b4"
                penwidth = "2.5"
            }
        }
        if let change = options.changes[edge.id] {
            color = change == .added ? addedColor : removedColor
            penwidth = "3"
            style = change == .added ? "solid" : "dashed"
            label += change == .added ? " (+)" : " (−)"
        }
        if let severity = options.flagged.edges[edge.id] {
            color = findingColor(severity)
            penwidth = "3"
            style = "bold"
        }
        if !edge.kind.isDirected { attributes.append("dir=none") } else { attributes.append("arrowhead=\(head ?? arrowhead(edge.kind))") }
        if let line = edge.recoveredFrom {
            style = "dashed"
            label += (label.isEmpty ? "" : " ") + "(別添2 \(line)行)"
        }
        if edge.sources.count > 1 { label += (label.isEmpty ? "" : " ") + "[" + edge.sources.joined(separator: "・") + "]" }
        if !label.isEmpty { attributes.append("label=\(quoted(label))") }
        attributes.append("color=\(quoted(color))")
        attributes.append("fontcolor=\(quoted(color))")
        attributes.append("style=\(style)")
        attributes.append("penwidth=\(penwidth)")
        let tooltip =
            edge.kind.title + ": "
            + edge.evidence.map { DiagramText.evidence(line: $0.line, note: $0.about.text(options.language)).text(options.language) }
            .joined(separator: "\n")
        attributes.append("tooltip=\(quoted(tooltip))")
        return "\(quoted(edge.from)) -> \(quoted(edge.to)) [\(attributes.joined(separator: ", "))];"
    }

    static func legend(_ graph: ArchitectureGraph, options: Options) -> String {
        let l = options.language
        var rows: [String] = []
        func row(_ swatch: String, _ text: String) {
            rows.append("<tr><td>\(swatch)</td><td align=\"left\">\(html(text))</td></tr>")
        }
        rows.append("<tr><td colspan=\"2\"><b>\(html(DiagramText.legendTitle.text(l)))</b></td></tr>")
        let usedKinds = NodeKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        for kind in usedKinds {
            let s = style(kind)
            rows.append(
                "<tr><td bgcolor=\"\(s.fill)\" border=\"1\" color=\"\(s.color)\">\(html(shapeSymbol(kind)))</td>"
                    + "<td align=\"left\">\(html(DiagramText.nodeKind(kind.rawValue, japanese: kind.title).text(l)))</td></tr>")
        }
        let usedEdges = EdgeKind.allCases.filter { kind in graph.edges.contains { $0.kind == kind } }
        for kind in usedEdges {
            row(
                "<font color=\"\(color(kind))\">\(html(arrowSymbol(kind)))</font>",
                DiagramText.edgeKind(kind.rawValue, japanese: kind.title).text(l))
        }
        if !linkBuses(graph, options: options).isEmpty {
            row("<font color=\"#3b6aa0\">━━■━━</font>", DiagramText.bus.text(l))
        }
        if graph.edges.contains(where: { $0.recoveredFrom != nil }) {
            row("- - -▶", DiagramText.recovered.text(l))
        }
        if graph.edges.contains(where: { !$0.certain }) {
            row("<font color=\"#999999\">- - ?</font>", DiagramText.unknownMark.text(l))
        }
        if let h = options.highlight {
            rows.append("<tr><td colspan=\"2\"><b>\(html(DiagramText.highlightTitle(h.term).text(l)))</b></td></tr>")
            row("<font color=\"\(highlightColor)\">━━▶</font>", DiagramText.carries.text(l))
            row("<font color=\"\(highlightColor)\">- -▶</font>", DiagramText.mayCarry.text(l))
            if h.edges.values.contains(.keyedByCode) || h.nodes.values.contains(.receivesCode) {
                row("<font color=\"\(codeColor)\">- -▶</font>", DiagramText.keyedByCode.text(l))
            }
            if h.edges.values.contains(.bringsIn) { row("<font color=\"#1f77b4\">━━▶</font>", DiagramText.suppliesFile.text(l)) }
        }
        if !options.changes.isEmpty {
            row("<font color=\"\(addedColor)\">━━ (+)</font>", DiagramText.added.text(l))
            row("<font color=\"\(removedColor)\">- - (−)</font>", DiagramText.removed.text(l))
        }
        if !options.findings.isEmpty && !options.listFindings {
            for severity in [Severity.error, .warning, .note] where options.findings.contains(where: { $0.severity == severity }) {
                row("<font color=\"\(findingColor(severity))\">══</font>", DiagramText.findingSeverity(severity.rawValue).text(l))
            }
        }
        if !options.findings.isEmpty && options.listFindings {
            rows.append("<tr><td colspan=\"2\"><b>\(html(DiagramText.findingsTitle(options.findings.count).text(l)))</b></td></tr>")
            for f in options.findings.prefix(30) {
                let message = f.message(l)
                let text = DiagramText.findingEntry(
                    line: f.line, rule: f.ruleID, message: message.count > 70 ? String(message.prefix(70)) + "…" : message
                ).text(l)
                row("<font color=\"\(findingColor(f.severity))\">\(html(f.severity.word(l)))</font>", text)
            }
            if options.findings.count > 30 {
                rows.append("<tr><td colspan=\"2\">\(html(DiagramText.moreFindings(options.findings.count - 30).text(l)))</td></tr>")
            }
        }
        for note in options.notes { rows.append("<tr><td colspan=\"2\" align=\"left\">\(html(note))</td></tr>") }
        return "\"legend\" [shape=plaintext, label=<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"3\">"
            + rows.joined() + "</table>>];"
    }

    static func shapeSymbol(_ kind: NodeKind) -> String {
        switch kind {
        case .system, .unnamedSystem, .fileHolder, .referencedSystem, .category: return "▭"
        case .systemGroup: return "▤"
        case .nationalNetwork: return "⬡"
        case .person, .otherParty: return "◯"
        case .department: return "▭"
        case .publicBody: return "⯃"
        case .contractor, .subcontractor: return "▣"
        }
    }
}
