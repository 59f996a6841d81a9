/// A policy/v1 `PodDisruptionBudget` for a service that always runs two or more pods: node drains and cluster
/// upgrades take at most one of its pods at a time.
package enum PodDisruptionBudgetTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        guard service.replicas.minimum >= 2 else { return [] }
        let spec: Value = ["maxUnavailable": 1, "selector": ["matchLabels": .stringMap(service.selectorLabels)]]
        return [KubernetesObject(
            apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: service.kubernetesMetadata,
            body: ["spec": spec])]
    }
}
