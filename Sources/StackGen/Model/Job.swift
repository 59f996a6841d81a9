/// A one-off job tied to a service's release, such as a database migration: it runs the version of the
/// service's image that is about to roll out, with the service's environment, secrets, configuration, size,
/// security and role, and only its command or arguments changed.
///
/// ```swift
/// let api = api(environment)
/// api
/// Job("migrate", before: api, arguments: ["node", "dist/migrate.js"])
/// ```
///
/// It has no settings of its own: each environment's `services.<service>` gives the version and the rest.
/// Kubernetes runs it as a `batch/v1` Job that Argo CD runs before syncing (a `PreSync` hook); ECS users run
/// `run-task.json` before updating the service (see README for the order).
public struct Job: Sendable, Hashable {
    /// The service whose rollout waits for the job.
    public var service: String
    /// How many times a failed run is retried (Kubernetes `backoffLimit`; ECS: run it again).
    public var retries: Int
    /// The longest the job may take, in seconds (Kubernetes `activeDeadlineSeconds`).
    public var activeDeadlineSeconds: Int
    /// How long Kubernetes keeps the finished Job for its logs and status, in seconds.
    public var keepFinishedSeconds: Int
    /// The pod or task it runs: the service's main container with the job's command, without ports, health
    /// check, sidecars, init steps or exposure.
    public var pod: Service

    /// Declares a job that runs before `service` rolls out.
    /// - Parameters:
    ///   - name: DNS-1123 label, unique among the stacks' components.
    ///   - service: The service it runs with and before.
    ///   - command: Replaces the image's entrypoint (default: the service's).
    ///   - arguments: Replaces the image's default arguments.
    ///   - environment: Variables added to the service's (a name given here wins).
    ///   - retries: How many times a failed run is retried (default 0: a migration that failed once needs a look).
    ///   - activeDeadlineSeconds: The longest the job may take (default 15 minutes).
    ///   - keepFinishedSeconds: How long the finished Job is kept (default one day).
    public init(
        _ name: String, before service: Service, command: [String]? = nil, arguments: [String]? = nil,
        environment: [String: String] = [:], retries: Int = 0, activeDeadlineSeconds: Int = 900,
        keepFinishedSeconds: Int = 86_400, filePath: String = #filePath, line: Int = #line
    ) {
        self.service = service.name
        self.retries = retries
        self.activeDeadlineSeconds = activeDeadlineSeconds
        self.keepFinishedSeconds = keepFinishedSeconds
        var pod = service
        pod.name = name
        pod.container.name = name
        pod.container.ports = []
        pod.container.healthCheck = nil
        pod.container.command = command ?? service.container.command
        pod.container.arguments = arguments ?? service.container.arguments
        pod.container.environment.merge(environment) { _, job in job }
        pod.sidecars = []
        // The service's init steps may check what the job is about to establish (a schema version): not run.
        pod.initSteps = []
        pod.scaling = .default
        pod.exposure = .none
        pod.route = nil
        pod.metrics = nil
        pod.annotations = [:]
        pod.source = SourceLocation(file: filePath, line: line)
        self.pod = pod
    }
}

extension Job: PodComponent {
    /// `job`.
    public var kind: String { "job" }
    /// The settings of the service it runs before.
    public var settingsSource: ComponentSettingsSource { .service(service) }
}
