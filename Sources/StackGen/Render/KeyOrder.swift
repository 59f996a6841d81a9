#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The order keys are written in: for YAML, `apiVersion`, `kind`, `metadata`, `name`, `namespace` first, in
/// this order, then the rest sorted by Unicode code points; for JSON, every key by code points.
enum KeyOrder {
    /// One member of an object, with what its key sorts by worked out once.
    struct Member {
        /// The key's position among the leading keys (0 for every key when there are none).
        let rank: Int
        /// The key's first 16 UTF-8 bytes, big-endian and padded with zeros: comparing these decides most pairs.
        let head: UInt64
        let tail: UInt64
        let key: String
        let value: Value
    }

    /// An object's members in YAML's key order: the leading keys first.
    static func sortedMembers(_ members: [String: Value]) -> [Member] { sorted(members, ranked: true) }

    /// An object's members in code point order of their keys, as JSON writes them.
    static func codePointSorted(_ members: [String: Value]) -> [Member] { sorted(members, ranked: false) }

    /// Each key's rank and prefix are found once, and no key is looked up again.
    private static func sorted(_ members: [String: Value], ranked: Bool) -> [Member] {
        var sorted: [Member] = []
        sorted.reserveCapacity(members.count)
        for (key, value) in members {
            let (head, tail) = prefix(key)
            sorted.append(Member(rank: ranked ? rank(key) : 0, head: head, tail: tail, key: key, value: value))
        }
        guard sorted.count > 1 else { return sorted }
        sorted.sort { lhs, rhs in
            if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
            if lhs.head != rhs.head { return lhs.head < rhs.head }
            if lhs.tail != rhs.tail { return lhs.tail < rhs.tail }
            return codePointOrder(lhs.key, rhs.key)
        }
        return sorted
    }

    /// The first 16 UTF-8 bytes of `key` as two big-endian integers, padded with zero bytes. When two keys'
    /// prefixes differ, they order the keys as the whole keys would (a key that is a prefix of the other pads
    /// with zeros, which never sort after a byte of the other); when equal, the whole keys decide.
    private static func prefix(_ key: String) -> (UInt64, UInt64) {
        var key = key
        return key.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (0, 0) }
            return (word(base, bytes.count), bytes.count > 8 ? word(base + 8, bytes.count - 8) : 0)
        }
    }

    /// Up to 8 bytes at `base` (`count` of them there) as a big-endian integer, padded with zero bytes.
    private static func word(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 8 { return UInt64(bigEndian: base.loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (56 - 8 * index) }
        return word
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
        return lhs.withUTF8 { left in rhs.withUTF8 { right in codePointOrder(left, right) } }
    }

    /// Whether the UTF-8 bytes `left` sort before `right` by code points: the first differing byte decides, and a
    /// prefix sorts first.
    static func codePointOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(left.count, right.count)
        if common > 0, let l = left.baseAddress, let r = right.baseAddress {
            let order = memcmp(l, r, common)
            if order != 0 { return order < 0 }
        }
        return left.count < right.count
    }
}
