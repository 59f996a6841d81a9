/// One External Secrets `ExternalSecret` (`external-secrets.io/v1`) per Kubernetes Secret the pods read, in
/// `externalsecrets/<secret>.yaml`.
///
/// One per Secret name, not per service: a Secret read by several services (the API and the worker share their
/// connection strings) has exactly one owner (`creationPolicy: Owner`), holding the union of the keys they read.
/// Secrets Manager references read the JSON key `key` (`property`) of the secret `name`; Parameter Store
/// references read the parameter `/name/key`.
package enum ExternalSecretTranslator: KubernetesEnvironmentTranslator {
    package static func translate(_ environment: Environment, services: [ResolvedService]) -> [KubernetesEnvironmentFile] {
        guard let settings = environment.kubernetes?.externalSecrets else { return [] }
        return SecretGroups.bySecretName(services).compactMap { secretName, references in
            guard let store = references.first?.store, let storeReference = settings.reference(for: store) else {
                return nil
            }
            var labels = environment.tags
            labels["app.kubernetes.io/managed-by"] = "stackgen"
            let metadata: Value = [
                "name": .string(secretName),
                "namespace": .string(environment.kubernetes?.namespace ?? "default"),
                "labels": .stringMap(labels),
            ]
            let spec: Value = [
                "refreshInterval": .string(settings.refreshInterval),
                "secretStoreRef": ["kind": .string(storeReference.kind.rawValue), "name": .string(storeReference.name)],
                "target": ["name": .string(secretName), "creationPolicy": "Owner"],
                "data": .array(references.map(entry)),
            ]
            return KubernetesEnvironmentFile(
                path: "externalsecrets/\(secretName).yaml",
                object: KubernetesObject(
                    apiVersion: "external-secrets.io/v1", kind: "ExternalSecret", metadata: metadata,
                    body: ["spec": spec]))
        }
    }

    private static func entry(_ reference: SecretReference) -> Value {
        let remote: Value = switch reference.store {
        case .secretsManager: ["key": .string(reference.name), "property": .string(reference.key)]
        case .parameterStore: ["key": .string(reference.parameterName)]
        }
        return ["secretKey": .string(reference.key), "remoteRef": remote]
    }
}
