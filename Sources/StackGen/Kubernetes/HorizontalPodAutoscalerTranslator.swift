/// An autoscaling/v2 `HorizontalPodAutoscaler` for a service the environment gives a replica range.
package enum HorizontalPodAutoscalerTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        guard case .autoscaled(let min, let max) = service.replicas else { return [] }
        let targets = service.service.scaling
        let metrics: [Value] = [("cpu", targets.cpuPercent), ("memory", targets.memoryPercent)].compactMap { name, percent in
            guard let percent else { return nil }
            return [
                "type": "Resource",
                "resource": ["name": .string(name), "target": ["type": "Utilization", "averageUtilization": .int(percent)]],
            ]
        }
        let spec: Value = [
            "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": .string(service.name)],
            "minReplicas": .int(min),
            "maxReplicas": .int(max),
            "metrics": .array(metrics),
            // Scale down gently: five minutes of lower load before removing pods, at most one pod a minute.
            "behavior": [
                "scaleDown": [
                    "stabilizationWindowSeconds": 300,
                    "policies": [["type": "Pods", "value": 1, "periodSeconds": 60]],
                ]
            ],
        ]
        return [KubernetesObject(
            apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: service.kubernetesMetadata,
            body: ["spec": spec])]
    }
}
