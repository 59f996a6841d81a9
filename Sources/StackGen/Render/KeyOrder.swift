#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The order keys are written in: `apiVersion`, `kind`, `metadata`, `name`, `namespace` first, in this order,
/// then the rest sorted by Unicode code points.
enum KeyOrder {
    /// An object's members in key order: each key's rank is found once, and no key is looked up again.
    static func sortedMembers(_ members: [String: Value]) -> [(key: String, value: Value)] {
        guard members.count > 1 else { return members.map { ($0.key, $0.value) } }
        var ranked: [(key: String, value: Value, rank: Int)] = []
        ranked.reserveCapacity(members.count)
        for (key, value) in members { ranked.append((key, value, rank(key))) }
        ranked.sort { lhs, rhs in
            lhs.rank != rhs.rank ? lhs.rank < rhs.rank : codePointOrder(lhs.key, rhs.key)
        }
        return ranked.map { ($0.key, $0.value) }
    }

    /// The position of `key` among the leading keys, or 5 for every other key. The length is compared first, so
    /// most keys are ranked without a string comparison.
    private static func rank(_ key: String) -> Int {
        switch key.utf8.count {
        case 4: key == "kind" ? 1 : key == "name" ? 3 : 5
        case 8: key == "metadata" ? 2 : 5
        case 9: key == "namespace" ? 4 : 5
        case 10: key == "apiVersion" ? 0 : 5
        default: 5
        }
    }

    /// Whether `lhs` sorts before `rhs` by Unicode code points: UTF-8 byte order is code point order, so one
    /// byte comparison of the two (contiguous) UTF-8 buffers decides.
    static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let l = left.baseAddress, let r = right.baseAddress {
                    let order = memcmp(l, r, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }
}
