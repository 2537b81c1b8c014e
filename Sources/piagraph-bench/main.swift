import Foundation
import PiagraphExport
import PiagraphGraph
import PiagraphKit
import PiagraphPDF
import PiagraphParser
import PiagraphRender
import PiagraphText

// Extract throughput benchmark: decodes, parses and serializes to JSON a corpus of documents
// made from the bundled examples, on one thread, and prints MB/s and the median time.
// Usage: swift run -c release piagraph-bench [--docs N] [--rounds R] [--renders N] [--examples DIR] [--pdfs DIR]
//        piagraph-bench --render-loop N    (renders every example N times, for valgrind)
// The corpus is extracted R times; the figure is the median round, since a shared virtual
// machine's speed varies from second to second.

var documentCount = 1000
var rounds = 5
var renders = 20
var renderLoop: Int?
var examplesDir = "Graphs/examples"
var pdfDirs = ["Graphs/examples", "Tests/PiagraphTests/Fixtures/pdf"]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--docs": documentCount = Int(arguments.popFirst() ?? "") ?? documentCount
    case "--rounds": rounds = max(1, Int(arguments.popFirst() ?? "") ?? rounds)
    case "--renders": renders = max(1, Int(arguments.popFirst() ?? "") ?? renders)
    case "--render-loop": renderLoop = max(1, Int(arguments.popFirst() ?? "") ?? 1000)
    case "--examples": examplesDir = arguments.popFirst() ?? examplesDir
    case "--pdfs": pdfDirs = [arguments.popFirst() ?? ""]
    default:
        FileHandle.standardError.write(
            Data("usage: piagraph-bench [--docs N] [--rounds R] [--renders N] [--render-loop N] [--examples DIR] [--pdfs DIR]\n".utf8))
        exit(2)
    }
}

let seedURLs =
    (try? FileManager.default.contentsOfDirectory(atPath: examplesDir))?
    .filter { $0.hasSuffix(".txt") }.sorted().map { URL(fileURLWithPath: examplesDir).appendingPathComponent($0) } ?? []
guard !seedURLs.isEmpty else {
    FileHandle.standardError.write(Data("piagraph-bench: no .txt examples in \(examplesDir)\n".utf8))
    exit(2)
}
let seeds = seedURLs.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
let graphs: [ArchitectureGraph] = seedURLs.compactMap { url in
    guard let source = try? SourceDocument.load(path: url.path) else { return nil }
    return Document(source: source).graph
}

if let loops = renderLoop {
    // For valgrind: every example rendered `loops` times in this one process.
    var bytes = 0
    for _ in 0..<loops {
        for graph in graphs { bytes += (try? Renderer.render(graph, format: .svg, options: .init()))?.count ?? 0 }
    }
    print("rendered \(loops * graphs.count) SVGs, \(bytes) bytes")
    exit(0)
}

// Each document is a seed with its own 評価書番号 and, for every other one, CRLF line ends,
// so no two inputs are byte-identical.
var corpus: [Data] = []
corpus.reserveCapacity(documentCount)
for i in 0..<documentCount {
    var text = seeds[i % seeds.count]
    if let range = text.range(of: "評価書名\n") {
        let after = text[range.upperBound...]
        if let tab = after.firstIndex(of: "\t") { text.replaceSubrange(range.upperBound..<tab, with: String(1000 + i)) }
    }
    var bytes = Array(text.utf8)
    if i % 2 == 1 {
        var crlf: [UInt8] = []
        crlf.reserveCapacity(bytes.count + bytes.count / 20)
        for b in bytes {
            if b == 0x0A { crlf.append(0x0D) }
            crlf.append(b)
        }
        bytes = crlf
    }
    corpus.append(Data(bytes))
}
let totalBytes = corpus.reduce(0) { $0 + $1.count }

let clock = ContinuousClock()
var stageTotals: [Duration] = [.zero, .zero, .zero]

