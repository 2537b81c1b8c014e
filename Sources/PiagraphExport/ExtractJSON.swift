import PiagraphMessages
import PiagraphModel

/// `piagraph extract --format json`: the `piagraph.extract/1` contract (docs/extract.md, "JSON: the
/// piagraph.extract/1 contract"). Fields beyond the contract are added after the contract's own.
public enum ExtractJSON {
    public static let schema = "piagraph.extract/1"

    /// Diagnostics' `message` is in `language`; every code and value is the same in both.
    public static func render(_ assessments: [Assessment], language: Language = .en) -> String {
        String(decoding: renderBytes(assessments, language: language), as: UTF8.self)
    }

    /// UTF-8 bytes of `render`, for output streams.
    public static func renderBytes(_ assessments: [Assessment], language: Language = .en) -> [UInt8] {
        if assessments.count == 1 { return value(assessments[0], language: language).serializedBytes() }
        return JSON.array(assessments.map { value($0, language: language) }).serializedBytes()
    }

    /// The bytes `renderBytes` writes for the k-th of n assessments: the same output, made one
    /// document at a time so that only the bytes, not the parsed documents, are kept.
    public static func elementBytes(_ a: Assessment, index k: Int, of n: Int, language: Language = .en) -> [UInt8] {
        if n == 1 { return value(a, language: language).serializedBytes() }
        var out: [UInt8] = k == 0 ? Array("[\n  ".utf8) : Array("  ".utf8)
        out += value(a, language: language).serializedBytes(indent: 2)
        out += Array((k == n - 1 ? "\n]\n" : ",\n").utf8)
        return out
    }

    public static func value(_ a: Assessment, language: Language = .en) -> JSON {
        let json = facts(a, language)
        return a.source.isPDF ? withPages(json, a.source) : json
    }

    /// A PDF's facts cite the line of piagraph's text layer (`extract --text-layer`) and the
    /// page it is on: `page` follows every `line`.
    static func withPages(_ json: JSON, _ source: Source) -> JSON {
        switch json {
        case .array(let items): return .array(items.map { withPages($0, source) })
        case .object(let members):
            var out: [(String, JSON)] = []
            for (key, value) in members {
                out.append((key, withPages(value, source)))
                if key == "line", case .int(let line) = value, let page = source.page(ofLine: line) { out.append(("page", .int(page))) }
            }
            return .object(out)
        default: return json
        }
    }

    static func facts(_ a: Assessment, _ language: Language) -> JSON {
        var source: [(String, JSON)] = [
            ("path", .string(a.source.path)), ("sha256", .string(a.source.sha256)), ("encoding", .string(a.source.encoding)),
        ]
        if a.source.isPDF { source.append(("pages", .int(a.source.pageStarts.count))) }
        return .object([
            ("schema", .string(schema)),
            ("source", .object(source)),
            ("assessment", header(a.header)),
            ("systems", .array(a.systems.map(system))),
            ("flows", .array(a.flows.map(flow))),
            ("recordedItems", .array(a.recordedItems.map(recordedItem))),
            (
                "appendixItems",
                .array(
                    a.appendixItems.map { item in
                        .object([("name", .string(item.name)), ("group", .optional(item.group)), ("line", .int(item.line))])
                    })
            ),
            ("history", .array(a.history.map(historyRow))),
            ("declarations", declarations(a.declarations)),
            ("diagnostics", .array(a.diagnostics.map { diagnostic($0, language) })),
        ])
    }

    static func header(_ h: Header) -> JSON {
        let fields: [(String, Located<String>?)] = [
            ("number", h.number), ("title", h.title), ("kind", h.kind),
            ("organization", h.organization), ("published", h.published), ("affair", h.affair),
        ]
        var members: [(String, JSON)] = fields.map { ($0.0, .optional($0.1?.value)) }
        members.append(("files", .array(h.files.map { .string($0.value) })))
        var lines: [(String, JSON)] = fields.compactMap { name, v in v.map { (name, .int($0.line)) } }
        lines.append(("files", .array(h.files.map { .int($0.line) })))
        members.append(("lines", .object(lines)))
        return .object(members)
    }

    static func system(_ s: SystemDeclaration) -> JSON {
        .object([
            ("no", .optional(s.no)),
            ("name", .optional(s.name)),
            ("line", .int(s.line)),
            (
                "connections",
                .array(
                    s.connections.map { c in
                        var members: [(String, JSON)] = [("category", .string(c.category.rawValue)), ("checked", .optional(c.checked))]
                        if c.category == .other { members.append(("detail", .optional(c.detail))) }
                        members.append(("line", .int(c.line)))
                        return .object(members)
                    })
            ),
            ("connectionsLine", .optional(s.connectionsLine)),
        ])
    }

    static func located(_ v: Located<String>?) -> JSON { .optional(v?.value) }

    static func choice(_ c: Choice) -> JSON {
        var members: [(String, JSON)] = [("method", .string(c.name))]
        if c.name == "その他" { members.append(("detail", .optional(c.detail))) }
        members.append(("checked", .optional(c.checked)))
        return .object(members)
    }

