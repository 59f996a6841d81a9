import Foundation
import StackGen
import Testing

/// Compares a rendered output tree with a golden tree committed under `Tests/` or `Manifests/`: the file list
/// and every byte. With `STACKGEN_RECORD=1` in the environment it replaces the golden tree with the rendered one
/// and fails with "recorded new baseline", so recording is never silent; a golden tree that does not exist yet
/// is recorded the same way, and fails the same way.
enum GoldenTree {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["STACKGEN_RECORD"] == "1" }

    static func assertMatches(
        rendered: URL, golden: URL, fix: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let actual = TestSupport.tree(at: rendered)
        let expected = TestSupport.tree(at: golden)
        if isRecording || !FileManager.default.fileExists(atPath: golden.path) {
            try? FileManager.default.removeItem(at: golden)
            try! FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! FileManager.default.copyItem(at: rendered, to: golden)
            Issue.record(
                "recorded new baseline at \(golden.path) (\(actual.count) files); review it, then run again without STACKGEN_RECORD",
                sourceLocation: sourceLocation)
            return
        }
        var report: [String] = []
        for path in expected.keys.sorted() where actual[path] == nil { report.append("missing: \(path)") }
        for path in actual.keys.sorted() where expected[path] == nil { report.append("unexpected: \(path)") }
        for path in actual.keys.sorted() {
            guard let old = expected[path], let new = actual[path], old != new else { continue }
            report.append(UnifiedDiff.diff(
                old: String(decoding: old, as: UTF8.self), new: String(decoding: new, as: UTF8.self),
                oldName: "golden/\(path)", newName: "rendered/\(path)"))
        }
        if !report.isEmpty {
            Issue.record(
                "rendered output differs from \(golden.path):\n\(report.joined(separator: "\n"))\n\(fix)",
                sourceLocation: sourceLocation)
        }
    }
}
