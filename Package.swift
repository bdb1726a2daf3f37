// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every target: Swift 6 language mode (strict concurrency) plus the
/// upcoming features the style guide asks for.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "axisor-gateway",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "axisor", targets: ["axisor"]),
        .library(name: "GraphQLLanguage", targets: ["GraphQLLanguage"]),
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
        .executable(name: "GraphQLParserFuzzer", targets: ["GraphQLParserFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .target(name: "GraphQLLanguage", swiftSettings: swiftSettings),
        .target(name: "GraphQLEngine", dependencies: ["GraphQLLanguage"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "axisor",
            dependencies: [
                "GraphQLLanguage",
                "GraphQLEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // libFuzzer entry point for the parser; `make fuzz` builds it with -sanitize=fuzzer.
        .executableTarget(
            name: "GraphQLParserFuzzer",
            dependencies: ["GraphQLLanguage"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GraphQLLanguageTests",
            dependencies: ["GraphQLLanguage"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        // Runs the built `axisor` executable as a user would.
        .testTarget(name: "axisorTests", dependencies: ["axisor"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GraphQLEngineTests",
            dependencies: ["GraphQLEngine", "GraphQLLanguage"],
            swiftSettings: swiftSettings
        ),
    ]
)