func extract(_ data: Data, _ index: Int, _ stageTotals: inout [Duration]) -> Int {
    let t0 = clock.now
    guard let document = try? SourceDocument(data: data, path: "doc\(index).txt") else { return 0 }
    let t1 = clock.now
    let assessment = Document(source: document).assessment
    let t2 = clock.now
    let bytes = ExtractJSON.renderBytes([assessment]).count
    let t3 = clock.now
    stageTotals[0] += t1 - t0
    stageTotals[1] += t2 - t1
    stageTotals[2] += t3 - t2
    return bytes
}

// Warm-up: one pass over the seeds.
for (i, data) in corpus.prefix(seeds.count).enumerated() { _ = extract(data, i, &stageTotals) }
stageTotals = [.zero, .zero, .zero]

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

var times: [Double] = []
times.reserveCapacity(corpus.count * rounds)
var roundSeconds: [Double] = []
var outputBytes = 0
for _ in 0..<rounds {
    outputBytes = 0
    let start = clock.now
    for (i, data) in corpus.enumerated() {
        let t0 = clock.now
        outputBytes += extract(data, i, &stageTotals)
        times.append(seconds(clock.now - t0))
    }
    roundSeconds.append(seconds(clock.now - start))
}
let allSeconds = roundSeconds.reduce(0, +)
let medianRound = roundSeconds.sorted()[rounds / 2]
times.sort()
let median = times[times.count / 2]
let p90 = times[min(times.count - 1, times.count * 9 / 10)]
func share(_ d: Duration) -> Double { seconds(d) / allSeconds * 100 }

print("piagraph extract benchmark (one thread, decode + parse + JSON)")
print("documents:        \(corpus.count) made from \(seeds.count) examples, \(rounds) rounds")
print(
    String(
        format: "input:            %.1f MB (%.1f KB a document on average)", Double(totalBytes) / 1e6,
        Double(totalBytes) / Double(corpus.count) / 1e3))
print(String(format: "output:           %.1f MB of JSON a round", Double(outputBytes) / 1e6))
print(String(format: "round time:       median %.3f s (best %.3f s, worst %.3f s)", medianRound, roundSeconds.min()!, roundSeconds.max()!))
print(
    String(
        format: "throughput:       %.1f MB/s (median round; best round %.1f MB/s)",
        Double(totalBytes) / 1e6 / medianRound, Double(totalBytes) / 1e6 / roundSeconds.min()!))
print(
    String(
        format: "stages:           decode %.0f%%, parse %.0f%%, JSON %.0f%%",
        share(stageTotals[0]), share(stageTotals[1]), share(stageTotals[2])))
print(String(format: "per document:     median %.3f ms, p90 %.3f ms", median * 1e3, p90 * 1e3))

// Linearity: the largest example repeated 1, 4 and 16 times in one document; the time per
// MB should stay flat.
if let largest = seeds.max(by: { $0.utf8.count < $1.utf8.count }) {
    var line = "linearity:       "
    for copies in [1, 4, 16] {
        let data = Data(String(repeating: largest + "\n", count: copies).utf8)
        var best = Double.infinity
        for _ in 0..<3 {
            var ignored: [Duration] = [.zero, .zero, .zero]
            let t0 = clock.now
            _ = extract(data, 0, &ignored)
            best = min(best, seconds(clock.now - t0))
        }
        line += String(format: " %dx %.1f MB: %.2f ms/MB;", copies, Double(data.count) / 1e6, best * 1e3 / (Double(data.count) / 1e6))
    }
    print(line)
}

