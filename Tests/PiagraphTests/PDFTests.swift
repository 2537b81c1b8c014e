import Foundation
import PiagraphExport
import PiagraphParser
import PiagraphPDF
import PiagraphText
import Testing

/// PDFs of the five examples, read through pdftotext -bbox-layout and the geometric layout
/// (PDFLayout): each must give the examples' facts, F1 ≥ 0.97 against the hand-made keys with
/// no wrong value (PDFTextTests.score; marks the example itself lost are left out).
/// Made by scripts/formpdf: Chromium's print-to-PDF of the form with a 22 mm label column
/// (Graphs/examples/*.pdf), a 14 mm one (`narrow`: labels over three lines), a 12 pt font
/// (`large`: option names wrapped in the grid, system blocks broken over pages), and
/// LibreOffice's HTML import and PDF export (`libreoffice`: its own table geometry, labels
/// beside or above their values, the circled number set apart).
@Suite struct PDFTests {
    static let fixtures = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/pdf")
    static let variants = ["", "narrow", "large"]
    static let pdfs = Repo.exampleNames.flatMap { name in variants.map { "\(name)|\($0)" } }

    static func path(_ name: String, _ variant: String) -> String {
        variant.isEmpty ? Repo.examples.appendingPathComponent(name + ".pdf").path
            : fixtures.appendingPathComponent("\(name.prefix(3)).\(variant).pdf").path
    }

    static func extract(_ path: String) throws -> [String: Any] {
        let document = try InputFile.load(path: path)
        let assessment = DocumentParser.parse(document)
        return try #require(try JSONSerialization.jsonObject(with: Data(ExtractJSON.render([assessment]).utf8)) as? [String: Any])
    }

    @Test(arguments: pdfs)
    func pdfGivesTheExamplesFacts(_ id: String) throws {
        let parts = id.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let keyData = try Data(contentsOf: Repo.keys.appendingPathComponent(parts[0] + ".json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let actual = try Self.extract(Self.path(parts[0], parts[1]))
        let score = PDFTextTests.score(key: key, actual: actual)
        #expect(score.wrong.isEmpty, Comment(rawValue: "\(id) wrong values:\n" + score.wrong.joined(separator: "\n")))
        #expect(score.f1 >= 0.97, Comment(rawValue: "\(id) F1 \(score.f1); missing \(score.missing.prefix(12)), extra \(score.extra.prefix(12))"))
    }
}
