import Foundation

/// Writes planned environments to disk: only files whose bytes change, each replaced atomically (written beside
/// its target, then renamed over it), then removes files stackgen owned and no longer renders.
public enum ManifestWriter {
    /// Refuses, before writing anything, when a plan would overwrite a file stackgen does not own.
    public static func check(_ plans: [WritePlan], workspace: Workspace) throws(DiagnosticsError) {
        let findings = plans.flatMap { plan in
            plan.unowned.map { path in
                Diagnostic.error(
                    "\(workspace.displayPath(plan.directory.appendingPathComponent(path))) exists and was not written by stackgen",
                    path: plan.environment, fix: "move the file away (stackgen never overwrites files it does not own)")
            }
        }
        if !findings.isEmpty { throw DiagnosticsError(findings) }
    }

    /// Applies `plan`. Throws a diagnostic naming the file when the disk refuses a write.
    public static func apply(_ plan: WritePlan, workspace: Workspace) throws(DiagnosticsError) {
        let manager = FileManager.default
        // The index goes last: if a write fails midway, the previous index still lists every owned file.
        let paths = (plan.added + plan.changed).sorted { lhs, _ in lhs != OwnedFilesIndex.fileName }
        for path in paths {
            let url = plan.directory.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(plan.files[path]!.utf8).write(to: url, options: .atomic)
            } catch {
                throw DiagnosticsError([.error(
                    "cannot write \(workspace.displayPath(url)): \(error.localizedDescription)", path: plan.environment,
                    fix: "check the folder's permissions and free space")])
            }
        }
        for path in plan.removed {
            let url = plan.directory.appendingPathComponent(path)
            try? manager.removeItem(at: url)
            removeEmptyParents(of: url, upTo: plan.directory)
        }
    }

    private static func removeEmptyParents(of url: URL, upTo top: URL) {
        var folder = url.deletingLastPathComponent().standardizedFileURL
        let manager = FileManager.default
        while folder.path.count > top.standardizedFileURL.path.count,
            let entries = try? manager.contentsOfDirectory(atPath: folder.path), entries.isEmpty
        {
            try? manager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }
}
