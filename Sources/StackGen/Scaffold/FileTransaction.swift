#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes several files all or nothing: every new content is written and flushed beside its file first, then each
/// is renamed over its file; a failure at any step puts back every file already replaced. A symbolic link is
/// followed (its target is updated, the link stays), and a replaced file keeps its mode and owner.
package struct FileTransaction {
    /// Why the files could not be written; none of them was changed.
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package let description: String
    }

    private struct Entry {
        let shown: String
        let target: URL
        let contents: String
        let previous: FileEntry
        var temporary: URL { sibling("new") }
        var backup: URL { sibling("old") }

        func sibling(_ kind: String) -> URL {
            target.deletingLastPathComponent().appendingPathComponent(
                ".\(target.lastPathComponent).stackgen-\(kind)-\(ProcessInfo.processInfo.processIdentifier)")
        }
    }

    private var entries: [Entry] = []

    package init() {}

    /// Adds a file to write; `shown` is how messages name it.
    package mutating func add(_ url: URL, contents: String, shown: String) {
        let target = FileEntry(url).kind == .symbolicLink ? (FileEntry.resolved(url) ?? url) : url
        entries.append(Entry(shown: shown, target: target, contents: contents, previous: FileEntry(target)))
    }

    /// Writes every file, or none.
    package func commit() throws(Failure) {
        for entry in entries {
            if let problem = problem(with: entry) { throw Failure(description: problem) }
        }
        do {
            for entry in entries { try write(entry) }
        } catch {
            for entry in entries { _ = unlink(entry.temporary.path) }
            throw Failure(description: "cannot write \(entryName(for: error)): \(reason(error)); nothing was written")
        }
        var replaced: [Entry] = []
        for entry in entries {
            let kept = entry.previous.kind == .file && link(entry.target.path, entry.backup.path) == 0
            if rename(entry.temporary.path, entry.target.path) != 0 {
                let reason = String(cString: strerror(errno))
                rollBack(replaced)
                if kept { _ = unlink(entry.backup.path) }
                for remaining in entries { _ = unlink(remaining.temporary.path) }
                throw Failure(description: "cannot write \(entry.shown): \(reason); nothing was written")
            }
            replaced.append(entry)
        }
        for entry in entries { _ = unlink(entry.backup.path) }
        for folder in Set(entries.map { $0.target.deletingLastPathComponent().path }) {
            DirectoryExchange.synchronize(URL(fileURLWithPath: folder))
        }
    }

    /// A reason the file cannot be written, found before anything is: a read-only file or folder, a folder in the
    /// file's place, a missing folder.
    private func problem(with entry: Entry) -> String? {
        let folder = entry.target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return "cannot write \(entry.shown): its folder does not exist; nothing was written"
        }
        if FileEntry.isReadOnly(folder) {
            return "cannot write \(entry.shown): its folder is read-only; nothing was written (make it writable and run again)"
        }
        switch entry.previous.kind {
        case .missing: return nil
        case .file:
            return FileEntry.isReadOnly(entry.target)
                ? "cannot write \(entry.shown): the file is read-only; nothing was written (make it writable and run again)" : nil
        case .directory, .symbolicLink, .other:
            return "cannot write \(entry.shown): it is not a regular file; nothing was written"
        }
    }

    /// Writes the new contents beside the file, with the file's mode and owner, flushed to disk.
    private func write(_ entry: Entry) throws {
        let mode: mode_t = entry.previous.kind == .file ? entry.previous.mode : 0o644
        try DurableFile.write(entry.contents, to: entry.temporary, mode: mode, flushed: true)
        if entry.previous.kind == .file { entry.previous.apply(to: entry.temporary) }
    }

    /// Puts back the files already replaced: their previous contents from the backup links, new files removed.
    private func rollBack(_ replaced: [Entry]) {
        for entry in replaced.reversed() {
            if entry.previous.kind == .file {
                _ = rename(entry.backup.path, entry.target.path)
            } else {
                _ = unlink(entry.target.path)
            }
        }
    }

    private func entryName(for error: Error) -> String {
        let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String
        return entries.first { $0.temporary.path == path }?.shown ?? "the files"
    }

    private func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error
        return (underlying ?? error).localizedDescription
    }
}

