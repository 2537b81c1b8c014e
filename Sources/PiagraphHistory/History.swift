import Foundation
import PiagraphForm
import PiagraphMessages
import PiagraphModel
import PiagraphText

/// One architecture change of the (別添2) log.
public struct ArchitectureChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case systemAdded = "system added"
        case systemRemoved = "system removed"
        case linksChanged = "links changed"
        case entrustmentAdded = "委託 added"
        case entrustmentRemoved = "委託 removed"
        case entrustmentReplaced = "委託 replaced"
        case entrustmentRenumbered = "委託 renumbered"
        case provisionAdded = "提供先 added"
        case provisionRemoved = "提供先 removed"
        case provisionRenumbered = "提供先 renumbered"
        case transferAdded = "移転先 added"
        case transferRemoved = "移転先 removed"
        case transferRenumbered = "移転先 renumbered"
        case sourcesChanged = "入手 changed"
    }

    public var kind: Kind
    public var date: String
    public var day: JapaneseDate?
    public var timing: String?
    public var line: Int
    /// システム4, 委託事項3, 提供先2 …
    public var subject: String
    public var number: Int?
    public var summary: String
    public var row: HistoryRow
}

public enum History {
    static let subjects = NumberedBlock.names
    static let absent: Set<String> = ["未記載", "—", "-", "―", "なし", ""]
    /// Characters beyond which a 変更前 cell is prose, not the text of one row.
    static let rowQuoteMax = 40

    /// `提供先3` in text: the subject word followed by a number (spaces allowed).
    static func numbered(in text: String) -> (String, Int, String.Index)? {
        var best: (subject: String, number: Int, start: String.Index, end: String.Index)?
        for subject in subjects {
            var search = text.startIndex
            while let r = text.byteRange(of: subject, from: search) {
                let after = text[r.upperBound...].drop { $0 == " " }
                let digits = after.prefix { $0.isASCII && $0.isNumber }
                if let n = Int(digits) {
                    // The first numbered subject in the text wins.
                    if best.map({ r.lowerBound < $0.start }) ?? true {
                        best = (subject, n, r.lowerBound, text.index(after.startIndex, offsetBy: digits.count))
                    }
                    break
                }
                search = r.upperBound
            }
        }
        return best.map { ($0.subject, $0.number, $0.end) }
    }

    /// The value of a numbered field (`3委託先名 X 4再委託`) in change-log text.
    static func field(_ text: String, _ number: Int, _ name: String) -> String? {
        guard let r = text.byteRange(of: "\(number)\(name)") ?? text.byteRange(of: "\(number) \(name)") else { return nil }
        var value = String(text[r.upperBound...]).trimmingSpaces
        if let next = value.byteRange(of: " \(number + 1)") { value = String(value[..<next.lowerBound]) }
        return value.isEmpty ? nil : value
    }

    /// The name that follows `提供先2 ` at the start of a block's text, up to its first field.
    static func blockName(_ text: String, subject: String, number: Int) -> String? {
        guard let r = text.byteRange(of: "\(subject)\(number)") else { return text.isEmpty || absent.contains(text) ? nil : text }
        var name = String(text[r.upperBound...]).trimmingSpaces
        if let field = name.byteRange(of: " 1") { name = String(name[..<field.lowerBound]) }
        return name.isEmpty ? nil : name
    }

