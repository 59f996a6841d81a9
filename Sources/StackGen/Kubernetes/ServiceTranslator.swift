/// A `Service` (v1) for a service exposed on the network (ClusterIP), with its metrics port when it has one. A
/// service with metrics but no exposure (a worker) gets a headless Service carrying only the metrics port, so a
/// `ServiceMonitor` can find its pods; nothing else addresses it.
package enum ServiceTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        var ports: [Value] = []
        var spec: [String: Value] = ["type": "ClusterIP", "selector": .stringMap(service.selectorLabels)]
        if case .network(let port, let targetPort) = service.service.exposure {
            let transport = service.service.container.ports.first { $0.name == targetPort }?.transport ?? .tcp
            ports.append(servicePort(name: targetPort, port: port, transport: transport))
        } else if service.service.metricsPort != nil {
            spec["clusterIP"] = "None"
        }
        if let (_, metrics) = service.service.metricsPort, metrics.name != service.service.exposure.targetPort {
            ports.append(servicePort(name: metrics.name, port: metrics.number, transport: metrics.transport))
        }
        guard !ports.isEmpty else { return [] }
        spec["ports"] = .array(ports)
        return [KubernetesObject(
            apiVersion: "v1", kind: "Service", metadata: service.kubernetesMetadata, body: ["spec": .object(spec)])]
    }

    private static func servicePort(name: String, port: Int, transport: Port.TransportProtocol) -> Value {
        [
            "name": .string(name), "port": .int(port), "targetPort": .string(name),
            "protocol": .string(transport.kubernetesName),
        ]
    }
}

extension Exposure {
    /// The name of the container port the exposure forwards to, if exposed.
    package var targetPort: String? {
        if case .network(_, let targetPort) = self { return targetPort }
        return nil
    }
}
