import StackGen

extension Trading {
    /// The quotes API, on port 8080, called by the app's other services only.
    static func quotes(_ environment: Environment) -> Service {
        Service(
            "quotes",
            image: "ghcr.io/acme/trading-quotes",
            ports: [.http(8080)],
            environment: ["LOG_LEVEL": environment.isProduction ? "info" : "debug"],
            healthCheck: .http("/health", containerCommand: ["/quotes", "healthcheck"]),
            size: .vcpu0_25_mem0_5gb,
            scaling: .utilization(cpu: 70),
            exposure: .http(port: 80),
            route: .internalOnly,
            security: .restricted(runAsUser: appUser)
        )
    }
}
