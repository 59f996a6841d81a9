import Foundation
import StackGen
import StackGenTesting
import Testing

/// What only separate processes show: `Dictionary` order, seeded per process, must never reach the output; the
/// command line must register the cost section so `validate` checks it; a golden tree that is missing is recorded.
@Suite("Across processes")
struct ProcessTests {
    /// Renders the repository's environments with the built binary into a fresh folder, in a process of its own.
    func synthesize(in root: URL, environment: [String: String]) throws -> [String: Data] {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandRunner.run(
            ["synth", "--all", "--root", root.path, "--out", output.path], environment: environment)
        #expect(result.status == 0, "\(result.error)")
        return TestSupport.tree(at: output)
    }

    @Test("processes with different hash seeds render byte-identical trees")
    func deterministicAcrossProcesses() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        // Two processes with Swift's per-process random hash seed, and one with the seed fixed.
        let seeded = try synthesize(in: root, environment: ["SWIFT_DETERMINISTIC_HASHING": ""])
        let other = try synthesize(in: root, environment: ["SWIFT_DETERMINISTIC_HASHING": ""])
        let fixed = try synthesize(in: root, environment: ["SWIFT_DETERMINISTIC_HASHING": "1"])
        #expect(seeded.count > 20)
        #expect(seeded == other)
        #expect(seeded == fixed)
        #expect(seeded == TestSupport.tree(at: TestSupport.repositoryRoot.appendingPathComponent("Manifests")))
    }

    @Test("validate reports a misspelt price name in `cost:` at its position: the command line registers the section")
    func validateChecksTheCostSection() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("instanceClass: db.t3.small"))
        try text.replacingOccurrences(of: "instanceClass: db.t3.small", with: "instanceClass: db.t3.smal")
            .write(to: file, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("db.t3.small") }! + 1
        let result = try CommandRunner.run(["validate", "production", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.error.contains(
            "Environments/production.yaml:\(line):22: error: [production] database instance class `db.t3.smal`"),
            "\(result.error)")
    }

    @Test("a golden tree that does not exist is recorded, and the test fails with \"recorded new baseline\"")
    func missingBaselineIsRecorded() throws {
        let rendered = TestSupport.temporaryDirectory()
        let golden = TestSupport.temporaryDirectory().appendingPathComponent("golden")
        defer {
            try? FileManager.default.removeItem(at: rendered)
            try? FileManager.default.removeItem(at: golden.deletingLastPathComponent())
        }
        try Data("kind: Namespace\n".utf8).write(to: rendered.appendingPathComponent("namespace.yaml"))
        try withKnownIssue {
            try assertMatchesGoldenTree(rendered: rendered, golden: golden, fix: "review it")
        } matching: { issue in
            issue.description.contains("recorded new baseline")
        }
        #expect(TestSupport.tree(at: golden) == TestSupport.tree(at: rendered))
    }
}
