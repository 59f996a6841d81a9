import StackGen

/// Lays out rows of cells in aligned columns for a terminal: left-aligned text, right-aligned figures, two
/// spaces between columns, no trailing spaces. A row with one cell is a heading that spans the table.
struct TextTable {
    enum Alignment { case left, right }

    let alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    /// A full-width rule of `─` under the header.
    mutating func rule() { rows.append([]) }

    func render() -> String {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows where row.count > 1 {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        return rows.map { row -> String in
            if row.isEmpty { return String(repeating: "─", count: total) }
            if row.count == 1 { return row[0] }
            let cells = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return alignments[index] == .left ? cell + padding : padding + cell
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
