// swift-tools-version: 6.0
// A team's GitOps repository: its stacks in Stacks/, its environments in Environments/, the rendered Manifests/
// committed, and `swift run stackgen …` for the command line.
import PackageDescription

let package = Package(
    name: "gitops",
    platforms: [.macOS(.v13)],
    dependencies: [
        // A team depends on stackgen by URL: .package(url: "https://github.com/<org>/stackgen", branch: "main").
        // This example lives inside stackgen's repository, so it depends on it by path; `name:` keeps the package
        // called `stackgen` whatever the folder of the checkout is called.
        .package(name: "stackgen", path: "../.."),
    ],
    targets: [
        .target(name: "Stacks", dependencies: [.product(name: "StackGen", package: "stackgen")], path: "Stacks"),
        .executableTarget(name: "stackgen", dependencies: ["Stacks", .product(name: "StackGenCLI", package: "stackgen")]),
        .testTarget(
            name: "StacksTests", dependencies: ["Stacks", .product(name: "StackGenTesting", package: "stackgen")]
        ),
    ]
)
