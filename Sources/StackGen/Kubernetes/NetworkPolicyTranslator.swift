/// A networking.k8s.io/v1 `NetworkPolicy` for every service, on top of the namespace's default deny
/// (`NamespacePolicyTranslator`): what this service's pods may accept and open, and nothing else.
///
/// - Ingress on the exposed container port from the load balancer's subnets (a routed service) and from the
///   pods of the same app (`app.kubernetes.io/part-of`), which declare the call on their side as
///   `Egress.service(…)`; ingress on the metrics port from the environment's Prometheus pods only. A service with
///   neither accepts no connections.
/// - Egress only to what the service declares: named destinations at the environment's CIDR blocks, CIDR blocks,
///   public addresses, the app's other services. The instance metadata endpoint (169.254.169.254) is excluded
///   from every block unless the service declares `Egress.instanceMetadata`. DNS is allowed namespace-wide.
package enum NetworkPolicyTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        let spec: Value = [
            "podSelector": ["matchLabels": .stringMap(service.selectorLabels)],
            "policyTypes": ["Ingress", "Egress"],
            "ingress": .array(ingress(service)),
            "egress": .array(service.service.egress.compactMap { egressRule($0, of: service) }),
        ]
        return [KubernetesObject(
            apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: service.kubernetesMetadata,
            body: ["spec": spec])]
    }

    private static func ingress(_ service: ResolvedService) -> [Value] {
        var rules: [Value] = []
        let traffic = service.environment.kubernetes?.traffic
        if let targetPort = service.service.exposure.targetPort,
            let port = service.service.container.ports.first(where: { $0.name == targetPort })
        {
            var sources: [Value] = [["podSelector": ["matchLabels": [
                "app.kubernetes.io/part-of": .string(service.stackName)]]]]
            if service.service.isRouted, let ingress = traffic?.ingress {
                sources = ingress.sourceCIDRs.map { ["ipBlock": ["cidr": .string($0.description)]] } + sources
            }
            rules.append(["from": .array(sources), "ports": [portValue(port.number, port.transport)]])
        }
        if let (_, port) = service.service.metricsPort, let prometheus = traffic?.prometheus {
            let scraper: Value = [
                "namespaceSelector": ["matchLabels": ["kubernetes.io/metadata.name": .string(prometheus.namespace)]],
                "podSelector": ["matchLabels": .stringMap(prometheus.podLabels)],
            ]
            rules.append(["from": [scraper], "ports": [portValue(port.number, port.transport)]])
        }
        return rules
    }

    private static func egressRule(_ egress: Egress, of service: ResolvedService) -> Value? {
        let metadataAllowed = service.service.egress.contains(.instanceMetadata)
        func blocks(_ cidrs: [IPv4CIDR], except: [IPv4CIDR] = []) -> [Value] {
            cidrs.map { cidr in
                var excluded = except.filter { cidr.contains($0) && $0 != cidr }
                if !metadataAllowed, cidr != .instanceMetadata, cidr.contains(.instanceMetadata),
                    !excluded.contains(where: { $0.contains(.instanceMetadata) })
                {
                    excluded.append(.instanceMetadata)
                }
                var block: [String: Value] = ["cidr": .string(cidr.description)]
                if !excluded.isEmpty { block["except"] = .strings(excluded.map(\.description)) }
                return ["ipBlock": .object(block)]
            }
        }
        switch egress {
        case .destination(let name, let port):
            guard let cidrs = service.environment.kubernetes?.traffic.destinations[name] else { return nil }
            return ["to": .array(blocks(cidrs)), "ports": [portValue(port, .tcp)]]
        case .cidr(let text, let port):
            guard let cidr = IPv4CIDR(text) else { return nil }
            return ["to": .array(blocks([cidr])), "ports": [portValue(port, .tcp)]]
        case .internet(let port):
            return ["to": .array(blocks([.everywhere], except: IPv4CIDR.nonPublic)), "ports": [portValue(port, .tcp)]]
        case .service(let name, let port):
            let pods: Value = ["podSelector": ["matchLabels": [
                "app.kubernetes.io/name": .string(name), "app.kubernetes.io/part-of": .string(service.stackName),
            ]]]
            return ["to": [pods], "ports": [portValue(port, .tcp)]]
        case .instanceMetadata:
            return ["to": .array(blocks([.instanceMetadata])), "ports": [portValue(80, .tcp)]]
        }
    }

    private static func portValue(_ number: Int, _ transport: Port.TransportProtocol) -> Value {
        ["port": .int(number), "protocol": .string(transport.kubernetesName)]
    }
}

extension IPv4CIDR {
    /// Private, shared and link-local ranges, which "public addresses" leave out: 10.0.0.0/8, 100.64.0.0/10,
    /// 169.254.0.0/16 (the instance metadata endpoint among them), 172.16.0.0/12, 192.168.0.0/16.
    static let nonPublic = ["10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16"]
        .map { IPv4CIDR($0)! }
}
