/// One environment after the front half: loaded, its services resolved and every rule run. What the
/// translators, the cost estimator and `validate` consume.
public struct ResolvedEnvironment: Sendable {
    /// The environment as its file describes it.
    public let environment: Environment
    /// Its services, in stack order then declaration order.
    public let services: [ResolvedService]
    /// What resolving and validating found, files named as given (see `Pipeline`, which names them once).
    public let diagnostics: [Diagnostic]

    /// - Parameters:
    ///   - environment: The loaded environment.
    ///   - services: Its resolved services.
    ///   - diagnostics: What resolving and validating found.
    public init(environment: Environment, services: [ResolvedService], diagnostics: [Diagnostic]) {
        self.environment = environment
        self.services = services
        self.diagnostics = diagnostics
    }
}
