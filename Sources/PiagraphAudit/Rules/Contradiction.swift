import PiagraphGraph
import PiagraphMessages
import PiagraphModel

/// Statements that cannot both hold.
public struct Contradiction: AuditRule {
    public static let description = RuleDescription(
        key: .contradiction, severity: .error,
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n移転先1\t福祉部 保護課\n①法令上の根拠\t番号法第9条第2項\n⑥移転方法\t[○] 庁内連携システム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n5. 特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)\t[○] 提供・移転しない\n"
        ])

    public init() {}

    public func check(_ c: AuditContext) -> [Finding] {
        var findings: [Finding] = []
        let d = c.assessment.declarations
        if let box = d.noOutflowBox, box.checked == true {
            let outside = c.provisions.filter { o in !o.methods.allSatisfy { $0.name == LinkCategory.network.rawValue } }
            for o in outside + c.transfers {
                let kind = (c.provisions.contains(o) ? NumberedBlock.provision : NumberedBlock.transfer).rawValue
                findings.append(
                    finding(
                        .outflowDespiteNone(block: "\(kind)\(o.no) \(o.recipient ?? "")"),
                        lines: [box.line, o.line]))
            }
        }
        if let exchange = d.networkExchange, exchange.value == "実施しない" {
            for edge in c.graph.edges where edge.kind == .link && edge.certain {
                let ends = [edge.from, edge.to].compactMap(c.node)
                guard ends.contains(where: { $0.roles.contains(.network) }),
                    ends.contains(where: { NameTable.isIntermediateServer($0.label) })
                else { continue }
                findings.append(
                    finding(
                        .exchangeDespiteNone,
                        lines: [exchange.line] + edge.evidence.map(\.line), edges: [edge.id]))
            }
        }
        let entrusted = c.entrustments
        if !entrusted.isEmpty {
            if let declared = d.entrustment, declared.value == "委託しない" {
                findings.append(
                    finding(
                        .entrustedDespiteNoneII4(count: entrusted.count),
                        lines: [declared.line] + entrusted.map(\.line)))
            }
            if let box = d.noEntrustmentBox, box.checked == true {
                findings.append(
                    finding(
                        .entrustedDespiteNoneIII4(count: entrusted.count),
                        lines: [box.line] + entrusted.map(\.line)))
            }
        }
        // Each file's II-2 on its own (全項目 repeats II for each file).
        var groups: [String?] = []
        for item in c.assessment.recordedItems where !groups.contains(item.file) { groups.append(item.file) }
        for group in groups {
            let items = c.assessment.recordedItems.filter { $0.file == group }
            guard let number = items.first(where: { $0.name == "個人番号" }), number.checked == false else { continue }
            let code = items.first { $0.name == "個人番号対応符号" }
            let listed = groups.count == 1 ? c.assessment.appendixItems.first { $0.name == "個人番号" } : nil
            if let listed {
                findings.append(finding(.numberNotSelected, lines: [number.line, listed.line]))
            } else if code?.checked == false {
                let file = c.assessment.header.files.first { $0.value == group } ?? c.assessment.header.files.first
                findings.append(
                    finding(
                        .neitherNumberNorCode(file: file?.value),
                        lines: [number.line] + (file.map { [$0.line] } ?? [])))
            }
        }
        let files = c.assessment.header.files
        // Numbered names (1) (2) are several files, each with its part II (全項目).
        if files.count > 1, !c.assessment.header.filesNumbered {
            findings.append(
                finding(
                    .fileNamedDifferently(names: files.map(\.value), lines: files.map(\.line)),
                    lines: files.map(\.line)))
        }
        return findings
    }
}
