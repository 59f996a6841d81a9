/// Why a patch does not apply to a document: which operation, at which pointer, what is wrong and what to do.
public struct JSONPatchFailure: Error, Sendable, Hashable {
    /// The operation's RFC name (`add`, `remove`, …) or `merge`.
    public let operation: String
    /// The pointer that failed, as written.
    public let pointer: String
    /// What is wrong, such as "`/spec/replica` does not exist: `/spec` has no member `replica`".
    public let reason: String
    /// What to do, such as the members that do exist there.
    public let fix: String
}

extension Value {
    /// The document with `operations` applied in order, as RFC 6902 says: all of them or, on the first that does
    /// not apply, none.
    /// - Parameter operations: The operations.
    public func applying(_ operations: [JSONPatchOperation]) throws(JSONPatchFailure) -> Value {
        var document = self
        for operation in operations { try document.apply(operation) }
        return document
    }

    /// The document with an RFC 7386 merge patch applied. Unlike RFC 7386, removing a member that does not exist
    /// is a failure, so a misspelt name is found rather than ignored.
    /// - Parameter patch: The merge patch.
    public func applying(_ patch: MergePatch) throws(JSONPatchFailure) -> Value {
        try merging(patch, at: [])
    }

    /// What `pointer` points at, or `nil` when it does not exist.
    /// - Parameter pointer: The pointer.
    public func value(at pointer: JSONPointer) -> Value? {
        try? Self.resolve(pointer, in: self, operation: "")
    }

    private mutating func apply(_ operation: JSONPatchOperation) throws(JSONPatchFailure) {
        let name = operation.name
        switch operation {
        case .add(let path, let value):
            try add(value, at: Self.pointer(path, operation: name), operation: name)
        case .remove(let path):
            _ = try remove(at: Self.pointer(path, operation: name), operation: name)
        case .replace(let path, let value):
            let pointer = try Self.pointer(path, operation: name)
            _ = try Self.resolve(pointer, in: self, operation: name)
            try add(value, at: pointer, operation: name, replacing: true)
        case .move(let fromPath, let toPath):
            let from = try Self.pointer(fromPath, operation: name), to = try Self.pointer(toPath, operation: name)
            guard !to.isStrictlyInside(from) else {
                throw JSONPatchFailure(
                    operation: name, pointer: toPath, reason: "`\(toPath)` is inside `\(fromPath)`, which is moved",
                    fix: "move to a place outside what is moved")
            }
            guard from != to else {
                _ = try Self.resolve(from, in: self, operation: name)
                return
            }
            let moved = try remove(at: from, operation: name)
            try add(moved, at: to, operation: name)
        case .copy(let fromPath, let toPath):
            let copied = try Self.resolve(Self.pointer(fromPath, operation: name), in: self, operation: name)
            try add(copied, at: Self.pointer(toPath, operation: name), operation: name)
        case .test(let path, let expected):
            let found = try Self.resolve(Self.pointer(path, operation: name), in: self, operation: name)
            guard found.equalsAsJSON(expected) else {
                throw JSONPatchFailure(
                    operation: name, pointer: path, reason: "`\(path)` is \(found.summary), not \(expected.summary)",
                    fix: "the rendered object is not what the patch expects: check the stack or the test's value")
            }
        }
    }

    private static func pointer(_ text: String, operation: String) throws(JSONPatchFailure) -> JSONPointer {
        do throws(JSONPointerSyntaxError) { return try JSONPointer(parsing: text) } catch {
            throw JSONPatchFailure(
                operation: operation, pointer: text, reason: "`\(text)` is not a JSON Pointer: it \(error.reason)",
                fix: error.fix)
        }
    }

    /// Adds (or, with `replacing`, replaces) `value` at `pointer`, whose parent must exist.
    private mutating func add(
        _ value: Value, at pointer: JSONPointer, operation: String, replacing: Bool = false
    ) throws(JSONPatchFailure) {
        guard let last = pointer.tokens.last else {
            self = value
            return
        }
        try Self.edit(&self, pointer, depth: 0, operation: operation) { (parent: inout Value) throws(JSONPatchFailure) in
            switch parent {
            case .object(var members):
                members[last] = value
                parent = .object(members)
            case .array(var items):
                guard let index = JSONPointer.index(last, count: items.count, appending: !replacing) else {
                    throw Self.notAnIndex(last, of: items.count, at: pointer, operation: operation, appending: !replacing)
                }
                if replacing { items[index] = value } else { items.insert(value, at: index) }
                parent = .array(items)
            default:
                throw Self.notAContainer(parent, at: pointer.prefix(pointer.tokens.count - 1), pointer, operation)
            }
        }
    }

    /// Removes what is at `pointer`, which must exist, and returns it.
    private mutating func remove(at pointer: JSONPointer, operation: String) throws(JSONPatchFailure) -> Value {
        let removed = try Self.resolve(pointer, in: self, operation: operation)
        guard let last = pointer.tokens.last else {
            throw JSONPatchFailure(
                operation: operation, pointer: "", reason: "the whole object cannot be removed",
                fix: "remove a member, such as `/spec/template/spec/priorityClassName`")
        }
        try Self.edit(&self, pointer, depth: 0, operation: operation) { (parent: inout Value) throws(JSONPatchFailure) in
            switch parent {
            case .object(var members):
                members[last] = nil
                parent = .object(members)
            case .array(var items):
                // `resolve` found the item, so the index is valid.
                if let index = JSONPointer.index(last, count: items.count, appending: false) { items.remove(at: index) }
                parent = .array(items)
            default: break
            }
        }
        return removed
    }

