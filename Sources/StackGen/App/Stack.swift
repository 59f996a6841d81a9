/// A group of components that belong together (one application), declared in Swift: services, scheduled jobs,
/// jobs before a rollout, and any other kind of `Component`.
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
    private let declare: @Sendable (Environment) -> [any Component]

    /// A stack.
    /// - Parameters:
    ///   - name: DNS-1123 label.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    ///   - components: The components it declares, given the environment being rendered.
    public init(
        _ name: String, filePath: String = #filePath, line: Int = #line,
        @ComponentBuilder components: @escaping @Sendable (Environment) -> [any Component]
    ) {
        self.name = name
        self.source = SourceLocation(file: filePath, line: line)
        self.declare = components
    }

    /// The components this stack declares for `environment`, in declaration order.
    public func components(in environment: Environment) -> [any Component] { declare(environment) }

    /// The services this stack declares for `environment` (its other components left out).
    public func services(in environment: Environment) -> [Service] { declare(environment).compactMap { $0 as? Service } }
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