    static func flow(_ f: Flow) -> JSON {
        guard case .object(var members) = flowBody(f) else { return flowBody(f) }
        if let recovered = f.recoveredFrom {
            members.append(("recoveredFrom", .object([("date", .string(recovered.date)), ("line", .int(recovered.line))])))
        }
        return .object(members)
    }

    static func flowBody(_ f: Flow) -> JSON {
        switch f {
        case .acquisition(let a):
            return .object([
                ("kind", .string(Flow.Kind.acquisition.rawValue)), ("party", .string(a.party)), ("detail", .optional(a.detail)),
                ("checked", .optional(a.checked)), ("line", .int(a.line)), ("file", .optional(a.file)),
            ])
        case .acquisitionMethod(let m):
            var members: [(String, JSON)] = [("kind", .string(Flow.Kind.acquisitionMethod.rawValue)), ("method", .string(m.method))]
            members.append(("checked", .optional(m.checked)))
            if m.method == "その他" { members.append(("detail", .optional(m.detail))) }
            members.append(("line", .int(m.line)))
            members.append(("file", .optional(m.file)))
            return .object(members)
        case .entrustment(let e):
            return .object([
                ("kind", .string(Flow.Kind.entrustment.rawValue)), ("no", .int(e.no)), ("item", .optional(e.item)),
                ("contractor", located(e.contractor)), ("subcontract", .optional(e.subcontract)), ("line", .int(e.line)),
                ("content", located(e.content)), ("handlers", located(e.handlers)),
                ("permission", located(e.permission)), ("subcontractItems", located(e.subcontractItems)),
                ("file", .optional(e.file)),
                (
                    "lines",
                    lineMap([
                        ("contractor", e.contractor?.line), ("subcontract", e.subcontractLine),
                        ("content", e.content?.line), ("permission", e.permission?.line),
                        ("subcontractItems", e.subcontractItems?.line),
                    ])
                ),
            ])
        case .provision(let o): return outflow(o, kind: .provision)
        case .transfer(let o): return outflow(o, kind: .transfer)
        }
    }

    static func outflow(_ o: Outflow, kind: Flow.Kind) -> JSON {
        .object([
            ("kind", .string(kind.rawValue)), ("no", .int(o.no)), ("recipient", .optional(o.recipient)),
            ("basis", located(o.basis)), ("purpose", located(o.purpose)), ("information", located(o.information)),
            ("methods", .array(o.methods.map(choice))),
            ("line", .int(o.line)),
            ("population", located(o.population)), ("scope", located(o.scope)), ("timing", located(o.timing)),
            ("methodOptions", .array(o.methodOptions.map(choice))),
            ("file", .optional(o.file)),
            (
                "lines",
                lineMap([
                    ("basis", o.basis?.line), ("purpose", o.purpose?.line), ("information", o.information?.line),
                    ("methods", o.methodsLine), ("timing", o.timing?.line),
                ])
            ),
        ])
    }

    static func lineMap(_ pairs: [(String, Int?)]) -> JSON {
        .object(pairs.compactMap { name, line in line.map { (name, .int($0)) } })
    }

    static func recordedItem(_ r: RecordedItem) -> JSON {
        var members: [(String, JSON)] = [("name", .string(r.name)), ("checked", .optional(r.checked))]
        if r.name == "その他" { members.append(("detail", .optional(r.detail))) }
        members.append(("line", .int(r.line)))
        members.append(("file", .optional(r.file)))
        return .object(members)
    }

    static func historyRow(_ h: HistoryRow) -> JSON {
        .object([
            ("date", .string(h.date)), ("item", .string(h.item)), ("before", .string(h.before)),
            ("after", .string(h.after)), ("timing", .optional(h.timing)), ("reason", .string(h.reason)),
            ("line", .int(h.line)),
        ])
    }

    static func declarations(_ d: Declarations) -> JSON {
        func declared(_ v: Declared?) -> JSON {
            guard let v else { return .null }
            return .object([("value", .optional(v.value)), ("count", .optional(v.count)), ("line", .int(v.line))])
        }
        func box(_ b: Box?) -> JSON {
            guard let b else { return .null }
            return .object([("checked", .optional(b.checked)), ("line", .int(b.line))])
        }
        var outflows = JSON.null
        if let o = d.outflows {
            outflows = .object([
                ("provides", .optional(o.provides)), ("provisionCount", .optional(o.provisionCount)),
                ("transfers", .optional(o.transfers)), ("transferCount", .optional(o.transferCount)),
                ("none", .optional(o.none)), ("line", .int(o.line)),
            ])
        }
        return .object([
            ("networkExchange", declared(d.networkExchange)),
            ("entrustment", declared(d.entrustment)),
            ("outflows", outflows),
            ("noEntrustment", box(d.noEntrustmentBox)),
            ("noProvisionOrTransfer", box(d.noOutflowBox)),
            ("noNetworkAcquisition", box(d.noNetworkAcquisitionBox)),
            ("noNetworkProvision", box(d.noNetworkProvisionBox)),
        ])
    }

    static func diagnostic(_ d: Diagnostic, _ language: Language) -> JSON {
        .object([
            ("severity", .string(d.severity.rawValue)), ("code", .string(d.code)),
            ("line", .optional(d.line)), ("message", .string(d.message(language))),
        ])
    }
}
