/// A networking.k8s.io/v1 `Ingress` for a service routed through the load balancer, for the AWS Load Balancer
/// Controller: IP targets (the load balancer sends to pod IPs, on the container port the Service forwards to),
/// one ingress group per environment so every routed service shares one Application Load Balancer, the health
/// check the route names at the container check's interval, timeout and failure count, and HTTPS with a redirect
/// from HTTP when the environment gives a certificate.
///
/// Rules of one group are evaluated by `group.order`, lowest first; a longer path prefix gets a lower order, so
/// `/graphql` is matched before the catch-all `/` whatever the services are called.
package enum IngressTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        guard case .loadBalancer(let prefix, let routeHost, _) = service.service.route,
            case .network(let servicePort, _) = service.service.exposure,
            let ingress = service.environment.kubernetes?.traffic.ingress
        else { return [] }
        let prefixAnnotation = "alb.ingress.kubernetes.io/"
        var annotations: [String: String] = [
            "scheme": ingress.scheme.rawValue,
            "target-type": "ip",
            "group.name": ingress.group,
            "group.order": String(order(of: prefix)),
            "healthcheck-port": "traffic-port",
            "healthcheck-protocol": "HTTP",
            "success-codes": "200-399",
            "target-group-attributes": "deregistration_delay.timeout_seconds=\(Shutdown.deregistrationDelaySeconds)",
            "tags": service.environment.tags.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ","),
        ]
        if let path = service.service.loadBalancerHealthCheckPath { annotations["healthcheck-path"] = path }
        if let check = service.service.container.healthCheck {
            // The container check's timing, within what a target group accepts (thresholds 2–10).
            annotations["healthcheck-interval-seconds"] = String(check.intervalSeconds)
            annotations["healthcheck-timeout-seconds"] = String(check.timeoutSeconds)
            annotations["healthy-threshold-count"] = "2"
            annotations["unhealthy-threshold-count"] = String(min(10, max(2, check.retries)))
        }
        if let certificate = ingress.certificateArn {
            annotations["listen-ports"] = #"[{"HTTP": 80}, {"HTTPS": 443}]"#
            annotations["certificate-arn"] = certificate
            annotations["ssl-redirect"] = "443"
        } else {
            annotations["listen-ports"] = #"[{"HTTP": 80}]"#
        }
        if annotations["tags"]!.isEmpty { annotations["tags"] = nil }
        let path: Value = [
            "path": .string(prefix),
            "pathType": "Prefix",
            "backend": ["service": ["name": .string(service.name), "port": ["number": .int(servicePort)]]],
        ]
        var rule: [String: Value] = ["http": ["paths": [path]]]
        if let host = routeHost ?? ingress.host { rule["host"] = .string(host) }
        guard case .object(var metadata) = service.kubernetesMetadata else { return [] }
        metadata["annotations"] = .stringMap(Dictionary(uniqueKeysWithValues: annotations.map {
            (prefixAnnotation + $0.key, $0.value)
        }))
        let spec: Value = ["ingressClassName": "alb", "rules": [.object(rule)]]
        return [KubernetesObject(
            apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: .object(metadata), body: ["spec": spec])]
    }

    /// `group.order` for a path prefix: 1000 for `/`, ten less for each further path segment (more specific
    /// first), within the controller's -1000…1000.
    static func order(of prefix: String) -> Int {
        let segments = prefix.split(separator: "/").count
        return max(-1000, 1000 - 10 * segments)
    }
}
