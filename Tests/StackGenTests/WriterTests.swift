import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

@Suite("Writing Manifests/")
struct WriterTests {
    func render(_ files: [String: String], into output: URL) throws -> WritePlan {
        let plan = WritePlan(RenderedEnvironment(name: "env", files: files), outputRoot: output)
        let workspace = Workspace(root: output, output: output, extensions: .cost)
        try ManifestWriter.write([plan], workspace: workspace)
        return plan
    }

    @Test("only changed files are written; removed files and their empty folders are pruned")
    func pruning() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let first = try render(["a/one.yaml": "1\n", "b/two.yaml": "2\n"], into: output)
        #expect(first.added == [".stackgen-index", "a/one.yaml", "b/two.yaml"])
        let second = try render(["a/one.yaml": "1\n", "a/three.yaml": "3\n"], into: output)
        #expect(second.added == ["a/three.yaml"])
        #expect(second.changed == [".stackgen-index"])
        #expect(second.removed == ["b/two.yaml"])
        let tree = TestSupport.tree(at: output.appendingPathComponent("env"))
        #expect(Set(tree.keys) == [".stackgen-index", "a/one.yaml", "a/three.yaml"])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("env/b").path))
    }

    @Test("a file stackgen did not write is never deleted, and overwriting one is refused")
    func ownership() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try render(["a/one.yaml": "1\n"], into: output)
        let foreign = output.appendingPathComponent("env/a/notes.md")
        try Data("mine\n".utf8).write(to: foreign)
        _ = try render(["b/two.yaml": "2\n"], into: output)
        #expect(FileManager.default.contents(atPath: foreign.path) == Data("mine\n".utf8))
        #expect(throws: DiagnosticsError.self) { try render(["a/notes.md": "generated\n"], into: output) }
        #expect(FileManager.default.contents(atPath: foreign.path) == Data("mine\n".utf8))
    }
}
