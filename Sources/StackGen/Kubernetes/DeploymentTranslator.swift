/// An apps/v1 `Deployment` running the service's pods.
///
/// When an autoscaler owns the replica count the Deployment carries no `replicas`, so a re-apply never resets
/// the autoscaled count.
public enum DeploymentTranslator: KubernetesTranslator {
    public static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        var spec: [String: Value] = [
            "selector": ["matchLabels": .stringMap(service.selectorLabels)],
            "revisionHistoryLimit": 5,
            // Surge first, never drop below the desired count during a rollout.
            "strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": 0]],
            "template": PodTemplateTranslator.translate(service),
        ]
        if case .fixed(let count) = service.replicas { spec["replicas"] = .int(count) }
        return [KubernetesObject(
            apiVersion: "apps/v1", kind: "Deployment", metadata: service.kubernetesMetadata,
            body: ["spec": .object(spec)])]
    }
}
