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
    ]
)
