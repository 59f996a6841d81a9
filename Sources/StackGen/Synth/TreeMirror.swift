#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Copies a folder tree by hard links, so that every file keeps its inode, mode, owner and time; symbolic links
/// are copied as links (never followed, never turned into folders), and folders get their original mode and
/// owner once `finish()` runs.
struct TreeMirror {
    private var folders: [(url: URL, entry: FileEntry)] = []

    /// Links every entry under `source` into `destination` at the same relative path, except the files at the
    /// `skipping` paths. `destination` must exist.
    mutating func link(from source: URL, to destination: URL, skipping: Set<String>, prefix: String = "") throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        for name in names {
            let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            let entry = FileEntry(from)
            switch entry.kind {
            case .missing:
                continue
            case .directory:
                guard mkdir(to.path, 0o700) == 0 else { throw POSIXError.current(to) }
                folders.append((to, entry))
                try link(from: from, to: to, skipping: skipping, prefix: path)
            case .symbolicLink:
                let target = try FileManager.default.destinationOfSymbolicLink(atPath: from.path)
                guard symlink(target, to.path) == 0 else { throw POSIXError.current(to) }
                entry.apply(to: to)
            case .file, .other:
                guard !skipping.contains(path) else { continue }
                if systemLink(from.path, to.path) != 0 {
                    // A hard link can be refused (another user's file under protected_hardlinks): copy it.
                    try FileManager.default.copyItem(at: from, to: to)
                    entry.apply(to: to)
                }
            }
        }
    }

    /// Gives every mirrored folder its original mode and owner, deepest first (a read-only folder is filled
    /// before it becomes read-only).
    func finish() {
        for folder in folders.reversed() { folder.entry.apply(to: folder.url) }
    }

    /// Removes the folders above `url` that are empty, up to (not including) `top`.
    static func removeEmptyParents(of url: URL, upTo top: URL) {
        var folder = url.deletingLastPathComponent().standardizedFileURL
        let manager = FileManager.default
        while folder.path.count > top.standardizedFileURL.path.count,
            let entries = try? manager.contentsOfDirectory(atPath: folder.path), entries.isEmpty
        {
            _ = rmdir(folder.path)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }
}


extension POSIXError {
    /// The error `errno` names, for `url`.
    static func current(_ url: URL) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: url.path,
            NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO),
        ])
    }
}
