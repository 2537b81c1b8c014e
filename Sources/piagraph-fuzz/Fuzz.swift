import Foundation
import PiagraphAudit
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphModel
import PiagraphPDF
import PiagraphParser
import PiagraphRender
import PiagraphText

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Fuzz targets (libFuzzer): one input, one run of a stage on it. PIAGRAPH_FUZZ names the target:
/// - `text`: decode and parse a text, write the extract JSON (well-formed JSON required);
/// - `xhtml`: read pdftotext -bbox-layout XHTML, rebuild the form, parse the text layer;
/// - `render`: parse, build the graph, write DOT and render it in process (SVG well-formed);
/// - `merge`: two documents (the input cut at its first form feed), merged, audited and diffed;
/// - `writers`: parse, audit, and write the findings as text, JSON, SARIF and the HTML report
///   (JSON well-formed, no tag from the document in the HTML).
/// Built with `-sanitize=fuzzer,address -D FUZZING` by scripts/fuzz; without FUZZING the same
/// code runs as a replay driver over files (`piagraph-fuzz TARGET FILE...`), which the
/// regression tests use.
enum Fuzz {
    static func run(_ target: String, _ data: Data) {
        switch target {
        case "text": text(data)
        case "xhtml": xhtml(data)
        case "render": render(data)
        case "merge": merge(data)
        case "writers": writers(data)
        default: fatalError("PIAGRAPH_FUZZ must be text, xhtml, render, merge or writers, not '\(target)'")
        }
    }

    /// The bytes read as a document, through the front door as every command reads one.
    static func document(_ data: Data, path: String = "fuzz.txt") -> Document? {
        guard let source = try? SourceDocument(data: data, path: path) else { return nil }
        return Document(source: source)
    }

    static func requireJSON(_ bytes: [UInt8], _ what: String) {
        guard (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil else {
            fatalError("\(what) is not well-formed JSON")
        }
    }

    static func text(_ data: Data) {
        guard let a = document(data)?.assessment else { return }
        requireJSON(ExtractJSON.renderBytes([a]), "extract JSON")
        _ = ExtractText.render(a)
    }

    static func xhtml(_ data: Data) {
        let pages = BBoxXHTML.pages(Array(data))
        let a = Document(source: InputFile.document(pages: pages, path: "fuzz.pdf", sha256: "", byteCount: data.count)).assessment
        requireJSON(ExtractJSON.renderBytes([a]), "extract JSON of a PDF")
    }

    static func render(_ data: Data) {
        guard let graph = document(data)?.graph else { return }
        guard let plan = try? Renderer.plan(graph) else { return }
        _ = Renderer.dot(graph, plan: plan, options: .init())
        // Layout costs milliseconds: only small graphs are laid out, the rest written as DOT.
        guard graph.nodes.count <= 40, let svg = try? Renderer.render(graph, format: .svg, options: .init()) else { return }
        // A SAX parse: FoundationXML's XMLDocument keeps libxml2's tree alive after use (2 GB
        // over 90,000 runs made the fuzzer stop on its memory limit).
        guard XMLParser(data: Data(svg)).parse() else { fatalError("SVG is not well-formed XML") }
    }

    static func merge(_ data: Data) {
        let bytes = Array(data)
        let cut = bytes.firstIndex(of: 0x0C) ?? bytes.count / 2
        guard let a = document(Data(bytes[..<cut]), path: "a.txt"),
            let b = document(Data(bytes[min(cut + 1, bytes.count)...]), path: "b.txt"),
            let body = try? Body([a, b], force: true)
        else { return }
        _ = body.findings()
        _ = GraphDiff.compare(old: a.assessment, a.graph, new: b.assessment, b.graph)
    }

    static func writers(_ data: Data) {
        guard let document = document(data) else { return }
        let a = document.assessment
        let findings = document.findings()
        let files = [(path: "fuzz.txt", findings: findings)]
        _ = FindingsReport.text(files)
        requireJSON(FindingsReport.json(files), "check JSON")
        requireJSON(FindingsReport.sarif(files, version: "fuzz"), "SARIF")
        let lines = document.lines
        let html = HTMLReport.render(
            title: "fuzz",
            documents: [
                HTMLReport.Document(path: "fuzz.txt", assessment: a, lines: lines, findings: findings, highlights: [], svg: nil)
            ])
        if html.contains("<script") || html.contains("<iframe") { fatalError("a tag from the document reached the HTML") }
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let target = ProcessInfo.processInfo.environment["PIAGRAPH_FUZZ"] ?? "text"
        let data = start.map { Data(bytes: $0, count: count) } ?? Data()
        Fuzz.run(target, data)
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's entry point under its own name (for test discovery); the
    /// fuzzer's driver is started from there.
    @_cdecl("piagraph_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzOneInput)
    }
#else
    @main
    struct Replay {
        /// `piagraph-fuzz TARGET FILE...`: runs the target on each file (a crash reproduces).
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let target = arguments.first, arguments.count >= 2 else {
                FileHandle.standardError.write(Data("usage: piagraph-fuzz text|xhtml|render|merge|writers FILE...\n".utf8))
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("piagraph-fuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                Fuzz.run(target, data)
            }
            print("ran \(target) on \(arguments.count - 1) input(s)")
        }
    }
#endif
