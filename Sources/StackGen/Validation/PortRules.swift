/// Ports: numbers 1–65535, IANA-style names, no duplicates, and the exposed port must exist.
enum PortRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let ports = service.service.containers.flatMap(\.ports)
        for port in ports {
            if !(1...65535).contains(port.number) {
                findings.append(service.error("port `\(port.name)` is \(port.number), outside 1…65535"))
            }
            if let problem = portNameProblem(port.name) {
                findings.append(service.error(
                    "port name `\(port.name)` \(problem)", fix: "use a short name such as `http`, `grpc` or `metrics`"))
            }
        }
        for name in duplicates(ports.map(\.name)) {
            findings.append(service.error("two ports are named `\(name)`", fix: "port names are unique per pod"))
        }
        for number in duplicates(ports.map { "\($0.number)/\($0.transport.rawValue)" }) {
            findings.append(service.error("two ports use \(number)", fix: "each port number is used once per pod"))
        }
        if case .network(let port, let targetPort) = service.service.exposure {
            if !(1...65535).contains(port) {
                findings.append(service.error("the exposed port is \(port), outside 1…65535"))
            }
            if !service.service.container.ports.contains(where: { $0.name == targetPort }) {
                let names = service.service.container.ports.map(\.name)
                findings.append(service.error(
                    "the service is exposed on port `\(targetPort)`, which the main container does not declare",
                    fix: names.isEmpty ? "add `ports: [.http(8080)]`" : Suggestion.hint(for: targetPort, in: names)))
            }
        }
        return findings
    }

    /// Kubernetes port names are IANA service names: at most 15 characters of lowercase letters, digits and `-`,
    /// with at least one letter, and no `--`.
    static func portNameProblem(_ name: String) -> String? {
        if let problem = Naming.dnsLabelProblem(name, maximumLength: 15) { return problem }
        if name.contains("--") { return "must not contain `--`" }
        if !name.contains(where: \.isLetter) { return "must contain a letter" }
        return nil
    }
}
