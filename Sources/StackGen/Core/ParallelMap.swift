import Dispatch

/// Maps a collection on every core, keeping the input order (so output stays deterministic).
enum ParallelMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        // Each iteration writes only its own slot.
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots[index] = transform(items[index])
        }
        return results.map { $0! }
    }
}
