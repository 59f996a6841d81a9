import Foundation
import StackGen

/// Compares rendered output trees with golden trees committed to the repository, independently of any test
/// framework: the assertions (`assertGoldenTree`) turn its report into a test failure.
///
/// With `STACKGEN_RECORD=1` in the environment a golden tree is replaced by the rendered one, and the comparison
/// still fails, with "recorded new baseline", so recording is never silent; a golden tree that does not exist
/// yet is recorded the same way.
public enum GoldenTree {
    /// Whether golden trees are being re-recorded: `STACKGEN_RECORD=1`.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["STACKGEN_RECORD"] == "1" }

    /// The differences between the folder `rendered` and the folder `golden`, file by file: `missing: PATH`,
    /// `unexpected: PATH`, and a unified diff for each file whose bytes differ. Empty when they are identical.
    public static func differences(rendered: URL, golden: URL) -> [String] {
        differences(actual: FileTree.read(rendered), expected: FileTree.read(golden))
    }

    /// The differences between two trees of files, by path (see `differences(rendered:golden:)`).
    static func differences(actual: [String: Data], expected: [String: Data]) -> [String] {
        var report: [String] = []
        for path in expected.keys.sorted() where actual[path] == nil { report.append("missing: \(path)") }
        for path in actual.keys.sorted() where expected[path] == nil { report.append("unexpected: \(path)") }
        for path in actual.keys.sorted() {
            guard let old = expected[path], let new = actual[path], old != new else { continue }
            report.append(UnifiedDiff.diff(
                old: String(decoding: old, as: UTF8.self), new: String(decoding: new, as: UTF8.self),
                oldName: "golden/\(path)", newName: "rendered/\(path)"))
        }
        return report
    }

    /// The failure for `rendered` against `golden`, or `nil` when they are identical. When recording (or when
    /// `golden` does not exist) `golden` is first replaced by a copy of `rendered`, and the failure says so.
    /// - Parameter fix: The last line of a mismatch's failure: what to do next.
    public static func failure(rendered: URL, golden: URL, fix: String) throws -> String? {
        if isRecording || !FileManager.default.fileExists(atPath: golden.path) {
            let manager = FileManager.default
            try? manager.removeItem(at: golden)
            try manager.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: rendered, to: golden)
            return recorded(golden, files: FileTree.read(golden).count)
        }
        let report = differences(rendered: rendered, golden: golden)
        return report.isEmpty ? nil : "rendered output differs from \(golden.path):\n\(report.joined(separator: "\n"))\n\(fix)"
    }

    /// The failure that says a baseline was recorded.
    static func recorded(_ golden: URL, files: Int) -> String {
        "recorded new baseline at \(golden.path) (\(files) files); review it, then run again without STACKGEN_RECORD"
    }
}

extension GoldenTree {
    /// What a mismatch's failure ends with.
    public static let recordHint = "if the change is intended, re-record with STACKGEN_RECORD=1 swift test and review the diff"

    /// Renders `app` for every environment file in `environmentsFolder` and compares each environment with its
    /// folder in `goldenFolder` (`<golden>/<env>/…`, index included, as `stackgen synth` writes it): the failure,
    /// or `nil` when every file is identical. An environment folder with an index but no environment file is
    /// reported too; other top-level files of the golden folder are not compared. When recording (or when
    /// `goldenFolder` does not exist) the rendered environments are written into `goldenFolder` as `stackgen synth`
    /// writes them (files stackgen did not write stay), and the failure says so.
    /// - Parameter fix: The last line of a mismatch's failure: what to do next.
    public static func failure(app: App, environmentsFolder: URL, goldenFolder: URL, fix: String = recordHint) throws -> String? {
        let rendering = StackRendering(app: app, environmentsFolder: environmentsFolder, output: goldenFolder)
        let names = rendering.names
        let rendered: [RenderedEnvironment]
        switch rendering.render(names) {
        case .failure(let failure): return failure.description
        case .success(let environments): rendered = environments
        }
        if isRecording || !FileManager.default.fileExists(atPath: goldenFolder.path) {
            let plans = rendering.run.plan(rendered)
            try ManifestWriter.write(plans, workspace: rendering.workspace)
            return recorded(goldenFolder, files: plans.map(\.files.count).reduce(0, +))
        }
        var actual: [String: Data] = [:], expected: [String: Data] = [:]
        for environment in rendered {
            for (path, text) in environment.files { actual["\(environment.name)/\(path)"] = Data(text.utf8) }
            actual["\(environment.name)/\(OwnedFilesIndex.fileName)"] = Data(
                OwnedFilesIndex.render(environment: environment.name, paths: environment.paths).utf8)
            for (path, data) in FileTree.read(goldenFolder.appendingPathComponent(environment.name)) {
                expected["\(environment.name)/\(path)"] = data
            }
        }
        var report = differences(actual: actual, expected: expected)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: goldenFolder.path)) ?? []
        for folder in folders.sorted() where !names.contains(folder) {
            let index = goldenFolder.appendingPathComponent(folder).appendingPathComponent(OwnedFilesIndex.fileName)
            if FileManager.default.fileExists(atPath: index.path) {
                report.append("unexpected: \(folder)/ (rendered before, but there is no \(folder).yaml in \(environmentsFolder.path))")
            }
        }
        return report.isEmpty ? nil : "rendered output differs from \(goldenFolder.path):\n\(report.joined(separator: "\n"))\n\(fix)"
    }
}
