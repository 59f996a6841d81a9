/// An apps/v1 `Deployment` running the service's pods.
///
/// When an autoscaler owns the replica count the Deployment carries no `replicas`, so a re-apply never resets
/// the autoscaled count.
package enum DeploymentTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        var spec: [String: Value] = [
            "selector": ["matchLabels": .stringMap(service.selectorLabels)],
            "revisionHistoryLimit": 5,
            // Surge first, never drop below the desired count during a rollout.
            "strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": 0]],
            "template": PodTemplateTranslator.translate(service),
        ]
        if case .fixed(let count) = service.replicas { spec["replicas"] = .int(count) }
        return [KubernetesObject(
            apiVersion: "apps/v1", kind: "Deployment", metadata: metadata(service), body: ["spec": .object(spec)])]
    }

    /// The usual metadata, plus one `checkov.io/skipN` annotation per policy exception, numbered in check order.
    /// Every object that holds a pod template (Deployment, CronJob, Job) carries them.
    static func metadata(_ service: ResolvedService) -> Value {
        let exceptions = service.service.policyExceptions.sorted { $0.check < $1.check }
        guard !exceptions.isEmpty, case .object(var metadata) = service.kubernetesMetadata else {
            return service.kubernetesMetadata
        }
        metadata["annotations"] = .stringMap(Dictionary(uniqueKeysWithValues: exceptions.enumerated().map {
            ("checkov.io/skip\($0.offset + 1)", "\($0.element.check)=\($0.element.reason)")
        }))
        return .object(metadata)
    }
}
