import Foundation
@testable import PiagraphRender
import PiagraphGraph
import Testing

/// The diagram reads without colour: each kind of edge has its own arrowhead and legend glyph
/// (issue 14); the colour only repeats them.
@Suite struct GrayscaleTests {
    @Test func everyEdgeKindHasItsOwnShape() {
        let heads = EdgeKind.allCases.map(DOTWriter.arrowhead)
        #expect(Set(heads).count == EdgeKind.allCases.count, "\(heads)")
        let glyphs = EdgeKind.allCases.map(DOTWriter.arrowSymbol)
        #expect(Set(glyphs).count == EdgeKind.allCases.count, "\(glyphs)")
    }

    /// 001 (read by hand): 入手元 options, 委託事項1, 移転先1 and 2 — acquisition, entrustment and
    /// transfer edges, each drawn with its kind's arrowhead, whatever its colour.
    @Test func theDrawingUsesThem() throws {
        let dot = try runPiagraph(["render", "--format", "dot", Repo.examples.appendingPathComponent("001_72e6b094e35de20b.txt").path]).stdoutText
        for (title, head) in [("入手: ", "normal"), ("委託: ", "diamond"), ("移転: ", "vee")] {
            let edges = dot.split(separator: "\n").filter { $0.contains("tooltip=\"\(title)") }
            #expect(!edges.isEmpty, "\(title)")
            #expect(edges.allSatisfy { $0.contains("arrowhead=\(head)") }, "\(title)")
        }
        #expect(dot.contains("──◆") && dot.contains("──〉") && dot.contains("──▶"), "the legend shows the same shapes")
    }
}
