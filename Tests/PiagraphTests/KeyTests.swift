import Foundation
import PiagraphExport
import Testing

/// Extract output against the hand-made answer keys (000–002) and our own hand-checked
/// expectations (003–004), field by field, through the JSON contract itself.
@Suite struct KeyTests {
    static func mismatches(key: Any, actual: Any?, path: String) -> [String] {
        switch key {
        case let object as [String: Any]:
            guard let actual = actual as? [String: Any] else { return ["\(path): expected an object, got \(String(describing: actual))"] }
            return object.keys.sorted().flatMap { k -> [String] in
                guard let value = actual[k] else { return ["\(path).\(k): missing"] }
                return mismatches(key: object[k]!, actual: value, path: "\(path).\(k)")
            }
        case let array as [Any]:
            guard let actual = actual as? [Any] else { return ["\(path): expected an array"] }
            guard array.count == actual.count else { return ["\(path): expected \(array.count) entries, got \(actual.count)"] }
            return zip(array, actual).enumerated().flatMap { mismatches(key: $1.0, actual: $1.1, path: "\(path)[\($0)]") }
        default:
            // Compare scalars as JSON text, so that true and 1 stay distinct.
            let expected = scalarJSON(key)
            let got = actual.map(scalarJSON) ?? "absent"
            return expected == got ? [] : ["\(path): expected \(expected), got \(got)"]
        }
    }

    static func scalarJSON(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: [value], options: [.fragmentsAllowed]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: Repo.exampleNames)
    func extractMatchesKey(name: String) throws {
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(name + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let assessment = try Repo.example(name)
        let output = ExtractJSON.render([assessment])
        let actual = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(actual["schema"] as? String == "piagraph.extract/1")
        var problems: [String] = []
        for field in ["assessment", "systems", "flows", "recordedItems"] {
            problems += Self.mismatches(key: key[field]!, actual: actual[field], path: field)
        }
        let rows = (actual["history"] as? [Any])?.count
        if let expected = key["historyRows"] as? Int, rows != expected {
            problems.append("history: expected \(expected) rows, got \(String(describing: rows))")
        }
        #expect(problems.isEmpty, Comment(rawValue: "\(name):\n" + problems.prefix(20).joined(separator: "\n")))
    }

    @Test func comparisonDetectsADifference() {
        // The comparison itself must fail on a wrong value, a wrong type and a missing field.
        #expect(!Self.mismatches(key: ["checked": true], actual: ["checked": false], path: "x").isEmpty)
        #expect(!Self.mismatches(key: ["checked": true], actual: ["checked": 1], path: "x").isEmpty)
        #expect(!Self.mismatches(key: ["detail": NSNull()], actual: [String: Any](), path: "x").isEmpty)
        #expect(!Self.mismatches(key: [1, 2], actual: [1], path: "x").isEmpty)
        #expect(Self.mismatches(key: ["a": [1, "b", NSNull()]], actual: ["a": [1, "b", NSNull()], "extra": 1], path: "x").isEmpty)
    }
}
