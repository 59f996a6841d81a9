import Foundation

/// A folder's files read into memory, by path relative to it.
package enum FileTree {
    /// Every file at any depth below `directory` (hidden ones included), by relative path; empty when it does
    /// not exist. Links to files are read through.
    package static func read(_ directory: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}
