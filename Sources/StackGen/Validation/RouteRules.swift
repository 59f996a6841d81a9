/// Routes: an exposed service says how traffic reaches it (never unreachable by accident), a routed service has
/// a load balancer to come through on every platform it runs on, and the load balancer's health check agrees
/// with the container's.
enum RouteRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        let model = service.service
        let environment = service.environment
        guard let route = model.route else {
            guard model.exposure.targetPort != nil else { return [] }
            return [service.error(
                "service `\(service.name)` is exposed on the network but declares no route, so nothing outside "
                    + "the app could reach it",
                fix: "add `route: .path(\"/\")` (through the environment's load balancer) or `route: .internalOnly`")]
        }
        guard model.exposure.targetPort != nil else {
            return [service.error(
                "service `\(service.name)` declares a route but is not exposed on the network",
                fix: "add `exposure: .http(port: 80)`, or remove `route:`")]
        }
        guard case .loadBalancer(let prefix, let host, let explicitPath) = route else { return [] }
        var findings: [Diagnostic] = []
        if !prefix.hasPrefix("/") || prefix.contains(where: { $0.isWhitespace || "*?#".contains($0) }) {
            findings.append(service.error(
                "the route's path prefix `\(prefix)` is not an absolute path", fix: "use a prefix such as `/` or `/graphql`"))
        }
        if let host, !KubernetesTrafficDecoder.isHostName(host) {
            findings.append(service.error(
                "the route's host `\(host)` is not a DNS host name", fix: "use a lowercase name such as `api.example.com`"))
        }
        if let target = model.exposure.targetPort,
            model.container.ports.first(where: { $0.name == target })?.transport == .udp
        {
            findings.append(service.error(
                "service `\(service.name)` is routed through an Application Load Balancer, which carries HTTP over "
                    + "TCP, but its port `\(target)` is UDP",
                fix: "declare `route: .internalOnly`, or expose a TCP port"))
        }
        findings += healthCheckFindings(service, explicitPath: explicitPath)
        let runsHere = { (platform: Platform) in environment.renders(platform) && model.platforms.contains(platform) }
        if runsHere(.kubernetes), let kubernetes = environment.kubernetes, kubernetes.traffic.ingress == nil {
            findings.append(.error(
                "service `\(service.name)` is routed through a load balancer, but \(environment.file) has no "
                    + "`kubernetes.ingress`, so it would be unreachable",
                at: kubernetes.traffic.location ?? SourceLocation(file: environment.file), path: service.path,
                fix: "add `ingress: {scheme: internet-facing, group: NAME, sourceCIDRs: [VPC CIDR]}` under "
                    + "`kubernetes:`, or declare `route: .internalOnly` in the stack"))
        }
        if runsHere(.ecs), service.settings.targetGroupArn == nil {
            findings.append(service.settingsError(
                "service `\(service.name)` is routed through a load balancer, but has no `targetGroupArn` for ECS, "
                    + "so its tasks would be unreachable",
                fix: "add `targetGroupArn:` (the target group the load balancer forwards \(prefix) to), "
                    + "or declare `route: .internalOnly` in the stack"))
        }
        return findings
    }

    /// The load balancer checks what the container's health check says: its readiness path, or (given
    /// explicitly) its liveness path. A service without an HTTP check must name the path.
    private static func healthCheckFindings(_ service: ResolvedService, explicitPath: String?) -> [Diagnostic] {
        let check = service.service.container.healthCheck
        let paths = [check?.readinessPath, check?.livenessPath].compactMap { $0 }
        switch (explicitPath, paths.isEmpty) {
        case (nil, true):
            return [service.error(
                "service `\(service.name)` is routed, but the load balancer has no health-check path: the main "
                    + "container has no HTTP health check",
                fix: "add `healthCheck: .http(\"/health\", …)` or `route: .path(…, healthCheckPath: \"/health\")`")]
        case (let path?, _) where !path.hasPrefix("/"):
            return [service.error("the route's health-check path `\(path)` is not an absolute path",
                                  fix: "use a path such as `/health`")]
        case (let path?, false) where !paths.contains(path):
            return [service.error(
                "the route's health-check path `\(path)` does not agree with the container's health check "
                    + "(\(Set(paths).sorted().map { "`\($0)`" }.joined(separator: ", ")))",
                fix: "leave `healthCheckPath:` out (the readiness path is used) or use one of those paths")]
        default:
            return []
        }
    }

    /// Two routed services may not claim the same host and path prefix in one environment: the load balancer
    /// would send all of it to one of them.
    static func checkEnvironment(_ environment: Environment, services: [ResolvedService]) -> [Diagnostic] {
        var claimed: [String: String] = [:]
        var findings: [Diagnostic] = []
        let defaultHost = environment.kubernetes?.traffic.ingress?.host ?? "*"
        for service in services {
            guard case .loadBalancer(let prefix, let host, _) = service.service.route else { continue }
            let key = "\(host ?? defaultHost)\(prefix)"
            if let other = claimed[key] {
                findings.append(service.error(
                    "services `\(other)` and `\(service.name)` are both routed at `\(key)`",
                    fix: "give one of them another path prefix or host"))
            } else {
                claimed[key] = service.name
            }
        }
        return findings
    }
}
