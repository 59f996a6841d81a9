/// Runs every rule over an environment's resolved services and collects all findings.
package enum Validator {
    /// A rule looks at one service and reports what is wrong with it.
    package typealias ServiceRule = @Sendable (ResolvedService) -> [Diagnostic]
    /// A rule looks at the environment as a whole.
    package typealias EnvironmentRule = @Sendable (Environment, [ResolvedService]) -> [Diagnostic]

    package static let serviceRules: [ServiceRule] = [
        NameRules.check, PortRules.check, ContainerRules.check, HealthCheckRules.check, ScalingRules.check,
        ImageRules.check, CapacityRules.check, SecretRules.check, SecurityRules.check,
        LoadBalancerRules.check, EphemeralStorageRules.check, IdentityRules.check, ConfigurationRules.check,
        RouteRules.check, TrafficRules.check, ScratchVolumeRules.check, InitStepRules.check,
    ]

    package static let environmentRules: [EnvironmentRule] = [
        TagRules.check, SecretStoreRules.check, RouteRules.checkEnvironment,
        TrafficRules.checkEnvironment, ECSStackRules.check,
    ]

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
