/// One RFC 6902 JSON Patch operation on a rendered document. Paths are RFC 6901 JSON Pointers
/// (`/spec/template/spec/priorityClassName`; `~1` for `/` and `~0` for `~` inside a name; `-` appends to an array).
public enum JSONPatchOperation: Sendable, Hashable {
    /// Adds `value` at `path`: a new member, a member's new value, or an array item inserted before `path`'s index
    /// (`-` appends). The parent must exist.
    case add(_ path: String, _ value: Value)
    /// Removes what is at `path`, which must exist.
    case remove(_ path: String)
    /// Replaces what is at `path`, which must exist, with `value`.
    case replace(_ path: String, _ value: Value)
    /// Removes what is at `from` and adds it at `path`.
    case move(from: String, to: String)
    /// Adds a copy of what is at `from` at `path`.
    case copy(from: String, to: String)
    /// Fails the patch unless what is at `path` equals `value` (numbers compare by value: `1` equals `1.0`).
    case test(_ path: String, _ value: Value)

    /// The RFC 6902 name of the operation: `add`, `remove`, …
    public var name: String {
        switch self {
        case .add: "add"
        case .remove: "remove"
        case .replace: "replace"
        case .move: "move"
        case .copy: "copy"
        case .test: "test"
        }
    }

    /// The pointer the operation changes or tests.
    public var path: String {
        switch self {
        case .add(let path, _), .remove(let path), .replace(let path, _), .test(let path, _): path
        case .move(_, let path), .copy(_, let path): path
        }
    }
}

/// An RFC 7386 merge patch: objects merge member by member, `.remove` deletes a member, anything else replaces
/// what is there (arrays are replaced whole).
public indirect enum MergePatch: Sendable, Hashable {
    /// Replace with this value.
    case value(Value)
    /// Merge these members into an object (one is created where there is none).
    case object([String: MergePatch])
    /// Delete the member (JSON `null` in RFC 7386). The member must exist.
    case remove
}

extension MergePatch: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .value(.string(value)) }
    public init(integerLiteral value: Int) { self = .value(.int(value)) }
    public init(booleanLiteral value: Bool) { self = .value(.bool(value)) }
    public init(floatLiteral value: Double) { self = .value(.double(value)) }
    public init(arrayLiteral elements: Value...) { self = .value(.array(elements)) }
    public init(dictionaryLiteral elements: (String, MergePatch)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
