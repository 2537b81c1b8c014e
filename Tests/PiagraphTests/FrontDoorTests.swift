import Foundation
import PiagraphKit
import PiagraphModel
import PiagraphText
import Testing

@testable import piagraph

/// The front door (PiagraphKit.Document): each document is read once and its graph built once,
/// whatever a command asks of it.
@Suite struct FrontDoorTests {
    static let a = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
    static let b = Repo.examples.appendingPathComponent("004_eeb43361c0371a47.txt").path
    static let versions = Repo.examples.appendingPathComponent("versions")

    func scratch(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-door-\(UUID().uuidString)-\(name)").path
    }

    /// The stages built while the command runs in this process.
    func stages(_ arguments: [String]) throws -> (parses: Int, graphs: Int) {
        let (_, tally) = try Stages.counting {
            var command = try Piagraph.parseAsRoot(arguments)
            try command.run()
        }
        return (tally[.parse], tally[.graph])
    }

    @Test func aDocumentBuildsEachStageOnce() throws {
        let (document, tally) = try Stages.counting { () throws -> Document in
            let document = try Document.open(Self.a)
            _ = document.graph
            _ = document.findings()
            _ = document.findings()
            _ = document.context.walker
            return document
        }
        #expect(tally[.parse] == 1 && tally[.graph] == 1)
        #expect(document.isAssessment && document.assessment == document.written && document.notes.isEmpty)
        #expect(document.findings().count == document.findings(disabled: []).count)
    }

    @Test func commandsReadEachDocumentOnce() throws {
        let dot = scratch("map.dot")
        let html = scratch("report.html")
        let diff = scratch("diff.dot")
        defer { for f in [dot, html, diff] { try? FileManager.default.removeItem(atPath: f) } }
        // The merged map: before the front door, the first document's graph was built and
        // thrown away, and every graph built again for the merge.
        #expect(try stages(["render", "--merge", "--force", "--findings", "-o", dot, Self.a, Self.b]) == (2, 2))
        #expect(try stages(["report", "--merge", "--force", "--highlight", "個人番号", "-o", html, Self.a, Self.b]) == (2, 2))
        #expect(try stages(["report", "--recover", "-o", html, Self.a]) == (1, 1))
        #expect(try stages(["render", "--at", "令和5年4月1日", "--findings", "--highlight", "個人番号", "-o", dot, Self.b]) == (1, 1))
        #expect(
            try stages([
                "diff", "-o", diff, Self.versions.appendingPathComponent("sample-2023.txt").path,
                Self.versions.appendingPathComponent("sample-2025.txt").path,
            ]) == (2, 2))
    }

    @Test func aBodyUsesItsDocumentsGraphs() throws {
        let documents = try [Self.a, Self.b].map { try Document.open($0) }
        let (body, tally) = try Stages.counting { try Body(documents, force: true) }
        #expect(tally[.parse] == 0 && tally[.graph] == 2)
        #expect(body.context.documents.map(\.path) == [Self.a, Self.b])
        #expect(throws: Document.Failure.self) { try Body(documents) }
    }

    @Test func aFileThatIsNoAssessmentIsRefusedWithItsReason() {
        #expect(throws: Document.Failure.self) { try Document.open(Repo.root.appendingPathComponent("README.md").path) }
        #expect(throws: Document.Failure.self) { try Document.open(Repo.root.appendingPathComponent("no-such-file.txt").path) }
    }
}

/// The front door's example in docs/ARCHITECTURE.md, run as written (paths aside).
@Suite struct FrontDoorExampleTests {
    @Test func theArchitectureExampleRuns() throws {
        let pdf = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.pdf").path
        let text = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
        let document = try Document.open(pdf)
        var printed: [String] = []
        for finding in document.findings() {
            printed.append("\(document.path) \(finding.line ?? 0) \(finding.ruleID) \(finding.message)")
        }
        let graph = document.graph
        let asOf2021 = try Document.open(text, reading: .init(at: JapaneseDate("令和3年1月1日")))
        let body = try Body([document, asOf2021])
        #expect(!printed.isEmpty && !graph.nodes.isEmpty && !asOf2021.notes.isEmpty && body.documents.count == 2)
        let docs = try String(contentsOf: Repo.root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        #expect(docs.contains("let asOf2021 = try Document.open(\"評価書.txt\", reading: .init(at: JapaneseDate(\"令和3年1月1日\")))"))
    }
}
