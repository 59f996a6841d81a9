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
        // ASCII text (every index stackgen writes) is read byte by byte; other text by characters, where a
        // combining mark joins the `/` or `#` before it and `\r\n` is one character.
        guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
            for line in text.split(separator: "\n").map(String.init) where !line.isEmpty && !line.hasPrefix("#") {
                if isInside(line) { accepted.append(line) } else { rejected.append(line) }
            }
            return (accepted, rejected)
        }
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let entry = String(Substring(line))
            if isInside(asciiLine: line) { accepted.append(entry) } else { rejected.append(entry) }
        }
        return (accepted, rejected)
    }

    /// `isInside(_:)` for a line of ASCII bytes.
    private static func isInside(asciiLine line: Substring.UTF8View) -> Bool {
        var partLength = 0, dots = 0
        for byte in line {
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0
                dots = 0
                continue
            }
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") { return false }
            partLength += 1
            if byte == UInt8(ascii: ".") { dots += 1 }
        }
        return !(partLength == 0 || partLength == dots && dots <= 2)
    }

    /// Whether `path` names something below the folder, by its text alone.
    static func isInside(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            && !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }
    }
}
