/// One component in one environment: the stack's declaration and, when it runs a pod or task, that workload joined
/// with its settings. What the platform hooks (`KubernetesComponent`, `ECSComponent`, …) translate.
public struct ResolvedComponent: Sendable {
    /// The declaration.
    public var component: any Component { _read { yield storage.component } }
    /// The stack that declares it.
    public var stackName: String { _read { yield storage.stackName } }
    /// The environment it is resolved in.
    public var environment: Environment { _read { yield storage.environment } }
    /// Its pod or task, resolved like a service's (`nil` when it runs none).
    public var workload: ResolvedService? { _read { yield storage.workload } }

    /// The fields, shared by every copy: a resolved component is copied into each object rendered from it and
    /// into every core's work, and a copy is then one reference rather than every field of the environment.
    private let storage: Storage

    private final class Storage: Sendable {
        let component: any Component
        let stackName: String
        let environment: Environment
        let workload: ResolvedService?

        init(component: any Component, stackName: String, environment: Environment, workload: ResolvedService?) {
            self.component = component
            self.stackName = stackName
            self.environment = environment
            self.workload = workload
        }
    }

    /// - Parameters:
    ///   - component: The declaration.
    ///   - stackName: The stack that declares it.
    ///   - environment: The environment.
    ///   - workload: Its resolved pod or task, if it runs one.
    public init(component: any Component, stackName: String, environment: Environment, workload: ResolvedService?) {
        storage = Storage(component: component, stackName: stackName, environment: environment, workload: workload)
    }

    /// The component's name.
    public var name: String { component.name }

    /// The construct path diagnostics name: `production/db-backup`.
    public var path: String { "\(environment.name)/\(component.name)" }

    /// Whether the component runs on `platform` (where the environment renders it).
    public func runs(on platform: Platform) -> Bool { component.platforms.contains(platform) }

    /// An error about this component, located where the stack declared it.
    package func error(_ message: String, fix: String? = nil) -> Diagnostic {
        .error(message, at: component.source, path: path, fix: fix)
    }
}
