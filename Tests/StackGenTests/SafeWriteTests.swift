#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The writer's promise, tested for real: whatever happens during `synth`, `Manifests/` holds either the tree it
/// had before or the complete new one.
@Suite("Safe writes", .serialized)
struct SafeWriteTests {
    /// The repository copy's production file with the web replica range changed, and the tree it renders.
    func alternateTree(in root: URL) throws -> (original: String, changed: String, before: [String: Data], after: [String: Data]) {
        let file = root.appendingPathComponent("Environments/production.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let changed = original.replacingOccurrences(of: "replicas: {min: 3, max: 10}", with: "replicas: {min: 4, max: 16}")
        #expect(changed != original)
        let manifests = root.appendingPathComponent("Manifests")
        let before = TestSupport.environmentTrees(at: manifests)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["synth", "--all", "--root", root.path]).status == 0)
        let after = TestSupport.environmentTrees(at: manifests)
        #expect(after != before)
        try original.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["synth", "--all", "--root", root.path]).status == 0)
        #expect(TestSupport.environmentTrees(at: manifests) == before)
        return (original, changed, before, after)
    }

    /// The wall-clock time of one whole `synth --all` that rewrites production, in microseconds (the median of three).
    func synthDuration(root: URL, file: URL, texts: (String, String)) throws -> UInt32 {
        var times: [Double] = []
        for text in [texts.1, texts.0, texts.1] {
            try text.write(to: file, atomically: true, encoding: .utf8)
            let start = Date()
            #expect(try CommandRunner.run(["synth", "--all", "--root", root.path]).status == 0)
            times.append(Date().timeIntervalSince(start))
        }
        try texts.0.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["synth", "--all", "--root", root.path]).status == 0)
        return UInt32(times.sorted()[1] * 1_000_000)
    }

    @Test("kill -9 at any moment of synth leaves each environment's old tree or its new one, never a mix")
    func killLoop() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let (original, changed, before, after) = try alternateTree(in: root)
        let file = root.appendingPathComponent("Environments/production.yaml")
        let manifests = root.appendingPathComponent("Manifests")
        // Kills spread over the whole run (and a little past it), from its measured length.
        let duration = try synthDuration(root: root, file: file, texts: (original, changed))
        var generator = SplitMix(seed: 2026)
        var killed = 0, outcomes = (old: 0, new: 0), killedNew = 0
        var current = before
        let runs = 120
        for _ in 0..<runs {
            let target = current == before ? changed : original
            let expectedNew = current == before ? after : before
            try target.write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = ["synth", "--all", "--root", root.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(generator.next() % UInt64(duration + duration / 4)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let wasKilled = process.terminationReason == .uncaughtSignal
            if wasKilled { killed += 1 }
            let now = TestSupport.environmentTrees(at: manifests)
            let isOld = now == current, isNew = now == expectedNew
            #expect(isOld || isNew, "a kill left a tree that is neither the old nor the new one")
            if isOld { outcomes.old += 1 } else if isNew { outcomes.new += 1 } else { break }
            if isNew, wasKilled { killedNew += 1 }
            current = now
        }
        print("kill loop: \(runs) runs over \(duration / 1000) ms each, \(killed) killed mid-run, \(outcomes.old) left the old tree, \(outcomes.new) the new one (\(killedNew) of them killed after the exchange)")
        #expect(killed > 0)
        #expect(outcomes.old > 0, "no kill landed before the exchange")
        #expect(outcomes.new > 0, "no run got past the exchange")
        // The next run cleans up whatever staging folder a kill left behind.
        #expect(try CommandRunner.run(["synth", "--all", "--root", root.path]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: manifests.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    #if os(Linux)
    @Test(
        "a full disk fails the write with a clear error and leaves Manifests/ as it was",
        .enabled(if: geteuid() == 0, "mounting a small tmpfs needs root"))
    func fullDisk() throws {
        let mountPoint = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        try #require(mount("tmpfs", mountPoint.path, "tmpfs", 0, "size=400k") == 0, "cannot mount a tmpfs")
        defer { umount(mountPoint.path) }
        let root = mountPoint.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Environments", "Manifests"] {
            try FileManager.default.copyItem(
                at: TestSupport.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let manifests = root.appendingPathComponent("Manifests")
        let before = TestSupport.tree(at: manifests)
        // Fill the disk, then change every file's header (the environment file's comment is not in the output, so
        // change a value that reaches every Kubernetes file: a tag).
        let filler = mountPoint.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "owner: platform-team", with: "owner: payments-team").write(to: file, atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["synth", "--all", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.error.contains("cannot write Manifests"), "\(result.error)")
        #expect(result.error.contains("it was left as it was"))
        #expect(TestSupport.tree(at: manifests) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: manifests.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
    #endif
}

/// A small, seeded random number generator, so the kill points are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
