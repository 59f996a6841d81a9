/// A service: one long-running workload, described once for every platform and environment.
///
/// A service says *what* it is (image, ports, health check, secrets, how it scales). Each environment file says
/// *how much* of it runs and *where* (image tag, size, replicas, architecture, capacity).
public struct Service: Sendable, Hashable {
    /// DNS-1123 label, unique within an environment; names the Deployment, ECS service and output folder.
    public var name: String
    /// The main container; its name is the service's name.
    public var container: Container
    /// Further containers in the same pod or task.
    public var sidecars: [Container]
    /// Steps that run to completion, in order, before the containers start in each pod or task.
    public var initSteps: [InitStep]
    /// The pod or task size when the environment does not give one.
    public var size: FargateSize
    /// Fargate ephemeral storage for each task, 21–200 GiB; `nil` keeps the 20 GiB every task gets free.
    public var ephemeralStorageGiB: Int?
    /// What an autoscaler aims for when the environment gives a replica range.
    public var scaling: ScalingTargets
    /// How traffic reaches the service: not at all, inside the cluster, or through a load balancer.
    public var exposure: Exposure
    /// How traffic from outside reaches an exposed service: through the load balancer, or internal only.
    public var route: Route?
    /// A Prometheus endpoint to scrape.
    public var metrics: MetricsEndpoint?
    /// What the service opens connections to; on Kubernetes everything else is denied (DNS aside).
    public var egress: [Egress]
    /// Seconds the process needs after SIGTERM to stop cleanly.
    public var shutdownSeconds: Int
    /// Whether the service tolerates being stopped at short notice, and so may run on Spot capacity.
    public var interruptible: Bool
    /// The pod and task security profile (restricted by default).
    public var security: PodSecurity
    /// Whether the pods need a Kubernetes API token (most services do not).
    public var needsKubernetesAPI: Bool
    /// Non-secret settings of the main container; each environment may override a value (`services.<name>.config`).
    public var configuration: [String: ConfigValue]
    /// Whether the service calls AWS and so needs an IAM role: the environment gives its ARN
    /// (`services.<name>.roleArn`; on ECS the environment's `taskRoleArn` otherwise).
    public var needsAWSRole: Bool
    /// Annotations on the pod template, such as `prometheus.io/scrape`.
    public var annotations: [String: String]
    /// Plain environment variables whose name or value looks like a credential but is not one (reviewed). Any
    /// other such variable is an error: credentials belong in `secrets`.
    public var notSecrets: Set<String>
    /// Reviewed exceptions to policy-scanner checks, each with its reason.
    public var policyExceptions: [PolicyException]
    /// The platforms the service runs on, where an environment renders them (default: all).
    public var platforms: Set<Platform>
    /// Where the service was declared, for diagnostics.
    public var source: SourceLocation

    /// Declares a service whose main container runs an image from `image` (a repository: the tag or digest
    /// comes from each environment).
    public init(
        _ name: String,
        image: String,
        ports: [Port] = [],
        command: [String]? = nil,
        arguments: [String]? = nil,
        environment: [String: String] = [:],
        secrets: [String: SecretReference] = [:],
        healthCheck: HealthCheck? = nil,
        size: FargateSize = .vcpu0_25_mem0_5gb,
        ephemeralStorageGiB: Int? = nil,
        scaling: ScalingTargets = .default,
        exposure: Exposure = .none,
        route: Route? = nil,
        metrics: MetricsEndpoint? = nil,
        egress: [Egress] = [],
        shutdownSeconds: Int = Shutdown.defaultSeconds,
        interruptible: Bool = false,
        sidecars: [Container] = [],
        initSteps: [InitStep] = [],
        security: PodSecurity = .restricted,
        writablePaths: [String] = ["/tmp"],
        needsKubernetesAPI: Bool = false,
        configuration: [String: ConfigValue] = [:],
        needsAWSRole: Bool = false,
        annotations: [String: String] = [:],
        notSecrets: Set<String> = [],
        policyExceptions: [PolicyException] = [],
        platforms: Set<Platform> = Set(Platform.allCases),
        filePath: String = #filePath,
        line: Int = #line
    ) {
        self.name = name
        self.container = Container(
            name: name, image: .repository(image), ports: ports, command: command, arguments: arguments,
            environment: environment, secrets: secrets, healthCheck: healthCheck, writablePaths: writablePaths)
        self.sidecars = sidecars
        self.initSteps = initSteps
        self.size = size
        self.ephemeralStorageGiB = ephemeralStorageGiB
        self.scaling = scaling
        self.exposure = exposure
        self.route = route
        self.metrics = metrics
        self.egress = egress
        self.shutdownSeconds = shutdownSeconds
        self.interruptible = interruptible
        self.security = security
        self.needsKubernetesAPI = needsKubernetesAPI
        self.configuration = configuration
        self.needsAWSRole = needsAWSRole
        self.annotations = annotations
        self.notSecrets = notSecrets
        self.policyExceptions = policyExceptions
        self.platforms = platforms
        self.source = SourceLocation(file: filePath, line: line)
    }

    /// The main container followed by the sidecars.
    public var containers: [Container] { [container] + sidecars }

    /// The init steps (as containers) followed by the main container and the sidecars: everything that runs an
    /// image, reads variables and secrets, and mounts scratch volumes.
    public var allContainers: [Container] { initSteps.map(\.container) + containers }
}
