import Foundation
import PiagraphGraph
import PiagraphModel
import PiagraphParser
import PiagraphText
import Testing

/// The ③ links as a table (`render --view matrix`, the report), issue 14.
@Suite struct LinkMatrixTests {
    func matrix(_ path: String) throws -> LinkMatrix {
        LinkMatrix(GraphBuilder.build(DocumentParser.parse(try SourceDocument.load(path: path))))
    }

    func index(_ m: LinkMatrix, _ name: String) throws -> Int {
        try #require(m.nodes.firstIndex { $0.label.contains(name) }, "\(name)")
    }

    /// Read by hand in 003: システム1 予防接種台帳システム selects 庁内連携システム, 既存住民基本台帳システム
    /// and 宛名システム等 (line 48); システム2 業務共通システム(庁内連携システム/統合宛名システム) plays
    /// 庁内連携 and 宛名, and its own ③ (line 52) selects 既存住民基本台帳システム, 税務システム and
    /// その他 (介護システム、福祉システム、国民健康保険システム、中間サーバ) — not システム1's 予防接種台帳.
    @Test func marksAreReadFromBothSides() throws {
        let m = try matrix(Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path)
        let vaccination = try index(m, "予防接種台帳システム")
        let common = try index(m, "業務共通システム")
        let registry = try index(m, "既存住民基本台帳システム")
        let tax = try index(m, "税務システム")
        let care = try index(m, "介護システム")
        #expect(Array(m.nodes.prefix(3).map(\.kind)) == [.system, .system, .system], "declared systems first")
        #expect(m.cells[vaccination][common] == .rowOnly, "only システム1 declares the link")
        #expect(m.cells[common][vaccination] == .columnOnly)
        #expect(m.cells[vaccination][registry] == .both)
        #expect(m.cells[common][registry] == .both)
        #expect(m.cells[common][tax] == .both)
        #expect(m.cells[common][care] == .both, "その他 names it; a system named only there declares nothing to contradict")
        #expect(m.cells[vaccination][tax] == nil, "システム1 does not select 税務システム")
        #expect(m.lines[vaccination][common] == 48)
        #expect(m.cells.indices.allSatisfy { m.cells[$0][$0] == nil })
    }

    @Test func theFormsMaximumIsATableOfTwentyRows() throws {
        let m = try matrix(Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt").path)
        let systems = m.nodes.indices.filter { m.nodes[$0].kind == .system }
        #expect(systems.count == 20)
        for r in systems { for c in systems where r != c { #expect(m.cells[r][c] == .both, "\(r) \(c)") } }
    }

    @Test func renderViewMatrix() throws {
        let file = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt").path
        let dot = try runPiagraph(["render", "--view", "matrix", "--format", "dot", file])
        #expect(dot.status == 0)
        #expect(dot.stdoutText.contains("link matrix") && dot.stdoutText.contains("業務システム20"))
        #expect(
            dot.stdoutText.components(separatedBy: "●").count - 1 == 20 * 19 + 2 * 20 * 6 + 1,
            "links among 20, each to 6 categories, and the legend")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("m.png")
        #expect(try runPiagraph(["render", "--view", "matrix", file, "-o", png.path]).status == 0)
        let bytes = try [UInt8](Data(contentsOf: png))
        // PNG width and height (IHDR): on one A3 page at 150 dpi (2480 × 1754 px) with room to spare.
        let width = Int(bytes[16]) << 24 | Int(bytes[17]) << 16 | Int(bytes[18]) << 8 | Int(bytes[19])
        let height = Int(bytes[20]) << 24 | Int(bytes[21]) << 16 | Int(bytes[22]) << 8 | Int(bytes[23])
        #expect(width <= 2480 && height <= 1754, "\(width)×\(height)")
        let refused = try runPiagraph(["render", "--view", "matrix", "--highlight", "個人番号", file])
        #expect(refused.status == 2)
        let report = dir.appendingPathComponent("r.html")
        #expect(
            try runPiagraph(["report", Repo.examples.appendingPathComponent("003_fb1bf0b09c48865e.txt").path, "-o", report.path]).status
                == 0)
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("Link matrix (③)"))
        #expect(html.contains("<a href=\"#src-0-48\">→</a>"), "a mark links to the line that states the link")
    }
}
