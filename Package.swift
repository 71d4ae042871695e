// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "DPIAtlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dpiatlas", targets: ["dpiatlas"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // The C libraries. Only AtlasExtract imports them.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // Model values and the pure stages.
        .target(
            name: "AtlasCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // PDF and DOCX extraction: the C boundary.
        .target(
            name: "AtlasExtract",
            dependencies: [
                "AtlasCore", "CPoppler", "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The SQLite store: schema, migrations, writes and queries.
        .target(
            name: "AtlasStore",
            dependencies: ["AtlasCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A run: discovery, extraction, loading, summary.
        .target(
            name: "AtlasPipeline",
            dependencies: ["AtlasCore", "AtlasExtract", "AtlasStore"]
        ),
        // The read-only web interface and JSON API (`dpiatlas serve`). Only members of the modules it
        // imports are visible, so GRDB's string-literal `SQL` type never stands in for a page's `String`.
        .target(
            name: "AtlasWeb",
            dependencies: [
                "AtlasCore", "AtlasStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The command line, thin.
        .executableTarget(
            name: "dpiatlas",
            dependencies: [
                "AtlasCore", "AtlasExtract", "AtlasStore", "AtlasPipeline", "AtlasWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "AtlasCoreTests", dependencies: ["AtlasCore"]),
        .testTarget(
            name: "AtlasExtractTests",
            dependencies: ["AtlasExtract"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AtlasStoreTests",
            dependencies: ["AtlasStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The extraction supervisor and its worker processes (runs the built `dpiatlas worker`).
        .testTarget(
            name: "AtlasPipelineTests", dependencies: ["AtlasPipeline", "AtlasExtract", "AtlasStore", "dpiatlas"]),
        // Quality gates on the sample corpus and its gold (corpus/gold).
        .testTarget(
            name: "CorpusTests",
            dependencies: ["AtlasCore", "AtlasExtract", "AtlasStore", "AtlasPipeline"]
        ),
        .testTarget(
            name: "AtlasWebTests",
            dependencies: [
                "AtlasWeb", "AtlasStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["dpiatlas", "AtlasStore"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
