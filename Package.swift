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
        /// Test helpers for a team's stacks (swift-testing): golden trees, platform parity.
        .library(name: "StackGenTesting", targets: ["StackGenTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "StackGen", dependencies: [.product(name: "Yams", package: "Yams")]),
        /// Cost planning: the environment file's `cost:` section, price tables, estimates and their reports.
        .target(name: "StackGenCost", dependencies: ["StackGen"]),
        /// How glibc's allocator grows the heap for a command's short run (`mallopt`, which Swift cannot see).
        .target(name: "CAllocatorTuning"),
        .target(
            name: "StackGenCLI",
            dependencies: [
                "StackGen", "StackGenCost", "CAllocatorTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// Golden-tree and parity assertions for tests of a team's stacks (and of this repository's).
        .target(
            name: "StackGenTesting",
            dependencies: ["StackGen", "StackGenCost", .product(name: "Yams", package: "Yams")]
        ),
        /// This repository's own app (the GitHub dashboard). Not a product, and named apart from the target
        /// `Stacks` a team declares, so a package depending on this one never sees it.
        .target(name: "DashboardStacks", dependencies: ["StackGen"], path: "Stacks"),
        /// This repository's `stackgen` (`swift run stackgen`). Deliberately not a declared product: SwiftPM
        /// makes an executable product of it only when this package is the root, so a team's package that
        /// depends on this one can declare its own executable `stackgen` and `swift run stackgen` there never
        /// builds or runs this one.
        .executableTarget(name: "stackgen", dependencies: ["StackGenCLI", "DashboardStacks"]),
        /// The command line over a generated app of many services, for scripts/benchmark.
        .executableTarget(name: "stackgen-benchmark", dependencies: ["StackGen", "StackGenCLI"]),
        .testTarget(
            name: "StackGenTests",
            dependencies: [
                "StackGen", "StackGenCost", "StackGenCLI", "StackGenTesting", "DashboardStacks", .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
