/// Reading a rendered document without a `switch` at every step.
extension Value {
    /// The member `key` of an object, or `nil`.
    package func member(_ key: String) -> Value? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The string, or `nil` when it is not one.
    package var text: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The items of an array, or none.
    package var items: [Value] {
        guard case .array(let items) = self else { return [] }
        return items
    }
}

extension Value {
    /// The member names of an object, sorted; none for anything else.
    package var objectKeys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.keys.sorted()
    }
}
