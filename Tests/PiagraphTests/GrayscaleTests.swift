import Foundation
import PiagraphGraph
import Testing

@testable import PiagraphRender

/// The diagram reads without colour: each kind of edge has its own arrowhead and legend glyph
/// (issue 14); the colour only repeats them.
@Suite struct GrayscaleTests {
    @Test func everyNodeKindHasItsOwnShape() {
        let shapes = NodeKind.allCases.map { DOTWriter.style($0).shape + "|" + DOTWriter.style($0).style }
        #expect(Set(shapes).count == NodeKind.allCases.count, "\(shapes)")
    }

    @Test func everyEdgeKindHasItsOwnShape() {
        let heads = EdgeKind.allCases.map(DOTWriter.arrowhead)
        #expect(Set(heads).count == EdgeKind.allCases.count, "\(heads)")
        let glyphs = EdgeKind.allCases.map(DOTWriter.arrowSymbol)
        #expect(Set(glyphs).count == EdgeKind.allCases.count, "\(glyphs)")
    }

    /// 001 (read by hand): 入手元 options, 委託事項1, 移転先1 and 2 — acquisition, entrustment and
    /// transfer edges, each drawn with its kind's arrowhead, whatever its colour.
    @Test func theDrawingUsesThem() throws {
        let dot = try runPiagraph(["render", "--format", "dot", Repo.examples.appendingPathComponent("001_72e6b094e35de20b.txt").path])
            .stdoutText
        for (title, head) in [("入手: ", "normal"), ("委託: ", "diamond"), ("移転: ", "vee")] {
            // (Acquisitions join at a junction first: those segments carry no head.)
            let edges = dot.split(separator: "\n").filter { $0.contains("tooltip=\"\(title)") && !$0.contains("-> \"junction-") }
            #expect(!edges.isEmpty, "\(title)")
            #expect(edges.allSatisfy { $0.contains("arrowhead=\(head)") }, "\(title)")
        }
        #expect(dot.contains("──◆") && dot.contains("──〉") && dot.contains("──▶"), "the legend shows the same shapes")
    }

    /// 001 (read by hand): six ①入手元 and one ②入手方法 row (紙, 電子メール, 庁内連携システム,
    /// 情報提供ネットワークシステム, その他) that applies to all of them: the methods are written once,
    /// on the arrow from the junction the six sources join, not six times.
    @Test func acquisitionsShareOneLabelledArrow() throws {
        let path = Repo.examples.appendingPathComponent("001_72e6b094e35de20b.txt").path
        let dot = try runPiagraph(["render", "--format", "dot", path]).stdoutText
        let lines = dot.split(separator: "\n")
        let labelled = lines.filter { $0.contains("tooltip=\"入手: ") && $0.contains("label=\"紙") }
        #expect(labelled.count == 1)
        #expect(labelled.first?.hasPrefix("  \"junction-acquisition-1\" -> ") == true)
        let segments = lines.filter { $0.contains("-> \"junction-acquisition-1\"") }
        #expect(segments.count == 6)
        #expect(segments.allSatisfy { $0.contains("arrowhead=none") && !$0.contains("label=\"紙") })
        // Highlighted, each acquisition is its own edge again (the highlight marks edges one by one).
        let highlighted = try runPiagraph(["render", "--format", "dot", "--highlight", "個人番号", path]).stdoutText
        #expect(!highlighted.contains("junction-acquisition"))
        #expect(highlighted.split(separator: "\n").filter { $0.contains("tooltip=\"入手: ") && $0.contains("label=\"紙") }.count == 6)
    }

    /// The form's maximum (dense-20-systems.txt, made by scripts/densedoc.py): 20 systems, each
    /// declaring links to every other one and to six categories and networks — 310 edges. All
    /// 20 are on one bus and the six hang on it: 26 lines, none from system to system.
    @Test func aFullyLinkedFormIsDrawnAsABus() throws {
        let path = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt").path
        let dot = try runPiagraph(["render", "--format", "dot", path]).stdoutText
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == 26)
        #expect(edges.filter { $0.contains("-> \"bus-1\"") }.count == 20)
        #expect(edges.filter { $0.hasPrefix("  \"bus-1\" -> ") }.count == 6)
        #expect(dot.contains("相互接続 (20 システムが互いに接続)"))
        #expect(dot.contains("bus: the systems on it all link to each other"), "the legend says what the bar means")
        let japanese = try runPiagraph(["render", "--lang", "ja", "--format", "dot", path]).stdoutText
        #expect(japanese.contains("相互接続：線上のシステムは互いに"), "in Japanese too")
        let examples = try runPiagraph(["render", "--format", "dot", Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path])
            .stdoutText
        #expect(!examples.contains("bus-1"), "003's systems are not all linked to each other")
    }

    /// The drawing in one ink: every colour of each kind's edge replaced by black, rendered to
    /// PNG through Graphviz, one picture a kind. No two pictures may be the same, so the shape
    /// alone tells each kind apart, in grayscale or in print. The control shows the check can
    /// fail: with one arrowhead for every directed kind, 入手, 提供 and 移転 draw the same.
    @Test func inOneInkEveryKindStillDrawsDifferently() throws {
        func picture(_ kind: EdgeKind, sameHead: Bool = false) throws -> [UInt8] {
            let edge = GraphEdge(id: "e1", from: "a", to: "b", kind: kind)
            var line = DOTWriter.edgeLine(edge, options: .init())
            line = line.replacingOccurrences(of: ##"color="#[0-9a-fA-F]{6}""##, with: "color=\"#000000\"", options: .regularExpression)
            if sameHead {
                line = line.replacingOccurrences(of: #"arrowhead=[a-z]+"#, with: "arrowhead=normal", options: .regularExpression)
            }
            let dot = "digraph g { rankdir=LR; node [shape=point, width=0.05, color=\"#000000\"]; \(line) }"
            return try Graphviz.render(dot: dot, engine: "dot", output: .png)
        }
        let pictures = try EdgeKind.allCases.map { try picture($0) }
        #expect(pictures.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) })
        #expect(Set(pictures).count == EdgeKind.allCases.count, "two kinds draw the same in one ink")
        let control = try [EdgeKind.acquisition, .provision, .transfer].map { try picture($0, sameHead: true) }
        #expect(Set(control).count == 1, "without their own arrowheads these kinds cannot be told apart in one ink")
    }
}
