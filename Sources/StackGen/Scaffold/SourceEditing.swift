import Foundation

/// Text edits `stackgen new service` makes to existing files, keeping everything else (comments, order, layout)
/// exactly as it was.
package enum SourceEditing {
    /// A problem that stops the scaffold, with what to do instead.
    package struct Problem: Error, CustomStringConvertible, Sendable {
        package let description: String
    }

    /// Inserts `call` as the last statement of the body of `Stack("<stack>") { environment in … }` in `source`.
    package static func addingCall(_ call: String, toStack stack: String, in source: String) throws(Problem) -> String {
        guard let declaration = source.range(of: "Stack(\"\(stack)\"") else {
            throw Problem(description: "no `Stack(\"\(stack)\")` in the file")
        }
        guard let open = source[declaration.upperBound...].firstIndex(of: "{") else {
            throw Problem(description: "the stack `\(stack)` has no body")
        }
        let header = source[open...].prefix { $0 != "\n" }
        guard header.contains("environment in") else {
            throw Problem(description: "the body of stack `\(stack)` does not name its parameter `environment`; add `\(call)` to it by hand")
        }
        var depth = 0
        var close: String.Index?
        for index in source[open...].indices {
            if source[index] == "{" { depth += 1 }
            if source[index] == "}" { depth -= 1; if depth == 0 { close = index; break } }
        }
        guard let close else { throw Problem(description: "the body of stack `\(stack)` is not closed") }
        let lineStart = source[..<close].lastIndex(of: "\n").map { source.index(after: $0) } ?? close
        let closingIndent = String(source[lineStart..<close])
        let indent = closingIndent + "    "
        return String(source[..<lineStart]) + indent + call + "\n" + String(source[lineStart...])
    }

    /// Inserts `lines` at the end of the top-level `services:` mapping of an environment file.
    package static func addingServiceSettings(_ lines: [String], in yaml: String) throws(Problem) -> String {
        var fileLines = yaml.components(separatedBy: "\n")
        guard let start = fileLines.firstIndex(where: { $0.hasPrefix("services:") }) else {
            throw Problem(description: "no top-level `services:` mapping")
        }
        // The mapping ends before the next line that starts at column 1 and is neither blank nor a comment.
        var end = fileLines.count
        for index in (start + 1)..<fileLines.count {
            let line = fileLines[index]
            if let first = line.first, first != " ", first != "#" { end = index; break }
        }
        // Insert after the mapping's last entry, before trailing blank lines or comments.
        var insertAt = end
        while insertAt > start + 1, fileLines[insertAt - 1].trimmingCharacters(in: .whitespaces).isEmpty
            || fileLines[insertAt - 1].hasPrefix("#")
        {
            insertAt -= 1
        }
        fileLines.insert(contentsOf: lines, at: insertAt)
        return fileLines.joined(separator: "\n")
    }
}
