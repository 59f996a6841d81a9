/// A place in a source file: a Swift stack (`#filePath`/`#line`) or an environment file (line and column).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the repository when it is inside it.
    public var file: String
    /// The line, from 1, when known.
    public var line: Int?
    /// The column, from 1, when known.
    public var column: Int?

    /// - Parameters:
    ///   - file: The file.
    ///   - line: The line, from 1.
    ///   - column: The column, from 1.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is unknown.
    public var description: String {
        [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}
