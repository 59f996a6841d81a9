/// The list of files stackgen wrote for an environment, kept beside them as `.stackgen-index`. A file in the
/// list is stackgen's to replace or remove; any other file is left alone.
package enum OwnedFilesIndex {
    package static let fileName = ".stackgen-index"

    /// The index text for `paths` (relative to the environment's folder).
    package static func render(environment: String, paths: [String]) -> String {
        render(environment: environment, sortedPaths: PathOrder.sorted(paths))
    }

    /// The index text for `sortedPaths`, which are in `PathOrder`'s order already.
    static func render(environment: String, sortedPaths: [String]) -> String {
        let header = [
            "# Files stackgen rendered for environment \(environment), relative to this folder.",
            "# stackgen replaces and removes these files only; anything else here is left alone.",
        ]
        return (header + sortedPaths).joined(separator: "\n") + "\n"
    }

    /// The entries listed in an index's text: `accepted` are plain relative paths inside the environment's
    /// folder; `rejected` are the other lines (absolute paths, `..`, `.`, empty parts, control characters), which
    /// stackgen reports and ignores.
    package static func parse(_ text: String) -> (accepted: [String], rejected: [String]) {
        // ASCII text (every index stackgen writes) is read byte by byte; other text by characters, where a
        // combining mark joins the `/` or `#` before it and `\r\n` is one character.
        var text = text
        if let parsed = text.withUTF8({ parseASCII($0) }) { return parsed }
        var accepted: [String] = [], rejected: [String] = []
        for line in text.split(separator: "\n").map(String.init) where !line.isEmpty && !line.hasPrefix("#") {
            if isInside(line) { accepted.append(line) } else { rejected.append(line) }
        }
        return (accepted, rejected)
    }

    /// `parse(_:)` for text of ASCII bytes without a carriage return, or nil for any other text.
    private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (accepted: [String], rejected: [String])? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        var accepted: [String] = [], rejected: [String] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            guard !line.isEmpty, line[0] != UInt8(ascii: "#") else { continue }
            let entry = String(decoding: line, as: UTF8.self)
            if isInside(asciiLine: line) { accepted.append(entry) } else { rejected.append(entry) }
        }
        return (accepted, rejected)
    }

    /// `isInside(_:)` for a line of ASCII bytes.
    private static func isInside(asciiLine line: UnsafeBufferPointer<UInt8>) -> Bool {
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
