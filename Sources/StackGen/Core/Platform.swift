/// A platform stackgen renders for.
public enum Platform: String, Sendable, Hashable, CaseIterable, Comparable {
    case kubernetes
    case ecs

    public static func < (lhs: Platform, rhs: Platform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
