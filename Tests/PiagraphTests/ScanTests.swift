import Foundation
import PiagraphExport
import Testing

@Suite struct ScanTests {
    /// A corpus in a temporary directory: the examples under names that sort differently from
    /// their numbers, one in a subdirectory, a PDF, a damaged file, a text that is no
    /// assessment, a hidden file, a hidden directory and a file of another kind (all skipped).
    static func corpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-scan-\(UUID().uuidString)")
        let sub = dir.appendingPathComponent("b-sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let names = ["e-000.txt", "d-001.txt", "b-sub/c-002.txt", "a-003.txt", "c-004.TXT"]
        for (name, example) in zip(names, Repo.exampleNames) {
            try FileManager.default.copyItem(
                at: Repo.examples.appendingPathComponent(example + ".txt"), to: dir.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: Repo.examples.appendingPathComponent("001_72e6b094e35de20b.pdf"), to: sub.appendingPathComponent("f-001.pdf"))
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00]).write(to: dir.appendingPathComponent("g-broken.pdf"))
        try Data("議事録\n本日の会議は以上です。\n".utf8).write(to: dir.appendingPathComponent("h-minutes.txt"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".i-hidden.txt"))
        let hidden = dir.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repo.examples.appendingPathComponent("002_6edb3ad0aa6a4351.txt"), to: hidden.appendingPathComponent("k.txt"))
        try Data("{}".utf8).write(to: dir.appendingPathComponent("j-other.json"))
        return dir
    }

    /// The order read by hand from the names above: byte order of the paths, directories recursed.
    static let expectedOrder = [
        "a-003.txt", "b-sub/c-002.txt", "b-sub/f-001.pdf", "c-004.TXT", "d-001.txt", "e-000.txt",
        "g-broken.pdf", "h-minutes.txt",
    ]

    func lines(_ url: URL) throws -> [[String: Any]] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func rowsComeInInputOrderAndAreByteIdenticalWhateverTheJobs() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("out-1")
        let three = dir.appendingPathComponent("out-3")
        let r1 = try runPiagraph(["scan", "--jobs", "1", "-o", one.path, dir.path])
        let r3 = try runPiagraph(["scan", "--jobs", "3", "-o", three.path, dir.path])
        #expect(r1.status == 2, "a document could not be read: \(r1.stderr)")
        #expect(r3.status == 2)
        #expect(r1.stderr.isEmpty, "no progress line when stderr is not a terminal: \(r1.stderr)")
        for name in ["documents.csv", "documents.jsonl", "rules.csv", "bodies.csv", "index.html"] {
            let a = try Data(contentsOf: one.appendingPathComponent(name))
            let b = try Data(contentsOf: three.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between --jobs 1 and --jobs 3")
        }
        let rows = try lines(one.appendingPathComponent("documents.jsonl"))
        #expect(rows.map { ($0["file"] as? String ?? "").replacingOccurrences(of: dir.path + "/", with: "") } == Self.expectedOrder)
        #expect(rows.map { $0["index"] as? Int } == Array(1...8))
        let status = rows.map { $0["status"] as? String ?? "" }
        #expect(status == ["ok", "ok", "ok", "ok", "ok", "ok", "error", "error"])
        #expect((rows[6]["error"] as? String)?.contains("g-broken.pdf") == true)
        #expect((rows[7]["error"] as? String)?.contains("not a 特定個人情報保護評価書") == true)
        // Nothing half-written is left beside the tables.
        let left = try FileManager.default.contentsOfDirectory(atPath: one.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func documentRowsAgreeWithTheHandMadeKeys() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try runPiagraph([
            "scan", "--jobs", "2", dir.appendingPathComponent("e-000.txt").path,
            dir.appendingPathComponent("d-001.txt").path, dir.appendingPathComponent("b-sub/c-002.txt").path,
        ])
        let rows = try result.stdoutText.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(rows.count == 3)
        for (row, name) in zip(rows, Repo.exampleNames) {
            let key = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: Repo.keys.appendingPathComponent(name + ".json"))) as? [String: Any]
            )
            let header = try #require(key["assessment"] as? [String: Any])
            #expect(row["body"] as? String == header["organization"] as? String, "\(name)")
            #expect(row["affair"] as? String == header["affair"] as? String, "\(name)")
            #expect(row["form"] as? String == header["kind"] as? String, "\(name)")
            #expect(row["published"] as? String == header["published"] as? String, "\(name)")
            #expect(row["number"] as? String == header["number"] as? String, "\(name)")
            #expect(row["systems"] as? Int == (key["systems"] as? [Any])?.count, "\(name)")
            let flows = try #require(key["flows"] as? [[String: Any]])
            for (column, kind) in [
                ("acquisitions", "acquisition"), ("acquisition_methods", "acquisitionMethod"), ("entrustments", "entrustment"),
                ("provisions", "provision"), ("transfers", "transfer"),
            ] {
                #expect(row[column] as? Int == flows.filter { $0["kind"] as? String == kind }.count, "\(name) \(column)")
            }
        }
    }

    @Test func findingCountsAgreeWithCheck() throws {
        let files = Repo.exampleNames.map { Repo.examples.appendingPathComponent($0 + ".txt").path }
        let scan = try runPiagraph(["scan"] + files)
        let check = try runPiagraph(["check", "--format", "json"] + files)
        let json = try #require(try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any])
        let checked = try #require(json["files"] as? [[String: Any]])
        let rows = try scan.stdoutText.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(rows.count == checked.count)
        for (row, file) in zip(rows, checked) {
            let findings = try #require(file["findings"] as? [[String: Any]])
            for severity in ["error", "warning", "note"] {
                #expect(row[severity + "s"] as? Int == findings.filter { $0["severity"] as? String == severity }.count)
            }
            let byRule = try #require(row["findings_by_rule"] as? [String: Int])
            #expect(byRule.values.reduce(0, +) == findings.count)
        }
        #expect(scan.status == check.status, "the same --fail-on rule: exit 1 when an error is found")
        #expect(try runPiagraph(["scan", "--fail-on", "warning", files[2]]).status == 1)
        #expect(try runPiagraph(["scan", files[2]]).status == 0, "002 has warnings only")
    }

    @Test func csvReadsBackAndOpensInExcel() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        _ = try runPiagraph(["scan", "-o", out.path, dir.path])
        let bytes = try [UInt8](Data(contentsOf: out.appendingPathComponent("documents.csv")))
        #expect(Array(bytes.prefix(3)) == CSV.byteOrderMark, "Excel reads UTF-8 only after a BOM")
        let table = CSV.parse(bytes)
        #expect(table.first == CorpusTables.documentColumns)
        let jsonl = try lines(out.appendingPathComponent("documents.jsonl"))
        #expect(table.count == jsonl.count + 1)
        for (row, json) in zip(table.dropFirst(), jsonl) {
            #expect(row.count == CorpusTables.documentColumns.count)
            let cell = Dictionary(uniqueKeysWithValues: zip(CorpusTables.documentColumns, row))
            #expect(cell["file"] == json["file"] as? String)
            #expect(cell["body"] == (json["body"] as? String ?? ""))
            #expect(cell["error"] == (json["error"] as? String ?? ""), "an error message with commas survives the quoting")
            #expect(Int(cell["systems"] ?? "") == json["systems"] as? Int)
        }
        let plain = dir.appendingPathComponent("plain")
        _ = try runPiagraph(["scan", "--no-bom", "-o", plain.path, dir.appendingPathComponent("a-003.txt").path])
        let plainBytes = try [UInt8](Data(contentsOf: plain.appendingPathComponent("documents.csv")))
        #expect(plainBytes.starts(with: Array("index,".utf8)))
    }

    @Test func csvQuotesAndDefusesFormulas() {
        let row = CSV.row(["a,b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")", "-12", "@SUM(A1)", "千葉市長"])
        #expect(
            String(decoding: row, as: UTF8.self)
                == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\",-12,'@SUM(A1),千葉市長\r\n")
        #expect(CSV.parse(row) == [["a,b", "say \"hi\"", "two\nlines", "'=HYPERLINK(\"x\")", "-12", "'@SUM(A1)", "千葉市長"]])
    }

    @Test func overviewCountsRulesAndBodiesAndLinksReports() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let result = try runPiagraph(["scan", "--reports", "--merge-by", "body", "-o", out.path, dir.path], timeout: 240)
        #expect(result.status == 2, "\(result.stderr)")
        let bodies = CSV.parse(try [UInt8](Data(contentsOf: out.appendingPathComponent("bodies.csv"))))
        // Read by hand: 千葉市長 (000, 003), 奈良市長 (001 twice: text and PDF), さいたま市長 (002), 豊中市長 (004).
        let documents = Dictionary(uniqueKeysWithValues: bodies.dropFirst().map { ($0[0], $0[1]) })
        #expect(documents == ["千葉市長": "2", "奈良市長": "2", "さいたま市長": "1", "豊中市長": "1"])
        let rules = CSV.parse(try [UInt8](Data(contentsOf: out.appendingPathComponent("rules.csv"))))
        let contradiction = try #require(rules.first { $0.first == "contradiction" })
        #expect(contradiction[1] == "error")
        let html = try String(decoding: Data(contentsOf: out.appendingPathComponent("index.html")), as: UTF8.self)
        for k in 1...6 {
            let name = "reports/0000\(k).html"
            #expect(html.contains("href=\"\(name)\""), "\(name)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        #expect(
            !FileManager.default.fileExists(atPath: out.appendingPathComponent("reports/00007.html").path), "no report for a broken file")
        for k in 1...4 {
            let name = "bodies/000\(k).html"
            #expect(html.contains("href=\"\(name)\""), "\(name)")
            let report = try String(decoding: Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            #expect(report.contains(">Merged map<"))
        }
        #expect(html.contains("Documents that could not be read"))
    }

    @Test func aTerminalGetsAProgressLine() throws {
        // util-linux `script` gives the command a terminal (bsdutils: on every Debian system).
        let file = Repo.examples.appendingPathComponent("002_6edb3ad0aa6a4351.txt").path
        let command = "\(Repo.executable.path) scan '\(file)' '\(file)' > /dev/null"
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        let shown = result.stdoutText
        #expect(shown.contains("piagraph scan: 2/2 documents"), "\(shown)")
        #expect(shown.contains("MB/s") && shown.contains("left"))
        #expect(shown.hasSuffix("\r\u{1B}[K"), "the line is cleared at the end")
    }

    @Test func badArgumentsAreOneLineErrors() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try runPiagraph(["scan", empty.path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no .txt or .pdf file found"))
        #expect(try runPiagraph(["scan", "--jobs", "0", empty.path]).status == 2)
        let reports = try runPiagraph(["scan", "--reports", empty.path])
        #expect(reports.status == 2)
        #expect(reports.stderr.contains("give -o DIR"))
        let file = Repo.examples.appendingPathComponent("002_6edb3ad0aa6a4351.txt").path
        let notDirectory = try runPiagraph(["scan", "-o", file, file])
        #expect(notDirectory.status == 2)
        #expect(notDirectory.stderr.contains("is not a directory"))
    }
}
