#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One environment's folder about to be replaced: where it really is (a symbolic link to it is followed), checked
/// to be writable, staged beside itself and exchanged in one atomic rename.
struct EnvironmentTarget {
    let plan: WritePlan
    /// The environment's folder with links resolved (it may not exist yet).
    let folder: URL
    let exists: Bool
    let staging: URL

    /// Finds the real folder of `plan`'s environment in the resolved `output`, refusing a non-folder there and
    /// any read-only folder the write would change.
    init(_ plan: WritePlan, output: URL, workspace: Workspace) throws(DiagnosticsError) {
        self.plan = plan
        let named = output.appendingPathComponent(plan.environment)
        let shown = workspace.displayPath(plan.directory)
        switch FileEntry(named).kind {
        case .missing:
            folder = named
            exists = false
        case .directory:
            folder = named
            exists = true
        case .symbolicLink:
            guard let real = FileEntry.resolvedFolder(named) else {
                throw DiagnosticsError([.error(
                    "\(shown) is a symbolic link to something that is not a folder (or to nothing)",
                    path: plan.environment, fix: "point the link at a folder, or remove it")])
            }
            folder = real
            exists = true
        case .file, .other:
            throw DiagnosticsError([.error(
                "\(shown) exists and is not a folder; stackgen never replaces it", path: plan.environment,
                fix: "move \(shown) away")])
        }
        staging = Recovery.sibling(of: folder, prefix: ManifestWriter.stagingPrefix)
        let readOnly = Self.readOnlyFolders(folder: folder, exists: exists, plan: plan)
        if let first = readOnly.first {
            let place = first == folder.deletingLastPathComponent() ? workspace.displayPath(first)
                : workspace.displayPath(plan.directory.appendingPathComponent(
                    String(first.path.dropFirst(folder.path.count)).trimmingCharacters(in: ["/"])))
            throw DiagnosticsError([.error(
                "\(place) is read-only (mode \(String(FileEntry(first).mode, radix: 8))); stackgen does not change permissions",
                path: plan.environment, fix: "make it writable (chmod u+w \(place)) and run again")])
        }
    }

    /// The folders whose contents the write changes and that may not be written: the one holding the environment's
    /// folder, the folder itself, and every existing folder on the path of an added, changed or removed file.
    private static func readOnlyFolders(folder: URL, exists: Bool, plan: WritePlan) -> [URL] {
        var candidates = [folder.deletingLastPathComponent()]
        if exists {
            var seen: Set<String> = [""]
            candidates.append(folder)
            for path in plan.added + plan.changed + plan.removed {
                var prefix = ""
                for part in path.split(separator: "/").dropLast() {
                    prefix = prefix.isEmpty ? String(part) : "\(prefix)/\(part)"
                    guard seen.insert(prefix).inserted else { continue }
                    let url = folder.appendingPathComponent(prefix)
                    guard FileEntry(url).kind == .directory else { break }
                    candidates.append(url)
                }
            }
        }
        return candidates.filter(FileEntry.isReadOnly)
    }

    /// Builds the complete new tree of the environment in the staging folder and flushes it to disk.
    func stage() throws {
        guard mkdir(staging.path, 0o700) == 0 else { throw POSIXError.current(staging) }
        var mirror = TreeMirror()
        if exists {
            try mirror.link(from: folder, to: staging, skipping: Set(plan.changed + plan.removed))
        }
        let owner = exists ? FileEntry(folder) : FileEntry(folder.deletingLastPathComponent())
        for path in plan.added + plan.changed {
            let url = staging.appendingPathComponent(path)
            try makeFolders(above: path, owner: owner)
            let previous = FileEntry(folder.appendingPathComponent(path))
            try DurableFile.write(plan.files[path]!, to: url)
            if previous.kind == .file { previous.apply(to: url) } else if FileEntry.isRoot { _ = lchown(url.path, owner.owner, owner.group) }
        }
        for path in plan.removed {
            TreeMirror.removeEmptyParents(of: staging.appendingPathComponent(path), upTo: staging)
        }
        mirror.finish()
        if exists {
            FileEntry(folder).apply(to: staging)
        } else {
            _ = chmod(staging.path, 0o777 & ~Self.umask)
            if FileEntry.isRoot { _ = lchown(staging.path, owner.owner, owner.group) }
        }
        try DurableFile.flush(staging)
    }

    /// Creates the missing folders above `path` in the staging folder, owned like the environment's folder.
    private func makeFolders(above path: String, owner: FileEntry) throws {
        var url = staging
        for part in path.split(separator: "/").dropLast() {
            url.appendPathComponent(String(part))
            guard FileEntry(url).kind == .missing else { continue }
            guard mkdir(url.path, 0o777) == 0 else { throw POSIXError.current(url) }
            if FileEntry.isRoot { _ = lchown(url.path, owner.owner, owner.group) }
        }
    }

    /// Puts the staging folder in place of the environment's folder: one atomic exchange where the system can, else
    /// two renames that `Recovery` completes if the process dies between them. Then deletes the old tree.
    func publish() throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        if !exists {
            try manager.moveItem(at: staging, to: folder)
        } else if DirectoryExchange.exchange(staging, folder) {
            DirectoryExchange.synchronize(parent)
            FileEntry.removeTree(staging)  // now the previous tree
        } else {
            let previous = Recovery.sibling(of: folder, prefix: ManifestWriter.previousPrefix)
            try manager.moveItem(at: folder, to: previous)
            try manager.moveItem(at: staging, to: folder)
            DirectoryExchange.synchronize(parent)
            FileEntry.removeTree(previous)
        }
        DirectoryExchange.synchronize(parent)
    }

    /// The process's file creation mask.
    private static var umask: mode_t {
        let mask = systemUmask(0o022)
        _ = systemUmask(mask)
        return mask
    }
}

