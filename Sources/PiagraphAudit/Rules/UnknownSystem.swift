import Foundation
import PiagraphGraph
import PiagraphMessages
import PiagraphModel
import PiagraphText

/// A name in その他( ), in 入手方法, in a 委託内容 or a method refers to a system not declared in I-2.
public struct UnknownSystem: AuditRule {
    public static let description = RuleDescription(
        key: .unknownSystem, severity: .warning,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [○] その他 (介護システム)\n"
        ],
        forms: [.focused, .full])

    public init() {}

    private static let separators = Set("、・の及びと()（）/ ,")

    /// System names inside free text: runs ending in システム, cut at separators.
    static func systemNames(in text: String) -> [String] {
        var names: [String] = []
        for piece in text.split(omittingEmptySubsequences: true, whereSeparator: separators.contains) {
            guard let end = String(piece).lastByteRange(of: "システム")?.upperBound else { continue }
            let name = String(String(piece)[..<end])
            if name.count > "システム".count, !names.contains(name) { names.append(name) }
        }
        return names
    }

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        for node in c.graph.nodes where node.kind == .referencedSystem {
            findings.append(
                finding(
                    .unknownSystem(name: node.label, places: node.evidence.map { Place($0.about, line: $0.line) }),
                    lines: node.evidence.map(\.line), nodes: [node.id]))
        }
        let declared = c.graph.nodes.filter { $0.kind == .system || $0.kind == .referencedSystem }
        for e in c.entrustments {
            let text = [e.item, e.content?.value].compactMap { $0 }.joined(separator: " ")
            for name in Self.systemNames(in: text) {
                let key = NameTable.key(name)
                let known =
                    declared.contains { NameTable.key($0.label).contains(key) || key.contains(NameTable.key($0.label)) }
                    || c.graph.nodes.contains {
                        $0.kind == .system && !NameTable.roles(of: name).isEmpty && Set($0.roles).isSuperset(of: NameTable.roles(of: name))
                    }
                if !known {
                    findings.append(
                        finding(
                            .entrustedUnknownSystem(number: e.no, name: name),
                            lines: [e.content?.line ?? e.line, e.line]))
                }
            }
        }
        return findings
    }
}
