/// One thing a stack declares: a long-running `Service`, a `ScheduledJob`, a `Job` before a service's rollout, …
///
/// A kind of component is a model type conforming to `Component`, plus one translator per platform that conforms it
/// to that platform's hook (`KubernetesComponent`, `ECSComponent`, and `ECSStackComponent` for the CloudFormation
/// template) and, when it has rules of its own, `ValidatedComponent`. The pipeline finds those hooks by dynamic
/// cast, so a new kind adds files and extends no central list.
public protocol Component: Sendable {
    /// DNS-1123 label, unique across every component of every stack in an environment; names the objects, the ECS
    /// family and the output folder.
    var name: String { get }
    /// Where the component was declared, for diagnostics.
    var source: SourceLocation { get }
    /// The platforms the component runs on, where an environment renders them.
    var platforms: Set<Platform> { get }
    /// What `list` and diagnostics call this kind: `service`, `scheduled job`, `job`.
    var kind: String { get }
    /// The pod or task the component runs, declared like a service (container, size, secrets, configuration,
    /// security, role), or `nil` when it runs none. Every rule and translator of a service's container applies.
    var workload: Service? { get }
    /// Where each environment gives the workload its image version, size, architecture, capacity and role.
    var settingsSource: ComponentSettingsSource { get }
}

/// Where an environment file configures a component.
public enum ComponentSettingsSource: Sendable, Hashable {
    /// It needs no settings.
    case none
    /// Its own entry under the environment's `services:` (a service: `tag`, `replicas`, …).
    case services
    /// Its own entry under the environment's `jobs:` (`tag`, `cpu`/`memory`, `architecture`, `capacity`, `roleArn`,
    /// `config`; no `replicas`).
    case jobs
    /// The settings of the named service: a job that must run the version the service is about to roll out.
    case service(String)

    /// The environment file's section, when the component has an entry of its own.
    public var section: String? {
        switch self {
        case .services: "services"
        case .jobs: "jobs"
        case .none, .service: nil
        }
    }
}

extension Service: Component {
    /// `service`.
    public var kind: String { "service" }
    /// The service itself.
    public var workload: Service? { self }
    /// `services.<name>`.
    public var settingsSource: ComponentSettingsSource { .services }
}

/// Collects the components of a `Stack` body, with `let`, `if`, `if`/`else` and `for` allowed.
@resultBuilder
public enum ComponentBuilder {
    /// One component.
    /// - Parameter component: The component.
    public static func buildExpression(_ component: any Component) -> [any Component] { [component] }
    /// Several components of one kind at once.
    /// - Parameter components: The components.
    public static func buildExpression<Kind: Component>(_ components: [Kind]) -> [any Component] { components }
    /// Several components at once.
    /// - Parameter components: The components.
    public static func buildExpression(_ components: [any Component]) -> [any Component] { components }
    /// The components of a block, in order.
    /// - Parameter parts: Each statement's components.
    public static func buildBlock(_ parts: [any Component]...) -> [any Component] { parts.flatMap { $0 } }
    /// The components of an `if` without `else`, none when it is false.
    /// - Parameter part: The branch's components.
    public static func buildOptional(_ part: [any Component]?) -> [any Component] { part ?? [] }
    /// The components of an `if` branch.
    /// - Parameter part: The branch's components.
    public static func buildEither(first part: [any Component]) -> [any Component] { part }
    /// The components of an `else` branch.
    /// - Parameter part: The branch's components.
    public static func buildEither(second part: [any Component]) -> [any Component] { part }
    /// The components of a `for` loop, in order.
    /// - Parameter parts: Each iteration's components.
    public static func buildArray(_ parts: [[any Component]]) -> [any Component] { parts.flatMap { $0 } }
    /// The components of an `if #available` branch.
    /// - Parameter part: The branch's components.
    public static func buildLimitedAvailability(_ part: [any Component]) -> [any Component] { part }
}

/// The builder of a stack body, by its former name.
public typealias ServiceBuilder = ComponentBuilder
