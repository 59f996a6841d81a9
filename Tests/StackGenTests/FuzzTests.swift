import Foundation
import DashboardStacks
import Testing

@testable import StackGen
@testable import StackGenCost

/// A seeded mutation fuzzer over the repository's environment files (`scripts/fuzz` runs it, then reads every
/// successful YAML output back with the three YAML readers). Each case is loaded, validated and rendered in this
/// process (a crash ends the test run); every 30th also runs the `stackgen synth` binary on a repository copy,
/// which must exit 0 or 1, leave `Manifests/` unchanged on 1 and never touch files stackgen does not own.
@Suite("Fuzzing environment files", .serialized)
struct FuzzTests {
    static let settings = ProcessInfo.processInfo.environment

    @Test(
        "mutated environment files: exit 0 or 1 only, nothing lost, output readable",
        .enabled(if: settings["STACKGEN_FUZZ_CASES"] != nil, "scripts/fuzz runs this (it sets STACKGEN_FUZZ_CASES)"))
    func fuzz() throws {
        let cases = Int(Self.settings["STACKGEN_FUZZ_CASES"] ?? "") ?? 3000
        let seed = UInt64(Self.settings["STACKGEN_FUZZ_SEED"] ?? "") ?? 2026
        let outputFolder = Self.settings["STACKGEN_FUZZ_OUTPUT"].map { URL(fileURLWithPath: $0) }
        let names = ["production", "staging"]
        let originals = try names.map {
            try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Environments/\($0).yaml"), encoding: .utf8)
        }
        var mutator = EnvironmentMutator(seed: seed)
        let synthesizer = Synthesizer(app: repositoryApp)
        let repository = try FuzzRepository()
        defer { repository.remove() }
        var succeeded = 0, failed = 0, written = 0, lost = 0, processRuns = 0, processExits: [Int32: Int] = [:]
        var outputs: Set<String> = []
        for index in 0..<cases {
            let which = index % names.count
            let bytes = mutator.mutate(originals[which])
            // In process: load, resolve, validate, render.
            var rendered: RenderedEnvironment?
            do {
                let environment = try EnvironmentLoader.load(
                    data: bytes, name: names[which], displayPath: "Environments/\(names[which]).yaml",
                    sections: PipelineExtensions.cost.sections)
                let result = synthesizer.render(
                    environment, environmentRules: Validator.environmentRules + PipelineExtensions.cost.environmentRules)
                rendered = result.output
                for diagnostic in result.diagnostics {
                    #expect(diagnostic.location != nil, "no position: \(diagnostic)")
                    #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 }, "raw control character: \(diagnostic)")
                }
            } catch {
                #expect(error.diagnostics.containsErrors)
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.location != nil, "no position: \(diagnostic)")
                    #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 }, "raw control character: \(diagnostic)")
                }
            }
            if let rendered {
                succeeded += 1
                if let outputFolder {
                    for (path, text) in rendered.files where path.hasSuffix(".yaml") && outputs.insert(text).inserted {
                        try Data(text.utf8).write(to: outputFolder.appendingPathComponent("\(outputs.count).yaml"))
                    }
                }
                if succeeded % 10 == 1 {
                    written += 1
                    lost += try repository.write(rendered)
                }
            } else {
                failed += 1
            }
            // Through the binary, as a user runs it.
            if index % 30 == 0 {
                processRuns += 1
                let (status, changedForeign) = try repository.synth(names[which], bytes: bytes)
                processExits[status, default: 0] += 1
                #expect(status == 0 || status == 1, "stackgen exited \(status) on case \(index) (seed \(seed))")
                lost += changedForeign
            }
        }
        let exits = processExits.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: ", ")
        print("""
            fuzz: seed \(seed), \(cases) cases: \(succeeded) rendered, \(failed) refused with diagnostics, 0 crashes; \
            \(processRuns) binary runs (\(exits)); \(written) in-process writes; \(lost) runs lost or altered a file \
            stackgen does not own; \(outputs.count) distinct YAML outputs kept
            """)
        #expect(lost == 0)
        #expect(succeeded > 0 && failed > 0, "the mutations should both pass and fail")
    }
}

/// A scratch repository for the fuzzer: `Environments/`, `Manifests/` and, in the output, files and links stackgen
/// does not own, which no run may change.
struct FuzzRepository {
    let root: URL
    let foreign: [String: Data]
    var manifests: URL { root.appendingPathComponent("Manifests") }

    init() throws {
        root = try CommandRunner.repositoryCopy()
        let notes = ["production/NOTES.md": "runbook\n", "production/kubernetes/README": "do not apply\n", "staging/ecs/.keep": ""]
        for (path, text) in notes {
            try Data(text.utf8).write(to: root.appendingPathComponent("Manifests/\(path)"))
        }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("Manifests/production/docs").path, withDestinationPath: "../../Environments")
        foreign = TestSupport.tree(at: root.appendingPathComponent("Manifests")).filter { notes.keys.contains($0.key) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// How many files stackgen does not own differ from how they started (the link included).
    func foreignChanges() -> Int {
        let now = TestSupport.tree(at: manifests)
        let link = try? FileManager.default.destinationOfSymbolicLink(atPath: manifests.appendingPathComponent("production/docs").path)
        return foreign.filter { now[$0.key] != $0.value }.count + (link == "../../Environments" ? 0 : 1)
    }

    /// Writes `rendered` in process; returns the number of foreign files changed.
    func write(_ rendered: RenderedEnvironment) throws -> Int {
        let workspace = Workspace(root: root, extensions: .cost)
        let plan = WritePlan(rendered, outputRoot: workspace.output)
        if plan.isPermitted { try ManifestWriter.write([plan], workspace: workspace) }
        return foreignChanges()
    }

    /// Runs `stackgen synth <name>` with `bytes` as its environment file; returns the exit status and the number
    /// of foreign files changed. On a failure `Manifests/` must be exactly as it was.
    func synth(_ name: String, bytes: Data) throws -> (Int32, Int) {
        let file = root.appendingPathComponent("Environments/\(name).yaml")
        let original = try Data(contentsOf: file)
        try bytes.write(to: file)
        defer { try? original.write(to: file) }
        let before = TestSupport.tree(at: manifests)
        let result = try CommandRunner.run(["synth", name, "--root", root.path])
        if result.status != 0 {
            #expect(TestSupport.tree(at: manifests) == before, "a failed run changed Manifests/: \(result.error.prefix(300))")
        }
        #expect(!result.error.contains("Fatal error"))
        return (result.status, foreignChanges())
    }
}
