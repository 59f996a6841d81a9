/// A platform stackgen renders for.
public enum Platform: String, Sendable, Hashable, CaseIterable, Comparable {
    case kubernetes
    case ecs

    /// Whether `lhs` comes before `rhs` in the order platforms are rendered.
    /// - Parameters:
    ///   - lhs: One platform.
    ///   - rhs: The other.
    public static func < (lhs: Platform, rhs: Platform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
