import Foundation
import PiagraphExport
import PiagraphPDF
import PiagraphText
import Testing

@testable import PiagraphParser

/// PDFs of the five examples, read through pdftotext -bbox-layout and the geometric layout
/// (PDFLayout): each must give the examples' facts, F1 ≥ 0.97 against the hand-made keys with
/// no wrong value (PDFTextTests.score; marks the example itself lost are left out).
/// Made by scripts/formpdf: Chromium's print-to-PDF of the form with a 22 mm label column
/// (Graphs/examples/*.pdf), a 14 mm one (`narrow`: labels over three lines), a 12 pt font
/// (`large`: option names wrapped in the grid, system blocks broken over pages), and
/// LibreOffice's HTML import and PDF export (`libreoffice`: its own table geometry, labels
/// centred beside or above their values, the circled number and digits set apart; see
/// `libreOfficePDFs` for what it is held to).
@Suite struct PDFTests {
    static let fixtures = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/pdf")
    static let variants = ["", "narrow", "large"]
    static let pdfs = Repo.exampleNames.flatMap { name in variants.map { "\(name)|\($0)" } }

    static func path(_ name: String, _ variant: String) -> String {
        variant.isEmpty
            ? Repo.examples.appendingPathComponent(name + ".pdf").path
            : fixtures.appendingPathComponent("\(name.prefix(3)).\(variant).pdf").path
    }

    static func extract(_ path: String) throws -> [String: Any] {
        let document = try InputFile.load(path: path)
        let assessment = DocumentParser.parse(document)
        return try #require(try JSONSerialization.jsonObject(with: Data(ExtractJSON.render([assessment]).utf8)) as? [String: Any])
    }

    /// The examples' PDFs read their change logs as their texts do: each row's cells the same
    /// words, and no space inside a word the text does not have (a rule for wrapped grids once
    /// spaced the prose after a 「●」 at every line of the PDF's cells).
    @Test func pdfChangeLogsReadAsTheirTextsDo() throws {
        for name in Repo.exampleNames {
            let text = try Repo.example(name).history
            let pdf = DocumentParser.parse(try InputFile.load(path: Self.path(name, ""))).history
            #expect(pdf.count == text.count, "\(name)")
            for (p, t) in zip(pdf, text) {
                for (a, b) in [(p.before, t.before), (p.after, t.after), (p.item, t.item)] {
                    #expect(a.filter { $0 != " " } == b.filter { $0 != " " }, "\(name) \(t.date)")
                    #expect(a.filter { $0 == " " }.count <= b.filter { $0 == " " }.count, "\(name) \(t.date): \(a)")
                }
            }
        }
    }

    @Test(arguments: pdfs)
    func pdfGivesTheExamplesFacts(_ id: String) throws {
        let parts = id.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(parts[0] + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let actual = try Self.extract(Self.path(parts[0], parts[1]))
        let score = PDFTextTests.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty, Comment(rawValue: "\(id) wrong values:\n" + score.wrong.joined(separator: "\n")))
        #expect(
            score.f1 >= 0.97,
            Comment(rawValue: "\(id) F1 \(score.f1); missing \(score.missing.prefix(12)), extra \(score.extra.prefix(12))"))
    }

    /// LibreOffice's HTML import ignores the form's column widths: labels are centred in tall
    /// cells with their values' first lines above them, options printed under their label, digits
    /// set apart, and the change log's date column one character wide, its dates and header
    /// standing one character a line (and cut by page breaks). All is read with no wrong value;
    /// the change log is compared row by row (date) and 提出時期 by 提出時期 with the example's own
    /// rows. One system of 004, whose name is empty, takes the first line of its 機能 as name
    /// (its name cell and the value beside the next label are one line): F1 0.90 there.
    @Test(arguments: Repo.exampleNames)
    func libreOfficePDFs(_ name: String) throws {
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(name + ".json"))
        var key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        key["history"] = try PDFTextTests.examplesHistory(name)
        key["historyRows"] = nil
        let actual = try Self.extract(Self.path(name, "libreoffice"))
        let score = PDFTextTests.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty, Comment(rawValue: "\(name) wrong values:\n" + score.wrong.joined(separator: "\n")))
        #expect(score.extra.filter { $0.hasPrefix("history.") }.isEmpty, "\(name): \(score.extra)")
        #expect(
            score.f1 >= (name.hasPrefix("004") ? 0.9 : 0.97),
            Comment(rawValue: "\(name) F1 \(score.f1); missing \(score.missing.prefix(12))"))
    }
}

/// The form with its marks printed as ■ (selected) and □ (not), as some bodies' forms print
/// them (scripts/formpdf, `boxes`): read as [○] and [ ], tied to the option after each.
@Suite struct GlyphMarkPDFTests {
    @Test func boxesGiveTheExamplesFacts() throws {
        let name = Repo.exampleNames[1]
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(name + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let actual = try PDFTests.extract(PDFTests.fixtures.appendingPathComponent("001.boxes.pdf").path)
        let score = PDFTextTests.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty, Comment(rawValue: score.wrong.joined(separator: "\n")))
        #expect(score.f1 >= 0.97, "F1 \(score.f1); missing \(score.missing.prefix(10))")
    }

