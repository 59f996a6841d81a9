/// Secret names are per environment: two environments reading the same secret is an error unless every such
/// reference is marked `sharedAcrossEnvironments()`. This is how staging ends up reading production's database.
///
/// "The same" means the same ARN: the same store and name in the same account and region (an environment's
/// account and region come from its `ecs:` section). An environment that renders only Kubernetes has no known
/// account, so it counts as the same account as any other.
package enum SecretSharingRules {
    /// Findings for the environments in `checked`, each compared with every environment in `all`.
    package static func check(_ app: App, checked: [Environment], all: [Environment]) -> [Diagnostic] {
        let checkedNames = Set(checked.map(\.name))
        let others = all.filter { !checkedNames.contains($0.name) }.sorted { $0.name < $1.name }
        let readers = (checked + others).map { environment in (environment, references(app, in: environment)) }
        var findings: [Diagnostic] = []
        for (index, (environment, mine)) in readers.enumerated() where checkedNames.contains(environment.name) {
            for (otherIndex, (other, theirs)) in readers.enumerated() where otherIndex != index {
                // Between two checked environments, report once (from the later one).
                if checkedNames.contains(other.name), otherIndex > index { continue }
                guard sameAccount(environment, other) else { continue }
                let theirNames = Set(theirs.map { Key($0.1) })
                var reported: Set<Key> = []
                for (service, reference) in mine where theirNames.contains(Key(reference)) {
                    guard reported.insert(Key(reference)).inserted else { continue }
                    findings.append(.error(
                        "the secret `\(reference.name)` (\(describe(reference, in: environment))) is also read by "
                            + "environment `\(other.name)` (\(other.file)); secrets are per environment",
                        at: service.source, path: "\(environment.name)/\(service.name)",
                        fix: "name the secret after the environment (for example `\(reference.name)-\(environment.name)`), "
                            + "or mark the reference `.sharedAcrossEnvironments()` if sharing is intended"))
                }
            }
        }
        return findings
    }

    /// A secret's identity apart from its account and region: its store and name (and, for SSM, the parameter).
    private struct Key: Hashable {
        let store: SecretReference.Store
        let name: String

        init(_ reference: SecretReference) {
            store = reference.store
            name = reference.store == .parameterStore ? reference.parameterName : reference.name
        }
    }

    private static func sameAccount(_ one: Environment, _ two: Environment) -> Bool {
        guard let first = one.ecs, let second = two.ecs else { return true }
        return first.account == second.account && first.region == second.region
    }

    /// Every secret reference `environment` renders that is not marked shared, with the service reading it.
    private static func references(_ app: App, in environment: Environment) -> [(Service, SecretReference)] {
        app.stacks.flatMap { $0.services(in: environment) }
            .filter { service in environment.platforms.contains(where: service.platforms.contains) }
            .flatMap { service in
                service.allContainers.flatMap { container in
                    container.secrets.sorted { $0.key < $1.key }.map { (service, $0.value) }
                }
            }
            .filter { !$0.1.isShared }
    }

    private static func describe(_ reference: SecretReference, in environment: Environment) -> String {
        guard let ecs = environment.ecs else {
            return reference.store == .secretsManager ? "Secrets Manager" : "SSM parameter \(reference.parameterName)"
        }
        return switch reference.store {
        case .secretsManager: "arn:aws:secretsmanager:\(ecs.region):\(ecs.account):secret:\(reference.name)"
        case .parameterStore: "arn:aws:ssm:\(ecs.region):\(ecs.account):parameter\(reference.parameterName)"
        }
    }
}
