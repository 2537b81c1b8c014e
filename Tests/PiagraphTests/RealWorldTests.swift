import Foundation
import PiagraphExport
import PiagraphModel
import PiagraphParser
import PiagraphText
import Testing

/// Nine real fragments of other bodies' assessments (all three forms, other converters), read
/// against their hand-made keys (Fixtures/realworld/keys). A key's `null` means the text does
/// not state the value: nothing is asserted there. Connections: no key records a legible mark.
@Suite struct RealWorldTests {
    static let directory = Repo.root.appendingPathComponent("Tests/PiagraphTests/Fixtures/realworld")

    static let names = [
        "01_kita-ku_kokuho", "03_urayasu_shizei-kokuho", "04_suginami-ku_kaigo", "07_sapporo_kaigo",
        "10_unknown-city_juki_garbled", "11_kanuma_seikatsuhogo", "13_satsumasendai_seikatsuhogo",
        "16_kumagaya_shogaifukushi", "18_unknown-body_kokuho_henkokasho",
    ]

    static func load(_ name: String) throws -> (key: [String: Any], assessment: Assessment) {
        let keyData = try Data(contentsOf: directory.appendingPathComponent("keys/\(name).json"))
        let key = try #require(try JSONSerialization.jsonObject(with: keyData) as? [String: Any])
        let document = try SourceDocument.load(path: directory.appendingPathComponent(name + ".txt").path)
        return (key, DocumentParser.parse(document))
    }

    @Test(arguments: names)
    func fragmentMatchesItsKey(name: String) throws {
        let (key, a) = try Self.load(name)
        #expect(DocumentParser.isAssessment(a), "\(name) is recognised as an assessment")
        let cover = try #require(key["assessment"] as? [String: Any])
        let read: [String: String?] = [
            "kind": a.header.kind?.value, "number": a.header.number?.value, "organization": a.header.organization?.value,
            "published": a.header.published?.value, "affair": a.header.affair?.value,
        ]
        for (field, expected) in cover {
            guard let expected = expected as? String else { continue }  // null: not asserted
            #expect(read[field] ?? nil == expected, "\(name) \(field)")
        }
        let systems = try #require(key["systems"] as? [[String: Any]])
        #expect(a.systems.map(\.name) == systems.map { $0["name"] as? String }, "\(name) system names")
        for system in a.systems {
            #expect(system.connections.allSatisfy { $0.checked == nil }, "\(name): no mark is legible, none may be read")
        }
    }

    @Test func twoDifferentCoverDatesGiveNoPublicationDate() throws {
        // 07: 令和3年3月3日 beside 特記事項 and 令和2年11月24日 in a viewer's title line; the
        // 公表日 label has nothing after it. Neither may be picked.
        let (_, a) = try Self.load("07_sapporo_kaigo")
        #expect(a.header.published == nil)
        let message = try #require(a.diagnostics.first { $0.code == "field-missing" && $0.message.hasPrefix("公表日") }?.message)
        #expect(message.contains("令和3年3月3日") && message.contains("令和2年11月24日"))
        // The reversed vertical rendering 「長 市 札幌」 is not an organisation.
        #expect(a.header.organization?.value == "札幌市長")
        #expect(a.diagnostics.contains { $0.code == "value-unreadable" && $0.message.contains("vertical") })
    }

    @Test func droppedGlyphsAreReportedAndNeverReadAsSystems() throws {
        let (_, a) = try Self.load("10_unknown-city_juki_garbled")
        #expect(a.diagnostics.contains { $0.code == "text-garbled" && $0.severity == .warning })
        #expect(a.systems.isEmpty)
        #expect(a.flows.isEmpty)
        #expect(!a.systems.contains { $0.name?.contains("民基") == true })
    }

    @Test func basicFormListsSystemsWithoutLinks() throws {
        let (_, a) = try Self.load("11_kanuma_seikatsuhogo")
        #expect(a.form == .basic)
        #expect(a.systems.allSatisfy { $0.connections.isEmpty && $0.no == nil && $0.connectionsLine == nil })
        #expect(a.diagnostics.filter { $0.code == "links-not-in-form" }.count == 1)
        #expect(a.header.files.map(\.value) == ["生活保護受給者ファイル"])
    }

    @Test func changeLogAloneIsAnAssessmentWithRows() throws {
        let (_, a) = try Self.load("18_unknown-body_kokuho_henkokasho")
        #expect(a.header.kind == nil && a.header.published == nil)
        // Rows begin at 平成28年4月12日 followed by the item (Ⅲ−3, Ⅳ−1); the deleted 公表日 date
        // inside a cell starts no row.
        #expect(a.history.map(\.date) == Array(repeating: "平成28年4月12日", count: 4))
        #expect(a.history.allSatisfy { $0.timing == "事後" })
        #expect(a.history[0].item.hasPrefix("III−3 リスク2"))
        #expect(a.diagnostics.contains { $0.code == "cells-merged" })
        #expect(a.systems.isEmpty)
    }

    @Test(arguments: ["01_kita-ku_kokuho", "03_urayasu_shizei-kokuho", "04_suginami-ku_kaigo", "13_satsumasendai_seikatsuhogo"])
    func cutTextNamesTheMissingParts(name: String) throws {
        let (_, a) = try Self.load(name)
        let truncated = try #require(a.diagnostics.first { $0.code == "text-truncated" })
        #expect(truncated.severity == .warning)
        #expect(truncated.message.contains("II") || truncated.message.contains("リスク対策"))
    }
}
