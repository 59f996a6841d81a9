/// One non-secret configuration value of a service, typed so an environment cannot override a number with a word.
///
/// Configuration renders as a Kubernetes `ConfigMap` whose name carries a hash of its content (so a change rolls
/// the pods) and as plain ECS container environment. Credentials never belong here: the same rules as for plain
/// environment variables apply.
///
/// ```swift
/// configuration: ["PAGE_SIZE": 50, "GRAPHQL_PATH": "/graphql", "FEATURE_SEARCH": false]
/// ```
public enum ConfigValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
{
    case string(String)
    case integer(Int)
    case boolean(Bool)

    /// A string value: `"info"`.
    /// - Parameter value: The text.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole-number value: `30`.
    /// - Parameter value: The number.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A true-or-false value: `true`.
    /// - Parameter value: The flag.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }

    /// The value as the container sees it: `50`, `true`, `/graphql`.
    public var text: String {
        switch self {
        case .string(let value): value
        case .integer(let value): String(value)
        case .boolean(let value): value ? "true" : "false"
        }
    }

    /// `string`, `integer` or `boolean`, for diagnostics.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        }
    }

    /// `text` read as a value of the same type as `self`, or `nil` when it is not one.
    public func sameType(from text: String) -> ConfigValue? {
        switch self {
        case .string: .string(text)
        case .integer: Int(text).map(ConfigValue.integer)
        case .boolean: ["true": true, "false": false][text].map(ConfigValue.boolean)
        }
    }
}
