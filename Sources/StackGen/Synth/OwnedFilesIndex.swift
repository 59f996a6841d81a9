/// The list of files stackgen wrote for an environment, kept beside them as `.stackgen-index`. A file in the
/// list is stackgen's to replace or remove; any other file is left alone.
package enum OwnedFilesIndex {
    package static let fileName = ".stackgen-index"

    /// The index text for `paths` (relative to the environment's folder).
    package static func render(environment: String, paths: [String]) -> String {
        let header = [
            "# Files stackgen rendered for environment \(environment), relative to this folder.",
            "# stackgen replaces and removes these files only; anything else here is left alone.",
        ]
        return (header + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The entries listed in an index's text: `accepted` are plain relative paths inside the environment's
    /// folder; `rejected` are the other lines (absolute paths, `..`, `.`, empty parts, control characters), which
    /// stackgen reports and ignores.
    package static func parse(_ text: String) -> (accepted: [String], rejected: [String]) {
        var accepted: [String] = [], rejected: [String] = []
        for line in text.split(separator: "\n").map(String.init) where !line.isEmpty && !line.hasPrefix("#") {
            if isInside(line) { accepted.append(line) } else { rejected.append(line) }
        }
        return (accepted, rejected)
    }

    /// Whether `path` names something below the folder, by its text alone.
    static func isInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
    }
}
