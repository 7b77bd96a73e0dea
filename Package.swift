// swift-tools-version: 6.1
import Foundation
import PackageDescription

// `make fuzz` sets QUOTECLAIM_FUZZ=1: the pipeline is built with libFuzzer's
// coverage instrumentation and quoteclaim-fuzz links libFuzzer. The flags stay
// off the build-time tools (embed-rules has its own main).
let fuzzing = ProcessInfo.processInfo.environment["QUOTECLAIM_FUZZ"] != nil
let fuzzCoverage: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []

let package = Package(
    name: "QuoteClaim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quoteclaim", targets: ["quoteclaim"]),
        .library(name: "QuoteClaimKit", targets: ["QuoteClaimKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C library, seen through pkg-config; only PCRE2Kit imports it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // The one safe Swift wrapper around PCRE2.
        .target(name: "PCRE2Kit", dependencies: ["CPCRE2"], swiftSettings: fuzzCoverage),
        // Build-time tool: turns the files under rules/ into Swift source so the
        // built-in rules travel inside the binary.
        .executableTarget(name: "embed-rules", path: "Sources/embed-rules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["embed-rules"]
        ),
        // The pipeline: ingest → normalize → quotes → attribution → claims → emit.
        .target(
            name: "QuoteClaimKit",
            dependencies: ["PCRE2Kit", .product(name: "Yams", package: "Yams")],
            swiftSettings: fuzzCoverage,
            plugins: ["EmbedRulesPlugin"]
        ),
        // Thin command line: parses arguments, calls QuoteClaimKit.
        .executableTarget(
            name: "quoteclaim",
            dependencies: [
                "QuoteClaimKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz target (make fuzz) and replayer of saved inputs (make test).
        .executableTarget(
            name: "quoteclaim-fuzz",
            dependencies: ["QuoteClaimKit"],
            swiftSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"]), .define("FUZZING")] : [],
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []
        ),
        .testTarget(name: "PCRE2KitTests", dependencies: ["PCRE2Kit"]),
        .testTarget(name: "QuoteClaimKitTests", dependencies: ["QuoteClaimKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["QuoteClaimKit"]),
    ]
)