    /// Quoted checkbox marks shown as [x] (checked) and [ ] (not).
    static func marked(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case MarkSentinel.checked: out += "[x]"
            case MarkSentinel.radio, MarkSentinel.checkbox: out += "[ ]"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func timeline(_ a: Assessment) -> (changes: [ArchitectureChange], otherRows: Int) {
        var changes: [ArchitectureChange] = []
        var other = 0
        for row in a.history {
            if let change = classify(row) { changes.append(change) } else { other += 1 }
        }
        return (changes, other)
    }

    static func classify(_ row: HistoryRow) -> ArchitectureChange? {
        let before = row.before.trimmingSpaces
        let after = row.after.trimmingSpaces
        let added = absent.contains(before)
        let removed = after.containsBytes("(削除)")
        func make(_ kind: ArchitectureChange.Kind, _ subject: String, _ number: Int?, _ summary: String) -> ArchitectureChange {
            ArchitectureChange(
                kind: kind, date: row.date, day: JapaneseDate(row.date), timing: row.timing, line: row.line,
                subject: subject + (number.map(String.init) ?? ""), number: number, summary: summary, row: row)
        }
        if row.item.containsBytes("入手元") || row.item.containsBytes("入手方法") {
            return make(.sourcesChanged, row.item.containsBytes("入手元") ? "①入手元" : "②入手方法", nil, "\(before) → \(after)")
        }
        let found = numbered(in: row.item) ?? numbered(in: after) ?? numbered(in: before)
        guard let (subject, number, end) = found else { return nil }
        let inItem = numbered(in: row.item) != nil
        let fieldText = inItem ? String(row.item[end...]).trimmingCharacters(in: CharacterSet(charactersIn: " -)")) : ""
        switch subject {
        case NumberedBlock.system.rawValue:
            if fieldText.isEmpty || fieldText.containsBytes("システムの名称") {
                if added { return make(.systemAdded, subject, number, field(after, 1, "システムの名称") ?? field(after, 1, "システム名称") ?? after) }
                if removed { return make(.systemRemoved, subject, number, field(before, 1, "システムの名称") ?? before) }
            }
            let links = ["他のシステムとの接続", "他システムとの接続"]
            // A short 変更前 naming the ③ row is that row's text, not a paragraph quoting it.
            if links.contains(where: {
                fieldText.containsBytes($0)
                    || (fieldText.isEmpty && (before.hasPrefix("3" + $0) || before.containsBytes($0) && before.count < Self.rowQuoteMax))
            }) {
                return make(.linksChanged, subject, number, "\(marked(row.beforeMarked)) → \(marked(row.afterMarked))")
            }
            return nil
        case NumberedBlock.entrustment.rawValue:
            if fieldText.containsBytes("委託先名") && !added && !removed {
                return make(.entrustmentReplaced, subject, number, "\(before) → \(after)")
            }
            guard fieldText.isEmpty else { return nil }
            if added {
                let contractor = field(after, 3, "委託先名")
                return make(
                    .entrustmentAdded, subject, number,
                    (blockName(after, subject: subject, number: number) ?? after) + (contractor.map { " → \($0)" } ?? ""))
            }
            if removed { return make(.entrustmentRemoved, subject, number, blockName(before, subject: subject, number: number) ?? before) }
            if let (_, from, _) = numbered(in: before), let (_, to, _) = numbered(in: after), from != to,
                blockName(before, subject: subject, number: from) == blockName(after, subject: subject, number: to)
            {
                return make(.entrustmentRenumbered, subject, from, "\(subject)\(from) → \(subject)\(to)")
            }
            let old = field(before, 3, "委託先名")
            let new = field(after, 3, "委託先名")
            if let old, let new, old != new { return make(.entrustmentReplaced, subject, number, "\(old) → \(new)") }
            return nil
        default:
            let isProvision = subject == NumberedBlock.provision.rawValue
            guard fieldText.isEmpty else { return nil }
            if added {
                return make(
                    isProvision ? .provisionAdded : .transferAdded, subject, number,
                    blockName(after, subject: subject, number: number) ?? after)
            }
            if removed {
                return make(
                    isProvision ? .provisionRemoved : .transferRemoved, subject, number,
                    blockName(before, subject: subject, number: number) ?? before)
            }
            if let (_, from, _) = numbered(in: before), let (_, to, _) = numbered(in: after), from != to {
                return make(isProvision ? .provisionRenumbered : .transferRenumbered, subject, from, "\(subject)\(from) → \(subject)\(to)")
            }
            return nil
        }
    }
}

/// An assessment rebuilt from its change log, with what could not be rebuilt.
public struct Reconstruction: Sendable {
    public var assessment: Assessment
    public var notes: [HistoryNote]
}

extension History {
    static func recovered(_ c: ArchitectureChange) -> RecoveredFrom { RecoveredFrom(date: c.date, line: c.line) }

