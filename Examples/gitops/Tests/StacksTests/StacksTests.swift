import Foundation
import StackGenTesting
import Stacks
import Testing

/// The repository's root, found from this file's path (Tests/StacksTests/StacksTests.swift).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let environments = root.appendingPathComponent("Environments")

@Test("Manifests/ is exactly what the stacks render (re-record with STACKGEN_RECORD=1)")
func manifests() throws {
    try assertGoldenTree(app: app, environmentsFolder: environments, goldenFolder: root.appendingPathComponent("Manifests"))
}

@Test("quotes and collector run the same images on EKS and ECS", arguments: ["quotes", "collector"])
func sameImages(service: String) throws {
    try assertSameImageOnBothPlatforms(service: service, app: app, environmentsFolder: environments)
}
