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
        .library(name: "Gateway", targets: ["Gateway"]),
        // For Benchmarks/: the hand-written HTTP limit uses the same domain service and store,
        // and the in-process benchmark wires the service as `axisor serve` does.
        .library(name: "Domain", targets: ["Domain"]),
        .library(name: "Storage", targets: ["Storage"]),
        .library(name: "AxisorSchema", targets: ["AxisorSchema"]),
        .library(name: "Resolvers", targets: ["Resolvers"]),
        .library(name: "Integrations", targets: ["Integrations"]),
        .executable(name: "GraphQLParserFuzzer", targets: ["GraphQLParserFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "4.5.2"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .target(name: "GraphQLLanguage", swiftSettings: swiftSettings),
        .target(name: "GraphQLEngine", dependencies: ["GraphQLLanguage"], swiftSettings: swiftSettings),
        // The public contract: the SDL files of Schema/, carried by the binary.
        .target(
            name: "AxisorSchema",
            dependencies: ["GraphQLEngine"],
            path: "Schema",
            exclude: ["README.md"],
            resources: [
                .copy("admin.graphql"), .copy("auth.graphql"), .copy("exchange.graphql"), .copy("lightning.graphql"), .copy("payments.graphql"), .copy("system.graphql"),
                .copy("users.graphql"), .copy("routes.yaml"), .copy("simulations"),
            ],
            swiftSettings: swiftSettings
        ),
        // Entities, services and the ports they need; no storage, HTTP or GraphQL.
        .target(
            name: "Domain",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // SQL stores behind Domain's ports: SQLite (the embedded default) and PostgreSQL.
        .target(
            name: "Storage",
            dependencies: [
                "Domain",
                "CSQLite",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Debian's libsqlite3-dev (installed by `make build-deps`): the embedded database.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Debian's libsecp256k1-dev (installed by `make build-deps`): BOLT11 invoice signatures.
        .systemLibrary(name: "CSecp256k1", path: "Sources/CSecp256k1", providers: [.apt(["libsecp256k1-dev"])]),
        // Outside systems behind Domain's ports: the LND REST client and the embedded fake node.
        .target(
            name: "Integrations",
            dependencies: [
                "Domain", "CSecp256k1",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Resolvers",
            dependencies: ["GraphQLEngine", "Domain"],
            path: "Resolvers",
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Gateway",
            dependencies: [
                "GraphQLLanguage",
                "GraphQLEngine",
                "Domain",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            exclude: ["Configuration/axisor.yaml"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "axisor",
            dependencies: [
                "GraphQLLanguage",
                "GraphQLEngine",
                "Gateway",
                "AxisorSchema",
                "Resolvers",
                "Domain",
                "Storage",
                "Integrations",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
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
        .testTarget(
            name: "GatewayTests",
            dependencies: [
                "Gateway", "GraphQLEngine", "GraphQLLanguage", "AxisorSchema", "Resolvers", "Domain", "Storage", "Integrations",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            swiftSettings: swiftSettings
        ),
        // The LND client against a stub LND over TLS; the fake node.
        .testTarget(
            name: "IntegrationsTests",
            dependencies: [
                "Integrations", "Domain", "Storage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "DomainTests", dependencies: ["Domain"], swiftSettings: swiftSettings),
        // The same suite against SQLite and (when make test starts one) PostgreSQL.
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain", "Integrations"], swiftSettings: swiftSettings),
        // Runs the built `axisor` executable as a user would.
        .testTarget(name: "axisorTests", dependencies: ["axisor"], swiftSettings: swiftSettings),
        .testTarget(
            name: "GraphQLEngineTests",
            dependencies: ["GraphQLEngine", "GraphQLLanguage"],
            swiftSettings: swiftSettings
        ),
    ]
)
