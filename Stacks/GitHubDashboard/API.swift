import StackGen

extension GitHubDashboard {
    /// The GraphQL API (PostGraphile over PostgreSQL), reached on port 80 in front of the container's 3001, and
    /// through the load balancer at `/graphql`. Prometheus metrics on 9464.
    static func api(_ environment: Environment) -> Service {
        Service(
            "api",
            image: "ghcr.io/acme/github-dashboard-api",
            ports: [.http(3001), Port("metrics", 9464)],
            environment: [
                "NODE_ENV": "production",
                "PORT": "3001",
                "METRICS_PORT": "9464",
                "LOG_LEVEL": environment.isProduction ? "info" : "debug",
            ],
            secrets: [
                "DATABASE_URL": .secretsManager(secret(environment), key: "database-url"),
                "REDIS_URL": .secretsManager(secret(environment), key: "redis-url"),
                "GITHUB_TOKEN": .secretsManager(secret(environment), key: "github-token"),
            ],
            healthCheck: .http("/health", containerCommand: nodeHTTPCheck("/health", port: 3001)),
            size: .vcpu0_5_mem1gb,
            scaling: .utilization(cpu: 70, memory: 80),
            exposure: .http(port: 80),
            route: .path("/graphql"),
            metrics: .prometheus(port: "metrics", path: "/metrics"),
            egress: [.to("postgres", port: 5432), .to("redis", port: 6379), .https],  // .https: the GitHub API
            security: .restricted(runAsUser: appUser),
            needsAWSRole: true,    // writes exported reports to S3: each environment gives `roleArn`
            policyExceptions: [secretsAsEnvironment]
        )
    }
}
