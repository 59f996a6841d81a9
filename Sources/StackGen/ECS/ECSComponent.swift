/// A kind of component that renders AWS CLI input files for ECS. The synthesizer finds it by dynamic cast and
/// writes each document as `ecs/<component name>/<file name>`.
package protocol ECSComponent: Component {
    /// The component's AWS CLI documents in one environment.
    func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument]
}

/// A kind of component that adds CloudFormation resources to `ecs/stack.template.json` beside the services'
/// (which `ECSStackTranslators` contribute). `ECSStackTemplate` finds it by dynamic cast.
package protocol ECSStackComponent: Component {
    /// The component's resources in one environment, by logical ID.
    func ecsResources(_ resolved: ResolvedComponent, settings: ECSSettings) -> [String: Value]
}

extension Service: ECSComponent {
    /// Every translator of `ECSTranslators`, in order.
    package func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument] {
        guard let service = resolved.workload else { return [] }
        return ECSTranslators.all.flatMap { $0.documents(service, settings: settings) }
    }
}
