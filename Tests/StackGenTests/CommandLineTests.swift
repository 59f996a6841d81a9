import Foundation
import Testing

@Suite("Command line", .serialized)
struct CommandLineTests {
    @Test("synth on an up-to-date checkout writes nothing and reports the counts")
    func synthUpToDate() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["synth", "--all"], in: root)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("production: 56 files in Manifests/production/ (0 added, 0 changed, 0 removed, 56 unchanged)"))
        #expect(result.output.contains("staging: 16 files"))
    }

    @Test("a mistake in an environment file exits 1 with file:line:column and leaves Manifests/ untouched")
    func badEnvironmentLeavesManifests() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = TestSupport.tree(at: root.appendingPathComponent("Manifests"))
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    memory: 1024\n", with: "    memory: 5000\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["synth", "--all", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.error.contains(
            "Environments/production.yaml:68:13: error: [production/web] memory 5000 MiB is not valid with 512 CPU units on Fargate"))
        #expect(result.error.contains("1 error, 0 warnings"))
        #expect(!result.error.contains("Fatal error"))
        #expect(TestSupport.tree(at: root.appendingPathComponent("Manifests")) == before)
    }

    @Test("an unknown environment lists the known ones and exits 64")
    func unknownEnvironment() throws {
        let result = try CommandRunner.run(["synth", "prod", "--root", TestSupport.repositoryRoot.path])
        #expect(result.status == 64)
        #expect(result.error.contains("unknown environment `prod`; known environments: production, staging"))
    }

    @Test("usage errors exit 64", arguments: [["synth"], ["synth", "--all", "staging"], ["frobnicate"]])
    func usage(_ arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments, in: TestSupport.repositoryRoot).status == 64)
    }

    @Test("--out renders elsewhere, and two runs are byte-identical")
    func outFolder() throws {
        let out = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = ["synth", "--all", "--root", TestSupport.repositoryRoot.path, "--out", out.path]
        #expect(try CommandRunner.run(arguments).status == 0)
        let first = TestSupport.tree(at: out)
        try FileManager.default.removeItem(at: out)
        #expect(try CommandRunner.run(arguments).status == 0)
        #expect(TestSupport.tree(at: out) == first)
        #expect(first == TestSupport.tree(at: TestSupport.repositoryRoot.appendingPathComponent("Manifests")))
    }

    @Test("list names stacks, environments, platforms and components with their kind")
    func list() throws {
        let result = try CommandRunner.run(["list", "--root", TestSupport.repositoryRoot.path])
        #expect(result.status == 0)
        #expect(result.output.contains("stacks: github-dashboard"))
        #expect(result.output.contains("production (production): kubernetes, ecs"))
        #expect(result.output.contains("  github-dashboard/worker  service, 1 replica, 256 cpu / 512 MiB, arm64, spot"))
        #expect(result.output.contains("  github-dashboard/migrate  job, with the settings of service `api`"))
        #expect(result.output.contains("  github-dashboard/db-backup  scheduled job, default size, x86_64, on-demand"))
    }

    @Test("every command has help", arguments: [["--help"], ["synth", "--help"], ["list", "--help"]])
    func help(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: stackgen"))
    }
}
