import Foundation

/// Works out every file `stackgen new service` writes before writing any of them.
package enum ScaffoldPlanner {
    /// One file to create or replace, with its full new contents.
    package struct FileChange: Sendable {
        package let url: URL
        package let contents: String
        package let isNew: Bool
    }

    /// All the changes, applied together.
    package struct Changes: Sendable {
        /// The new service file first, then the stack file, then the environment files.
        package let files: [FileChange]

        /// Writes every file, or none (`FileTransaction`); links are followed, modes and owners kept.
        package func apply(workspace: Workspace) throws(FileTransaction.Failure) {
            var transaction = FileTransaction()
            for change in files { transaction.add(change.url, contents: change.contents, shown: workspace.displayPath(change.url)) }
            try transaction.commit()
        }
    }

    /// Plans the scaffold of `scaffold` into stack `stack` of the repository at `workspace`; `declaredAt` is the
    /// file the stack was compiled from (`Stack.source`), where it is looked for first (`StackFileSearch`).
    package static func plan(
        _ scaffold: ServiceScaffold, stack: String, declaredAt: String? = nil, workspace: Workspace
    ) throws -> Changes {
        let stackFile = try StackFileSearch.file(declaring: stack, declaredAt: declaredAt, workspace: workspace)
        let stackSource = contents(of: stackFile)
        guard let namespace = firstMatch(after: "enum ", in: stackSource) else {
            throw SourceEditing.Problem(description: "\(workspace.displayPath(stackFile)) declares its stack outside an `enum`; add the service by hand")
        }
        let folder = stackFile.deletingLastPathComponent()
        let serviceFile = folder.appendingPathComponent(scaffold.fileName)
        guard !FileManager.default.fileExists(atPath: serviceFile.path) else {
            throw SourceEditing.Problem(description: "\(workspace.displayPath(serviceFile)) already exists")
        }
        let siblings = swiftFiles(in: folder).map(contents(of:)).joined(separator: "\n")
        guard !siblings.contains("\"\(scaffold.name)\",") && !siblings.contains("\"\(scaffold.name)\"\n") else {
            throw SourceEditing.Problem(description: "the stack already declares a service named `\(scaffold.name)`")
        }
        let image = imageRepository(for: scaffold.name, stack: stack, siblings: siblings)
        var files = [
            FileChange(url: serviceFile, contents: scaffold.source(namespace: namespace, stack: stack, imageRepository: image), isNew: true),
            FileChange(url: stackFile, contents: try SourceEditing.addingCall("\(scaffold.functionName)(environment)", toStack: stack, in: stackSource), isNew: false),
        ]
        for name in workspace.environmentNames() {
            let url = workspace.environmentFile(name)
            guard let yaml = try? String(contentsOf: url, encoding: .utf8) else {
                throw SourceEditing.Problem(description: "cannot read \(workspace.displayPath(url)) as UTF-8 text")
            }
            let isProduction = yaml.split(separator: "\n").contains { $0.hasPrefix("production: true") }
            let edited: String
            do {
                edited = try SourceEditing.addingServiceSettings(scaffold.environmentSettings(isProduction: isProduction), in: yaml)
            } catch {
                throw SourceEditing.Problem(description: "\(workspace.displayPath(url)): \(error.description)")
            }
            files.append(FileChange(url: url, contents: edited, isNew: false))
        }
        return Changes(files: files)
    }

    /// The repository of the other services' images with this service's name, or an example registry.
    static func imageRepository(for name: String, stack: String, siblings: String) -> String {
        guard let existing = firstMatch(after: "image: \"", in: siblings, until: "\""),
            let slash = existing.lastIndex(of: "/")
        else { return "registry.example.com/\(stack)/\(name)" }
        return "\(existing[..<slash])/\(stack)-\(name)"
    }

    private static func swiftFiles(in folder: URL) -> [URL] { StackFileSearch.swiftFiles(in: folder) }

    private static func contents(of url: URL) -> String { StackFileSearch.contents(of: url) }

    /// The identifier (or, with `until`, the text up to that delimiter) following the first `marker`.
    private static func firstMatch(after marker: String, in text: String, until delimiter: Character? = nil) -> String? {
        guard let range = text.range(of: marker) else { return nil }
        let rest = text[range.upperBound...]
        let value = delimiter.map { end in rest.prefix { $0 != end } } ?? rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }
}
