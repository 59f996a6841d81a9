import Foundation

/// Writes planned environments so that a crash, `kill -9` or a full disk at any moment leaves the output folder
/// either exactly as it was or exactly as planned, never a mix:
///
/// 1. a staging folder beside the output (`.Manifests.stackgen-staging-<pid>`) receives a hard-linked copy of the whole
///    output tree — unchanged files keep their inode and modification time, and files stackgen does not own come
///    along untouched — minus the files the plans remove or change;
/// 2. the changed and added files are written into it and flushed to disk (one `syncfs` for the lot);
/// 3. the staging folder and the output folder are exchanged in one atomic rename (`DirectoryExchange`), and the
///    old tree, now in the staging folder, is deleted.
///
/// A run that finds staging folders left by a killed run removes them first: whichever side of the exchange the
/// kill fell on, the output folder itself is complete. Runs on the same output folder take turns (an exclusive
/// lock on `.Manifests.stackgen-lock` beside it), so one never removes another's staging folder.
public enum ManifestWriter {
    /// `.Manifests.stackgen-staging-`: the prefix of staging folders for `output`.
    static func stagingPrefix(_ output: URL) -> String { ".\(output.lastPathComponent).stackgen-staging-" }

    /// `.Manifests.stackgen-previous-`: the prefix of a previous tree waiting to be replaced (fallback only).
    static func previousPrefix(_ output: URL) -> String { ".\(output.lastPathComponent).stackgen-previous-" }

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

    /// Applies every plan in one atomic exchange of the output folder. Does nothing when all are up to date.
    public static func write(_ plans: [WritePlan], workspace: Workspace) throws(DiagnosticsError) {
        try check(plans, workspace: workspace)
        let output = workspace.output
        let parent = output.deletingLastPathComponent()
        guard plans.contains(where: { !$0.isUpToDate }) else { return }
        let staging = parent.appendingPathComponent("\(stagingPrefix(output))\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let lock = try FileLock(parent.appendingPathComponent(".\(output.lastPathComponent).stackgen-lock"))
            defer { lock.release() }
            recoverInterruptedRun(output: output)
            try stage(plans, output: output, staging: staging)
            try swap(staging: staging, into: output)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw DiagnosticsError([.error(
                "cannot write \(workspace.displayPath(output)): \(error.localizedDescription); it was left as it was",
                fix: "check the folder's permissions and free space, then run the command again")])
        }
    }

    /// Builds the complete new output tree in `staging`.
    private static func stage(_ plans: [WritePlan], output: URL, staging: URL) throws {
        var replaced: Set<String> = []
        for plan in plans {
            let folder = plan.directory.lastPathComponent
            for path in plan.changed + plan.removed { replaced.insert("\(folder)/\(path)") }
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try TreeMirror.link(from: output, to: staging, skipping: replaced)
        for plan in plans {
            let folder = staging.appendingPathComponent(plan.directory.lastPathComponent)
            for path in plan.added + plan.changed {
                try DurableFile.write(plan.files[path]!, to: folder.appendingPathComponent(path))
            }
            for path in plan.removed {
                TreeMirror.removeEmptyParents(of: folder.appendingPathComponent(path), upTo: folder)
            }
        }
        try DurableFile.flush(staging)
    }

    /// Puts `staging` in place of `output`: one atomic exchange where the system can, else two renames.
    private static func swap(staging: URL, into output: URL) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        if !manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: staging, to: output)
        } else if DirectoryExchange.exchange(staging, output) {
            DirectoryExchange.synchronize(parent)
            try? manager.removeItem(at: staging)  // now the previous tree
        } else {
            // Not atomic: between the two renames the previous tree waits under a known name, and
            // `recoverInterruptedRun` puts it back if the process dies there.
            let previous = parent.appendingPathComponent("\(previousPrefix(output))\(ProcessInfo.processInfo.processIdentifier)")
            try manager.moveItem(at: output, to: previous)
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: previous)
        }
        DirectoryExchange.synchronize(parent)
    }

    /// Cleans up after a run that was killed: staging folders go; a previous tree that never got replaced (the
    /// two-rename fallback) comes back.
    static func recoverInterruptedRun(output: URL) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let leftovers = (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in leftovers.sorted() where name.hasPrefix(previousPrefix(output)) {
            let previous = parent.appendingPathComponent(name)
            if !manager.fileExists(atPath: output.path) {
                try? manager.moveItem(at: previous, to: output)
            } else {
                try? manager.removeItem(at: previous)
            }
        }
        for name in leftovers where name.hasPrefix(stagingPrefix(output)) {
            try? manager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