    /// A block of `blocks` moved to the number a renumbering row gives it.
    static func renumber<Block>(_ blocks: inout [Int: Block], _ c: ArchitectureChange, setNumber: (inout Block, Int) -> Void) {
        guard let (from, to) = renumbering(c), var block = blocks.removeValue(forKey: from) else { return }
        setNumber(&block, to)
        blocks[to] = block
    }

    static func outflow(from c: ArchitectureChange, text: String, number: Int) -> Outflow {
        var o = Outflow(
            no: number, recipient: blockName(text, subject: c.subject.filter { !$0.isNumber }, number: number) ?? c.summary, line: c.line)
        o.basis = field(text, 1, "法令上の根拠").map { Located($0, line: c.line) }
        if let method = field(text, 6, "提供方法") ?? field(text, 6, "移転方法") {
            o.methodOptions = method.split(separator: "、").map {
                Choice(name: String($0).trimmingCharacters(in: .whitespaces), checked: true)
            }
            o.methodsLine = c.line
        }
        o.recoveredFrom = recovered(c)
        return o
    }

    static func entrustment(from c: ArchitectureChange, text: String, number: Int) -> Entrustment {
        var e = Entrustment(no: number, item: blockName(text, subject: NumberedBlock.entrustment.rawValue, number: number), line: c.line)
        e.contractor = field(text, 3, "委託先名").map { Located($0, line: c.line) }
        if let sub = field(text, 4, "再委託") {
            e.subcontract = sub.containsBytes("再委託しない") ? false : sub.containsBytes("再委託する") ? true : nil
            e.subcontractLine = c.line
        }
        e.recoveredFrom = recovered(c)
        return e
    }

    static func renumbering(_ c: ArchitectureChange) -> (Int, Int)? {
        let parts = c.summary.components(separatedBy: " → ")
        guard parts.count == 2, let from = numbered(in: parts[0])?.1, let to = numbered(in: parts[1])?.1 else { return nil }
        return (from, to)
    }

