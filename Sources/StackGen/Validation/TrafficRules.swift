/// Metrics endpoints, declared egress and shutdown times: each names something that exists, in ranges the
/// platforms accept, and the environment gives what the Kubernetes output needs to admit the scraper and reach
/// named destinations.
enum TrafficRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        metricsFindings(service) + egressFindings(service) + shutdownFindings(service)
    }

    private static var rendersKubernetes: (ResolvedService) -> Bool {
        { $0.environment.renders(.kubernetes) && $0.service.platforms.contains(.kubernetes) }
    }

    private static func metricsFindings(_ service: ResolvedService) -> [Diagnostic] {
        guard let metrics = service.service.metrics else { return [] }
        var findings: [Diagnostic] = []
        if service.service.metricsPort == nil {
            findings.append(service.error(
                "the metrics endpoint names port `\(metrics.port)`, which no container declares",
                fix: Suggestion.hint(for: metrics.port, in: service.service.containers.flatMap(\.ports).map(\.name))))
        }
        if !metrics.path.hasPrefix("/") || metrics.path.contains(where: \.isWhitespace) {
            findings.append(service.error("the metrics path `\(metrics.path)` is not an absolute path",
                                          fix: "use a path such as `/metrics`"))
        }
        if !(5...300).contains(metrics.intervalSeconds) {
            findings.append(service.error("the metrics interval \(metrics.intervalSeconds) s is outside 5…300"))
        }
        if rendersKubernetes(service), let kubernetes = service.environment.kubernetes,
            kubernetes.traffic.prometheus == nil
        {
            findings.append(.error(
                "service `\(service.name)` declares metrics, but \(service.environment.file) has no "
                    + "`kubernetes.prometheus`, so nothing would scrape them (the NetworkPolicy admits only the scraper)",
                at: kubernetes.traffic.location ?? SourceLocation(file: service.environment.file), path: service.path,
                fix: "add `prometheus: {namespace: monitoring, podLabels: {app.kubernetes.io/name: prometheus}}` "
                    + "under `kubernetes:`"))
        }
        return findings
    }

    private static func egressFindings(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let environment = service.environment
        for egress in service.service.egress {
            switch egress {
            case .destination(let name, let port):
                findings += portFindings(port, service)
                guard rendersKubernetes(service), let kubernetes = environment.kubernetes,
                    kubernetes.traffic.destinations[name] == nil
                else { continue }
                let known = Array(kubernetes.traffic.destinations.keys)
                findings.append(.error(
                    "service `\(service.name)` reaches destination `\(name)`, which \(environment.file) does not "
                        + "define" + (Suggestion.closest(to: name, in: known).map { " (is `\($0)` a typo?)" } ?? ""),
                    at: kubernetes.traffic.location ?? SourceLocation(file: environment.file), path: service.path,
                    fix: "add `\(name): [CIDR, …]` under `kubernetes.destinations:`"))
            case .cidr(let text, let port):
                findings += portFindings(port, service)
                if IPv4CIDR(text) == nil {
                    findings.append(service.error("egress CIDR `\(text)` is not an IPv4 CIDR block",
                                                  fix: "use a network address and prefix length such as `10.0.32.0/20`"))
                }
            case .internet(let port), .service(_, let port):
                findings += portFindings(port, service)
            case .instanceMetadata:
                continue
            }
        }
        let opensHTTPS = service.service.egress.contains {
            switch $0 {
            case .destination(_, let port), .cidr(_, let port), .internet(let port): port == 443
            default: false
            }
        }
        if service.service.needsKubernetesAPI, rendersKubernetes(service), !opensHTTPS {
            findings.append(service.warning(
                "the service needs the Kubernetes API, but the namespace denies all egress it does not declare",
                fix: "declare the API server's addresses, e.g. `.cidr(\"10.0.0.0/16\", port: 443)` (the VPC, where EKS "
                    + "places the control plane's network interfaces)"))
        }
        // Describing each rule is costly (reflection), so only when two rules are equal.
        let egress = service.service.egress
        for repeated in Set(egress).count == egress.count ? [] : duplicates(egress.map { "\($0)" }) {
            findings.append(service.error("egress `\(repeated)` is declared twice", fix: "remove one"))
        }
        return findings
    }

    private static func portFindings(_ port: Int, _ service: ResolvedService) -> [Diagnostic] {
        (1...65535).contains(port) ? [] : [service.error("egress port \(port) is outside 1…65535")]
    }

    private static func shutdownFindings(_ service: ResolvedService) -> [Diagnostic] {
        let seconds = service.service.shutdownSeconds
        let runsOnECS = service.environment.renders(.ecs) && service.service.platforms.contains(.ecs)
        let limit = runsOnECS ? Shutdown.fargateMaximumSeconds : 3600
        guard !(2...limit).contains(seconds) else { return [] }
        return [service.error(
            "`shutdownSeconds` is \(seconds), outside 2…\(limit)"
                + (runsOnECS ? " (Fargate's longest stopTimeout is \(Shutdown.fargateMaximumSeconds) s)" : ""),
            fix: "make the process stop within \(limit) seconds of SIGTERM")]
    }

    /// `Egress.service(name, port:)` names a service of the same stack in this environment that listens on
    /// `port`.
    static func checkEnvironment(_ environment: Environment, services: [ResolvedService]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for service in services {
            for case .service(let name, let port) in service.service.egress {
                let target = services.first { $0.name == name && $0.stackName == service.stackName }
                if target == nil {
                    let known = services.filter { $0.stackName == service.stackName }.map(\.name)
                    findings.append(service.error(
                        "egress to service `\(name)`, which stack `\(service.stackName)` does not declare here",
                        fix: Suggestion.hint(for: name, in: known)))
                } else if let target, !target.service.containers.flatMap(\.ports).contains(where: { $0.number == port }) {
                    findings.append(service.error(
                        "egress to service `\(name)` on port \(port), where it does not listen",
                        fix: "use one of its container ports: "
                            + target.service.containers.flatMap(\.ports).map { String($0.number) }.joined(separator: ", ")))
                }
            }
        }
        return findings
    }
}
