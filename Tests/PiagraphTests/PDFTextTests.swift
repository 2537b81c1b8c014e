import Foundation
import PiagraphExport
import PiagraphParser
import PiagraphText
import Testing

/// The five examples printed as the form prints them (scripts/formpdf: HTML through Chromium's
/// print-to-PDF) and read back by poppler's pdftotext, with -layout and in reading order. Each
/// text must give the examples' facts: F1 ≥ 0.97 against the answer keys with no wrong value.
/// Marks whose state the example itself lost (null in the key) were printed [ ] and are left
/// out of the comparison. A fact read as unknown (a mark, a change-log row's 提出時期) is a miss,
/// not a wrong value; a row of the change log counts once, its 提出時期 once more.
@Suite struct PDFTextTests {
    static let directory = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/pdftext")
    /// Each example printed with a 22 mm label column, a 14 mm one (`narrow`: labels over three
    /// lines, a single space before the value) and in a 12 pt font (`large`: option names wrapped
    /// inside the grid), read with -layout and in reading order.
    static let modes = ["layout", "text", "narrow.layout", "narrow.text", "large.layout", "large.text"]
    static let texts = Repo.exampleNames.flatMap { name in modes.map { (name, $0) } }.map { "\($0.0)|\($0.1)" }

    /// One fact of the contract: a path naming what is stated, and the value stated.
    typealias Facts = [String: String]

    /// The facts of an extract (or a key, which has the same shape), and the paths whose value
    /// the key leaves unknown. History rows count as a multiset of (date, 提出時期).
    static func facts(_ d: [String: Any]) -> (facts: Facts, unknown: Set<String>) {
        var f: Facts = [:]
        var unknown: Set<String> = []
        func value(_ v: Any?) -> String? {
            switch v {
            case let s as String: return s
            case let b as Bool: return b ? "true" : "false"
            case let n as NSNumber: return n.stringValue
            default: return nil
            }
        }
        func put(_ path: String, _ v: Any?) {
            if let s = value(v) { f[path] = s } else { unknown.insert(path) }
        }
        let a = d["assessment"] as? [String: Any] ?? [:]
        for k in ["number", "title", "kind", "organization", "published", "affair"] { if let s = value(a[k]) { f["a.\(k)"] = s } }
        for file in a["files"] as? [String] ?? [] { f["file.\(file)"] = "true" }
        for s in d["systems"] as? [[String: Any]] ?? [] {
            let name = value(s["name"]) ?? "?"
            f["sys.\(name).no"] = value(s["no"]) ?? "null"
            for c in s["connections"] as? [[String: Any]] ?? [] {
                let category = value(c["category"]) ?? "?"
                put("sys.\(name).\(category)", c["checked"])
                if let detail = value(c["detail"]) { f["sys.\(name).\(category).detail"] = detail }
            }
        }
        var rows: [String: Int] = [:]
        for flow in d["flows"] as? [[String: Any]] ?? [] {
            switch value(flow["kind"]) {
            case "acquisition":
                let party = value(flow["party"]) ?? "?"
                put("acq.\(party)", flow["checked"])
                if let detail = value(flow["detail"]) { f["acq.\(party).detail"] = detail }
            case "acquisitionMethod":
                let method = value(flow["method"]) ?? "?"
                put("meth.\(method)", flow["checked"])
                if let detail = value(flow["detail"]) { f["meth.\(method).detail"] = detail }
            case "entrustment":
                let no = value(flow["no"]) ?? "?"
                for k in ["item", "contractor", "subcontract"] { if let s = value(flow[k]) { f["ent.\(no).\(k)"] = s } }
            case let kind?:
                let no = value(flow["no"]) ?? "?"
                for k in ["recipient", "basis"] { if let s = value(flow[k]) { f["\(kind).\(no).\(k)"] = s } }
                let methods = (flow["methods"] as? [[String: Any]] ?? []).filter { ($0["checked"] as? Bool) == true }
                    .map { "\(value($0["method"]) ?? "")(\(value($0["detail"]) ?? ""))" }.sorted()
                f["\(kind).\(no).methods"] = methods.joined(separator: ",")
            case nil: break
            }
        }
        for item in d["recordedItems"] as? [[String: Any]] ?? [] {
            let name = value(item["name"]) ?? "?"
            put("item.\(name)", item["checked"])
            if let detail = value(item["detail"]) { f["item.\(name).detail"] = detail }
        }
        // Rows by date (the nth row of a date), with their 提出時期 as a fact of its own when known.
        var timings: [String: [String]] = [:]
        for row in d["history"] as? [[String: Any]] ?? [] {
            let date = value(row["date"]) ?? ""
            rows[date, default: 0] += 1
            f["history.\(date)#\(rows[date]!)"] = "row"
            if let timing = value(row["timing"]) { timings[date, default: []].append(timing) }
        }
        // Timings of one date compared as a multiset: which row of the date holds which is not
        // told apart when rows are merged.
        for (date, list) in timings {
            var seen: [String: Int] = [:]
            for timing in list {
                seen[timing, default: 0] += 1
                f["history.\(date).\(timing)#\(seen[timing]!)"] = "timing"
            }
        }
        return (f, unknown)
    }

