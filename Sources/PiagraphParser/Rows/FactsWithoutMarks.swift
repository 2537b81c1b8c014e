import PiagraphModel
import PiagraphText

/// The parser reads checkbox marks as sentinels inside cleaned text; the facts it returns
/// carry none (the tags they stand for are removed, as the contract says). This is the one
/// place that guarantees it, so no writer has to.
extension Assessment {
    func withoutMarkSentinels() -> Assessment {
        var a = self
        func p(_ s: String) -> String { MarkSentinel.strip(s) }
        func p(_ s: String?) -> String? { s.map(MarkSentinel.strip) }
        func p(_ v: Located<String>?) -> Located<String>? { v.map { Located(MarkSentinel.strip($0.value), line: $0.line) } }

        let h = a.header
        a.header.number = p(h.number)
        a.header.title = p(h.title)
        a.header.kind = p(h.kind)
        a.header.organization = p(h.organization)
        a.header.published = p(h.published)
        a.header.affair = p(h.affair)
        a.header.files = h.files.map { Located(p($0.value), line: $0.line) }
        for k in a.systems.indices {
            a.systems[k].name = p(a.systems[k].name)
            for c in a.systems[k].connections.indices { a.systems[k].connections[c].detail = p(a.systems[k].connections[c].detail) }
        }
        a.flows = a.flows.map { flow in
            switch flow {
            case .acquisition(var x):
                x.party = p(x.party)
                x.detail = p(x.detail)
                return .acquisition(x)
            case .acquisitionMethod(var x):
                x.method = p(x.method)
                x.detail = p(x.detail)
                return .acquisitionMethod(x)
            case .entrustment(var x):
                x.item = p(x.item)
                x.content = p(x.content)
                x.handlers = p(x.handlers)
                x.contractor = p(x.contractor)
                x.permission = p(x.permission)
                x.subcontractItems = p(x.subcontractItems)
                return .entrustment(x)
            case .provision(let o): return .provision(plain(o, p))
            case .transfer(let o): return .transfer(plain(o, p))
            }
        }
        for k in a.recordedItems.indices {
            a.recordedItems[k].name = p(a.recordedItems[k].name)
            a.recordedItems[k].detail = p(a.recordedItems[k].detail)
        }
        for k in a.appendixItems.indices {
            a.appendixItems[k].name = p(a.appendixItems[k].name)
            a.appendixItems[k].group = p(a.appendixItems[k].group)
        }
        for k in a.history.indices {
            // beforeMarked/afterMarked keep the marks on purpose (replaying link changes).
            a.history[k].date = p(a.history[k].date)
            a.history[k].item = p(a.history[k].item)
            a.history[k].before = p(a.history[k].before)
            a.history[k].after = p(a.history[k].after)
            a.history[k].timing = p(a.history[k].timing)
            a.history[k].reason = p(a.history[k].reason)
        }
        for k in a.diagnostics.indices where a.diagnostics[k].message.unicodeScalars.contains(where: MarkSentinel.isSentinel) {
            a.diagnostics[k].text = .withoutMarks(a.diagnostics[k].text)
        }
        return a
    }

    private func plain(_ o: Outflow, _ p: (Located<String>?) -> Located<String>?) -> Outflow {
        var o = o
        o.recipient = o.recipient.map(MarkSentinel.strip)
        o.basis = p(o.basis)
        o.purpose = p(o.purpose)
        o.information = p(o.information)
        o.population = p(o.population)
        o.scope = p(o.scope)
        o.timing = p(o.timing)
        o.methodOptions = o.methodOptions.map {
            Choice(name: MarkSentinel.strip($0.name), checked: $0.checked, detail: $0.detail.map(MarkSentinel.strip))
        }
        return o
    }
}
