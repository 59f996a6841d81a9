import Foundation

/// Finds the Swift file that declares a stack, wherever a repository keeps its stacks.
package enum StackFileSearch {
    /// The file declaring `Stack("<stack>"`: the file the stack was compiled from when it lies inside the
    /// repository (or the file at the same place relative to its package, for a copy of the repository), else the
    /// first such file (in path order) under the folders of `folders(in:)`. Throws naming the folders it searched.
    package static func file(declaring stack: String, declaredAt declared: String?, workspace: Workspace) throws(SourceEditing.Problem) -> URL {
        let marker = "Stack(\"\(stack)\""
        let root = workspace.root
        var candidates: [URL] = []
        if let declared, declared.hasPrefix("/") {
            candidates.append(URL(fileURLWithPath: declared))
            let relative = workspace.sourcePath(declared)
            if !relative.hasPrefix("/") { candidates.append(root.appendingPathComponent(relative)) }
        }
        for candidate in candidates where workspace.displayPath(candidate) != candidate.standardizedFileURL.path {
            if contents(of: candidate).contains(marker) { return candidate }
        }
        let folders = folders(in: root)
        for folder in folders {
            if let found = swiftFiles(in: root.appendingPathComponent(folder)).first(where: { contents(of: $0).contains(marker) }) {
                return found
            }
        }
        let searched = folders.isEmpty ? "no Stacks/ or Sources/ folder" : "searched " + folders.map { "\($0)/" }.joined(separator: ", ")
        throw SourceEditing.Problem(description: """
            no Swift file in the repository declares `\(marker))` (\(searched)); declare the stack in a target folder \
            (Stacks/, Sources/ or a target's `path:` in Package.swift) or add the service by hand
            """)
    }

    /// The folders that may hold stacks, relative to `root`, those that exist only: every target `path:` that
    /// Package.swift names inside the repository, then `Stacks` and `Sources`.
    package static func folders(in root: URL) -> [String] {
        let manifest = contents(of: root.appendingPathComponent("Package.swift"))
        var folders: [String] = []
        var rest = manifest[...]
        while let range = rest.range(of: "path:") {
            rest = rest[range.upperBound...]
            let value = rest.drop { $0 == " " }
            guard value.first == "\"" else { continue }
            let path = value.dropFirst().prefix { $0 != "\"" }
            // `.package(path: "../…")` names a dependency, not a folder of this repository.
            if !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("..") { folders.append(String(path)) }
        }
        folders += ["Stacks", "Sources"]
        var seen = Set<String>()
        return folders.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.filter { folder in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path, isDirectory: &isFolder)
            return exists && isFolder.boolValue && seen.insert(folder).inserted
        }
    }

    /// The `.swift` files below `folder`, sorted by path.
    package static func swiftFiles(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The text of `url`, or "" when it cannot be read.
    package static func contents(of url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
}
