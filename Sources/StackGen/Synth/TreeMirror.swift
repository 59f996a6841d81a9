import Foundation

/// Copies a folder tree by hard links (a copy where links are not possible), and tidies empty folders.
enum TreeMirror {
    /// Links every file under `source` into `destination` at the same relative path, except the `skipping`
    /// paths. Does nothing when `source` does not exist.
    static func link(from source: URL, to destination: URL, skipping: Set<String>) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source.path) else { return }
        for case let path as String in enumerator {
            let from = source.appendingPathComponent(path)
            let to = destination.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: from.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
            } else if !skipping.contains(path) {
                do {
                    try manager.linkItem(at: from, to: to)
                } catch {
                    try manager.copyItem(at: from, to: to)
                }
            }
        }
    }

    /// Removes the folders above `url` that are empty, up to (not including) `top`.
    static func removeEmptyParents(of url: URL, upTo top: URL) {
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
