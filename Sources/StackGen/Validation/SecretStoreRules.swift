/// Every Kubernetes Secret the pods read can be created: one store per Secret, one remote secret per Secret
/// name, and a store named in the environment file for each kind of store the services use.
enum SecretStoreRules {
    static func check(_ environment: Environment, _ services: [ResolvedService]) -> [Diagnostic] {
        guard environment.renders(.kubernetes) else { return [] }
        let kubernetesServices = services.filter { $0.service.platforms.contains(.kubernetes) }
        let location = SourceLocation(file: environment.file)
        var findings: [Diagnostic] = []
        let groups = SecretGroups.bySecretName(kubernetesServices)
        for (secretName, references) in groups {
            // Located at the first service that reads the Secret.
            let reader = kubernetesServices.first { service in
                service.service.allContainers.contains { $0.secrets.values.contains { $0.kubernetesSecretName == secretName } }
            }
            let at = reader?.service.source ?? location
            let names = Set(references.map(\.name)).sorted()
            if names.count > 1 {
                findings.append(.error(
                    "secrets \(names.map { "`\($0)`" }.joined(separator: " and ")) would both sync into the Kubernetes Secret `\(secretName)`",
                    at: at, path: reader?.path ?? environment.name,
                    fix: "rename one of them in the stack"))
            }
            if Set(references.map(\.store)).count > 1 {
                findings.append(.error(
                    "the Kubernetes Secret `\(secretName)` would take keys from both Secrets Manager and Parameter Store",
                    at: at, path: reader?.path ?? environment.name,
                    fix: "an ExternalSecret reads one store: give the Parameter Store references a different name"))
            }
        }
        let stores = Set(groups.flatMap { $0.1.map(\.store) })
        let settings = environment.kubernetes?.externalSecrets
        let section = environment.kubernetes?.location ?? location
        for store in stores.sorted(by: { $0.rawValue < $1.rawValue }) where settings?.reference(for: store) == nil {
            let key = store == .secretsManager ? "secretsManager" : "parameterStore"
            let example = store == .secretsManager ? "aws-secrets-manager" : "aws-parameter-store"
            findings.append(.error(
                "services read \(store == .secretsManager ? "Secrets Manager" : "Parameter Store") secrets, but no External Secrets store is named for them, so nothing would create their Kubernetes Secrets",
                at: section, path: environment.name,
                fix: "add `externalSecrets: {\(key): {kind: ClusterSecretStore, name: \(example)}}` under `kubernetes:`"))
        }
        return findings
    }
}
