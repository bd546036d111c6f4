// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "RelGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelGraph", targets: ["RelGraph"]),
        .library(name: "RelGraphRender", targets: ["RelGraphRender"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // SQLite for the corpus store (links the system's libsqlite3; Debian: libsqlite3-dev).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Property-based tests (Swift Testing) for the diff and merge laws; tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Graphviz's C library, found through pkg-config (Debian: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Small C helpers that make Graphviz's layouts deterministic (see its header).
        .target(
            name: "CGraphvizSupport",
            dependencies: ["CGraphviz"],
            path: "Sources/CGraphvizSupport"
        ),
        // The graph model and its file formats: pure Swift, no I/O, no Graphviz.
        // Extraction reads its dictionaries from YAML resource files (Extraction/Resources).
        .target(
            name: "RelGraph",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Sources/RelGraph",
            resources: [.copy("Extraction/Resources")]
        ),
        // The only code that calls Graphviz.
        .target(
            name: "RelGraphRender",
            dependencies: ["RelGraph", "CGraphviz", "CGraphvizSupport"],
            path: "Sources/render"
        ),
        // The corpus store: articles and their stances in an embedded SQLite database.
        // The only code that talks to SQLite; the model target stays free of it.
        .target(
            name: "RelGraphStore",
            dependencies: ["RelGraph", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/store"
        ),
        // The command-line tool: parses arguments, reads and writes files, calls the libraries.
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraph", "RelGraphRender", "RelGraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/relgraph"
        ),
        // Release-mode benchmark of the renderer against raw libgvc.
        .executableTarget(
            name: "relgraph-bench",
            dependencies: ["RelGraph", "RelGraphRender", "CGraphviz"],
            path: "Sources/relgraph-bench"
        ),
        .testTarget(
            name: "RelGraphTests",
            dependencies: ["RelGraph", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "RelGraphRenderTests", dependencies: ["RelGraph", "RelGraphRender"]),
        .testTarget(
            name: "RelGraphStoreTests",
            dependencies: ["RelGraph", "RelGraphStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The CLI's tests run the built executable; the store's API checks what a killed ingest left.
        // (GRDB: to write another program's SQLite file that the commands must leave alone.)
        .testTarget(
            name: "relgraphTests",
            dependencies: ["relgraph", "RelGraphStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
