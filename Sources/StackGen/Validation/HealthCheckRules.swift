/// Health checks: the probed port exists, paths are absolute, timings are within what ECS accepts, and ECS has
/// a command to run.
enum HealthCheckRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for container in service.service.containers {
            guard let check = container.healthCheck else { continue }
            let label = "the health check of `\(container.name)`"
            if let port = check.httpPort {
                for path in Set([check.livenessPath, check.readinessPath].compactMap { $0 }).sorted()
                where !path.hasPrefix("/") || path.contains(where: \.isWhitespace) {
                    findings.append(service.error("\(label) has path `\(path)`", fix: "use an absolute path such as `/health`"))
                }
                if !container.ports.contains(where: { $0.name == port }) {
                    findings.append(service.error(
                        "\(label) probes port `\(port)`, which the container does not declare",
                        fix: Suggestion.hint(for: port, in: container.ports.map(\.name))))
                }
                if check.containerCommand == nil, service.environment.renders(.ecs) {
                    findings.append(service.warning(
                        "\(label) is an HTTP check, and ECS can only run a command in the container: ECS gets no health check",
                        fix: "add `containerCommand:` (for example a `node -e` one-liner; do not assume `curl` is in the image)"))
                }
            }
            if case .command(let arguments) = check.probe, arguments.isEmpty {
                findings.append(service.error("\(label) has an empty command"))
            }
            let bounds: [(String, Int, ClosedRange<Int>)] = [
                ("interval", check.intervalSeconds, 5...300), ("timeout", check.timeoutSeconds, 2...60),
                ("retries", check.retries, 1...10), ("start period", check.startPeriodSeconds, 0...300),
            ]
            for (name, value, range) in bounds where !range.contains(value) {
                findings.append(service.error(
                    "\(label) has \(name) \(value), outside \(range.lowerBound)…\(range.upperBound) (the range ECS accepts)"))
            }
            if check.timeoutSeconds >= check.intervalSeconds {
                findings.append(service.error(
                    "\(label) has a timeout (\(check.timeoutSeconds) s) not shorter than its interval (\(check.intervalSeconds) s)"))
            }
        }
        return findings
    }
}