    /// Facts of sections the body lost, taken from the change log's rows (replayed in order),
    /// each marked as recovered with its row's date and line. Sections the body has are kept.
    public static func recover(_ a: Assessment) -> Reconstruction {
        var result = a
        var notes: [HistoryNote] = []
        let changes = timeline(a).changes
        var entrusted: [Int: Entrustment] = [:]
        var provided: [Int: Outflow] = [:]
        var transferred: [Int: Outflow] = [:]
        var sources: [String: Acquisition] = [:]
        for c in changes {
            guard let n = c.number ?? (c.kind == .sourcesChanged ? 0 : nil) else { continue }
            switch c.kind {
            case .entrustmentAdded: entrusted[n] = entrustment(from: c, text: c.row.after, number: n)
            case .entrustmentRemoved: entrusted[n] = nil
            case .entrustmentReplaced:
                var e = entrusted[n] ?? entrustment(from: c, text: c.row.after, number: n)
                if let new = field(c.row.after, 3, "委託先名") ?? c.summary.components(separatedBy: " → ").last {
                    e.contractor = Located(new, line: c.line)
                }
                if let item = blockName(c.row.after, subject: NumberedBlock.entrustment.rawValue, number: n), item != c.row.after {
                    e.item = item
                }
                if let sub = field(c.row.after, 4, "再委託") {
                    e.subcontract = sub.containsBytes("再委託しない") ? false : sub.containsBytes("再委託する") ? true : nil
                    e.subcontractLine = c.line
                }
                e.recoveredFrom = recovered(c)
                entrusted[n] = e
            case .entrustmentRenumbered: renumber(&entrusted, c) { $0.no = $1 }
            case .provisionAdded: provided[n] = outflow(from: c, text: c.row.after, number: n)
            case .provisionRemoved: provided[n] = nil
            case .provisionRenumbered: renumber(&provided, c) { $0.no = $1 }
            case .transferAdded: transferred[n] = outflow(from: c, text: c.row.after, number: n)
            case .transferRemoved: transferred[n] = nil
            case .transferRenumbered: renumber(&transferred, c) { $0.no = $1 }
            case .sourcesChanged where c.subject == "①入手元":
                var diagnostics: [Diagnostic] = []
                let options = OptionScanner.scan(c.row.afterMarked).options
                for m in OptionMatcher.match(
                    options, canonical: FormOptions.acquisitionParties, line: c.line, group: "(別添2) ①入手元",
                    diagnostics: &diagnostics) where options.contains(where: { $0.label.hasPrefixBytes(m.name) })
                {
                    var acquisition = Acquisition(party: m.name, detail: m.detail, checked: m.checked, line: c.line)
                    acquisition.recoveredFrom = recovered(c)
                    sources[m.name] = acquisition
                }
            default: break
            }
        }
        let hasEntrustment = !a.entrustments.isEmpty
        let hasOutflows = !a.provisions.isEmpty || !a.transfers.isEmpty
        let hasSources = !a.acquisitions.isEmpty
        if !hasSources && !sources.isEmpty {
            let ordered = FormOptions.acquisitionParties.compactMap { sources[$0] }
            result.flows.insert(contentsOf: ordered.map(Flow.acquisition), at: 0)
            notes.append(
                .recoveredSources(count: ordered.count, lines: Set(ordered.map(\.line)).sorted()))
        }
        if !hasEntrustment && !entrusted.isEmpty {
            let list = entrusted.keys.sorted().map { entrusted[$0]! }
            result.flows += list.map(Flow.entrustment)
            notes.append(
                .recoveredEntrustments(
                    entries: list.map { RecoveredEntry("委託事項\($0.no) \($0.contractor?.value ?? "?")", line: $0.recoveredFrom!.line) }))
        }
        if !hasOutflows {
            let provisions = provided.keys.sorted().map { provided[$0]! }
            let transfers = transferred.keys.sorted().map { transferred[$0]! }
            result.flows += provisions.map(Flow.provision) + transfers.map(Flow.transfer)
            if !provisions.isEmpty || !transfers.isEmpty {
                notes.append(
                    .recoveredOutflows(
                        provisions: provisions.count, transfers: transfers.count,
                        entries: (provisions + transfers).map { RecoveredEntry($0.recipient ?? "?", line: $0.recoveredFrom!.line) }))
            }
        }
        if notes.isEmpty {
            notes.append(.nothingToRecover)
        }
        result.diagnostics += notes.map { Diagnostic(.note, .recovered, line: nil, .history($0)) }
        return Reconstruction(assessment: result, notes: notes)
    }

    /// The assessment as it stood on `date`, as far as the log allows: changes dated after it
    /// are undone in reverse order; what cannot be undone is said in the notes.
    public static func replay(_ a: Assessment, at date: JapaneseDate) -> Reconstruction {
        var result = a
        var notes: [HistoryNote] = []
        let later = timeline(a).changes.filter { c in
            guard let day = c.day else {
                notes.append(.dateUnreadable(line: c.line, date: c.date))
                return false
            }
            return day > date
        }
        for c in later.reversed() {
            if let note = undo(c, in: &result) { notes.append(note) }
        }
        if later.isEmpty { notes.append(.nothingAfter(date: "\(date)")) }
        result.diagnostics += notes.map { Diagnostic(.note, .replayed, line: nil, .history($0)) }
        return Reconstruction(assessment: result, notes: notes)
    }

