import PiagraphModel
import PiagraphText

extension ParserState {
    /// (別添1): lists separated by 、 or ・, headings (【…】, ○…), and two-column tables of
    /// 名称 / No. / 項目名. Returns false for lines that are not part of the list.
    mutating func readAppendixItems(_ line: CleanLine) -> Bool {
        let filled = line.cells.filter { !$0.isEmpty }
        if filled.count == 1 {
            let text = filled[0]
            if assessment.header.files.contains(where: { $0.value == text }) || text.hasSuffix("ファイル") {
                appendixGroup = nil
                tableGroups = [:]
                return true
            }
            if text.hasPrefixBytes("【") || text.hasPrefixBytes("○") || text.hasPrefixBytes("■") {
                appendixGroup = text.trimmingCharacters(in: ["【", "】", "○", "■", " "])
                return true
            }
            let separator = text.containsBytes("、") ? "、" : "・"
            for piece in text.splitBytes(separator) {
                let name = String(piece).trimmingSpaces
                if !name.isEmpty, name != "-" {
                    assessment.appendixItems.append(AppendixItem(name: name, group: appendixGroup, line: line.number))
                }
            }
            return true
        }
        // A table row: cells in (number, name) pairs, one pair per side-by-side table.
        var pair = 0
        var k = 0
        let cells = line.cells
        while k < cells.count {
            let a = cells[k]
            let b = k + 1 < cells.count ? cells[k + 1] : ""
            if a == "名称" {
                tableGroups[pair] = b
            } else if a.hasPrefixBytes("名称"), b.hasSuffix("項目名") {
                tableGroups[pair] = String(b.dropLast(3)).trimmingSpaces
            } else if !a.isEmpty, a.allSatisfy({ $0.isASCII && $0.isNumber }), !b.isEmpty {
                assessment.appendixItems.append(AppendixItem(name: b, group: tableGroups[pair] ?? appendixGroup, line: line.number))
            }
            pair += 1
            k += 2
        }
        return true
    }
}
