/// A group of services that belong together (one application), declared in Swift.
///
/// The closure receives the environment being rendered, so a stack can vary what it declares:
///
/// ```swift
/// let dashboard = Stack("github-dashboard") { environment in
///     Service("api", image: "ghcr.io/acme/api", ports: [.http(3001)], exposure: .http())
///     if environment.isProduction { Service("audit", image: "ghcr.io/acme/audit") }
/// }
/// ```
public struct Stack: Sendable {
    /// DNS-1123 label; becomes the `app.kubernetes.io/part-of` label and prefixes ECS names.
    public let name: String
    /// Where the stack was declared, for diagnostics.
    public let source: SourceLocation
    private let declare: @Sendable (Environment) -> [Service]

    /// A stack.
    /// - Parameters:
    ///   - name: DNS-1123 label.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    ///   - services: The services it declares, given the environment being rendered.
    public init(
        _ name: String, filePath: String = #filePath, line: Int = #line,
        @ServiceBuilder services: @escaping @Sendable (Environment) -> [Service]
    ) {
        self.name = name
        self.source = SourceLocation(file: filePath, line: line)
        self.declare = services
    }

    /// The services this stack declares for `environment`.
    public func services(in environment: Environment) -> [Service] { declare(environment) }
}

/// Collects the services of a `Stack` body, with `if`, `if`/`else` and `for` allowed.
@resultBuilder
public enum ServiceBuilder {
    /// One service.
    /// - Parameter service: The service.
    public static func buildExpression(_ service: Service) -> [Service] { [service] }
    /// Several services at once.
    /// - Parameter services: The services.
    public static func buildExpression(_ services: [Service]) -> [Service] { services }
    /// The services of a block, in order.
    /// - Parameter parts: Each statement's services.
    public static func buildBlock(_ parts: [Service]...) -> [Service] { parts.flatMap { $0 } }
    /// The services of an `if` without `else`, none when it is false.
    /// - Parameter part: The branch's services.
    public static func buildOptional(_ part: [Service]?) -> [Service] { part ?? [] }
    /// The services of an `if` branch.
    /// - Parameter part: The branch's services.
    public static func buildEither(first part: [Service]) -> [Service] { part }
    /// The services of an `else` branch.
    /// - Parameter part: The branch's services.
    public static func buildEither(second part: [Service]) -> [Service] { part }
    /// The services of a `for` loop, in order.
    /// - Parameter parts: Each iteration's services.
    public static func buildArray(_ parts: [[Service]]) -> [Service] { parts.flatMap { $0 } }
}

/// Everything a repository renders: its stacks, in order.
public struct App: Sendable {
    /// The stacks, in the order they are rendered.
    public let stacks: [Stack]

    /// An app.
    /// - Parameter stacks: Its stacks; service names must be unique across them.
    public init(stacks: [Stack]) {
        self.stacks = stacks
    }
}
