/// Where and how much of every service runs: one `Environments/<name>.yaml` file, decoded and checked.
public struct Environment: Sendable {
    /// The file name without `.yaml`: `staging`, `production`.
    public var name: String
    /// The file it was read from, for diagnostics.
    public var file: String
    /// Whether production rules apply (pinned image versions, disruption budgets, zone spreading).
    public var isProduction: Bool
    /// Expected users per month, for planning figures.
    public var usersPerMonth: Int?
    /// What this environment renders, in a fixed order.
    public var platforms: [Platform]
    /// Cost-allocation tags; they reach every object's labels, every pod template and every ECS task.
    public var tags: [String: String]
    /// Where each tag's key and value are written, for diagnostics.
    public var tagLocations: [String: (key: SourceLocation, value: SourceLocation)] = [:]
    public var kubernetes: KubernetesSettings?
    public var ecs: ECSSettings?
    /// Per-service settings by service name.
    public var services: [String: ServiceSettings]
    /// Per-job settings by scheduled job name (`jobs:`): like a service's, without `replicas`.
    public var jobs: [String: ServiceSettings] = [:]
    /// The decoded sections other targets register (such as `cost:`), by key; each target reads its own.
    package var sections: [String: any Sendable] = [:]
    /// The repository the file belongs to (what `Include` paths are relative to); `nil` means the current folder.
    package var repositoryRoot: String?

    public init(
        name: String, file: String, isProduction: Bool = false, usersPerMonth: Int? = nil, platforms: [Platform],
        tags: [String: String], kubernetes: KubernetesSettings? = nil, ecs: ECSSettings? = nil,
        services: [String: ServiceSettings]
    ) {
        self.name = name
        self.file = file
        self.isProduction = isProduction
        self.usersPerMonth = usersPerMonth
        self.platforms = platforms
        self.tags = tags
        self.kubernetes = kubernetes
        self.ecs = ecs
        self.services = services
    }

    /// The entries of the settings section `section` (`services`, `jobs`), by name.
    public func settings(in section: String) -> [String: ServiceSettings] {
        section == "jobs" ? jobs : section == "services" ? services : [:]
    }

    /// Whether `platform` is rendered.
    public func renders(_ platform: Platform) -> Bool { platforms.contains(platform) }

    /// The tags every environment must carry.
    public static let requiredTags = ["cost-allocation", "environment", "project", "owner"]
}

/// Settings for the Kubernetes output.
public struct KubernetesSettings: Sendable, Hashable {
    /// The namespace every object goes into.
    public var namespace: String
    /// The External Secrets stores that create the Secrets the pods read (`externalSecrets:`).
    public var externalSecrets: ExternalSecretSettings?
    /// Load balancer, scraper, zones and egress destinations.
    public var traffic: KubernetesTrafficSettings
    /// Where the `kubernetes:` section is, for diagnostics.
    public var location: SourceLocation?

    public init(
        namespace: String, externalSecrets: ExternalSecretSettings? = nil,
        traffic: KubernetesTrafficSettings = KubernetesTrafficSettings(), location: SourceLocation? = nil
    ) {
        self.namespace = namespace
        self.externalSecrets = externalSecrets
        self.traffic = traffic
        self.location = location
    }
}

/// Settings for the ECS Fargate output.
public struct ECSSettings: Sendable, Hashable {
    public var cluster: String
    public var region: String
    /// The 12-digit AWS account ID.
    public var account: String
    public var subnets: [String]
    public var securityGroups: [String]
    public var executionRoleArn: String
    public var taskRoleArn: String?
    /// CloudWatch Logs group for every container.
    public var logGroup: String
    public var assignPublicIp: Bool
    /// Days CloudWatch Logs keeps the log group's events (the CloudFormation template's `RetentionInDays`).
    public var logRetentionDays: Int
    /// The Application Load Balancer the services' target groups belong to: its ARN names the `LoadBalancer`
    /// dimension of the 5xx and latency alarms (CloudWatch publishes target-group metrics only with both).
    public var loadBalancerArn: String?
    /// The SNS topic the alarms notify, if any.
    public var alarmTopicArn: String?
    /// Whether a service's load-balancer alarms roll a deployment back (ECS deployment alarms).
    public var rollbackOnAlarms: Bool
    /// The team states that every image declares `VOLUME` for its writable paths (see `ScratchVolumeRules`).
    public var imagesDeclareVolumes: Bool
    /// The IAM role EventBridge Scheduler assumes to start scheduled jobs' tasks (`ecs:RunTask` on their task
    /// definitions, `iam:PassRole` for their roles); needed when a scheduled job runs on ECS.
    public var schedulerRoleArn: String? = nil

    /// The retention used when the environment gives none.
    public static let defaultLogRetentionDays = 30

    public init(
        cluster: String, region: String, account: String, subnets: [String], securityGroups: [String],
        executionRoleArn: String, taskRoleArn: String? = nil, logGroup: String, assignPublicIp: Bool = false,
        logRetentionDays: Int = ECSSettings.defaultLogRetentionDays, loadBalancerArn: String? = nil,
        alarmTopicArn: String? = nil, rollbackOnAlarms: Bool = false, imagesDeclareVolumes: Bool = false,
        schedulerRoleArn: String? = nil
    ) {
        self.schedulerRoleArn = schedulerRoleArn
        self.logRetentionDays = logRetentionDays
        self.loadBalancerArn = loadBalancerArn
        self.alarmTopicArn = alarmTopicArn
        self.rollbackOnAlarms = rollbackOnAlarms
        self.imagesDeclareVolumes = imagesDeclareVolumes
        self.cluster = cluster
        self.region = region
        self.account = account
        self.subnets = subnets
        self.securityGroups = securityGroups
        self.executionRoleArn = executionRoleArn
        self.taskRoleArn = taskRoleArn
        self.logGroup = logGroup
        self.assignPublicIp = assignPublicIp
    }
}
