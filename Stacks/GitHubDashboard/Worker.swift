import StackGen

extension GitHubDashboard {
    /// Background jobs that collect GitHub activity. Not on the network; a job interrupted midway is retried,
    /// so the worker may run on Spot capacity.
    static func worker(_ environment: Environment) -> Service {
        Service(
            "worker",
            image: "ghcr.io/acme/github-dashboard-worker",
            arguments: ["node", "dist/worker.js"],
            environment: [
                "NODE_ENV": "production",
                "COLLECT_INTERVAL_SECONDS": environment.isProduction ? "300" : "900",
            ],
            secrets: [
                "DATABASE_URL": .secretsManager(secret(environment), key: "database-url"),
                "REDIS_URL": .secretsManager(secret(environment), key: "redis-url"),
                "GITHUB_TOKEN": .secretsManager(secret(environment), key: "github-token"),
            ],
            healthCheck: .command(["node", "dist/healthcheck.js"], startPeriodSeconds: 60),
            scaling: .utilization(cpu: 70),
            egress: [.to("postgres", port: 5432), .to("redis", port: 6379), .https],  // .https: the GitHub API
            interruptible: true,
            security: .restricted(runAsUser: appUser),
            policyExceptions: [secretsAsEnvironment]
        )
    }
}
