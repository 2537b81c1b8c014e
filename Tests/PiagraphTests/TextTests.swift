import Foundation
import Testing

@testable import PiagraphText

@Suite struct TextTests {
    let sample = "特定個人情報保護評価書(重点項目評価書)\n①事務の名称\t児童手当支給事務\n"

    @Test func crlfReadsTheSameAsLF() throws {
        let lf = try SourceDocument(data: Data(sample.utf8), path: "a")
        let crlf = try SourceDocument(data: Data(sample.replacingOccurrences(of: "\n", with: "\r\n").utf8), path: "a")
        let cr = try SourceDocument(data: Data(sample.replacingOccurrences(of: "\n", with: "\r").utf8), path: "a")
        #expect(lf.lines == crlf.lines)
        #expect(lf.lines == cr.lines)
        #expect(lf.lines.count == 2)
    }

    /// Random texts of CR, LF, CRLF, tabs and words, fixed seed: lines split as a plain
    /// reading of the rule (CRLF, CR and LF each end one line) splits them, whichever path
    /// (memchr over LF/CRLF texts, byte by byte with a lone CR) the splitter takes.
    @Test func lineSplittingSweep() throws {
        var rng = BaselineTests.SplitMix(seed: 19)
        let pieces = ["日本", "a", "\t", "\n", "\r\n", "\r", " ", "①"]
        for round in 0..<400 {
            var text = "x"
            let lone = round % 3 == 0
            for _ in 0..<Int(rng.next() % 40) {
                let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
                text += piece == "\r" && !lone ? "\n" : piece
            }
            var expected: [String] = []
            var current = ""
            var scalars = Array(text.unicodeScalars)[...]
            while let s = scalars.popFirst() {
                if s == "\r" || s == "\n" {
                    expected.append(current)
                    current = ""
                    if s == "\r", scalars.first == "\n" { scalars.removeFirst() }
                } else {
                    current.unicodeScalars.append(s)
                }
            }
            if !current.isEmpty { expected.append(current) }
            let lines = try LineSplitter.split(text, path: "t", maxLineBytes: 1 << 20)
            #expect(lines.map(String.init) == expected, "\(text.debugDescription)")
        }
    }

    @Test func filesAreReadWholeAndTheirErrorsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("piagraph-read-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.txt")
        let bytes = Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 + 1) })
        try bytes.write(to: file)
        #expect(try SourceDocument.read(path: file.path) == bytes)
        #expect(throws: InputError.isDirectory(path: dir.path)) { try SourceDocument.read(path: dir.path) }
        let missing = dir.appendingPathComponent("none.txt").path
        #expect(throws: InputError.notFound(path: missing)) { try SourceDocument.read(path: missing) }
    }

    @Test func shiftJISIsDetectedAndDecoded() throws {
        let data = try #require(sample.data(using: .shiftJIS))
        let document = try SourceDocument(data: data, path: "sjis.txt")
        #expect(document.encoding == .shiftJIS)
        #expect(document.lines[1] == "①事務の名称\t児童手当支給事務")
    }

    @Test func utf16WithBOMIsDecoded() throws {
        for (encoding, bom, expected) in [
            (String.Encoding.utf16LittleEndian, [UInt8(0xFF), 0xFE], SourceEncoding.utf16LE),
            (.utf16BigEndian, [0xFE, 0xFF], .utf16BE),
        ] {
            var data = Data(bom)
            data.append(try #require(sample.data(using: encoding)))
            let document = try SourceDocument(data: data, path: "u16.txt")
            #expect(document.encoding == expected)
            #expect(document.lines[0] == "特定個人情報保護評価書(重点項目評価書)")
        }
    }

    @Test func utf8BOMIsSkipped() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(sample.utf8))
        let document = try SourceDocument(data: data, path: "bom.txt")
        #expect(document.encoding == .utf8BOM)
        #expect(document.lines[0].hasPrefix("特定"))
    }

    @Test func invalidUTF8ReportsTheOffset() {
        var data = Data("abc".utf8)
        data.append(0xC3)
        data.append(Data("(".utf8))
        #expect(throws: InputError.invalidEncoding(path: "x", offset: 3)) { try SourceDocument(data: data, path: "x") }
        // Offsets count the file's bytes, a BOM's included.
        #expect(throws: InputError.invalidEncoding(path: "x", offset: 6)) {
            try SourceDocument(data: Data([0xEF, 0xBB, 0xBF]) + data, path: "x")
        }
    }

    @Test func utf8ValidatorAgreesWithTheStandardLibrary() {
        let valid = Array("日本語 ascii ①𠮷".utf8)
        #expect(TextDecoder.firstInvalidUTF8(valid[...]) == nil)
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE3, 0x81]] {
            #expect(TextDecoder.firstInvalidUTF8(bad[...]) == 0)
            #expect(String(validating: bad, as: UTF8.self) == nil)
        }
    }

    @Test func nfkcFastPathMatchesFoundation() {
        let samples = [
            "①システムの名称", "（　）～ＡＢＣ１２３", "Ⅲ リスク対策", "ｱｲｳ ｶﾞ", "㈱日立 №5", "平成29年", "[○] 個人番号",
            "中間サーバー・プラットフォーム", "ⅰⅱ", "ｶ\u{FF9E}",
        ]
        for s in samples {
            #expect(Normalizer.nfkc(s) == s.precomposedStringWithCompatibilityMapping, "\(s)")
        }
    }

    /// What the cleaner's fast path calls stable, NFKC leaves as it is: every kana and the
    /// ranges around them, and every 97th CJK ideograph.
    @Test func stableScalarsAreThoseNFKCKeeps() {
        let values = Array(0x3000...0x30FF) + Array(stride(from: 0x4DF0, through: 0xA00F, by: 97)) + Array(0x4DF0...0x4E10)
        for v in values {
            guard let scalar = Unicode.Scalar(UInt32(v)), Normalizer.kind(UInt32(v)) == .stable else { continue }
            let text = String(Character(scalar))
            #expect(text.precomposedStringWithCompatibilityMapping == text, "U+\(String(v, radix: 16))")
        }
    }

    @Test func markupCleaning() {
        #expect(
            Markup.clean("<p>[<input checked=\"\" type=\"radio\"/>] 庁内連携&amp;システム</p>  <td>x</td>")
                == "[\u{E001}] 庁内連携&システム x")
        #expect(Markup.clean("&lt;選択肢&gt; <選択肢> &#x41;&#66;") == "<選択肢> <選択肢> AB")
        #expect(Markup.clean("< 当市における設置 >") == "< 当市における設置 >")
        #expect(Markup.clean("a &bogus; & b <unclosed") == "a &bogus; & b <unclosed")
    }

    @Test func sha256KnownVectors() {
        #expect(FileDigest.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileDigest.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            FileDigest.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
