/// One node of a composed YAML document, as environment files are read: a scalar's text exactly as written, a
/// list, or a mapping's pairs in file order, each with its tag and its position in the file. Aliases are already
/// resolved to the node their anchor names, so a reader never meets one.
package struct YAMLNode: Sendable {
    /// What the node holds.
    package enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    package var content: Content
    /// The tag as written: empty when the node has none, `tag:yaml.org,2002:str` for a quoted scalar without one,
    /// `!` for a non-specific tag, otherwise the full tag (`!!int` reads as `tag:yaml.org,2002:int`).
    package var tag: String
    /// Where the node starts in the file.
    package var mark: YAMLMark

    package init(_ content: Content, tag: String = "", mark: YAMLMark) {
        self.content = content
        self.tag = tag
        self.mark = mark
    }

    /// The scalar, or `nil` for a list or mapping.
    package var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items of a list, or `nil` for a scalar or mapping.
    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping in file order, or `nil` for a scalar or list.
    package var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }
}

/// A scalar's text (escapes and line folding applied, as YAML defines) and how it was written.
package struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written; the raw values are libyaml's.
    package enum Style: UInt32, Sendable {
        case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
    }

    package var text: String
    package var style: Style

    package init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

/// A position in a YAML file: 1-based line, and 1-based column counted in Unicode scalars.
package struct YAMLMark: Sendable, Equatable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

extension YAMLNode: Equatable {
    /// Equal when everything matches: content, styles, tags and positions (see `YAMLKeyIdentity` for when two
    /// mapping keys count as the same key).
    package static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        guard lhs.tag == rhs.tag, lhs.mark == rhs.mark else { return false }
        switch (lhs.content, rhs.content) {
        case (.scalar(let left), .scalar(let right)): return left == right
        case (.sequence(let left), .sequence(let right)): return left == right
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}
