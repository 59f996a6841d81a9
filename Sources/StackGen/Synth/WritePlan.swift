import Foundation

/// What writing an environment would change on disk, found by comparing the rendered files with the folder.
public struct WritePlan: Sendable {
    public let environment: String
    /// The environment's output folder.
    public let directory: URL
    /// Every file stackgen owns after the write, index included, with its contents.
    public let files: [String: String]
    /// Files that are new.
    public let added: [String]
    /// Files whose bytes change.
    public let changed: [String]
    /// Files stackgen wrote before and no longer renders.
    public let removed: [String]
    /// Files to be written that exist but stackgen did not write (not in the index).
    public let unowned: [String]

    /// Whether the folder already holds exactly the rendered output.
    public var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// Compares `rendered` with what is in `outputRoot/<environment>/`.
    public init(_ rendered: RenderedEnvironment, outputRoot: URL) {
        environment = rendered.name
        directory = outputRoot.appendingPathComponent(rendered.name)
        var files = rendered.files
        files[OwnedFilesIndex.fileName] = OwnedFilesIndex.render(environment: rendered.name, paths: rendered.paths)
        self.files = files
        let indexURL = directory.appendingPathComponent(OwnedFilesIndex.fileName)
        let previous = (try? String(contentsOf: indexURL, encoding: .utf8)).map(OwnedFilesIndex.parse) ?? []
        let owned = Set(previous + [OwnedFilesIndex.fileName])
        var added: [String] = [], changed: [String] = [], unowned: [String] = []
        // One listing of the folder, so that files which do not exist yet cost no failed `open` each.
        let existingPaths = Set((FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String]) ?? [])
        for path in files.keys.sorted() {
            let url = directory.appendingPathComponent(path)
            guard existingPaths.contains(path), let existing = FileManager.default.contents(atPath: url.path) else {
                added.append(path)
                continue
            }
            if existing != Data(files[path]!.utf8) {
                changed.append(path)
                if !owned.contains(path) { unowned.append(path) }
            }
        }
        self.added = added
        self.changed = changed
        self.unowned = unowned
        let directory = self.directory
        removed = previous.filter { path in
            files[path] == nil && FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path)
        }.sorted()
    }
}
