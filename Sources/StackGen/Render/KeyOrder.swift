/// The order keys are written in: `apiVersion`, `kind`, `metadata`, `name`, `namespace` first, in this order,
/// then the rest sorted by Unicode code points.
enum KeyOrder {
    /// An object's members in key order: each key's rank is found once, and no key is looked up again.
    static func sortedMembers(_ members: [String: Value]) -> [(key: String, value: Value)] {
        guard members.count > 1 else { return members.map { ($0.key, $0.value) } }
        return members.map { (key: $0.key, value: $0.value, rank: rank($0.key)) }
            .sorted { lhs, rhs in
                if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
                // UTF-8 byte order is code point order.
                return lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8)
            }
            .map { ($0.key, $0.value) }
    }

    /// The position of `key` among the leading keys, or 5 for every other key.
    private static func rank(_ key: String) -> Int {
        switch key {
        case "apiVersion": 0
        case "kind": 1
        case "metadata": 2
        case "name": 3
        case "namespace": 4
        default: 5
        }
    }
}
