// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "stackgen",
    platforms: [.macOS(.v13)],
    products: [
        /// What a team's own stacks import.
        .library(name: "StackGen", targets: ["StackGen"]),
        /// The command line, for a repository that hands it its own `App`.
        .library(name: "StackGenCLI", targets: ["StackGenCLI"]),
        .executable(name: "stackgen", targets: ["stackgen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "StackGen", dependencies: [.product(name: "Yams", package: "Yams")]),
        /// Cost planning: the environment file's `cost:` section, price tables, estimates and their reports.
        .target(name: "StackGenCost", dependencies: ["StackGen", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "StackGenCLI",
            dependencies: [
                "StackGen", "StackGenCost", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "Stacks", dependencies: ["StackGen"], path: "Stacks"),
        .executableTarget(name: "stackgen", dependencies: ["StackGenCLI", "Stacks"]),
        /// The command line over a generated app of many services, for scripts/benchmark.
        .executableTarget(name: "stackgen-benchmark", dependencies: ["StackGen", "StackGenCLI"]),
        .testTarget(
            name: "StackGenTests",
            dependencies: [
                "StackGen", "StackGenCost", "StackGenCLI", "Stacks", .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
