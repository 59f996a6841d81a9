import Foundation
import DashboardStacks
import StackGenTesting
import Testing

@testable import StackGen
@testable import StackGenCost

@Suite("Whole pipeline")
struct GoldenTests {
    /// Renders `app` for every environment of the workspace at `root` into a temporary folder.
    func synthesize(_ app: App, root: URL) throws -> URL {
        let output = TestSupport.temporaryDirectory()
        let run = SynthRun(app: app, workspace: Workspace(root: root, output: output, extensions: .cost))
        let (rendered, diagnostics) = run.render(run.workspace.environmentNames())
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        try ManifestWriter.write(run.plan(rendered), workspace: run.workspace)
        return output
    }

    @Test("the fixture stacks render exactly the golden tree in Tests/Golden/fixtures")
    func fixtureTree() throws {
        try assertGoldenTree(
            app: FixtureApp.app, environmentsFolder: TestSupport.fixtures.appendingPathComponent("Environments"),
            goldenFolder: TestSupport.repositoryRoot.appendingPathComponent("Tests/Golden/fixtures"))
    }

    @Test("the committed Manifests/ is exactly what the repository's stacks render")
    func manifestsAreCurrent() throws {
        if GoldenTree.isRecording { return }  // Manifests/ is refreshed by `stackgen synth --all`, not by tests.
        try assertGoldenTree(
            app: repositoryApp, environmentsFolder: TestSupport.repositoryRoot.appendingPathComponent("Environments"),
            goldenFolder: TestSupport.repositoryRoot.appendingPathComponent("Manifests"),
            fix: "run `swift run stackgen synth --all` and commit Manifests/")
    }

    @Test("two runs give byte-identical trees")
    func deterministic() throws {
        let first = try synthesize(FixtureApp.app, root: TestSupport.fixtures)
        let second = try synthesize(FixtureApp.app, root: TestSupport.fixtures)
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(TestSupport.tree(at: first) == TestSupport.tree(at: second))
        #expect(TestSupport.tree(at: first).count > 20)
    }

    @Test("a diff shows changed lines with context")
    func unifiedDiff() {
        let diff = UnifiedDiff.diff(old: "a\nb\nc\nd\n", new: "a\nB\nc\nd\ne\n", oldName: "old", newName: "new", context: 1)
        #expect(diff == "--- old\n+++ new\n@@ -1,4 +1,5 @@\n a\n-b\n+B\n c\n d\n+e\n")
        #expect(UnifiedDiff.diff(old: "same\n", new: "same\n", oldName: "o", newName: "n").isEmpty)
    }
}