    /// Walks from `value` (the document at `pointer.prefix(depth)`) to the parent of the pointer's last token and
    /// lets `body` change it.
    private static func edit(
        _ value: inout Value, _ pointer: JSONPointer, depth: Int, operation: String,
        _ body: (inout Value) throws(JSONPatchFailure) -> Void
    ) throws(JSONPatchFailure) {
        if depth == pointer.tokens.count - 1 {
            try body(&value)
            return
        }
        let token = pointer.tokens[depth]
        switch value {
        case .object(var members):
            guard var child = members[token] else {
                throw missingMember(token, in: members, at: pointer.prefix(depth), pointer, operation)
            }
            try edit(&child, pointer, depth: depth + 1, operation: operation, body)
            members[token] = child
            value = .object(members)
        case .array(var items):
            guard let index = JSONPointer.index(token, count: items.count, appending: false) else {
                throw notAnIndex(token, of: items.count, at: pointer, operation: operation, appending: false)
            }
            try edit(&items[index], pointer, depth: depth + 1, operation: operation, body)
            value = .array(items)
        default:
            throw notAContainer(value, at: pointer.prefix(depth), pointer, operation)
        }
    }

    /// What `pointer` points at in `document`, or why it does not exist.
    private static func resolve(_ pointer: JSONPointer, in document: Value, operation: String) throws(JSONPatchFailure) -> Value {
        var current = document
        for (depth, token) in pointer.tokens.enumerated() {
            switch current {
            case .object(let members):
                guard let child = members[token] else {
                    throw missingMember(token, in: members, at: pointer.prefix(depth), pointer, operation)
                }
                current = child
            case .array(let items):
                guard let index = JSONPointer.index(token, count: items.count, appending: false) else {
                    throw notAnIndex(token, of: items.count, at: pointer.prefix(depth + 1), operation: operation, appending: false)
                }
                current = items[index]
            default:
                throw notAContainer(current, at: pointer.prefix(depth), pointer, operation)
            }
        }
        return current
    }

    private func merging(_ patch: MergePatch, at path: [String]) throws(JSONPatchFailure) -> Value {
        switch patch {
        case .value(let value): return value
        case .remove: return self  // handled by the parent, which removes the member
        case .object(let changes):
            guard case .object(var members) = self else { return try Value.object([:]).merging(patch, at: path) }
            for (key, change) in changes.sorted(by: { $0.key < $1.key }) {
                let pointer = JSONPointer(tokens: path + [key])
                if change == .remove {
                    guard members[key] != nil else {
                        throw Self.missingMember(key, in: members, at: JSONPointer(tokens: path), pointer, "merge")
                    }
                    members[key] = nil
                } else {
                    members[key] = try (members[key] ?? .object([:])).merging(change, at: pointer.tokens)
                }
            }
            return .object(members)
        }
    }

    private static func missingMember(
        _ token: String, in members: [String: Value], at parent: JSONPointer, _ pointer: JSONPointer, _ operation: String
    ) -> JSONPatchFailure {
        let names = members.keys.sorted()
        var fix = names.isEmpty ? "it has no members" : "its members: " + names.joined(separator: ", ")
        if let match = Suggestion.closest(to: token, in: names) { fix = "did you mean `\(match)`? " + fix }
        return JSONPatchFailure(
            operation: operation, pointer: pointer.description,
            reason: "`\(pointer)` does not exist: \(parent.shown) has no member `\(token)`", fix: fix)
    }

    private static func notAnIndex(
        _ token: String, of count: Int, at pointer: JSONPointer, operation: String, appending: Bool
    ) -> JSONPatchFailure {
        let parent = pointer.prefix(pointer.tokens.count - 1)
        let valid = count == 0 ? "" : "0…\(count - 1)"
        let choices = appending ? [valid, "\(count)", "`-` to append"].filter { !$0.isEmpty } : [valid].filter { !$0.isEmpty }
        return JSONPatchFailure(
            operation: operation, pointer: pointer.description,
            reason: "`\(pointer)` does not exist: \(parent.shown) is an array of \(count) item\(count == 1 ? "" : "s") "
                + "and `\(token)` is not one of its indices",
            fix: choices.isEmpty ? "the array is empty: add to it with `-`" : "use " + choices.joined(separator: ", "))
    }

    private static func notAContainer(
        _ value: Value, at parent: JSONPointer, _ pointer: JSONPointer, _ operation: String
    ) -> JSONPatchFailure {
        JSONPatchFailure(
            operation: operation, pointer: pointer.description,
            reason: "`\(pointer)` does not exist: \(parent.shown) is \(value.summary), not an object or an array",
            fix: "point at \(parent.shown) itself, or replace it with an object first")
    }

    /// Equality as JSON compares it: `1` equals `1.0`, object members in any order.
    func equalsAsJSON(_ other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): Double(a) == b
        case (.array(let a), .array(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.equalsAsJSON($1) }
        case (.object(let a), .object(let b)):
            a.count == b.count && a.allSatisfy { key, value in b[key].map(value.equalsAsJSON) ?? false }
        default: self == other
        }
    }

    /// A few words for a message: "the string `abc`", "an object with members a, b".
    var summary: String {
        switch self {
        case .string(let text): "the string `\(text.count > 60 ? String(text.prefix(57)) + "…" : text)`"
        case .int(let number): "the number \(number)"
        case .double(let number): "the number \(number)"
        case .bool(let flag): "`\(flag)`"
        case .array(let items): "an array of \(items.count) item\(items.count == 1 ? "" : "s")"
        case .object(let members):
            members.isEmpty ? "an empty object" : "an object with members " + members.keys.sorted().joined(separator: ", ")
        }
    }
}

extension JSONPointer {
    /// `the object` for the root, otherwise the pointer in backticks.
    var shown: String { tokens.isEmpty ? "the object" : "`\(description)`" }
}
