// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in a package of their own so that the product never depends on a peer
// implementation it is measured against.
let package = Package(
    name: "axisor-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "axisor-gateway", path: ".."),
        // The other Swift GraphQL engine, measured on the same workloads.
        .package(url: "https://github.com/GraphQLSwift/GraphQL.git", exact: "4.3.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // The data, schema and documents every engine runs, and the hand-written limit.
        .target(name: "BenchData"),
        // GraphQLSwift behind a small interface (its type names would clash with ours).
        .target(
            name: "PeerGraphQLSwift",
            dependencies: ["BenchData", .product(name: "GraphQL", package: "GraphQL")]
        ),
        .executableTarget(
            name: "axisor-bench",
            dependencies: [
                "BenchData", "PeerGraphQLSwift",
                .product(name: "GraphQLLanguage", package: "axisor-gateway"),
                .product(name: "GraphQLEngine", package: "axisor-gateway"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        // The hand-written routes (f0), (f1) and (f1o) the gateway is measured against.
        .target(
            name: "HandWrittenRoutes",
            dependencies: [
                "BenchData",
                .product(name: "Domain", package: "axisor-gateway"),
                .product(name: "Gateway", package: "axisor-gateway"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The HTTP limits on loopback (Benchmarks/http_bench.py).
        .executableTarget(
            name: "axisor-http-limit",
            dependencies: [
                "HandWrittenRoutes",
                .product(name: "Domain", package: "axisor-gateway"),
                .product(name: "Gateway", package: "axisor-gateway"),
                .product(name: "Storage", package: "axisor-gateway"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // (f1), (f1o), (g) and (h) in process, without sockets: the user from memory, then from SQLite.
        .executableTarget(
            name: "axisor-http-inprocess",
            dependencies: [
                "HandWrittenRoutes",
                .product(name: "AxisorSchema", package: "axisor-gateway"),
                .product(name: "Domain", package: "axisor-gateway"),
                .product(name: "Gateway", package: "axisor-gateway"),
                .product(name: "Integrations", package: "axisor-gateway"),
                .product(name: "Resolvers", package: "axisor-gateway"),
                .product(name: "Storage", package: "axisor-gateway"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
