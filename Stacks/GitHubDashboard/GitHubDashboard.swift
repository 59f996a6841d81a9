import StackGen

/// The GitHub dashboard: a GraphQL API, a web frontend and a background worker that collects GitHub activity.
/// Data lives in PostgreSQL and Redis, reached through secrets.
public enum GitHubDashboard {
    public static let stack = Stack("github-dashboard") { environment in
        let api = api(environment)
        api
        // The schema changes a new API version needs are applied before that version rolls out, so no pod of it
        // ever runs against the old schema (the migrations keep the previous version working meanwhile).
        Job("migrate", before: api, arguments: ["node", "dist/migrate.js"])
        web(environment)
        worker(environment)
        // Production only: staging's database holds nothing that cannot be collected from GitHub again.
        if environment.isProduction { databaseBackup(environment) }
    }

    /// The user every container runs as: not root, and above 10000 so it matches no user on the node. The images
    /// keep their files world-readable and write only to the scratch paths.
    static let appUser = 10001

    /// The app reads its configuration from environment variables, so secrets arrive that way too: from a
    /// Kubernetes Secret synced from Secrets Manager, never from the manifest.
    static let secretsAsEnvironment = PolicyException.checkov(
        "CKV_K8S_35", because: "the app reads configuration from environment variables; values come from a synced Secret")

    /// The secret holding the connection strings and the GitHub token, in AWS Secrets Manager: one per
    /// environment (`github-dashboard/production`, synced into the Kubernetes Secret `github-dashboard-production`),
    /// so staging never reads production's database.
    static func secret(_ environment: Environment) -> String { "github-dashboard/\(environment.name)" }

    /// A health check for images that have Node.js but no `curl`: an HTTP GET of `path` on `port` from inside
    /// the container.
    static func nodeHTTPCheck(_ path: String, port: Int) -> [String] {
        [
            "node", "-e",
            "require('http').get('http://127.0.0.1:\(port)\(path)', r => process.exit(r.statusCode < 400 ? 0 : 1))"
                + ".on('error', () => process.exit(1))",
        ]
    }
}
