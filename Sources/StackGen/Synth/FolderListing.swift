#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is inside an environment's folder, read one folder at a time (`readdir`, each folder once) and never
/// through a symbolic link inside it. Answers what `lstat` would for a path below the folder, without a system
/// call per file.
struct FolderListing {
    /// The environment's folder (a link to it is followed, as the system follows it).
    let root: String
    private var folders: [String: Folder] = [:]

    /// A folder on a path below the root, as far as the listing is concerned.
    private enum Folder {
        /// A real folder and its entries by name.
        case listed([String: FileEntry.Kind])
        /// A real folder that cannot be listed (searchable but not readable): its entries are looked up one by one.
        case unlisted
        /// A symbolic link where a folder would be.
        case link
        /// Nothing, or something that is not a folder.
        case absent
    }

    init(root: String) { self.root = root }

    /// What is at `path` below the root, without following a link there (as `lstat` sees it).
    mutating func kind(of path: String) -> FileEntry.Kind { entry(path).kind }

    /// What is at `path` below the root (as `kind(of:)`), and whether a folder on the way (the file itself
    /// excluded) is a symbolic link; from one look at the folder holding `path`.
    mutating func entry(_ path: String) -> (throughLink: Bool, kind: FileEntry.Kind) {
        let (parent, name) = Self.split(path)
        switch folder(parent) {
        case .listed(let entries): return (false, entries[name] ?? .missing)
        case .absent: return (false, .missing)
        case .unlisted: return (false, FileEntry(path: fullPath(path)).kind)
        case .link: return (!parent.isEmpty, FileEntry(path: fullPath(path)).kind)
        }
    }

    /// The files (and symbolic links) at any depth below the folder `path` that `include` accepts, as paths below
    /// the root, each folder's entries in name order; folders that are links are not entered. Folders already read
    /// are not read again.
    mutating func files(under path: String, where include: (String) -> Bool) -> [String] {
        guard case .listed(let entries) = folder(path) else { return [] }
        var found: [String] = []
        for (name, kind) in entries.sorted(by: { $0.key < $1.key }) {
            let child = path.isEmpty ? name : "\(path)/\(name)"
            switch kind {
            case .file, .symbolicLink: if include(child) { found.append(child) }
            case .directory: found += files(under: child, where: include)
            case .missing, .other: continue
            }
        }
        return found
    }

    /// `root/path`.
    func fullPath(_ path: String) -> String { path.isEmpty ? root : "\(root)/\(path)" }

    /// Reads every folder that holds one of `paths` (below the root), the folders of one depth on every core, so
    /// that looking the paths up afterwards makes no system call for a listed folder. Each folder is read as
    /// `folder(_:)` would read it: only a real folder in its parent's listing is read.
    mutating func readFolders(holding paths: [String]) {
        var byDepth: [Int: Set<String>] = [:]
        var previousParent: Substring = ""
        for path in paths {
            // Paths in one folder usually come one after another: their folder is gathered once.
            let parent = Self.parent(of: path)
            if parent == previousParent { continue }
            previousParent = parent
            var folder = String(parent)
            while !folder.isEmpty {
                let depth = Self.slashes(in: folder)
                guard byDepth[depth, default: []].insert(folder).inserted else { break }
                folder = Self.split(folder).parent
            }
        }
        guard case .listed = folder("") else { return }
        let root = root
        for depth in byDepth.keys.sorted() {
            let unread = byDepth[depth, default: []].sorted().filter { path in
                let (parent, name) = Self.split(path)
                guard folders[path] == nil, case .listed(let entries)? = folders[parent] else { return false }
                return entries[name] == .directory
            }
            let read = ParallelMap.map(unread) { path in Self.list("\(root)/\(path)") ?? .unlisted }
            for (path, found) in zip(unread, read) { folders[path] = found }
        }
    }

    /// The folder at `path` below the root ("" is the root), read the first time it is asked for.
    private mutating func folder(_ path: String) -> Folder {
        if let known = folders[path] { return known }
        let found: Folder
        if path.isEmpty {
            found = Self.list(root) ?? (FileEntry(path: root).kind == .missing ? .absent : .unlisted)
        } else {
            let (parent, name) = Self.split(path)
            let kind: FileEntry.Kind
            switch folder(parent) {
            case .link: kind = .symbolicLink  // below a link: reported as passing through one
            case .absent: kind = .missing
            case .listed(let entries): kind = entries[name] ?? .missing
            case .unlisted: kind = FileEntry(path: fullPath(path)).kind
            }
            switch kind {
            case .directory: found = Self.list(fullPath(path)) ?? .unlisted
            case .symbolicLink: found = .link
            case .missing, .file, .other: found = .absent
            }
        }
        folders[path] = found
        return found
    }

    /// `a/b` and `c` for `a/b/c`; "" and `c` for `c`. (Over the contiguous UTF-8 of a native string, which
    /// every path here is, rather than through `String`'s index-checking views: the plan splits every path.)
    private static func split(_ path: String) -> (parent: String, name: String) {
        let fast = path.utf8.withContiguousStorageIfAvailable { bytes -> (parent: String, name: String) in
            guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(slash + 1)...]), as: UTF8.self))
        }
        if let fast { return fast }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// `a/b` for `a/b/c`, "" for `c`, without copying.
    private static func parent(of path: String) -> Substring {
        let slash = path.utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "/")) }
            ?? path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.distance(from: path.startIndex, to: $0) }
        guard let slash else { return "" }
        return path[..<path.utf8.index(path.startIndex, offsetBy: slash)]
    }

    /// How many `/` are in `path`.
    private static func slashes(in path: String) -> Int {
        path.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }
            ?? path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }

    /// The entries of the folder at `path`, or nil when it cannot be opened.
    private static func list(_ path: String) -> Folder? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var entries: [String: FileEntry.Kind] = [:]
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(cString: $0)
                }
            }
            if name == "." || name == ".." { continue }
            let kind: FileEntry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symbolicLink
            case Int32(DT_UNKNOWN): kind = FileEntry(path: "\(path)/\(name)").kind
            default: kind = .other
            }
            entries[name] = kind
        }
        return .listed(entries)
    }
}
