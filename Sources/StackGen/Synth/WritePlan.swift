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
    /// Manifest files (`.yaml`, `.yml`, `.json`) under `kubernetes/` that stackgen neither renders nor wrote
    /// before: kept, but not in `kustomization.yaml`, so never deployed. Only looked for when the environment
    /// renders a kustomization.
    public let unlisted: [String]
    /// Lines of the previous index that do not name a file inside the environment's folder: ignored.
    public let ignoredIndexEntries: [String]
    /// The text on disk of the changed and removed files, as read while planning (a file that is not UTF-8 text,
    /// or not a file, has none), so that `diff` and the selector check need not read them again.
    public let oldContents: [String: String]

    /// Whether the folder already holds exactly the rendered output.
    public var isUpToDate: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// Whether the plan may be carried out: it overwrites no file stackgen does not own and writes through no link.
    public var isPermitted: Bool { unowned.isEmpty && linked.isEmpty }

    /// Compares `rendered` with what is in `outputRoot/<environment>/`.
    public init(_ rendered: RenderedEnvironment, outputRoot: URL) {
        var files = rendered.files
        // The paths are sorted once, for the index and for the plan.
        let renderedPaths = PathOrder.sorted(Array(rendered.files.keys))
        files[OwnedFilesIndex.fileName] = OwnedFilesIndex.render(environment: rendered.name, sortedPaths: renderedPaths)
        let paths = rendered.files[OwnedFilesIndex.fileName] == nil
            ? PathOrder.inserting(OwnedFilesIndex.fileName, into: renderedPaths) : renderedPaths
        self.init(environment: rendered.name, files: files, sortedPaths: paths, outputRoot: outputRoot)
    }

    /// Compares `files` (index included) with what is in `outputRoot/<environment>/` now.
    init(environment: String, files: [String: String], outputRoot: URL) {
        self.init(environment: environment, files: files, sortedPaths: PathOrder.sorted(Array(files.keys)),
                  outputRoot: outputRoot)
    }

    /// Compares `files` (index included; `paths` are their paths in `PathOrder`) with what is in
    /// `outputRoot/<environment>/` now: each folder is listed once (links inside are never followed), and the files
    /// are compared byte for byte on every core.
    private init(environment: String, files: [String: String], sortedPaths paths: [String], outputRoot: URL) {
        self.environment = environment
        self.files = files
        let directory = outputRoot.appendingPathComponent(environment)
        self.directory = directory
        var root = directory.path
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        var listing = FolderListing(root: root)
        listing.readFolders(holding: paths)
        let index = (try? String(contentsOf: directory.appendingPathComponent(OwnedFilesIndex.fileName), encoding: .utf8))
            .map(OwnedFilesIndex.parse) ?? (accepted: [], rejected: [])
        let throughLink = index.accepted.map { listing.entry($0).throughLink }
        let previous = zip(index.accepted, throughLink).filter { !$0.1 }.map(\.0)
        ignoredIndexEntries = index.rejected + zip(index.accepted, throughLink).filter(\.1).map(\.0)
        var owned = Set(previous)
        owned.insert(OwnedFilesIndex.fileName)

        let kinds = paths.map { path -> FileEntry.Kind? in
            let entry = listing.entry(path)
            return entry.throughLink ? nil : entry.kind
        }
        let outcomes = Self.compare(paths, kinds: kinds, files: files, listing: listing)
        var added: [String] = [], changed: [String] = [], unowned: [String] = [], linked: [String] = []
        var oldContents: [String: String] = [:]
        for (position, path) in paths.enumerated() {
            guard let kind = kinds[position] else {
                linked.append(path)
                continue
            }
            switch kind {
            case .missing:
                added.append(path)
            case .file:
                guard case .differs(let old) = outcomes[position] else { continue }
                changed.append(path)
                oldContents[path] = old
                if !owned.contains(path) { unowned.append(path) }
            case .symbolicLink:
                if case .differs = outcomes[position] { linked.append(path) }
            case .directory, .other:
                changed.append(path)
                unowned.append(path)
            }
        }
        unlisted = Self.unlisted(in: &listing, files: files, owned: owned)
        self.added = added
        self.changed = changed
        self.unowned = unowned
        self.linked = linked
        removed = previous.filter { path in files[path] == nil && listing.kind(of: path) == .file }.sorted()
        for path in removed { oldContents[path] = FileComparison.text(at: listing.fullPath(path)) }
        self.oldContents = oldContents
    }

    /// The manifest files below `kubernetes/` that are neither rendered nor owned. The folders holding rendered files
    /// were listed already, so this reads only folders stackgen has no file in.
    private static func unlisted(in listing: inout FolderListing, files: [String: String], owned: Set<String>) -> [String] {
        let folder = "kubernetes"
        guard files["\(folder)/kustomization.yaml"] != nil else { return [] }
        return listing.files(under: folder) { path in
            (path.hasSuffix(".yaml") || path.hasSuffix(".yml") || path.hasSuffix(".json"))
                && files[path] == nil && !owned.contains(path)
        }
    }

    /// Compares every file (or link to one) among `paths` with its rendered text, on every core; `.same` for the rest.
    private static func compare(
        _ paths: [String], kinds: [FileEntry.Kind?], files: [String: String], listing: FolderListing
    ) -> [FileComparison.Outcome] {
        let work = paths.indices.compactMap { position -> (position: Int, path: String, text: String, following: Bool)? in
            guard let kind = kinds[position], kind == .file || kind == .symbolicLink else { return nil }
            let path = paths[position]
            return (position, listing.fullPath(path), files[path]!, kind == .symbolicLink)
        }
        let chunk = max(1, (work.count + 63) / 64)
        let chunks = stride(from: 0, to: work.count, by: chunk).map { $0..<min($0 + chunk, work.count) }
        let results = ParallelMap.map(chunks) { range in
            work[range].map { FileComparison.compare($0.path, with: $0.text, following: $0.following) }
        }
        var outcomes = [FileComparison.Outcome](repeating: .same, count: paths.count)
        for (item, outcome) in zip(work, results.joined()) { outcomes[item.position] = outcome }
        return outcomes
    }
}
