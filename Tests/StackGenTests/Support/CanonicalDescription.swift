/// A description of a value that does not depend on dictionary or set order: every stored property, with the
/// entries of dictionaries and sets sorted, so two equal values built separately describe the same.
enum CanonicalDescription {
    static func of(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        let children = mirror.children.map { child in (child.label.map { "\($0): " } ?? "") + of(child.value) }
        switch mirror.displayStyle {
        case .dictionary, .set:
            return "[" + children.sorted().joined(separator: ", ") + "]"
        case .optional:
            return children.first ?? "nil"
        case nil:
            return String(describing: value)
        default:
            if children.isEmpty { return String(describing: value) }
            return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
        }
    }
}
