/// A networking.k8s.io/v1 `NetworkPolicy` for every service: ingress only to the ports its containers declare
/// (a service with none, such as a worker, accepts no connections at all). Sources are not restricted, since the
/// ingress controller, load balancer or metrics scraper sits in another namespace or the VPC. Egress stays open:
/// databases, caches and third-party APIs live outside the cluster at addresses stackgen does not know.
public enum NetworkPolicyTranslator: KubernetesTranslator {
    public static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        let ports = service.service.containers.flatMap(\.ports)
        var ingress: [Value] = []
        if !ports.isEmpty {
            ingress.append(["ports": .array(ports.map { port in
                ["port": .string(port.name), "protocol": .string(port.transport.kubernetesName)]
            })])
        }
        let spec: Value = [
            "podSelector": ["matchLabels": .stringMap(service.selectorLabels)],
            "policyTypes": ["Ingress"],
            "ingress": .array(ingress),
        ]
        return [KubernetesObject(
            apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: service.kubernetesMetadata,
            body: ["spec": spec])]
    }
}
