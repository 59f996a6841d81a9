/// The pod template of a service's Deployment: labels, security, placement, init containers, containers and scratch
/// volumes.
enum PodTemplateTranslator {
    static func translate(_ service: ResolvedService) -> Value {
        let security = service.service.security
        var podSecurity: [String: Value] = [
            "runAsNonRoot": .bool(security.runAsNonRoot),
            "seccompProfile": ["type": "RuntimeDefault"],
        ]
        if let user = security.runAsUser {
            podSecurity["runAsUser"] = .int(user)
            podSecurity["runAsGroup"] = .int(user)
            podSecurity["fsGroup"] = .int(user)
        }
        var spec: [String: Value] = [
            "automountServiceAccountToken": .bool(service.service.needsKubernetesAPI),
            "serviceAccountName": .string(service.name),
            "securityContext": .object(podSecurity),
            "nodeSelector": [
                "kubernetes.io/arch": .string(service.settings.architecture == .arm64 ? "arm64" : "amd64"),
                "kubernetes.io/os": "linux",
            ],
            "terminationGracePeriodSeconds": .int(PodLifecycle.terminationGracePeriod(of: service)),
            "containers": .array(service.service.containers.map { ContainerTranslator.translate($0, of: service) }),
        ]
        if !service.service.initSteps.isEmpty {
            spec["initContainers"] = .array(service.service.initSteps.map { ContainerTranslator.translate($0, of: service) })
        }
        let volumes = ScratchVolumes.of(service.service)
        if !volumes.isEmpty {
            spec["volumes"] = .array(volumes.map { ["name": .string($0.name), "emptyDir": [:]] })
        }
        if let spread = PodLifecycle.topologySpread(of: service) { spec["topologySpreadConstraints"] = spread }
        var metadata: [String: Value] = ["labels": .stringMap(service.labels)]
        if !service.service.annotations.isEmpty { metadata["annotations"] = .stringMap(service.service.annotations) }
        return ["metadata": .object(metadata), "spec": .object(spec)]
    }
}
