import Foundation
import Testing

@testable import PiagraphParser

/// The form's labels are in one table (FormLabels) that the layout finds rows by; the row
/// readers are keyed by the same strings. These tie the two, so that neither can drift.
@Suite struct LabelTableTests {
    /// Every label a reader reads is one the layout can find.
    @Test func everyReaderReadsALabelTheLayoutKnows() {
        let keys = Set(FormLabels.rows.map(\.key))
        for reader in ParserState.readers {
            switch reader.match {
            case .key(let label), .prefix(let label):
                #expect(keys.contains(label) || FormLabels.sections.contains(label), "\(label) is read but the layout does not know it")
            case .block(let name), .template(let name):
                #expect(FormLabels.numberedBlocks.contains(name), "\(name) is no numbered block of the layout")
            }
        }
    }

    /// Labels the layout finds and no reader reads are read for their boundaries only; each is
    /// named here, so a label added to the table is read or said not to be.
    @Test func labelsNoReaderReadsAreNamed() {
        let read = Set(ParserState.readers.map(\.match.first))
        let unread = Set(FormLabels.rows.map(\.key)).subtracting(read)
        #expect(
            unread == [
                "個人のプライバシー等の権利利益の保護の宣言", "特記事項", "個人情報保護委員会承認日【行政機関等のみ】", "個人情報保護委員会承認日",
                "事務の内容", "事務の概要", "対象人数", "システムの機能", "部署", "所属長の役職名", "所属長",
                "ファイルの種類", "対象となる本人の数", "対象となる本人の範囲", "記録される項目", "保有開始日", "事務担当部署",
                "入手の時期・頻度", "使用目的", "取扱いを委託する特定個人情報ファイルの範囲", "委託先への特定個人情報ファイルの提供方法",
                "委託先名の確認方法", "保管場所",
            ])
    }
}
