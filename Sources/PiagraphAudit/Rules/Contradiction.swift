import PiagraphGraph
import PiagraphModel

/// Statements that cannot both hold.
public struct Contradiction: AuditRule {
    public static let description = RuleDescription(
        id: "contradiction", name: "Contradiction", severity: .error,
        rationale: """
            The document says two things that cannot both be true: II-5 lists a 提供先/移転先 outside the \
            network while III-5 says 提供・移転しない; 情報連携 実施しない while the 中間サーバー links to the \
            network; 委託しない with 委託事項 listed; a 特定個人情報ファイル whose 主な記録項目 selects neither \
            個人番号 nor 個人番号対応符号, or not 個人番号 while (別添1) lists it; one file given two names.
            """,
        example: "III-5 [○] 提供・移転しない, while 移転先1 福祉部 保護課 receives by その他(端末参照).",
        samples: [
            "特定個人情報保護評価書(重点項目評価書)\n評価実施機関名\t試験市長\nシステム1\n①システムの名称\t福祉システム\n③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [] その他 ()\n移転先1\t福祉部 保護課\n①法令上の根拠\t番号法第9条第2項\n⑥移転方法\t[○] 庁内連携システム [] 専用線 [] 電子メール [] 電子記録媒体(フラッシュメモリを除く。) [] フラッシュメモリ [] 紙 [] その他 ()\n5. 特定個人情報の提供・移転(委託や情報提供ネットワークシステムを通じた提供を除く。)\t[○] 提供・移転しない\n"
        ],
        needs:
            "II-4/II-5 against III-4/III-5, I-5 against the 中間サーバー, II-2 against (別添1), the file names (every form; a 基礎 document states only the names)"
    )

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
                        "III-5 says 提供・移転しない, but II-5 lists \(kind)\(o.no) \(o.recipient ?? "") outside 情報提供ネットワークシステム",
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
                        "I-5 情報連携 says 実施しない, but the 中間サーバー links to 情報提供ネットワークシステム",
                        lines: [exchange.line] + edge.evidence.map(\.line), edges: [edge.id]))
            }
        }
        let entrusted = c.entrustments
        if !entrusted.isEmpty {
            if let declared = d.entrustment, declared.value == "委託しない" {
                findings.append(
                    finding(
                        "II-4 says 委託しない, but \(entrusted.count) 委託事項 are listed",
                        lines: [declared.line] + entrusted.map(\.line)))
            }
            if let box = d.noEntrustmentBox, box.checked == true {
                findings.append(
                    finding(
                        "III-4 says 委託しない, but II-4 lists \(entrusted.count) 委託事項",
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
                findings.append(finding("主な記録項目 does not select 個人番号, but (別添1) lists it", lines: [number.line, listed.line]))
            } else if code?.checked == false {
                let file = c.assessment.header.files.first { $0.value == group } ?? c.assessment.header.files.first
                findings.append(
                    finding(
                        "主な記録項目 selects neither 個人番号 nor 個人番号対応符号, yet \(file?.value ?? "the file") is assessed as a 特定個人情報ファイル",
                        lines: [number.line] + (file.map { [$0.line] } ?? [])))
            }
        }
        let files = c.assessment.header.files
        // Numbered names (1) (2) are several files, each with its part II (全項目).
        if files.count > 1, !c.assessment.header.filesNumbered {
            findings.append(
                finding(
                    "the 特定個人情報ファイル is named differently: " + files.map { "\($0.value) (line \($0.line))" }.joined(separator: ", "),
                    lines: files.map(\.line)))
        }
        return findings
    }
}