    @Test func aLoneCircleIsNoMark() {
        // ○ alone may mark the selected option: it is left as text, never read as [ ].
        let words = [PDFWord("○", x0: 0, y0: 0, x1: 10, y1: 10, block: 0), PDFWord("紙", x0: 14, y0: 0, x1: 24, y1: 10, block: 0)]
        #expect(PDFLayout.markLength(words, at: 0) == 0)
        #expect(PDFLayout.markLength(words, at: 0, circles: true) == 1)
        #expect(PDFLayout.bracketed("■紙") == "[○] 紙")
        #expect(PDFLayout.bracketed("□ 紙") == "[ ] 紙")
    }
}

/// Page furniture: 003 printed with Chromium's own header and footer on every page (the date,
/// the title, the file's URL, `N/4`). They are dropped; the facts are those of the key.
@Suite struct PageFurniturePDFTests {
    @Test func headersAndFootersAreDropped() throws {
        let path = PDFTests.fixtures.appendingPathComponent("003.headers.pdf").path
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(Repo.exampleNames[3] + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let score = PDFTextTests.score(key: key, actual: try PDFTests.extract(path))
        #expect(score.wrong.isEmpty && score.f1 == 1.0, "\(score.wrong) \(score.missing)")
        let layer = try InputFile.textLayer(path: path)
        #expect(!layer.lines.contains { $0.contains("file://") || $0.hasSuffix("/4") }, "\(layer.lines.prefix(3))")
    }
}

/// A PDF with a page that has no text layer (003 followed by a scanned page): the text is read
/// whole, and the page is named in a warning.
@Suite struct PartlyScannedPDFTests {
    @Test func scannedPageIsReported() throws {
        let actual = try PDFTests.extract(PDFTests.fixtures.appendingPathComponent("003.scanned-page.pdf").path)
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(Repo.exampleNames[3] + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let score = PDFTextTests.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty && score.f1 == 1.0, "\(score.wrong) \(score.missing)")
        let diagnostics = actual["diagnostics"] as? [[String: Any]] ?? []
        let warning = try #require(diagnostics.first { $0["code"] as? String == "page-without-text" })
        #expect((warning["message"] as? String)?.hasPrefix("page(s) 5 of the PDF") == true, "\(warning)")
        #expect((actual["source"] as? [String: Any])?["pages"] as? Int == 5)
    }
}

/// Provenance: a fact read from a PDF cites a line of piagraph's text layer and its page.
/// The pages below were read by hand from the PDF (Graphs/examples/001_….pdf, as a viewer
/// shows it): the cover is page 1, I 基本情報 with its systems page 3, II page 4.
@Suite struct PDFProvenanceTests {
    static let pdf = PDFTests.path(Repo.exampleNames[1], "")

    @Test func factsCiteTheirPageAndTextLayerLine() throws {
        let result = try runPiagraph(["extract", Self.pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let d = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let source = try #require(d["source"] as? [String: Any])
        #expect(source["pages"] as? Int == 7)
        let layer = try runPiagraph(["extract", "--text-layer", Self.pdf])
        let lines = layer.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        let systems = try #require(d["systems"] as? [[String: Any]])
        let welfare = try #require(systems.first { $0["name"] as? String == "福祉情報システム" })
        #expect(welfare["page"] as? Int == 3)
        let line = try #require(welfare["line"] as? Int)
        #expect(lines[line - 1].contains("福祉情報システム"), "line \(line) of the text layer: \(lines[line - 1])")
        let flows = try #require(d["flows"] as? [[String: Any]])
        let entrustment = try #require(flows.first { $0["kind"] as? String == "entrustment" })
        #expect(entrustment["page"] as? Int == 4)
    }

    @Test func textLayerMarksPagesWithFormFeeds() throws {
        let layer = try runPiagraph(["extract", "--text-layer", Self.pdf])
        #expect(layer.status == 0)
        // Seven pages: six form feeds, each at the start of a page's first line.
        #expect(layer.stdoutText.filter { $0 == "\u{0C}" }.count == 6)
        #expect(layer.stdoutText.hasPrefix("特定個人情報保護評価書(重点項目評価書)"))
    }

    @Test func findingsCitePages() throws {
        let text = try runPiagraph(["check", Self.pdf])
        #expect(text.stdoutText.contains(".pdf:") && text.stdoutText.contains(" (p.3): "), "\(text.stdoutText.prefix(400))")
        let sarif = try runPiagraph(["check", "--format", "sarif", Self.pdf])
        let d = try #require(try JSONSerialization.jsonObject(with: sarif.stdout) as? [String: Any])
        let results = try #require(((d["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let located = results.compactMap { ($0["locations"] as? [[String: Any]])?.first }.filter { $0["properties"] != nil }
        #expect(!located.isEmpty)
        #expect(located.allSatisfy { (($0["properties"] as? [String: Any])?["page"] as? Int ?? 0) >= 1 })
    }

    @Test func reportCitesPages() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try runPiagraph(["report", Self.pdf, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains(">p.3 l.27</a>"), "the welfare system's row, line 27 on page 3")
        #expect(html.contains("piagraph extract --text-layer"))
        #expect(!html.contains("\u{0C}"))
    }

    @Test func sameBytesTwice() throws {
        let a = try runPiagraph(["extract", Self.pdf])
        let b = try runPiagraph(["extract", Self.pdf])
        #expect(a.status == 0 && a.stdout == b.stdout)
        let svg1 = try runPiagraph(["render", "--format", "svg", Self.pdf])
        let svg2 = try runPiagraph(["render", "--format", "svg", Self.pdf])
        #expect(svg1.status == 0 && svg1.stdout == svg2.stdout && !svg1.stdout.isEmpty)
    }
}
