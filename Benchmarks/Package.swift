// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in a package of their own so that the product never depends on a peer
// implementation it is measured against.
let package = Package(
    name: "axisor-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "axisor-gateway", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "axisor-bench",
            dependencies: [
                .product(name: "GraphQLLanguage", package: "axisor-gateway"),
                .product(name: "GraphQLEngine", package: "axisor-gateway"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