    /// Undoes one change in `result`; the note says what was done or why it could not be.
    static func undo(_ c: ArchitectureChange, in result: inout Assessment) -> HistoryNote? {
        let when = ChangeRow(date: c.date, line: c.line)
        func removeFlow(_ match: (Flow) -> Bool) -> Bool {
            guard let i = result.flows.firstIndex(where: match) else { return false }
            result.flows.remove(at: i)
            return true
        }
        switch c.kind {
        case .systemAdded:
            guard let i = result.systems.firstIndex(where: { $0.no == c.number }) else {
                return .addedNotInText(subject: c.subject, summary: c.summary, row: when)
            }
            result.systems.remove(at: i)
            return .leftOut(subject: c.subject, summary: c.summary, row: when)
        case .linksChanged:
            return restoreLinks(c, in: &result)
        case .entrustmentAdded:
            let done = removeFlow { if case .entrustment(let e) = $0 { return e.no == c.number } else { return false } }
            return done
                ? .leftOut(subject: c.subject, summary: nil, row: when) : .addedNotInText(subject: c.subject, summary: nil, row: when)
        case .entrustmentRemoved:
            result.flows.append(.entrustment(entrustment(from: c, text: c.row.before, number: c.number ?? 0)))
            return .putBack(subject: c.subject, summary: c.summary, row: when)
        case .entrustmentReplaced:
            return restoreContractor(c, in: &result)
        case .entrustmentRenumbered, .provisionRenumbered, .transferRenumbered:
            guard let (from, to) = renumbering(c) else { return nil }
            for i in result.flows.indices {
                switch result.flows[i] {
                case .entrustment(var e) where c.kind == .entrustmentRenumbered && e.no == to:
                    e.no = from
                    result.flows[i] = .entrustment(e)
                case .provision(var o) where c.kind == .provisionRenumbered && o.no == to:
                    o.no = from
                    result.flows[i] = .provision(o)
                case .transfer(var o) where c.kind == .transferRenumbered && o.no == to:
                    o.no = from
                    result.flows[i] = .transfer(o)
                default: break
                }
            }
            return nil
        case .provisionAdded, .transferAdded:
            let isProvision = c.kind == .provisionAdded
            let done = removeFlow {
                if isProvision, case .provision(let o) = $0 { return o.no == c.number }
                if !isProvision, case .transfer(let o) = $0 { return o.no == c.number }
                return false
            }
            return done
                ? .leftOut(subject: c.subject, summary: c.summary, row: when)
                : .addedNotInText(subject: c.subject, summary: c.summary, row: when)
        case .provisionRemoved, .transferRemoved:
            let o = outflow(from: c, text: c.row.before, number: c.number ?? 0)
            result.flows.append(c.kind == .provisionRemoved ? .provision(o) : .transfer(o))
            return .putBack(subject: c.subject, summary: c.summary, row: when)
        case .systemRemoved:
            return .removedWithoutDescription(subject: c.subject, summary: c.summary, row: when)
        case .sourcesChanged:
            return .sourcesNotReplayed(subject: c.subject, row: when)
        }
    }

    /// A system's ③ links as the row's 変更前 states them, when it states them readably.
    static func restoreLinks(_ c: ArchitectureChange, in result: inout Assessment) -> HistoryNote {
        let when = ChangeRow(date: c.date, line: c.line)
        guard let i = result.systems.firstIndex(where: { $0.no == c.number }),
            c.row.beforeMarked.unicodeScalars.contains(where: MarkSentinel.isSentinel) || c.row.beforeMarked.containsBytes("[")
        else {
            return .linksNotRestored(subject: c.subject, row: when)
        }
        var diagnostics: [Diagnostic] = []
        let matched = OptionMatcher.match(
            OptionScanner.scan(c.row.beforeMarked).options, canonical: FormOptions.connections,
            line: c.line, group: "(別添2)", diagnostics: &diagnostics)
        result.systems[i].connections = matched.map { m in
            Connection(
                category: LinkCategory(rawValue: m.name)!, checked: m.checked,
                detail: m.name == "その他" ? m.detail : nil, line: c.line)
        }
        return .linksRestored(subject: c.subject, row: when)
    }

    /// A 委託事項's contractor as it was before the row replaced it.
    static func restoreContractor(_ c: ArchitectureChange, in result: inout Assessment) -> HistoryNote {
        let when = ChangeRow(date: c.date, line: c.line)
        let old = field(c.row.before, 3, "委託先名") ?? c.summary.components(separatedBy: " → ").first ?? ""
        guard
            let i = result.flows.firstIndex(where: { if case .entrustment(let e) = $0 { return e.no == c.number } else { return false } }),
            case .entrustment(var e) = result.flows[i]
        else {
            return .replacedNotInText(subject: c.subject, summary: c.summary, row: when)
        }
        e.contractor = Located(old, line: c.line)
        e.recoveredFrom = recovered(c)
        result.flows[i] = .entrustment(e)
        return .contractorBack(subject: c.subject, contractor: old, row: when)
    }
}
