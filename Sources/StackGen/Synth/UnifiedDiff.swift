/// A unified diff of two texts, line by line, as `diff -u` prints it.
package enum UnifiedDiff {
    /// The diff of `old` and `new` with `context` unchanged lines around each change; empty when they are equal.
    package static func diff(
        old: String, new: String, oldName: String, newName: String, context: Int = 3
    ) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        let edits = script(a, b)
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for group in hunks(edits, context: context) {
            let hunk = edits[group]
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            let oldStart = hunk.first!.oldLine + (oldCount == 0 ? 0 : 1)
            let newStart = hunk.first!.newLine + (newCount == 0 ? 0 : 1)
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                output += (edit.kind == .same ? " " : edit.kind == .added ? "+" : "-") + edit.text + "\n"
            }
        }
        return output
    }

    private struct Edit {
        enum Kind { case same, added, removed }
        let kind: Kind
        let text: String
        /// Lines of the old and new text before this edit (0-based positions).
        let oldLine: Int
        let newLine: Int
    }

    /// Ranges of `edits` to print: each change with `context` lines around it, merging changes whose contexts
    /// touch.
    private static func hunks(_ edits: [Edit], context: Int) -> [Range<Int>] {
        let changes = edits.indices.filter { edits[$0].kind != .same }
        var ranges: [Range<Int>] = []
        for change in changes {
            let range = max(0, change - context)..<min(edits.count, change + context + 1)
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script, from a longest-common-subsequence table (texts here are a few hundred lines).
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: i, newLine: j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                // Removals before additions, as `diff -u` prints them.
                edits.append(Edit(kind: .removed, text: a[i], oldLine: i, newLine: j))
                i += 1
            } else {
                edits.append(Edit(kind: .added, text: b[j], oldLine: i, newLine: j))
                j += 1
            }
        }
        return edits
    }
}