    struct Score {
        var f1: Double
        var wrong: [String]
        var missing: [String]
        var extra: [String]
    }

    static func score(key: [String: Any], actual: [String: Any]) -> Score {
        var (expected, unknown) = facts(key)
        if let count = key["historyRows"] as? Int, expected.keys.allSatisfy({ !$0.hasPrefix("history.") }) {
            // The keys give the change log as a row count: compare the number of rows.
            expected["history.rows"] = String(count)
        }
        var (got, _) = facts(actual)
        if expected["history.rows"] != nil {
            got = got.filter { !$0.key.hasPrefix("history.") }
            got["history.rows"] = String((actual["history"] as? [Any])?.count ?? 0)
        }
        for path in unknown { got[path] = nil }
        let correct = expected.filter { got[$0.key] == $0.value }.count
        let wrong = expected.keys.filter { got[$0] != nil && got[$0] != expected[$0] }.sorted()
        let missing = expected.keys.filter { got[$0] == nil }.sorted()
        let extra = got.keys.filter { expected[$0] == nil }.sorted()
        let precision = Double(correct) / Double(max(1, got.count))
        let recall = Double(correct) / Double(max(1, expected.count))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return Score(f1: f1, wrong: wrong.map { "\($0): key \(expected[$0]!), read \(got[$0]!)" }, missing: missing, extra: extra)
    }

    static func keyAndExtract(_ name: String, _ mode: String) throws -> (key: [String: Any], actual: [String: Any]) {
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(name + ".json"))
        var key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let document = try SourceDocument.load(path: directory.appendingPathComponent("\(name.prefix(3)).\(mode).txt").path)
        let assessment = DocumentParser.parse(document)
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(ExtractJSON.render([assessment]).utf8)) as? [String: Any])
        // In reading order, poppler puts a table's cells in its own order: rows of the change log
        // are told apart by their dates, so they are compared as (date, 提出時期) pairs.
        if mode.hasSuffix("text"), let rows = try? examplesHistory(name) {
            key["history"] = rows
            key["historyRows"] = nil
        }
        return (key, actual)
    }

    /// The change-log rows of the example text itself (the key has their count only).
    static func examplesHistory(_ name: String) throws -> [[String: Any]] {
        let output = ExtractJSON.render([try Repo.example(name)])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return d["history"] as? [[String: Any]] ?? []
    }

    @Test(arguments: texts)
    func pdfTextGivesTheExamplesFacts(_ id: String) throws {
        let parts = id.split(separator: "|").map(String.init)
        let (key, actual) = try Self.keyAndExtract(parts[0], parts[1])
        let score = Self.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty, Comment(rawValue: "\(id) wrong values:\n" + score.wrong.joined(separator: "\n")))
        #expect(
            score.f1 >= 0.97,
            Comment(rawValue: "\(id) F1 \(score.f1); missing \(score.missing.prefix(10)), extra \(score.extra.prefix(10))"))
        // A change-log row or 提出時期 the example does not have would be a wrong value.
        #expect(score.extra.filter { $0.hasPrefix("history.") }.isEmpty, "\(id): \(score.extra)")
    }

    @Test func layoutTextsAreReadWhole() throws {
        // With -layout every fact of the five examples is read (F1 = 1): the figure docs/accuracy.md gives.
        for name in Repo.exampleNames {
            for mode in ["layout", "narrow.layout", "large.layout"] {
                let (key, actual) = try Self.keyAndExtract(name, mode)
                #expect(Self.score(key: key, actual: actual).f1 == 1.0, "\(name) \(mode)")
            }
        }
    }

    @Test func scoreSeesAWrongValueAndAMissingOne() {
        let key: [String: Any] = [
            "assessment": ["number": "14", "affair": "児童手当支給事務"],
            "systems": [
                [
                    "name": "福祉システム", "no": 1,
                    "connections": [["category": "庁内連携システム", "checked": true]],
                ]
            ],
        ]
        let wrong: [String: Any] = [
            "assessment": ["number": "15", "affair": "児童手当支給事務"],
            "systems": [
                [
                    "name": "福祉システム", "no": 1,
                    "connections": [["category": "庁内連携システム", "checked": false]],
                ]
            ],
        ]
        let score = Self.score(key: key, actual: wrong)
        #expect(score.wrong.count == 2)
        #expect(score.f1 < 0.97)
        let missing = Self.score(key: key, actual: ["assessment": ["number": "14"]])
        #expect(missing.missing.contains("a.affair"))
        #expect(Self.score(key: key, actual: key).f1 == 1.0)
    }
}
