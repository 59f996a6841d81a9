import Foundation
import Testing

@testable import StackGen

/// How a plan sorts each rendered file against what is on disk, read one folder at a time.
@Suite("Planning a write")
struct WritePlanTests {
    let manager = FileManager.default

    func write(_ text: String, _ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func index(_ entries: [String]) -> String {
        OwnedFilesIndex.render(environment: "env", paths: entries)
    }

    @Test("files, folders and links in the way are each sorted as lstat sees them, and links are never followed")
    func classification() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? manager.removeItem(at: output) }
        let folder = output.appendingPathComponent("env")
        let elsewhere = output.appendingPathComponent("elsewhere")
        try write("same\n", "a/same.yaml", in: folder)
        try write("old\n", "a/longer.yaml", in: folder)
        try write("abc\n", "a/sameLength.yaml", in: folder)
        try write("", "a/empty.yaml", in: folder)
        try write("mine\n", "a/foreign.yaml", in: folder)
        try write("equal\n", "a/foreignEqual.yaml", in: folder)
        try write("gone\n", "old/removed.yaml", in: folder)
        try manager.createDirectory(at: folder.appendingPathComponent("a/folder.yaml"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("now-a-folder"), withIntermediateDirectories: true)
        try write("linked\n", "target.yaml", in: elsewhere)
        try write("inside\n", "deep/file.yaml", in: elsewhere)
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("a/link-same.yaml").path, withDestinationPath: elsewhere.appendingPathComponent("target.yaml").path)
        try manager.createSymbolicLink(
            atPath: folder.appendingPathComponent("a/link-other.yaml").path, withDestinationPath: elsewhere.appendingPathComponent("target.yaml").path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("through").path, withDestinationPath: elsewhere.path)
        try write(index([
            "a/same.yaml", "a/longer.yaml", "a/sameLength.yaml", "a/empty.yaml", "a/folder.yaml", "old/removed.yaml",
            "now-a-folder", "through/deep/file.yaml", "../escape.yaml", "missing.yaml",
        ]), OwnedFilesIndex.fileName, in: folder)
        let rendered = [
            "a/same.yaml": "same\n", "a/longer.yaml": "a longer text\n", "a/sameLength.yaml": "abd\n", "a/empty.yaml": "",
            "a/foreign.yaml": "generated\n", "a/foreignEqual.yaml": "equal\n", "a/folder.yaml": "x\n",
            "a/link-same.yaml": "linked\n", "a/link-other.yaml": "different\n", "through/deep/file.yaml": "new\n",
            "through/new.yaml": "new\n", "b/new.yaml": "new\n",
        ]
        let plan = WritePlan(RenderedEnvironment(name: "env", files: rendered), outputRoot: output)
        #expect(plan.added == ["b/new.yaml"])
        #expect(plan.changed == [".stackgen-index", "a/folder.yaml", "a/foreign.yaml", "a/longer.yaml", "a/sameLength.yaml"])
        #expect(plan.unowned == ["a/folder.yaml", "a/foreign.yaml"])
        #expect(plan.linked == ["a/link-other.yaml", "through/deep/file.yaml", "through/new.yaml"])
        #expect(plan.removed == ["old/removed.yaml"])
        #expect(plan.ignoredIndexEntries == ["../escape.yaml", "through/deep/file.yaml"])
        #expect(plan.oldContents == [
            ".stackgen-index": try String(contentsOf: folder.appendingPathComponent(OwnedFilesIndex.fileName), encoding: .utf8),
            "a/foreign.yaml": "mine\n", "a/longer.yaml": "old\n", "a/sameLength.yaml": "abc\n", "old/removed.yaml": "gone\n",
        ])
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("deep/file.yaml"), encoding: .utf8) == "inside\n")
    }

    @Test("a folder the process may search but not read is looked into entry by entry")
    func unreadableFolder() throws {
        guard geteuid() != 0 else { return }  // root reads every folder
        let output = TestSupport.temporaryDirectory()
        let folder = output.appendingPathComponent("env/a")
        defer {
            _ = chmod(folder.path, 0o755)
            try? manager.removeItem(at: output)
        }
        try write("same\n", "env/a/same.yaml", in: output)
        try write("old\n", "env/a/changed.yaml", in: output)
        try write(index(["a/same.yaml", "a/changed.yaml"]), "env/" + OwnedFilesIndex.fileName, in: output)
        #expect(chmod(folder.path, 0o311) == 0)
        let rendered = ["a/same.yaml": "same\n", "a/changed.yaml": "new\n", "a/added.yaml": "new\n"]
        let plan = WritePlan(RenderedEnvironment(name: "env", files: rendered), outputRoot: output)
        #expect(plan.added == ["a/added.yaml"])
        #expect(plan.changed == [".stackgen-index", "a/changed.yaml"])
        #expect(plan.unowned.isEmpty)
    }

    @Test("a changed file that is not UTF-8 text keeps no old text; a missing environment folder adds everything")
    func binaryAndMissing() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? manager.removeItem(at: output) }
        let empty = WritePlan(RenderedEnvironment(name: "env", files: ["a.yaml": "a\n"]), outputRoot: output)
        #expect(empty.added == [".stackgen-index", "a.yaml"])
        #expect(empty.oldContents.isEmpty)
        try manager.createDirectory(at: output.appendingPathComponent("env"), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00]).write(to: output.appendingPathComponent("env/a.yaml"))
        try write(index(["a.yaml"]), "env/" + OwnedFilesIndex.fileName, in: output)
        let plan = WritePlan(RenderedEnvironment(name: "env", files: ["a.yaml": "a\n"]), outputRoot: output)
        #expect(plan.changed == ["a.yaml"])
        #expect(plan.oldContents["a.yaml"] == nil)
    }

    @Test("index lines are read the same byte by byte as character by character")
    func indexParsing() {
        let lines = [
            "a/b.yaml", "# comment", "", "/absolute", "a//b", "a/./b", "a/../b", "..", ".", "a/...", "...", "a/.b",
            "trailing/", "back\\slash", "tab\there", "del\u{7F}", "ok-file",
        ]
        let ascii = OwnedFilesIndex.parse(lines.joined(separator: "\n") + "\n")
        #expect(ascii.accepted == ["a/b.yaml", "a/...", "...", "a/.b", "ok-file"])
        #expect(ascii.rejected == ["/absolute", "a//b", "a/./b", "a/../b", "..", ".", "trailing/", "back\\slash", "tab\there", "del\u{7F}"])
        // With one non-ASCII line, the whole text is read by characters: the same result for the same lines.
        let mixed = OwnedFilesIndex.parse((lines + ["ü.yaml"]).joined(separator: "\n"))
        #expect(mixed.accepted == ascii.accepted + ["ü.yaml"])
        #expect(mixed.rejected == ascii.rejected)
        // `\r\n` is one character: such a line is not split at its end and is rejected whole.
        #expect(OwnedFilesIndex.parse("a.yaml\r\nb.yaml\n").rejected == ["a.yaml\r\nb.yaml"])
    }

    @Test("paths are sorted in String's order, by bytes for ASCII and by String comparison otherwise")
    func pathOrder() {
        // Prefixes, `.` (0x2E) against `/` (0x2F), digits, case, and lengths that share every byte but the last.
        let ascii = [
            "kubernetes/service-10/deployment.yaml", "kubernetes/service-1/deployment.yaml", "kubernetes/service-1.yaml",
            "kubernetes/service-1", "ecs/a/task-definition.json", "ecs/A/task.json", "ecs/a", "ecs", ".stackgen-index",
            "kubernetes/kustomization.yaml", "z", "", "a-b", "a_b", "a.b", "a/b", "a~",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let shuffled = ascii.shuffled(using: &generator)
            #expect(PathOrder.sorted(shuffled) == ascii.sorted())
        }
        // A composed and a decomposed `é` are equal under String's comparison; the fallback keeps its order.
        let mixed = ascii + ["caf\u{E9}.yaml", "cafe\u{301}x.yaml", "ü/b.yaml"]
        #expect(PathOrder.sorted(mixed.shuffled(using: &generator)) == mixed.sorted())
        let sorted = ascii.sorted()
        for (position, path) in sorted.enumerated() {
            var without = sorted
            without.remove(at: position)
            #expect(PathOrder.inserting(path, into: without) == sorted)
        }
    }
}
