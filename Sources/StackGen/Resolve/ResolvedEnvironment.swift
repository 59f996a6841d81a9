/// One environment after the front half: loaded, its components resolved and every rule run. What the
/// translators, the cost estimator and `validate` consume.
public struct ResolvedEnvironment: Sendable {
    /// The environment as its file describes it.
    public let environment: Environment
    /// Every component it renders (services, jobs, …), in stack order then declaration order.
    public let components: [ResolvedComponent]
    /// Its services, in stack order then declaration order.
    public let services: [ResolvedService]
    /// What resolving and validating found, files named as given (see `Pipeline`, which names them once).
    public let diagnostics: [Diagnostic]

    /// - Parameters:
    ///   - environment: The loaded environment.
    ///   - components: Its resolved components.
    ///   - diagnostics: What resolving and validating found.
    public init(environment: Environment, components: [ResolvedComponent], diagnostics: [Diagnostic]) {
        self.environment = environment
        self.components = components
        self.services = components.compactMap { $0.component is Service ? $0.workload : nil }
        self.diagnostics = diagnostics
    }

    /// The pods and tasks of every component (services and jobs), in order: what reads secrets, opens
    /// connections and must fit a node.
    public var workloads: [ResolvedService] { components.compactMap(\.workload) }
}
