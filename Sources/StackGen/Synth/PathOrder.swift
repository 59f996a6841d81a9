/// Sorts the relative paths of an environment's files in `String`'s own order (`<`), as the index and the write
/// plan list them, quickly for the ASCII paths stackgen renders.
enum PathOrder {
    /// `paths` in the order `paths.sorted()` gives. ASCII text orders by its bytes under `<`, so when every path
    /// is ASCII they are copied once into one buffer and sorted by byte (`KeyOrder.codePointOrder`) over it,
    /// without a `String` comparison (with its retains and normalisation checks) per step; any other text is
    /// sorted by `sorted()`.
    static func sorted(_ paths: [String]) -> [String] {
        guard paths.count > 1 else { return paths }
        var bytes: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(paths.count)
        for path in paths {
            let copied = path.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
                guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
                spans.append((bytes.count, utf8.count))
                bytes.append(contentsOf: utf8)
                return true
            }
            guard copied == true else { return paths.sorted() }
        }
        var order = Array(paths.indices)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            order.sort { lhs, rhs in
                let left = spans[lhs], right = spans[rhs]
                return KeyOrder.codePointOrder(
                    UnsafeBufferPointer(start: base + left.start, count: left.count),
                    UnsafeBufferPointer(start: base + right.start, count: right.count))
            }
        }
        return order.map { paths[$0] }
    }

    /// `sorted` (in this order) with `path` added at its place; `sorted` must not hold it already.
    static func inserting(_ path: String, into sorted: [String]) -> [String] {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < path { low = middle + 1 } else { high = middle }
        }
        var result = sorted
        result.insert(path, at: low)
        return result
    }
}
