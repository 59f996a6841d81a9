import StackGen

extension GitHubDashboard {
    /// The web frontend, served by a small Node server on 8080, at `/` on the API's host (the browser calls
    /// `/graphql` there). It connects to nothing itself.
    static func web(_ environment: Environment) -> Service {
        Service(
            "web",
            image: "ghcr.io/acme/github-dashboard-web",
            ports: [.http(8080)],
            environment: [
                "NODE_ENV": "production",
                "PORT": "8080",
            ],
            healthCheck: .http("/healthz", containerCommand: nodeHTTPCheck("/healthz", port: 8080)),
            scaling: .utilization(cpu: 70),
            exposure: .http(port: 80),
            route: .path("/"),
            security: .restricted(runAsUser: appUser),
            // Settings, not secrets: a ConfigMap on Kubernetes (a change rolls the pods), environment on ECS.
            // Environments override values under `services.web.config`.
            configuration: [
                "GRAPHQL_PATH": "/graphql",
                "API_TIMEOUT_MS": 10000,
                "ANALYTICS_ENABLED": false,
            ]
        )
    }
}
