/// How the orchestrator knows a container is healthy.
///
/// Liveness (the process is alive; restart it if not) and readiness (it can serve now: its dependencies are up;
/// send it no traffic if not) are separate questions. An HTTP check may give a separate `readinessPath`, so a
/// database failover takes pods out of the load balancer instead of restarting every one of them; without one,
/// the same path answers both.
///
/// On Kubernetes it becomes readiness, liveness and startup probes. On ECS it becomes the container
/// `healthCheck`, which can only run a command inside the container: an HTTP check needs `containerCommand`
/// (stackgen never assumes `curl` is in the image; the command is the service's choice).
public struct HealthCheck: Sendable, Hashable {
    /// What is checked.
    public enum Probe: Sendable, Hashable {
        /// An HTTP GET of `path` on the named port; a 2xx or 3xx answer is healthy.
        case http(path: String, port: String)
        /// HTTP GETs on the named port: `liveness` says the process is alive, `readiness` that it can serve.
        case httpSeparate(liveness: String, readiness: String, port: String)
        /// A command run in the container; exit status 0 is healthy.
        case command([String])
    }

    /// What is checked: an HTTP path or a command.
    public var probe: Probe
    /// The command ECS runs for an HTTP probe, e.g. `["node", "healthcheck.js"]`.
    public var containerCommand: [String]?
    /// Seconds between checks.
    public var intervalSeconds: Int
    /// Seconds before one check counts as failed.
    public var timeoutSeconds: Int
    /// Consecutive failures before the container counts as unhealthy.
    public var retries: Int
    /// Seconds a container may take to start before failures count.
    public var startPeriodSeconds: Int

    /// A health check.
    /// - Parameters:
    ///   - probe: What is checked.
    ///   - containerCommand: The command ECS runs for an HTTP probe.
    ///   - intervalSeconds: Seconds between checks.
    ///   - timeoutSeconds: Seconds before one check counts as failed.
    ///   - retries: Consecutive failures before the container counts as unhealthy.
    ///   - startPeriodSeconds: Seconds a container may take to start before failures count.
    public init(
        probe: Probe, containerCommand: [String]? = nil, intervalSeconds: Int = 10, timeoutSeconds: Int = 5,
        retries: Int = 3, startPeriodSeconds: Int = 30
    ) {
        self.probe = probe
        self.containerCommand = containerCommand
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
        self.retries = retries
        self.startPeriodSeconds = startPeriodSeconds
    }

    /// An HTTP check of `path` on the port named `port`; `containerCommand` is what ECS runs for it (a liveness
    /// check: ECS replaces a task whose container check fails). With `readinessPath`, readiness (Kubernetes'
    /// readiness probe and the load balancer's health check) asks that path instead.
    public static func http(
        _ path: String, readinessPath: String? = nil, port: String = "http", containerCommand: [String]? = nil,
        startPeriodSeconds: Int = 30
    ) -> HealthCheck {
        let probe: Probe = readinessPath.map { .httpSeparate(liveness: path, readiness: $0, port: port) }
            ?? .http(path: path, port: port)
        return HealthCheck(probe: probe, containerCommand: containerCommand, startPeriodSeconds: startPeriodSeconds)
    }

    /// A check that runs `arguments` in the container, on both platforms.
    public static func command(_ arguments: [String], startPeriodSeconds: Int = 30) -> HealthCheck {
        HealthCheck(probe: .command(arguments), startPeriodSeconds: startPeriodSeconds)
    }

    /// The HTTP path that says the container can serve, if the check is an HTTP one.
    public var readinessPath: String? {
        switch probe {
        case .http(let path, _): path
        case .httpSeparate(_, let readiness, _): readiness
        case .command: nil
        }
    }

    /// The HTTP path that says the process is alive, if the check is an HTTP one.
    public var livenessPath: String? {
        switch probe {
        case .http(let path, _): path
        case .httpSeparate(let liveness, _, _): liveness
        case .command: nil
        }
    }

    /// The probed port's name, if the check is an HTTP one.
    public var httpPort: String? {
        switch probe {
        case .http(_, let port), .httpSeparate(_, _, let port): port
        case .command: nil
        }
    }
}
