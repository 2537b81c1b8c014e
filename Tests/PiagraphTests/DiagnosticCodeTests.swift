import Foundation
import PiagraphMessages
import PiagraphModel
import Testing

/// The diagnostic codes are a registry (DiagnosticCode); every code is documented where users
/// look it up.
@Suite struct DiagnosticCodeTests {
    @Test func everyCodeIsDocumented() throws {
        let docs = try String(contentsOf: Repo.root.appendingPathComponent("docs/extract.md"), encoding: .utf8)
        let table = docs[docs.range(of: "## Diagnostics")!.lowerBound...]
        let missing = DiagnosticCode.allCases.filter { !table.contains("`\($0.rawValue)`") }
        #expect(missing.isEmpty, "not in docs/extract.md's table of diagnostics: \(missing.map(\.rawValue))")
    }

    @Test func codesAreStableKebabCase() {
        for code in DiagnosticCode.allCases {
            #expect(code.rawValue.allSatisfy { $0 == "-" || ("a"..."z").contains($0) }, "\(code.rawValue)")
        }
        #expect(Set(DiagnosticCode.allCases.map(\.rawValue)).count == DiagnosticCode.allCases.count)
        #expect(Diagnostic(.warning, .marksLost, line: 3, .loneMark(group: "II-2", mark: "○")).code == "marks-lost")
    }
}
