/// The list of files stackgen wrote for an environment, kept beside them as `.stackgen-index`. A file in the
/// list is stackgen's to replace or remove; any other file is left alone.
public enum OwnedFilesIndex {
    public static let fileName = ".stackgen-index"

    /// The index text for `paths` (relative to the environment's folder).
    public static func render(environment: String, paths: [String]) -> String {
        let header = [
            "# Files stackgen rendered for environment \(environment), relative to this folder.",
            "# stackgen replaces and removes these files only; anything else here is left alone.",
        ]
        return (header + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The paths listed in an index's text.
    public static func parse(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
