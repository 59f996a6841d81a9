/// When two keys of one mapping are the same key, as environment files have always been read: equal content and
/// equal tag once resolved, where position and quoting do not count. With no tag-resolution rules every untagged
/// or `!`-tagged scalar is a string, so `1`, `"1"`, `'1'` and `!!str 1` are one key, while `!custom 1` is
/// another. Texts compare as Swift strings do (canonically equivalent Unicode is equal).
enum YAMLKeyIdentity {
    static let stringTag = "tag:yaml.org,2002:str"
    static let sequenceTag = "tag:yaml.org,2002:seq"
    static let mappingTag = "tag:yaml.org,2002:map"
    static let valueTag = "tag:yaml.org,2002:value"

    /// The keys of `pairs` that appear more than once: each one's text (see `text(of:)`) and where the first of
    /// them (in key order) first appears; `nil` when every key is unique.
    static func duplicates(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> (texts: [String], mark: YAMLMark)? {
        guard pairs.count > 1 else { return nil }
        // Each distinct key once, in order of first appearance, with how often it appears.
        var groups: [(key: YAMLNode, count: Int)] = []
        if pairs.count <= 8 {
            for (key, _) in pairs {
                if let index = groups.firstIndex(where: { isSame($0.key, key) }) {
                    groups[index].count += 1
                } else {
                    groups.append((key, 1))
                }
            }
        } else {
            var indices: [Key: Int] = [:]
            indices.reserveCapacity(pairs.count)
            for (key, _) in pairs {
                if let index = indices[Key(node: key)] {
                    groups[index].count += 1
                } else {
                    indices[Key(node: key)] = groups.count
                    groups.append((key, 1))
                }
            }
        }
        let repeated = groups.filter { $0.count > 1 }.map(\.key).sorted(by: isOrderedBefore)
        guard let first = repeated.first else { return nil }
        return (repeated.map { text(of: $0) ?? "<uncovertable>" }, first.mark)
    }

    /// The tag `node` has once resolved without tag-resolution rules.
    static func resolvedTag(of node: YAMLNode) -> String {
        guard node.tag.isEmpty || node.tag == "!" else { return node.tag }
        switch node.content {
        case .scalar: return stringTag
        case .sequence: return sequenceTag
        case .mapping: return mappingTag
        }
    }

    /// Whether `lhs` and `rhs` are the same mapping key.
    static func isSame(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs.content, rhs.content) {
        case (.scalar(let left), .scalar(let right)):
            return left.text == right.text && resolvedTag(of: lhs) == resolvedTag(of: rhs)
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { isSame($0, $1) }
                && resolvedTag(of: lhs) == resolvedTag(of: rhs)
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { isSame($0.key, $1.key) && isSame($0.value, $1.value) }
                && resolvedTag(of: lhs) == resolvedTag(of: rhs)
        default:
            return false
        }
    }

    /// The order duplicated keys are listed in: scalars by text, lists item by item, mappings key by key (then
    /// the shorter first); a scalar, a list and a mapping are unordered among each other.
    static func isOrderedBefore(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs.content, rhs.content) {
        case (.scalar(let left), .scalar(let right)): return left.text < right.text
        case (.sequence(let left), .sequence(let right)): return isOrderedBefore(left, right, by: { $0 })
        case (.mapping(let left), .mapping(let right)): return isOrderedBefore(left, right, by: \.key)
        default: return false
        }
    }

    private static func isOrderedBefore<Element>(
        _ lhs: [Element], _ rhs: [Element], by node: (Element) -> YAMLNode
    ) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            if isOrderedBefore(node(left), node(right)) { return true }
            if isOrderedBefore(node(right), node(left)) { return false }
        }
        return lhs.count < rhs.count
    }

    /// A key's text for the message: a scalar's text; for a mapping, that of the value of its `!!value` key.
    static func text(of node: YAMLNode) -> String? {
        switch node.content {
        case .scalar(let scalar): return scalar.text
        case .sequence: return nil
        case .mapping(let pairs):
            guard let pair = pairs.first(where: { resolvedTag(of: $0.key) == valueTag }) else { return nil }
            return text(of: pair.value)
        }
    }

    /// A key in a hash table, equal and hashed by `isSame`.
    private struct Key: Hashable {
        let node: YAMLNode

        static func == (lhs: Key, rhs: Key) -> Bool { isSame(lhs.node, rhs.node) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(resolvedTag(of: node))
            switch node.content {
            case .scalar(let scalar): hasher.combine(scalar.text)
            case .sequence(let items): hasher.combine(items.count)
            case .mapping(let pairs): hasher.combine(pairs.count)
            }
        }
    }
}
