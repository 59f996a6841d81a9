/// One service in one environment: the stack's declaration joined with the environment's settings.
/// Every translator reads this and nothing else.
public struct ResolvedService: Sendable {
    public var environment: Environment { _read { yield storage.environment } }
    public var stackName: String { _read { yield storage.stackName } }
    public var service: Service { _read { yield storage.service } }
    public var settings: ServiceSettings { _read { yield storage.settings } }
    /// Where the environment file gives these settings: `services.api`, `jobs.db-backup`.
    public var settingsPath: String { _read { yield storage.settingsPath } }

    /// The fields, shared by every copy: a resolved service is handed to every rule and translator and copied
    /// into each core's work, and a copy is then one reference rather than every field of the environment,
    /// the service and its settings.
    private let storage: Storage

    private final class Storage: Sendable {
        let environment: Environment
        let stackName: String
        let service: Service
        let settings: ServiceSettings
        let settingsPath: String

        init(environment: Environment, stackName: String, service: Service, settings: ServiceSettings, settingsPath: String) {
            self.environment = environment
            self.stackName = stackName
            self.service = service
            self.settings = settings
            self.settingsPath = settingsPath
        }
    }

    /// - Parameter settingsPath: Where the environment file gives the settings (default `services.<name>`).
    public init(
        environment: Environment, stackName: String, service: Service, settings: ServiceSettings,
        settingsPath: String? = nil
    ) {
        storage = Storage(
            environment: environment, stackName: stackName, service: service, settings: settings,
            settingsPath: settingsPath ?? "services.\(service.name)")
    }

    public var name: String { service.name }

    /// The construct path diagnostics name: `production/api`.
    public var path: String { "\(environment.name)/\(service.name)" }

    /// The pod or task size: the environment's, else the service's default.
    public var size: FargateSize { settings.size ?? service.size }

    public var replicas: Replicas { settings.replicas }

    /// Whether an autoscaler owns the replica count.
    public var isAutoscaled: Bool {
        if case .autoscaled = replicas { return true }
        return false
    }

    /// The image reference a container runs in this environment.
    public func image(of container: Container) -> String {
        switch container.image {
        case .repository(let repository): settings.image.reference(in: repository)
        case .pinned(let reference): reference
        }
    }

    /// What a container gets: a sidecar its own resources, the main container what the size leaves.
    public func resources(of container: Container) -> Resources {
        if let resources = container.resources { return resources }
        let total = size.resources
        let sidecarCPU = service.sidecars.compactMap(\.resources?.cpu.millicores).reduce(0, +)
        let sidecarMemory = service.sidecars.compactMap(\.resources?.memory.mebibytes).reduce(0, +)
        return Resources(
            cpu: .cpu(millicores: total.cpu.millicores - sidecarCPU),
            memory: .mebibytes(total.memory.mebibytes - sidecarMemory))
    }

    /// What an init step is held to on Kubernetes: its own resources, else the whole pod size (it runs before the
    /// containers, so the pod's request stays the size as long as no step asks for more).
    public func resources(of step: InitStep) -> Resources {
        step.resources ?? size.resources
    }

    /// The name of the ECS task family and service: `<stack>-<environment>-<service>`.
    public var ecsName: String { "\(stackName)-\(environment.name)-\(service.name)" }

    /// Labels that identify the service's pods for as long as it exists. Selectors use these alone: they never
    /// change with the environment, a version or a cost label, because Kubernetes selectors are immutable.
    public var selectorLabels: [String: String] {
        ["app.kubernetes.io/name": service.name, "app.kubernetes.io/part-of": stackName]
    }

    /// Labels on every object and pod: identity, `managed-by`, and the environment's cost-allocation tags.
    public var labels: [String: String] {
        var labels = environment.tags
        labels.merge(selectorLabels) { _, identity in identity }
        labels["app.kubernetes.io/managed-by"] = "stackgen"
        return labels
    }
}
