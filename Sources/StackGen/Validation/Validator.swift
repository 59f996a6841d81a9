/// Runs every rule over an environment's resolved components and collects all findings.
package enum Validator {
    /// A rule looks at one service (or one job's pod or task) and reports what is wrong with it.
    package typealias ServiceRule = @Sendable (ResolvedService) -> [Diagnostic]
    /// A rule looks at the environment as a whole: given the pods and tasks of every component (services and
    /// jobs alike, since all of them read secrets, open connections and must fit a node).
    package typealias EnvironmentRule = @Sendable (Environment, [ResolvedService]) -> [Diagnostic]

    package static let serviceRules: [ServiceRule] = [
        NameRules.check, PortRules.check, ContainerRules.check, HealthCheckRules.check, ScalingRules.check,
        ImageRules.check, CapacityRules.check, SecretRules.check, SecurityRules.check,
        LoadBalancerRules.check, EphemeralStorageRules.check, IdentityRules.check, ConfigurationRules.check,
        RouteRules.check, TrafficRules.check, ScratchVolumeRules.check,
    ]

    package static let environmentRules: [EnvironmentRule] = [
        TagRules.check, SecretStoreRules.check, RouteRules.checkEnvironment,
        TrafficRules.checkEnvironment, ECSStackRules.check,
    ]

    /// Every finding of the `environmentRules` (all by default) over every component's workload, and each
    /// component's own rules (`ValidatedComponent`).
    package static func validate(
        _ environment: Environment, components: [ResolvedComponent],
        environmentRules: [EnvironmentRule] = environmentRules
    ) -> [Diagnostic] {
        let workloads = components.compactMap(\.workload)
        // Components are checked independently, so in parallel; findings keep the order of `components`.
        return environmentRules.flatMap { $0(environment, workloads) } + ParallelMap.map(components) { component in
            (component.component as? any ValidatedComponent)?.validate(component) ?? []
        }.flatMap { $0 }
    }

    /// Every finding of the `environmentRules` (all by default) and every service rule.
    package static func validate(
        _ environment: Environment, services: [ResolvedService], environmentRules: [EnvironmentRule] = environmentRules
    ) -> [Diagnostic] {
        // Services are checked independently, so in parallel; findings keep the order of `services`.
        environmentRules.flatMap { $0(environment, services) } + ParallelMap.map(services) { service in
            serviceRules.flatMap { $0(service) }
        }.flatMap { $0 }
    }
}

/// A kind of component with rules of its own; `Validator` finds them by dynamic cast.
package protocol ValidatedComponent: Component {
    /// What is wrong with `resolved` (this component in one environment).
    func validate(_ resolved: ResolvedComponent) -> [Diagnostic]
}

extension Service: ValidatedComponent {
    /// Every service rule.
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        guard let service = resolved.workload else { return [] }
        return Validator.serviceRules.flatMap { $0(service) }
    }
}

extension ResolvedService {
    /// An error about this service, located where the stack declared it.
    package func error(_ message: String, fix: String? = nil) -> Diagnostic {
        .error(message, at: service.source, path: path, fix: fix)
    }

    /// A warning about this service, located where the stack declared it.
    package func warning(_ message: String, fix: String? = nil) -> Diagnostic {
        .warning(message, at: service.source, path: path, fix: fix)
    }

    /// An error about this service's settings, located in the environment file.
    package func settingsError(_ message: String, fix: String? = nil) -> Diagnostic {
        .error(message, at: settings.location ?? SourceLocation(file: environment.file), path: path, fix: fix)
    }
}

/// Names of the items of `items` that occur more than once, in first-occurrence order.
func duplicates(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    var repeated: [String] = []
    for item in items where !seen.insert(item).inserted && !repeated.contains(item) { repeated.append(item) }
    return repeated
}
