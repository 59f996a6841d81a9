import Foundation
import StackGenTesting
import Testing

@testable import StackGen

/// The helpers a team's own tests use (`StackGenTesting`), on the fixture app.
@Suite("Test helpers for a team's stacks")
struct StackGenTestingTests {
    static let environments = TestSupport.fixtures.appendingPathComponent("Environments")
    static let golden = TestSupport.repositoryRoot.appendingPathComponent("Tests/Golden/fixtures")

    /// A copy of the fixture golden tree, removed by the caller.
    func goldenCopy() throws -> URL {
        let copy = TestSupport.temporaryDirectory().appendingPathComponent("golden")
        try FileManager.default.copyItem(at: Self.golden, to: copy)
        return copy
    }

    @Test("a golden tree that matches passes; a changed, a missing and a stale file fail with a diff naming each file")
    func goldenTreeMismatch() throws {
        #expect(try GoldenTree.failure(app: FixtureApp.app, environmentsFolder: Self.environments, goldenFolder: Self.golden) == nil)
        let golden = try goldenCopy()
        defer { try? FileManager.default.removeItem(at: golden.deletingLastPathComponent()) }
        let deployment = golden.appendingPathComponent("prod/kubernetes/checkout/deployment.yaml")
        let text = try String(contentsOf: deployment, encoding: .utf8)
        try text.replacingOccurrences(of: "runAsNonRoot: true", with: "runAsNonRoot: false").write(to: deployment, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: golden.appendingPathComponent("dev/kubernetes/namespace.yaml"))
        try FileManager.default.createDirectory(at: golden.appendingPathComponent("old"), withIntermediateDirectories: true)
        try Data().write(to: golden.appendingPathComponent("old/.stackgen-index"))
        let failure = try #require(try GoldenTree.failure(app: FixtureApp.app, environmentsFolder: Self.environments, goldenFolder: golden))
        #expect(failure.hasPrefix("rendered output differs from \(golden.path):\n"))
        #expect(failure.contains("unexpected: dev/kubernetes/namespace.yaml"))
        #expect(failure.contains("--- golden/prod/kubernetes/checkout/deployment.yaml\n+++ rendered/prod/kubernetes/checkout/deployment.yaml\n"))
        #expect(failure.contains("\n-") && failure.contains("runAsNonRoot: false\n"))
        #expect(failure.contains("unexpected: old/ (rendered before, but there is no old.yaml in \(Self.environments.path))"))
        #expect(failure.hasSuffix("\nif the change is intended, re-record with STACKGEN_RECORD=1 swift test and review the diff"))
    }

    @Test("a golden folder that does not exist is recorded as synth writes it, and the test fails saying so")
    func recordsMissingGoldenTree() throws {
        let scratch = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let golden = scratch.appendingPathComponent("Manifests")
        let failure = try GoldenTree.failure(app: FixtureApp.app, environmentsFolder: Self.environments, goldenFolder: golden)
        #expect(failure?.hasPrefix("recorded new baseline at \(golden.path) (") == true, "\(failure ?? "")")
        #expect(TestSupport.tree(at: golden) == TestSupport.tree(at: Self.golden))
        #expect(try GoldenTree.failure(app: FixtureApp.app, environmentsFolder: Self.environments, goldenFolder: golden) == nil)
    }

    @Test("an app that does not render fails with its diagnostics")
    func renderingErrors() throws {
        let broken = App(stacks: [Stack("shop") { _ in Service("checkout", image: "ghcr.io/acme/checkout:latest") }])
        let failure = try #require(try GoldenTree.failure(app: broken, environmentsFolder: Self.environments, goldenFolder: Self.golden))
        #expect(failure.hasPrefix("the stacks do not render:\n"))
        #expect(failure.contains("error:"))
    }

    @Test("a service renders the same image on both platforms; a changed ECS image, or no environment with both, is reported")
    func sameImageOnBothPlatforms() throws {
        #expect(try PlatformParity.imageDifferences(service: "checkout", app: FixtureApp.app, environmentsFolder: Self.environments).isEmpty)
        try assertSameImageOnBothPlatforms(service: "mailer", app: FixtureApp.app, environmentsFolder: Self.environments)
        let missing = try PlatformParity.imageDifferences(service: "nothing", app: FixtureApp.app, environmentsFolder: Self.environments)
        #expect(missing == ["`nothing` renders on both Kubernetes and ECS in no environment of \(Self.environments.path); nothing was compared"])
        var files = TestSupport.tree(at: Self.golden.appendingPathComponent("prod")).compactMapValues { String(data: $0, encoding: .utf8) }
        #expect(try PlatformParity.imageDifferences(service: "checkout", environment: "prod", files: files).isEmpty)
        let taskDefinition = "ecs/checkout/task-definition.json"
        files[taskDefinition] = files[taskDefinition]?.replacingOccurrences(
            of: "otel/opentelemetry-collector:0.98.0", with: "otel/opentelemetry-collector:0.99.0")
        #expect(try PlatformParity.imageDifferences(service: "checkout", environment: "prod", files: files) == [
            "prod/checkout: container otel-collector: kubernetes otel/opentelemetry-collector:0.98.0, ecs otel/opentelemetry-collector:0.99.0"
        ])
    }
}
