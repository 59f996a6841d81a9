import Foundation

/// Cleans up after a run that was killed, before any other work on the output folder (under its lock): staging
/// folders go, whichever side of an exchange the kill fell on; a previous tree that never got replaced (the
/// two-rename fallback where the system cannot exchange) comes back.
enum Recovery {
    /// Cleans the output folder, the folders holding environment folders that are links elsewhere, and the
    /// leftovers of earlier versions of stackgen beside the output folder.
    static func clean(output: URL, workspace: Workspace, environments: [String]) {
        clean(folder: output, only: nil)
        for name in environments where FileEntry(output.appendingPathComponent(name)).kind == .symbolicLink {
            guard let target = FileEntry.resolved(output.appendingPathComponent(name)) else { continue }
            clean(folder: target.deletingLastPathComponent(), only: target.lastPathComponent)
        }
        let given = workspace.output
        let beside = given.deletingLastPathComponent()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: beside.path)) ?? []
        where name.hasPrefix(".\(given.lastPathComponent).stackgen-staging-") {
            FileEntry.removeTree(beside.appendingPathComponent(name))
        }
    }

    /// Removes staging folders in `folder` (for the environment folder named `only`, or for all), and restores or
    /// removes previous trees.
    private static func clean(folder: URL, only: String?) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names {
            if let target = folderName(name, prefix: ManifestWriter.stagingPrefix), only == nil || only == target {
                FileEntry.removeTree(folder.appendingPathComponent(name))
            } else if let target = folderName(name, prefix: ManifestWriter.previousPrefix), only == nil || only == target {
                let previous = folder.appendingPathComponent(name), original = folder.appendingPathComponent(target)
                if FileEntry(original).kind == .missing {
                    try? FileManager.default.moveItem(at: previous, to: original)
                } else {
                    FileEntry.removeTree(previous)
                }
            }
        }
    }

    /// `production` for `.stackgen-staging-production-1234`.
    private static func folderName(_ name: String, prefix: String) -> String? {
        guard name.hasPrefix(prefix), let dash = name.lastIndex(of: "-") else { return nil }
        let start = name.index(name.startIndex, offsetBy: prefix.count)
        return start < dash ? String(name[start..<dash]) : nil
    }

    /// The name of a staging or previous folder for `folder`, for this process.
    static func sibling(of folder: URL, prefix: String) -> URL {
        folder.deletingLastPathComponent()
            .appendingPathComponent("\(prefix)\(folder.lastPathComponent)-\(ProcessInfo.processInfo.processIdentifier)")
    }
}
