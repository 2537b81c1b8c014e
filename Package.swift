// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first; a target only depends on targets above it in this list:
// PiagraphText, PiagraphPDF → PiagraphMessages (every sentence, in Japanese and English) → PiagraphModel → PiagraphForm → PiagraphParser, PiagraphHistory →
// PiagraphGraph → PiagraphAudit →
// PiagraphExport → PiagraphRender (with CGraphviz, the only C) → PiagraphKit (the front door: a
// document read once, its graph and findings built once) → PiagraphServe (the review desk over
// HTTP) → piagraph (CLI), piagraph-bench, piagraph-fuzz.
// Built and tested on Linux only (Debian 12, Swift 6): no Apple platform is declared.
let package = Package(
    name: "piagraph",
    products: [
        .library(
            name: "Piagraph",
            targets: [
                "PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphModel", "PiagraphForm", "PiagraphParser", "PiagraphHistory",
                "PiagraphExport", "PiagraphGraph", "PiagraphAudit", "PiagraphRender", "PiagraphKit",
            ]),
        .executable(name: "piagraph", targets: ["piagraph"]),
        .executable(name: "piagraph-bench", targets: ["piagraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of each input (the `source.sha256` field) through BoringSSL's SHA-NI code:
        // a portable Swift SHA-256 took 15 % of extract time.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        // `piagraph serve`: the HTTP server, and the multipart/form-data parser of its uploads.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.0.0"),
    ],
    targets: [
        .target(name: "PiagraphText", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Runs poppler's pdftotext as a separate process (GPL: never linked beside Graphviz).
        .target(name: "PiagraphPDF"),
        // The message catalogue: typed keys, each with its Japanese and English sentence.
        .target(name: "PiagraphMessages", dependencies: ["PiagraphText", "PiagraphPDF"]),
        .target(name: "PiagraphModel", dependencies: ["PiagraphMessages"]),
        // The form's own tables, read alike by the parser and the change log's reading: the
        // options of each group, the glyphs of marks and how a group's marks are read.
        .target(name: "PiagraphForm", dependencies: ["PiagraphText", "PiagraphMessages", "PiagraphModel"]),
        .target(
            name: "PiagraphParser", dependencies: ["PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphModel", "PiagraphForm"]),
        // The (別添2) change log as a timeline, and the facts recovered from it or replayed to a
        // date: below the audit, which reads the timeline, and beside the parser.
        .target(name: "PiagraphHistory", dependencies: ["PiagraphText", "PiagraphMessages", "PiagraphModel", "PiagraphForm"]),
        .target(name: "PiagraphGraph", dependencies: ["PiagraphText", "PiagraphMessages", "PiagraphModel"]),
        .target(
            name: "PiagraphExport", dependencies: ["PiagraphText", "PiagraphMessages", "PiagraphModel", "PiagraphGraph", "PiagraphAudit"]),
        // The audit reads the change log through its one reading (History), not the parser.
        .target(
            name: "PiagraphAudit", dependencies: ["PiagraphText", "PiagraphMessages", "PiagraphModel", "PiagraphHistory", "PiagraphGraph"]),
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(
            name: "PiagraphRender",
            dependencies: ["PiagraphMessages", "PiagraphModel", "PiagraphGraph", "PiagraphAudit", "PiagraphExport", "CGraphviz"]),
        // The front door (named apart from the `piagraph` executable: the two names differ in case
        // only, which a case-insensitive file system cannot hold side by side).
        .target(
            name: "PiagraphKit",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphModel", "PiagraphParser", "PiagraphHistory", "PiagraphGraph",
                "PiagraphAudit", "PiagraphExport", "PiagraphRender",
            ]),
        // The review desk in a browser (`piagraph serve`): calls the front door as the CLI does.
        .target(
            name: "PiagraphServe",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphParser", "PiagraphGraph", "PiagraphAudit", "PiagraphExport",
                "PiagraphRender", "PiagraphKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "piagraph",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphModel", "PiagraphParser", "PiagraphHistory", "PiagraphExport",
                "PiagraphGraph", "PiagraphAudit", "PiagraphRender", "PiagraphKit", "PiagraphServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "piagraph-bench",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphParser", "PiagraphExport", "PiagraphGraph", "PiagraphRender", "PiagraphKit",
            ]),
        // Fuzz targets (scripts/fuzz builds them with -sanitize=fuzzer,address -D FUZZING); in a
        // normal build, a replay driver over files.
        .executableTarget(
            name: "piagraph-fuzz",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphModel", "PiagraphParser", "PiagraphExport", "PiagraphGraph",
                "PiagraphAudit", "PiagraphRender", "PiagraphKit",
            ]),
        .testTarget(
            name: "PiagraphTests",
            dependencies: [
                "PiagraphText", "PiagraphPDF", "PiagraphMessages", "PiagraphModel", "PiagraphForm", "PiagraphParser", "PiagraphHistory",
                "PiagraphExport", "PiagraphGraph", "PiagraphAudit", "PiagraphRender", "PiagraphKit", "PiagraphServe", "piagraph",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Keys", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
