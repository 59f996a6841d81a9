#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What is at a path, found without following a symbolic link there (`lstat`), with its mode and owner.
struct FileEntry {
    enum Kind { case missing, file, directory, symbolicLink, other }

    let kind: Kind
    /// Permission bits (`0o7777`).
    let mode: mode_t
    let owner: uid_t
    let group: gid_t

    init(_ url: URL) { self.init(path: url.path) }

    init(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            kind = .missing
            mode = 0
            owner = 0
            group = 0
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        mode = status.st_mode & 0o7777
        owner = status.st_uid
        group = status.st_gid
    }

    /// No one may write here by its mode (`chmod a-w`), or this process may not (`access`): stackgen refuses
    /// rather than change permissions, even as root.
    static func isReadOnly(_ url: URL) -> Bool {
        let entry = FileEntry(url)
        return entry.mode & 0o222 == 0 || access(url.path, W_OK) != 0
    }

    /// The path with every symbolic link resolved, or nil when it does not exist (or a link dangles).
    static func resolved(_ url: URL) -> URL? {
        guard let pointer = realpath(url.path, nil) else { return nil }
        defer { free(pointer) }
        return URL(fileURLWithPath: String(cString: pointer), isDirectory: true)
    }

    /// The folder `url` leads to, every link resolved; nil when that is not a folder (or nothing).
    static func resolvedFolder(_ url: URL) -> URL? {
        guard let real = resolved(url) else { return nil }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory) && isDirectory.boolValue ? real : nil
    }

    /// Whether this process runs as root, and so creates files owned by root unless told otherwise.
    static var isRoot: Bool { geteuid() == 0 }

    /// Gives `url` this entry's mode, and its owner when running as root (under `sudo`, new folders and files
    /// would otherwise belong to root).
    func apply(to url: URL) {
        if FileEntry.isRoot { _ = lchown(url.path, owner, group) }
        if kind != .symbolicLink { _ = chmod(url.path, mode) }
    }

    /// Removes a tree stackgen made (a staging folder or a replaced tree) without following links out of it,
    /// making its folders writable first so that read-only folders inside do not leave it behind.
    static func removeTree(_ url: URL) {
        let entry = FileEntry(url)
        guard entry.kind == .directory else {
            if entry.kind != .missing { _ = unlink(url.path) }
            return
        }
        _ = chmod(url.path, entry.mode | 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
            removeTree(url.appendingPathComponent(name))
        }
        _ = rmdir(url.path)
    }
}
