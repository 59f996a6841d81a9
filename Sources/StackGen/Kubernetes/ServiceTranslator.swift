/// A ClusterIP `Service` (v1) for a service exposed on the network.
public enum ServiceTranslator: KubernetesTranslator {
    public static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        guard case .network(let port, let targetPort) = service.service.exposure else { return [] }
        let transport = service.service.container.ports.first { $0.name == targetPort }?.transport ?? .tcp
        let spec: Value = [
            "type": "ClusterIP",
            "selector": .stringMap(service.selectorLabels),
            "ports": [
                [
                    "name": .string(targetPort), "port": .int(port), "targetPort": .string(targetPort),
                    "protocol": .string(transport.kubernetesName),
                ]
            ],
        ]
        return [KubernetesObject(apiVersion: "v1", kind: "Service", metadata: service.kubernetesMetadata, body: ["spec": spec])]
    }
}