// Rendering: every example's SVG through the C API in this process, against the same DOT
// text given to `dot -Tsvg` as a new process each time.
@MainActor func renderComparison() {
    guard let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        print("render:           `dot` not installed (apt-get install graphviz); in-process renders only")
        return
    }
    var inProcess: [Double] = []
    var subprocess: [Double] = []
    for graph in graphs {
        guard let plan = try? Renderer.plan(graph) else { continue }
        let text = Renderer.dot(graph, plan: plan, options: .init())
        _ = try? Renderer.render(graph, format: .svg, options: .init())  // warm-up
        for _ in 0..<renders {
            let t0 = clock.now
            _ = try? Renderer.render(graph, format: .svg, options: .init())
            inProcess.append(seconds(clock.now - t0))

            let t1 = clock.now
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dotPath)
            process.arguments = ["-Tsvg"]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                input.fileHandleForWriting.write(Data(text.utf8))
                try? input.fileHandleForWriting.close()
                _ = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
            } catch {
                print("render:           cannot run dot: \(error)")
                return
            }
            subprocess.append(seconds(clock.now - t1))
        }
    }
    inProcess.sort()
    subprocess.sort()
    let a = inProcess[inProcess.count / 2]
    let b = subprocess[subprocess.count / 2]
    print(
        String(
            format:
                "render (SVG):     %d renders of %d examples; median per document: in process %.1f ms, `dot -Tsvg` process %.1f ms; in process is %.2fx faster",
            inProcess.count, graphs.count, a * 1e3, b * 1e3, b / a))
}
renderComparison()

// PDF input: every PDF of the examples and of the PDF fixtures (bad ones aside), read R times.
// pdftotext runs as its own process (poppler is GPL; see docs/pdf.md): its share of the time is
// measured apart from piagraph's own work (reading its XHTML, rebuilding the form, parsing,
// JSON).
@MainActor func pdfBenchmark() {
    var paths: [String] = []
    for dir in pdfDirs {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        paths += names.filter { $0.hasSuffix(".pdf") }.sorted().map { dir + "/" + $0 }
    }
    guard !paths.isEmpty else {
        print("pdf:              no PDF found")
        return
    }
    var pageCount = 0
    var tool = Duration.zero
    var read = Duration.zero
    var layout = Duration.zero
    var parse = Duration.zero
    var roundTimes: [Double] = []
    for round in 0..<rounds {
        let start = clock.now
        var pagesThisRound = 0
        for path in paths {
            let t0 = clock.now
            guard let xhtml = try? Poppler.xhtml(path: path, password: nil) else { continue }
            let t1 = clock.now
            guard let pages = try? Poppler.pages(fromXHTML: xhtml, path: path) else { continue }
            let t2 = clock.now
            let source = InputFile.document(pages: pages, path: path, sha256: "", byteCount: 0)
            let t3 = clock.now
            _ = ExtractJSON.renderBytes([Document(source: source).assessment])
            let t4 = clock.now
            tool += t1 - t0
            read += t2 - t1
            layout += t3 - t2
            parse += t4 - t3
            pagesThisRound += pages.count
        }
        if round == 0 { pageCount = pagesThisRound }
        roundTimes.append(seconds(clock.now - start))
    }
    let total = seconds(tool + read + layout + parse)
    let median = roundTimes.sorted()[roundTimes.count / 2]
    func pct(_ d: Duration) -> Double { seconds(d) / total * 100 }
    print(
        String(
            format: "pdf:              %d PDFs, %d pages, %d rounds: %.1f pages/s (median round %.3f s)",
            paths.count, pageCount, rounds, Double(pageCount) / median, median))
    print(
        String(
            format:
                "pdf time:         pdftotext process %.0f%%; piagraph %.0f%% (XHTML %.0f%%, form from geometry %.0f%%, parse + JSON %.0f%%)",
            pct(tool), 100 - pct(tool), pct(read), pct(layout), pct(parse)))
}
pdfBenchmark()

// The densest document the form allows (20 systems, each linked to every other one): its
// render in process, parse included, median of five.
@MainActor func denseBenchmark() {
    let path = "Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt"
    guard let document = try? SourceDocument.load(path: path) else {
        print("dense:            \(path) not found")
        return
    }
    var times: [Double] = []
    var note = ""
    for _ in 0..<5 {
        let t0 = clock.now
        let graph = Document(source: document).graph
        _ = try? Renderer.render(graph, format: .svg, options: .init())
        times.append(seconds(clock.now - t0))
        note = (try? Renderer.plan(graph))?.note ?? ""
    }
    times.sort()
    print(String(format: "dense (20 systems, all linked): render %.2f s (median of 5); %@", times[2], note))
}
denseBenchmark()
