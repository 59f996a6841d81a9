/// A `ConfigMap` (v1) holding the service's configuration, named `<service>-config-<hash>` after its content.
///
/// The pod template reads it with `envFrom`, so a changed value means a new name, a changed pod template and a
/// rolling update; the old ConfigMap stays (it is immutable and marked not to be pruned by Argo CD or Flux), so
/// `kubectl rollout undo` finds the one the previous ReplicaSet reads.
package enum ConfigMapTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        let data = service.configuration
        guard let name = name(for: service), case .object(var metadata) = service.kubernetesMetadata else { return [] }
        metadata["name"] = .string(name)
        metadata["annotations"] = [
            "argocd.argoproj.io/compare-options": "IgnoreExtraneous",
            "argocd.argoproj.io/sync-options": "Prune=false",
            "kustomize.toolkit.fluxcd.io/prune": "disabled",
        ]
        return [KubernetesObject(
            apiVersion: "v1", kind: "ConfigMap", metadata: .object(metadata),
            body: ["immutable": true, "data": .stringMap(data)])]
    }

    /// `<service>-config-<first 10 hex digits of the SHA-256 of the data as canonical JSON>`, or `nil` when the
    /// service has no configuration.
    package static func name(for service: ResolvedService) -> String? {
        let data = service.configuration
        guard !data.isEmpty else { return nil }
        return "\(service.name)-config-\(contentHash(data))"
    }

    /// The first 10 hex digits of the SHA-256 of `data` rendered as JSON (sorted keys, fixed layout).
    static func contentHash(_ data: [String: String]) -> String {
        String(SHA256.hex(JSONRenderer.render(.stringMap(data))).prefix(10))
    }
}
