#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The writer changes only what it owns, whatever the output folder is: a link, an existing folder full of other
/// things, read-only, shared with another run, or left half-done by a killed one.
@Suite("The writer changes only what it owns", .serialized)
struct OwnershipTests {
    let manager = FileManager.default

    /// A repository copy whose production file names a new image tag for `api` (3 files change).
    func changedRepository() throws -> URL {
        let root = try CommandRunner.repositoryCopy()
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "replicas: {min: 3, max: 10}", with: "replicas: {min: 4, max: 16}")
        #expect(changed != text)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        return root
    }

    func synth(_ arguments: [String], root: URL) throws -> CommandRunner.Result {
        try CommandRunner.run(["synth"] + arguments + ["--root", root.path])
    }

    func inode(_ url: URL) throws -> Int {
        try #require(manager.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    func isLink(_ url: URL) -> Bool {
        (try? manager.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    @Test("a symlinked Manifests is followed and its target updated in place, every environment kept")
    func symlinkedOutput() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let checkout = root.appendingPathComponent("gitops/manifests")
        try manager.createDirectory(at: checkout.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.moveItem(at: root.appendingPathComponent("Manifests"), to: checkout)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("Manifests").path, withDestinationPath: "gitops/manifests")
        let before = TestSupport.tree(at: checkout)
        let result = try synth(["production"], root: root)
        #expect(result.status == 0, "\(result.error)")
        #expect(isLink(root.appendingPathComponent("Manifests")), "the link was replaced")
        let after = TestSupport.tree(at: checkout)
        #expect(Set(after.keys) == Set(before.keys), "files were lost or added")
        #expect(after.filter { before[$0.key] != $0.value }.count == 4)  // HPA, scalable target, service, template
        #expect(try CommandRunner.run(["check", "--all", "--root", root.path]).status == 0)
    }

    @Test("a symlinked environment folder is followed and its target updated in place")
    func symlinkedEnvironmentFolder() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let elsewhere = root.appendingPathComponent("elsewhere/production")
        try manager.createDirectory(at: elsewhere.deletingLastPathComponent(), withIntermediateDirectories: true)
        let folder = root.appendingPathComponent("Manifests/production")
        try manager.moveItem(at: folder, to: elsewhere)
        try manager.createSymbolicLink(atPath: folder.path, withDestinationPath: "../elsewhere/production")
        #expect(try synth(["production"], root: root).status == 0)
        #expect(isLink(folder))
        #expect(try CommandRunner.run(["check", "--all", "--root", root.path]).status == 0)
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.deletingLastPathComponent().path) == ["production"])
    }

    @Test("--out at a regular file, or a file named Manifests, is refused before anything is written")
    func outputIsAFile() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let file = root.appendingPathComponent("notes.txt")
        try Data("keep me\n".utf8).write(to: file)
        let result = try synth(["--all", "--out", file.path], root: root)
        #expect(result.status == 1)
        #expect(result.error.contains("is not a folder"), "\(result.error)")
        #expect(manager.contents(atPath: file.path) == Data("keep me\n".utf8))
        let manifests = root.appendingPathComponent("Manifests")
        try manager.removeItem(at: manifests)
        try Data("a file\n".utf8).write(to: manifests)
        #expect(try synth(["--all"], root: root).status == 1)
        #expect(manager.contents(atPath: manifests.path) == Data("a file\n".utf8))
    }

    @Test("an existing folder given to --out keeps its inode, mode, links and every file stackgen does not own")
    func existingFolder() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let inner = out.appendingPathComponent("private")
        try manager.createDirectory(at: inner, withIntermediateDirectories: true)
        chmod(out.path, 0o700)
        chmod(inner.path, 0o700)
        try Data("mine\n".utf8).write(to: inner.appendingPathComponent("notes.md"))
        try manager.createSymbolicLink(atPath: out.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        try manager.createSymbolicLink(atPath: out.appendingPathComponent("docs").path, withDestinationPath: root.appendingPathComponent("Environments").path)
        let outInode = try inode(out)
        #expect(try synth(["--all", "--out", out.path], root: root).status == 0)
        // A link placed inside an environment folder, and a second run that changes that environment.
        let production = out.appendingPathComponent("production")
        try manager.createSymbolicLink(atPath: production.appendingPathComponent("runbooks").path, withDestinationPath: inner.path)
        let file = root.appendingPathComponent("Environments/production.yaml")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "max: 16}", with: "max: 17}")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try synth(["--all", "--out", out.path], root: root).status == 0)
        #expect(try inode(out) == outInode)
        #expect(try manager.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int == 0o700)
        #expect(try manager.attributesOfItem(atPath: inner.path)[.posixPermissions] as? Int == 0o700)
        #expect(manager.contents(atPath: inner.appendingPathComponent("notes.md").path) == Data("mine\n".utf8))
        #expect(isLink(out.appendingPathComponent("dangling")))
        #expect(isLink(out.appendingPathComponent("docs")))
        #expect(isLink(production.appendingPathComponent("runbooks")))
        #expect(try manager.contentsOfDirectory(atPath: out.path).sorted() == ["dangling", "docs", "private", "production", "staging"])
    }

    #if os(Linux)
    @Test(
        "under sudo, a folder owned by a user stays theirs, and so do the files written into it",
        .enabled(if: geteuid() == 0, "changing owners needs root"))
    func ownersKept() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let manifests = root.appendingPathComponent("Manifests")
        let user: uid_t = 4321
        for path in [""] + (manager.subpaths(atPath: manifests.path) ?? []) {
            lchown(manifests.appendingPathComponent(path).path, user, user)
        }
        #expect(try synth(["--all"], root: root).status == 0)
        for path in [""] + (manager.subpaths(atPath: manifests.path) ?? []) {
            let owner = try manager.attributesOfItem(atPath: manifests.appendingPathComponent(path).path)[.ownerAccountID] as? Int
            #expect(owner == Int(user), "\(path) is owned by \(owner ?? -1)")
        }
    }
    #endif

    #if os(Linux)
    @Test(
        "as a user, a read-only folder stackgen does not change leaves nothing behind",
        .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                 "runs synth as the user nobody through setpriv, which needs root"))
    func readOnlyFolderAsUser() throws {
        let root = try changedRepository()
        defer { try? manager.removeItem(at: root) }
        let manifests = root.appendingPathComponent("Manifests")
        for path in [""] + (manager.subpaths(atPath: root.path) ?? []) {
            lchown(root.appendingPathComponent(path).path, 65534, 65534)
        }
        let worker = manifests.appendingPathComponent("production/kubernetes/worker")
        chmod(worker.path, 0o555)
        let result = try CommandRunner.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.executable.path, "synth", "--all", "--root", root.path],
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("4 changed"), "\(result.output)")
        #expect(try manager.attributesOfItem(atPath: worker.path)[.posixPermissions] as? Int == 0o555)
        let leftovers = try manager.contentsOfDirectory(atPath: manifests.path).filter { $0.hasPrefix(".") }
            + manager.contentsOfDirectory(atPath: root.path).filter { $0.contains("stackgen") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
    #endif

    @Test("a read-only environment folder stops the write with a clear error and keeps its mode")
    func readOnlyFolder() throws {
        let root = try changedRepository()
        defer {
            chmod(root.appendingPathComponent("Manifests/production").path, 0o755)
            try? manager.removeItem(at: root)
        }
        let manifests = root.appendingPathComponent("Manifests")
        let production = manifests.appendingPathComponent("production")
        chmod(production.path, 0o555)
        let before = TestSupport.tree(at: manifests)
        let result = try synth(["--all"], root: root)
        #expect(result.status == 1)
        #expect(result.error.contains("Manifests/production is read-only"), "\(result.error)")
        #expect(try manager.attributesOfItem(atPath: production.path)[.posixPermissions] as? Int == 0o555)
        #expect(TestSupport.tree(at: manifests) == before)
    }

    @Test("concurrent runs with different inputs into one folder always leave exactly one run's complete result")
    func concurrentRuns() throws {
        // Two inputs that change different files of the committed tree, which each round starts from.
        let first = try CommandRunner.repositoryCopy(), second = try changedRepository()
        let out = TestSupport.temporaryDirectory(), start = first.appendingPathComponent("Manifests")
        defer { for folder in [first, second, out] { try? manager.removeItem(at: folder) } }
        let staging = second.appendingPathComponent("Environments/staging.yaml")
        try String(contentsOf: staging, encoding: .utf8).replacingOccurrences(of: "1.8.0-rc.2", with: "1.8.0-rc.3")
            .write(to: staging, atomically: true, encoding: .utf8)
        let production = first.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: production, encoding: .utf8)
        let api = try #require(text.range(of: "tag: \"1.7.3\""))
        try text.replacingCharacters(in: api, with: "tag: \"1.7.4\"").write(to: production, atomically: true, encoding: .utf8)
        var results: [[String: Data]] = []
        for root in [first, second] {
            let alone = TestSupport.temporaryDirectory()
            defer { try? manager.removeItem(at: alone) }
            #expect(try synth(["--all", "--out", alone.path], root: root).status == 0)
            results.append(TestSupport.tree(at: alone))
        }
        #expect(results[0] != results[1])
        var mixed = 0
        let rounds = 16
        for round in 0..<rounds {
            try? manager.removeItem(at: out)
            try manager.copyItem(at: start, to: out)
            let processes = [first, second].map { root in
                let process = Process()
                process.executableURL = CommandRunner.executable
                process.arguments = ["synth", "--all", "--out", out.path, "--root", root.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in round % 2 == 0 ? processes : processes.reversed() { try process.run() }
            for process in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
            let tree = TestSupport.tree(at: out)
            if tree != results[0], tree != results[1] { mixed += 1 }
        }
        #expect(mixed == 0, "\(mixed) of \(rounds) rounds left a mix of both runs")
    }

    @Test("index entries outside their environment folder are reported and ignored")
    func indexEscapes() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? manager.removeItem(at: root) }
        let outside = root.appendingPathComponent("x/inner")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        let index = root.appendingPathComponent("Manifests/production/.stackgen-index")
        let text = try String(contentsOf: index, encoding: .utf8)
        try (text + "../../x/inner/.\n../../Environments/staging.yaml\n/etc/hostname\nkubernetes/../../../x\n")
            .write(to: index, atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["check", "production", "--root", root.path])
        #expect(!check.output.contains("Environments/staging.yaml"), "\(check.output)")
        #expect(check.error.contains("`../../x/inner/.`, which is not a file inside Manifests/production; ignored"), "\(check.error)")
        let diff = try CommandRunner.run(["diff", "production", "--root", root.path])
        #expect(!diff.output.contains("a/Environments/staging.yaml"), "\(diff.output)")
        #expect(try synth(["production"], root: root).status == 0)
        #expect(manager.fileExists(atPath: outside.path))
        #expect(manager.fileExists(atPath: root.appendingPathComponent("Environments/staging.yaml").path))
        #expect(try String(contentsOf: index, encoding: .utf8) == text)
    }

    @Test("leftovers of an interrupted run are cleaned by the next run, even one with nothing to write")
    func leftoversCleaned() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? manager.removeItem(at: root) }
        let manifests = root.appendingPathComponent("Manifests")
        let leftovers = [
            manifests.appendingPathComponent(".stackgen-staging-production-99999/kubernetes/api"),
            root.appendingPathComponent(".Manifests.stackgen-staging-99999/production"),
        ]
        for folder in leftovers {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: folder.appendingPathComponent("deployment.yaml"))
            chmod(folder.path, 0o555)
        }
        let result = try synth(["--all"], root: root)
        #expect(result.status == 0)
        #expect(result.output.contains("0 added, 0 changed, 0 removed"))
        for folder in leftovers {
            #expect(!manager.fileExists(atPath: folder.deletingLastPathComponent().path), "\(folder.path) survived")
        }
    }
}
