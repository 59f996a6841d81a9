/// A job that runs on a cron schedule (a nightly backup, a collector every hour): one pod or task per run, which
/// exits when its work is done.
///
/// Its container is declared like a service's (image, command, environment, secrets, configuration, size,
/// security, role), and each environment configures it under `jobs:` like a service under `services:`
/// (`tag`/`digest`, `cpu`/`memory`, `architecture`, `capacity`, `roleArn`, `config`; no `replicas`).
///
/// Kubernetes runs it as a `batch/v1` CronJob; ECS as an EventBridge Scheduler schedule that runs the task.
public struct ScheduledJob: Sendable, Hashable {
    /// When it runs, and in which time zone.
    public var schedule: CronSchedule
    /// What happens when a run is due while the previous one still runs (Kubernetes; see README for ECS).
    public var concurrency: ConcurrencyPolicy
    /// How late a run may still start after its time, in seconds (Kubernetes `startingDeadlineSeconds`; on ECS
    /// how long the scheduler keeps trying to start it).
    public var startingDeadlineSeconds: Int
    /// How many times a failed run is retried (Kubernetes `backoffLimit`; on ECS the scheduler's retries of a
    /// task that fails to start).
    public var retries: Int
    /// The longest a run may take before it is stopped, in seconds (Kubernetes `activeDeadlineSeconds`).
    public var activeDeadlineSeconds: Int
    /// How many successful runs Kubernetes keeps, for their logs and status.
    public var successfulRunsKept: Int
    /// How many failed runs Kubernetes keeps.
    public var failedRunsKept: Int
    /// The pod or task each run starts, declared as a service without ports, health check or exposure.
    public var pod: Service

    /// Declares a scheduled job whose container runs an image from `image` (a repository: each environment
    /// names the tag or digest under `jobs.<name>`).
    public init(
        _ name: String,
        schedule: CronSchedule,
        image: String,
        command: [String]? = nil,
        arguments: [String]? = nil,
        environment: [String: String] = [:],
        secrets: [String: SecretReference] = [:],
        size: FargateSize = .vcpu0_25_mem0_5gb,
        ephemeralStorageGiB: Int? = nil,
        egress: [Egress] = [],
        concurrency: ConcurrencyPolicy = .forbid,
        startingDeadlineSeconds: Int = 300,
        retries: Int = 2,
        activeDeadlineSeconds: Int = 3600,
        successfulRunsKept: Int = 3,
        failedRunsKept: Int = 3,
        shutdownSeconds: Int = Shutdown.defaultSeconds,
        interruptible: Bool = false,
        security: PodSecurity = .restricted,
        writablePaths: [String] = ["/tmp"],
        configuration: [String: ConfigValue] = [:],
        needsAWSRole: Bool = false,
        notSecrets: Set<String> = [],
        policyExceptions: [PolicyException] = [],
        platforms: Set<Platform> = Set(Platform.allCases),
        filePath: String = #filePath,
        line: Int = #line
    ) {
        self.schedule = schedule
        self.concurrency = concurrency
        self.startingDeadlineSeconds = startingDeadlineSeconds
        self.retries = retries
        self.activeDeadlineSeconds = activeDeadlineSeconds
        self.successfulRunsKept = successfulRunsKept
        self.failedRunsKept = failedRunsKept
        self.pod = Service(
            name, image: image, command: command, arguments: arguments, environment: environment, secrets: secrets,
            size: size, ephemeralStorageGiB: ephemeralStorageGiB, egress: egress, shutdownSeconds: shutdownSeconds,
            interruptible: interruptible, security: security, writablePaths: writablePaths,
            configuration: configuration, needsAWSRole: needsAWSRole, notSecrets: notSecrets,
            policyExceptions: policyExceptions, platforms: platforms, filePath: filePath, line: line)
    }
}

extension ScheduledJob: PodComponent {
    /// `scheduled job`.
    public var kind: String { "scheduled job" }
    /// `jobs.<name>`.
    public var settingsSource: ComponentSettingsSource { .jobs }
}

/// What happens when a scheduled run is due while the previous run still runs.
public enum ConcurrencyPolicy: String, Sendable, Hashable, CaseIterable {
    /// Skip the new run (the default: a backup or collector must not overlap itself).
    case forbid = "Forbid"
    /// Run both.
    case allow = "Allow"
    /// Stop the running one and start the new one.
    case replace = "Replace"
}
