import Foundation
import Testing

/// The fuzz targets (Sources/piagraph-fuzz), built without libFuzzer as a replay driver: each
/// runs on real inputs (its checks — well-formed JSON, SVG, SARIF, no document tag in the HTML
/// — hold on them), and every input a fuzzer once crashed on (Fixtures/fuzz) runs clean.
@Suite struct FuzzReplayTests {
    static var driver: URL { Repo.executable.deletingLastPathComponent().appendingPathComponent("piagraph-fuzz") }
    static let fixtures = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/fuzz")

    @Test(arguments: ["text", "render", "writers"])
    func targetsRunOnTheExamples(_ target: String) throws {
        let inputs =
            Repo.exampleNames.map { Repo.examples.appendingPathComponent($0 + ".txt").path }
            + ["Tests/PiagraphTests/Fixtures/realworld/07_sapporo_kaigo.txt", "Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt"]
            .map { Repo.root.appendingPathComponent($0).path }
        let result = try runProcess(Self.driver, [target] + inputs)
        #expect(result.status == 0, "\(target): \(result.stderr)")
    }

    @Test func mergeAndXHTMLTargetsRun() throws {
        let a = try Data(contentsOf: Repo.examples.appendingPathComponent(Repo.exampleNames[0] + ".txt"))
        let b = try Data(contentsOf: Repo.examples.appendingPathComponent(Repo.exampleNames[3] + ".txt"))
        let pair = try temporaryFile(a + Data([0x0C]) + b, name: "pair.txt")
        let merged = try runProcess(Self.driver, ["merge", pair.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        let xhtml = Data(
            """
            <html><body><doc><page width="595" height="842"><flow><block xMin="50" yMin="100" xMax="300" yMax="110">
            <line xMin="50" yMin="100" xMax="300" yMax="110"><word xMin="50" yMin="100" xMax="100" yMax="110">①事務の名称</word>
            <word xMin="130" yMin="100" xMax="200" yMax="110">&lt;script&gt;</word></line></block></flow></page></doc></body></html>
            """.utf8)
        let page = try temporaryFile(xhtml, name: "page.xhtml")
        let read = try runProcess(Self.driver, ["xhtml", page.path])
        #expect(read.status == 0, "\(read.stderr)")
    }

    @Test func everyInputThatOnceCrashedRunsClean() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { !$0.hasSuffix(".md") }
        #expect(names.count >= 2, "the two crash inputs of session 3 are there")
        for name in names.sorted() where !name.hasSuffix(".md") {
            let target = String(name.prefix { $0 != "-" })
            let result = try runProcess(Self.driver, [target, Self.fixtures.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
    }
}
