#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes planned environments so that a crash, `kill -9` or a full disk at any moment leaves each environment's
/// folder either exactly as it was or exactly as planned, and changes nothing stackgen does not own.
///
/// The output folder is resolved first (a symbolic link such as `Manifests -> ../gitops/manifests` is followed)
/// and must be a folder; it is never replaced, so it keeps its inode, mode, owner and everything in it. Then, under
/// an exclusive lock on the output folder (`flock`), for every environment that changes:
///
/// 1. the plan is made again from the folder as it is now (another run may have written since);
/// 2. a staging folder beside the environment's folder (`.stackgen-staging-<env>-<pid>`) receives a hard-linked copy
///    of it — files keep their inode, mode, owner and time, symbolic links stay links, folders get their mode and
///    owner — minus the files the plan removes or changes; the changed and added files are written into it and
///    flushed to disk;
/// 3. the staging folder and the environment's folder are exchanged in one atomic rename (`DirectoryExchange`), and
///    the old tree, now under the staging name, is deleted.
///
/// Any run first removes what a killed run left (staging folders): whichever side of an exchange the kill fell on,
/// each environment's folder is complete.
package enum ManifestWriter {
    static let stagingPrefix = ".stackgen-staging-"
    static let previousPrefix = ".stackgen-previous-"

    /// Refuses, before writing anything, when a plan would overwrite a file stackgen does not own or write through
    /// a symbolic link inside an environment's folder.
    package static func check(_ plans: [WritePlan], workspace: Workspace) throws(DiagnosticsError) {
        let findings = plans.flatMap { plan in
            plan.unowned.map { path in
                Diagnostic.error(
                    "\(workspace.displayPath(plan.directory.appendingPathComponent(path))) exists and was not written by stackgen",
                    path: plan.environment, fix: "move it away (stackgen never overwrites files it does not own)")
            } + plan.linked.map { path in
                Diagnostic.error(
                    "\(workspace.displayPath(plan.directory.appendingPathComponent(path))) is, or lies below, a symbolic link "
                        + "inside the environment's folder; stackgen neither writes through nor replaces such links",
                    path: plan.environment, fix: "replace the link with a real folder or file, or remove it")
            }
        }
        if !findings.isEmpty { throw DiagnosticsError(findings) }
    }

    /// Warnings for index lines that name nothing inside their environment's folder (they are ignored).
    package static func indexWarnings(_ plans: [WritePlan], workspace: Workspace) -> [Diagnostic] {
        plans.flatMap { plan in
            plan.ignoredIndexEntries.map { entry in
                Diagnostic.warning(
                    "\(workspace.displayPath(plan.directory.appendingPathComponent(OwnedFilesIndex.fileName))) lists "
                        + "`\(Diagnostic.escaped(entry))`, which is not a file inside \(workspace.displayPath(plan.directory)); ignored",
                    path: plan.environment, fix: "delete that line (synth rewrites the index)")
            }
        }
    }

    /// Warnings for manifest files under `kubernetes/` that stackgen did not write: they are kept, but the
    /// kustomization does not list them, so `kubectl apply -k`, Argo CD and Flux never apply them.
    package static func unlistedWarnings(_ plans: [WritePlan], workspace: Workspace) -> [Diagnostic] {
        plans.flatMap { plan in
            plan.unlisted.map { path in
                Diagnostic.warning(
                    "\(workspace.displayPath(plan.directory.appendingPathComponent(path))) was not written by stackgen and is not "
                        + "listed in kubernetes/kustomization.yaml, so it is never deployed (stackgen keeps it)",
                    path: plan.environment,
                    fix: "move it out of \(workspace.displayPath(workspace.output))/, or include it from a stack so that it is listed in kustomization.yaml")
            }
        }
    }

    /// Applies every plan, one atomic exchange per environment that changes, and returns the plans as carried out
    /// (made again under the lock).
    @discardableResult
    package static func write(_ plans: [WritePlan], workspace: Workspace) throws(DiagnosticsError) -> [WritePlan] {
        func replan(_ plans: [WritePlan]) -> [WritePlan] {
            plans.map { WritePlan(environment: $0.environment, files: $0.files, outputRoot: workspace.output) }
        }
        let output = try OutputFolder.resolve(workspace, creating: plans.contains { !$0.isUpToDate })
        guard let output else { return plans }
        let lock: FileLock
        do {
            lock = try FileLock(output)
        } catch {
            throw OutputFolder.failure(workspace, error, written: [])
        }
        defer { lock.release() }
        Recovery.clean(output: output, workspace: workspace, environments: plans.map(\.environment))
        let current = replan(plans)
        try check(current, workspace: workspace)
        let targets = try current.filter { !$0.isUpToDate }.map { plan throws(DiagnosticsError) in
            try EnvironmentTarget(plan, output: output, workspace: workspace)
        }
        var staged: [URL] = [], published: [String] = []
        do {
            for target in targets {
                staged.append(target.staging)
                try target.stage()
            }
            for target in targets {
                try target.publish()
                published.append(target.plan.environment)
            }
        } catch {
            for folder in staged { FileEntry.removeTree(folder) }
            throw OutputFolder.failure(workspace, error, written: published)
        }
        return current
    }
}
