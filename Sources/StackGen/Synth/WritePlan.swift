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
    /// Files to be written that exist but stackgen did not write (not in the index), or a folder or other
    /// non-file where a file goes.
    public let unowned: [String]
    /// Files to be written at or below a symbolic link inside the environment's folder: stackgen never writes
    /// through a link there nor replaces one.
    public let linked: [String]
    /// Lines of the previous index that do not name a file inside the environment's folder: ignored.
    public let ignoredIndexEntries: [String]

    /// Whether the folder already holds exactly the rendered output.
    public var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// Whether the plan may be carried out: it overwrites no file stackgen does not own and writes through no link.
    public var isPermitted: Bool { unowned.isEmpty && linked.isEmpty }

    /// Compares `rendered` with what is in `outputRoot/<environment>/`.
    public init(_ rendered: RenderedEnvironment, outputRoot: URL) {
        var files = rendered.files
        files[OwnedFilesIndex.fileName] = OwnedFilesIndex.render(environment: rendered.name, paths: rendered.paths)
        self.init(environment: rendered.name, files: files, outputRoot: outputRoot)
    }

    /// Compares `files` (index included) with what is in `outputRoot/<environment>/` now.
    init(environment: String, files: [String: String], outputRoot: URL) {
        self.environment = environment
        self.files = files
        let directory = outputRoot.appendingPathComponent(environment)
        self.directory = directory
        var inspector = FolderInspector(directory)
        let index = (try? String(contentsOf: directory.appendingPathComponent(OwnedFilesIndex.fileName), encoding: .utf8))
            .map(OwnedFilesIndex.parse) ?? (accepted: [], rejected: [])
        let previous = index.accepted.filter { !inspector.passesThroughLink($0) }
        ignoredIndexEntries = index.rejected + index.accepted.filter { inspector.passesThroughLink($0) }
        let owned = Set(previous + [OwnedFilesIndex.fileName])
        var added: [String] = [], changed: [String] = [], unowned: [String] = [], linked: [String] = []
        for path in files.keys.sorted() {
            if inspector.passesThroughLink(path) {
                linked.append(path)
                continue
            }
            let url = directory.appendingPathComponent(path)
            switch FileEntry(url).kind {
            case .missing:
                added.append(path)
            case .file:
                if FileManager.default.contents(atPath: url.path) != Data(files[path]!.utf8) {
                    changed.append(path)
                    if !owned.contains(path) { unowned.append(path) }
                }
            case .symbolicLink:
                if FileManager.default.contents(atPath: url.path) != Data(files[path]!.utf8) { linked.append(path) }
            case .directory, .other:
                changed.append(path)
                unowned.append(path)
            }
        }
        self.added = added
        self.changed = changed
        self.unowned = unowned
        self.linked = linked
        removed = previous.filter { path in
            files[path] == nil && FileEntry(directory.appendingPathComponent(path)).kind == .file
        }.sorted()
    }
}

/// Looks at the folders on a path inside an environment's folder, each folder once.
private struct FolderInspector {
    let directory: URL
    private var links: [String: Bool] = [:]

    init(_ directory: URL) { self.directory = directory }

    /// Whether a folder on `path` (below the environment's folder, the file itself excluded) is a symbolic link.
    mutating func passesThroughLink(_ path: String) -> Bool {
        var prefix = ""
        for part in path.split(separator: "/").dropLast() {
            prefix = prefix.isEmpty ? String(part) : "\(prefix)/\(part)"
            if let known = links[prefix] {
                if known { return true }
                continue
            }
            let kind = FileEntry(directory.appendingPathComponent(prefix)).kind
            links[prefix] = kind == .symbolicLink
            if kind == .symbolicLink { return true }
            if kind == .missing { return false }
        }
        return false
    }
}
