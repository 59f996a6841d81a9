import StackGen

/// The GitHub dashboard: a GraphQL API, a web frontend and a background worker that collects GitHub activity.
/// Data lives in PostgreSQL and Redis, reached through secrets.
public enum GitHubDashboard {
    public static let stack = Stack("github-dashboard") { environment in
        if environment.isProduction {
            // When production nodes run short (a zone lost, a burst), user-facing requests must win over the
            // worker's collection runs: the scheduler preempts lower-priority pods to place `api`. stackgen does not
            // model pod priority, so the class is a custom resource (declared first, so it is listed, and
            // created, before the pods that name it) and `api` gets it through a patch.
            criticalPriorityClass
            Patch(.deployment("api"), because: "api serves users and must preempt batch pods when nodes are short", [
                .add("/spec/template/spec/priorityClassName", .string(criticalPriorityClass.resourceName)),
            ])
        }
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

    /// The priority of user-facing pods (the default class is 0; Kubernetes reserves values above 1e9).
    static let criticalPriorityClass = CustomResource(
        apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", name: "github-dashboard-critical",
        body: [
            "value": 100000,
            "preemptionPolicy": "PreemptLowerPriority",
            "description": "user-facing github-dashboard pods: scheduled before batch work when nodes are short",
        ])

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
