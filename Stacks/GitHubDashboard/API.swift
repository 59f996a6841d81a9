import StackGen

extension GitHubDashboard {
    /// The GraphQL API (PostGraphile over PostgreSQL), reached on port 80 in front of the container's 3001.
    static func api(_ environment: Environment) -> Service {
        Service(
            "api",
            image: "ghcr.io/acme/github-dashboard-api",
            ports: [.http(3001)],
            environment: [
                "NODE_ENV": "production",
                "PORT": "3001",
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
            security: .restricted(runAsUser: appUser),
            needsAWSRole: true,    // writes exported reports to S3: each environment gives `roleArn`
            policyExceptions: [secretsAsEnvironment]
        )
    }
}
