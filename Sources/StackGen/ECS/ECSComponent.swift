/// A kind of component that renders AWS CLI input files for ECS. The synthesizer finds it by dynamic cast and
/// writes each document as `ecs/<component name>/<file name>`.
package protocol ECSComponent: Component {
    /// The component's AWS CLI documents in one environment.
    func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument]
}

/// A kind of component that adds CloudFormation resources to `ecs/stack.template.json`. The synthesizer finds it
/// by dynamic cast.
package protocol ECSStackComponent: Component {
    /// The component's resources in one environment, by logical ID.
    /// - Parameters:
    ///   - resolved: The component in the environment.
    ///   - settings: The environment's ECS settings.
    ///   - documents: The AWS CLI documents its `ECSComponent` hook gave (none without one), so a resource that
    ///     restates a file reuses it instead of translating the component again.
    func ecsResources(_ resolved: ResolvedComponent, settings: ECSSettings, documents: [ECSDocument]) -> [String: Value]
}

extension Service: ECSComponent, ECSStackComponent {
    /// Every translator of `ECSTranslators`, in order.
    package func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument] {
        guard let service = resolved.workload else { return [] }
        return ECSTranslators.all.flatMap { $0.documents(service, settings: settings) }
    }

    /// Every translator of `ECSStackTranslators`, in order (the first resource of a logical ID is kept).
    package func ecsResources(_ resolved: ResolvedComponent, settings: ECSSettings, documents: [ECSDocument]) -> [String: Value] {
        guard let service = resolved.workload else { return [:] }
        var resources: [String: Value] = [:]
        for translator in ECSStackTranslators.all {
            resources.merge(translator.resources(service, settings: settings, documents: documents)) { first, _ in first }
        }
        return resources
    }
}
