import Foundation
import PiagraphGraph
import PiagraphModel
import PiagraphRender
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct RenderTests {
    static func svg(_ name: String, highlight: String? = nil) throws -> [UInt8] {
        let a = try Repo.example(name)
        let g = GraphBuilder.build(a)
        let h = try highlight.map { term throws in try Highlighter.highlight(term, in: g, assessment: a) }
        return try Renderer.render(g, format: .svg, options: DOTWriter.Options(highlight: h))
    }

    static func isWellFormedXML(_ bytes: [UInt8]) -> Bool {
        (try? XMLDocument(data: Data(bytes), options: [])) != nil
    }

    @Test(arguments: Repo.exampleNames)
    func renderingInOneProcessIsDeterministic(name: String) throws {
        // Clustered graphs: Graphviz's default ID discipline made 49 of 50 renders differ.
        let first = try Self.svg(name)
        for _ in 0..<3 { #expect(try Self.svg(name) == first) }
        #expect(Self.isWellFormedXML(first))
    }

    @Test func concurrentRendersAreSerializedAndIdentical() throws {
        let g = GraphBuilder.build(try Repo.example("000_97d125f7b61b0f43"))
        let expected = try Renderer.render(g, format: .svg, options: .init())
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var outputs: [[UInt8]] = []
            func add(_ bytes: [UInt8]) {
                lock.lock()
                outputs.append(bytes)
                lock.unlock()
            }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            results.add((try? Renderer.render(g, format: .svg, options: .init())) ?? [])
        }
        #expect(results.outputs.count == 8)
        #expect(results.outputs.allSatisfy { $0 == expected })
    }

    @Test func pngAndPdfAreReproducible() throws {
        let g = GraphBuilder.build(try Repo.example("003_fb1bf0b09c48865e"))
        let png = try Renderer.render(g, format: .png, options: .init())
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try Renderer.render(g, format: .png, options: .init()) == png)
        let pdf = try Renderer.render(g, format: .pdf, options: .init())
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(try Renderer.render(g, format: .pdf, options: .init()) == pdf)
    }

    /// Graphs/ is compared on its DOT text, which piagraph writes itself and which does not
    /// depend on the Graphviz version or the fonts installed. The SVG next to each is Graphviz's
    /// drawing of it: `scripts/graphs --check` compares those bytes on this project's set-up.
    /// Graphs/ is drawn in Japanese (`--lang ja`).
    @Test func graphsDirectoryIsUpToDate() throws {
        for name in Repo.exampleNames {
            let a = try Repo.example(name)
            let g = GraphBuilder.build(a)
            let plan = try Renderer.plan(g)
            let dot = try String(contentsOf: Repo.root.appendingPathComponent("Graphs/\(name).dot"), encoding: .utf8)
            #expect(dot == Renderer.dot(g, plan: plan, options: .init(language: .ja)), "Graphs/\(name).dot is stale: run scripts/graphs")
        }
        let name = "000_97d125f7b61b0f43"
        let a = try Repo.example(name)
        let g = GraphBuilder.build(a)
        let h = try Highlighter.highlight("個人番号", in: g, assessment: a)
        let dot = try String(contentsOf: Repo.root.appendingPathComponent("Graphs/\(name).mynumber.dot"), encoding: .utf8)
        #expect(
            dot == Renderer.dot(g, plan: try Renderer.plan(g), options: DOTWriter.Options(highlight: h, language: .ja)),
            "run scripts/graphs")
    }

    static let hostile = [
        "<script>alert(1)</script>", "A&B &amp; C", "say \"hi\"", "back\\slash\\", "brace } { ]",
        "line\nbreak", "\\N\\G\\E", "javascript:alert(1)",
    ]

    @Test func documentTextCannotBreakOrInjectIntoDOTOrSVG() throws {
        var nodes = Self.hostile.enumerated().map { k, label in
            GraphNode(
                id: "s\(k + 1)", label: label, kind: .system, cluster: .body, evidence: [Evidence(text: label, line: k + 1, note: label)],
                handlesFile: true)
        }
        nodes.append(GraphNode(id: "p1", label: "</table>>]; evil [label=\"x", kind: .publicBody, cluster: .publicBodies))
        let edges = [
            GraphEdge(
                id: "e1", from: "s1", to: "p1", kind: .provision, label: "\"}\n<b>", evidence: [Evidence(text: "x", line: 1, note: "<i>")])
        ]
        let g = ArchitectureGraph(title: "<title>&\"\\", source: "x", nodes: nodes, edges: edges, holder: "s1", holderRule: "", merges: [])
        let h = Highlight(term: "<script>&\"", nodes: ["s1": .holds], edges: ["e1": .carries], trail: [])
        let options = DOTWriter.Options(highlight: h, notes: ["<note & \"x\">"])
        let svg = try Renderer.render(g, format: .svg, options: options)
        #expect(Self.isWellFormedXML(svg))
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!text.contains("xlink:href=\"javascript"))
        // Every hostile label survives as text, its escapes literal.
        #expect(text.contains("back\\slash\\"))
        #expect(text.contains("\\N\\G\\E"))
        #expect(text.contains("A&amp;B &amp;amp; C"))
        // No node beyond the ones we made: the injected `evil` node does not exist.
        #expect(!text.contains(">evil<"))
    }

    @Test func dotQuotingEscapesTheLexerAndLabelEscapes() {
        #expect(DOTWriter.quoted("a\"b") == "\"a\\\"b\"")
        #expect(DOTWriter.quoted("a\\") == "\"a\\\\\"")
        #expect(DOTWriter.quoted("x&y") == "\"x&amp;y\"")
        #expect(DOTWriter.quoted("1\n2\u{1B}") == "\"1\\n2\"")
        #expect(DOTWriter.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test func graphvizErrorsAreCapturedNotPrinted() {
        let error = #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a -> ; }", engine: "dot", output: .svg) }
        #expect(error?.message.contains("syntax error") == true)
        // The context keeps working after a failure.
        #expect((try? Graphviz.render(dot: "digraph { a -> b }", engine: "dot", output: .svg)) != nil)
        let engine = #expect(throws: GraphvizError.self) {
            try Graphviz.render(dot: "digraph { a }", engine: "no-such-engine", output: .svg)
        }
        // Each failure tells its own message, not the one an earlier call left behind.
        #expect(engine?.message.contains("no-such-engine") == true, "\(engine?.message ?? "")")
        #expect(engine?.message.contains("syntax error") == false)
    }

    static func synthetic(nodes n: Int) -> ArchitectureGraph {
        let nodes = (0..<n).map { GraphNode(id: "s\($0)", label: "システム\($0)", kind: .system, cluster: .body) }
        let edges = (1..<max(1, n)).map { GraphEdge(id: "e\($0)", from: "s\($0 - 1)", to: "s\($0)", kind: .link) }
        return ArchitectureGraph(title: "t", source: "x", nodes: nodes, edges: edges, holder: "s0", holderRule: "", merges: [])
    }

    @Test func largeGraphsSwitchEngineOrAreRefused() throws {
        let small = try Renderer.plan(Self.synthetic(nodes: 20))
        #expect(small.engine == "dot" && small.attributes.isEmpty && small.note == nil)
        #expect(try Renderer.plan(Self.synthetic(nodes: 80)).attributes.contains("mclimit=0.5"))
        let big = Self.synthetic(nodes: 400)
        let plan = try Renderer.plan(big)
        #expect(plan.engine == "sfdp")
        #expect(plan.note?.contains("sfdp") == true)
        #expect(Self.isWellFormedXML(try Renderer.render(big, format: .svg, options: .init())))
        #expect(throws: RenderError.tooLarge(nodes: 6000, edges: 5999)) { try Renderer.plan(Self.synthetic(nodes: 6000)) }
        // Too large to lay out, still written as DOT (what the refusal tells the user to ask for).
        let text = Renderer.textPlan(Self.synthetic(nodes: 6000))
        #expect(text.engine == "sfdp")
        #expect(text.note?.contains("written as DOT only") == true)
    }

    @Test func twentySystemsStayReadable() throws {
        // The form's maximum: 20 systems, each linked to the bus and the address system.
        var text = ParserTests.header
        for k in 1...20 {
            text +=
                "システム\(k)\n①システムの名称\t業務システム\(k)\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [○] 既存住民基本台帳システム [○] 宛名システム等 [] 税務システム [] その他 ()\n"
        }
        let g = GraphBuilder.build(try parse(text))
        #expect(g.nodes.filter { $0.kind == .system }.count == 20)
        #expect(try Renderer.plan(g).engine == "dot")
        let svg = try Renderer.render(g, format: .svg, options: .init())
        #expect(Self.isWellFormedXML(svg))
    }

    @Test func pdfDatesAreZeroedKeepingLength() {
        let pdf = Array("x /CreationDate (D:20261127074512+00'00) /ModDate (D:20261127074512Z) y".utf8)
        let stable = Renderer.stableDates(pdf)
        #expect(stable.count == pdf.count)
        #expect(String(decoding: stable, as: UTF8.self) == "x /CreationDate (D:00000000000000+00'00) /ModDate (D:00000000000000Z) y")
    }
}
