/// A rendered document: what a translator produces and the YAML and JSON renderers write.
///
/// Objects are unordered here; the renderers give them a fixed key order, so output never depends on
/// `Dictionary`'s per-process ordering.
public indirect enum Value: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([Value])
    case object([String: Value])

    /// `["a", "b"]` as a list of strings.
    public static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }

    /// A string-to-string map.
    public static func stringMap(_ values: [String: String]) -> Value { .object(values.mapValues(Value.string)) }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
