/// Readiness, liveness and startup probes from a health check. With a separate readiness path, the readiness
/// probe asks it and the liveness and startup probes ask the liveness path.
enum ProbeTranslator {
    static func probes(for check: HealthCheck) -> [String: Value] {
        func action(_ path: String?) -> [String: Value] {
            switch check.probe {
            case .http(_, let port), .httpSeparate(_, _, let port):
                ["httpGet": ["path": .string(path ?? "/"), "port": .string(port)]]
            case .command(let arguments): ["exec": ["command": .strings(arguments)]]
            }
        }
        func probe(period: Int, failures: Int, path: String? = check.livenessPath) -> Value {
            var probe = action(path)
            probe["periodSeconds"] = .int(period)
            probe["timeoutSeconds"] = .int(check.timeoutSeconds)
            probe["failureThreshold"] = .int(failures)
            return .object(probe)
        }
        // The startup probe allows the start period; liveness then restarts a container only after it has been
        // failing for twice as long as readiness takes to stop sending it traffic.
        let startupPeriod = 5
        return [
            "readinessProbe": probe(period: check.intervalSeconds, failures: check.retries, path: check.readinessPath),
            "livenessProbe": probe(period: check.intervalSeconds, failures: check.retries * 2),
            "startupProbe": probe(
                period: startupPeriod,
                failures: max(1, (check.startPeriodSeconds + startupPeriod - 1) / startupPeriod) + check.retries),
        ]
    }
}
