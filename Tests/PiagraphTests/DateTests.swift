import Foundation
import PiagraphText
import Testing

/// Dates, read in one place (JapaneseDate, EraDates): era dates as documents and readers
/// write them, ISO dates as options take them; a day the calendar lacks is no date.
@Suite struct DateTests {
    @Test func everyEraFromMeijiToReiwa() {
        #expect(JapaneseDate("明治45年7月29日")?.description == "1912-07-29")
        #expect(JapaneseDate("大正15年12月24日")?.description == "1926-12-24")
        #expect(JapaneseDate("昭和64年1月7日")?.description == "1989-01-07")
        #expect(JapaneseDate("平成31年4月30日")?.description == "2019-04-30")
        #expect(JapaneseDate("令和7年3月27日")?.description == "2025-03-27")
    }

    @Test func firstYearsWidthsAndSpaces() {
        #expect(JapaneseDate("令和元年5月1日")?.description == "2019-05-01")
        #expect(JapaneseDate("平成元年1月8日")?.description == "1989-01-08")
        #expect(JapaneseDate("令和５年４月１日")?.description == "2023-04-01")
        #expect(JapaneseDate("令和 3 年 2 月 3 日")?.description == "2021-02-03")
        #expect(JapaneseDate(" 令和3年2月3日 ")?.description == "2021-02-03")
        // Text after 日 is not the date's.
        #expect(JapaneseDate("令和3年2月3日(予定)")?.description == "2021-02-03")
    }

    @Test func daysTheCalendarLacksAreNoDates() {
        #expect(JapaneseDate("令和5年2月29日") == nil)
        #expect(JapaneseDate("令和6年2月29日")?.description == "2024-02-29")
        #expect(JapaneseDate("令和5年13月1日") == nil)
        #expect(JapaneseDate("令和5年4月31日") == nil)
        #expect(JapaneseDate("令和0年4月1日") == nil)
        #expect(JapaneseDate("令和5年4月") == nil)
        #expect(JapaneseDate("令和5.4.1") == nil)
        #expect(JapaneseDate("前記継続") == nil)
    }

    @Test func isoDatesAreWrittenInFull() {
        #expect(JapaneseDate("2023-04-01")?.description == "2023-04-01")
        #expect(JapaneseDate(iso: "2024-02-29") != nil)
        #expect(JapaneseDate(iso: "2023-02-29") == nil)
        #expect(JapaneseDate(iso: "2023-13-45") == nil)
        #expect(JapaneseDate(iso: "2023-4-1") == nil)
        #expect(JapaneseDate(iso: "２０２３-04-01") == nil)
        #expect(JapaneseDate(iso: "令和5年4月1日") == nil)
        #expect(JapaneseDate("平成31年4月4日")! < JapaneseDate("令和元年5月1日")!)
    }

    @Test func eraDatesInWords() {
        #expect(EraDates.isDate("令和3年10月26日"))
        #expect(EraDates.isDate("昭和63年1月1日"))
        #expect(!EraDates.isDate("令和3年10月"))
        #expect(EraDates.isDatePrefix("令和3年10"))
        #expect(!EraDates.isDatePrefix("令和3年10月26日"))
        #expect(EraDates.span(["令和", "3", "年", "2", "月", "3", "日", "事後"]) == 7)
        #expect(EraDates.span(["令和3年", "事後"]) == nil)
        #expect(EraDates.all(in: "…評価書)...令和2年11月24日 と 平成 29 年 1 月 5 日") == ["令和2年11月24日", "平成29年1月5日"])
    }

    @Test func optionsRefuseADayTheCalendarLacks() throws {
        let example = Repo.examples.appendingPathComponent("000_97d125f7b61b0f43.txt").path
        for at in ["2023-13-45", "2023-02-29", "令和5年2月30日"] {
            let r = try runPiagraph(["render", "--format", "dot", "--at", at, example])
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains("Cannot read the date '\(at)'"), "\(at): \(r.stderr)")
        }
        let ok = try runPiagraph(["render", "--format", "dot", "--at", "令和５年４月１日", example])
        #expect(ok.status == 0)
        let until = try runPiagraph([
            "check", "--write-baseline", "/nonexistent/b.json", "--reason", "r", "--by", "b",
            "--until", "2023-02-29", example,
        ])
        #expect(until.status == 2 && until.stderr.contains("--until '2023-02-29' is not a date"))
    }
}
