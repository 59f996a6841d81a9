/// Readiness, liveness and startup probes from a health check.
enum ProbeTranslator {
    static func probes(for check: HealthCheck) -> [String: Value] {
        let action: [String: Value]
        switch check.probe {
        case .http(let path, let port): action = ["httpGet": ["path": .string(path), "port": .string(port)]]
        case .command(let arguments): action = ["exec": ["command": .strings(arguments)]]
        }
        func probe(period: Int, failures: Int) -> Value {
            var probe = action
            probe["periodSeconds"] = .int(period)
            probe["timeoutSeconds"] = .int(check.timeoutSeconds)
            probe["failureThreshold"] = .int(failures)
            return .object(probe)
        }
        // The startup probe allows the start period; liveness then restarts a container only after it has been
        // failing for twice as long as readiness takes to stop sending it traffic.
        let startupPeriod = 5
        return [
            "readinessProbe": probe(period: check.intervalSeconds, failures: check.retries),
            "livenessProbe": probe(period: check.intervalSeconds, failures: check.retries * 2),
            "startupProbe": probe(
                period: startupPeriod,
                failures: max(1, (check.startPeriodSeconds + startupPeriod - 1) / startupPeriod) + check.retries),
        ]
    }
}
