import StackGen

extension Trading {
    /// Collects market data over HTTPS and hands it to `quotes`; an interrupted run is retried, so it may run on
    /// Spot capacity.
    static func collector(_ environment: Environment) -> Service {
        Service(
            "collector",
            image: "ghcr.io/acme/trading-collector",
            healthCheck: .command(["/collector", "healthcheck"], startPeriodSeconds: 30),
            egress: [.https, .service("quotes", port: 8080)],
            interruptible: true,
            security: .restricted(runAsUser: appUser)
        )
    }
}
