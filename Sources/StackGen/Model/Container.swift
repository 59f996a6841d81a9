/// Where a container's image comes from.
public enum ImageSource: Sendable, Hashable {
    /// A repository such as `ghcr.io/acme/api`; each environment names the tag or digest to run.
    case repository(String)
    /// A complete reference pinned in code, such as `public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0`.
    case pinned(String)
}

/// One container of a service: the main one, or a sidecar.
public struct Container: Sendable, Hashable {
    /// DNS-1123 label, unique within the service.
    public var name: String
    /// Where the image comes from: a repository each environment tags, or a reference pinned in code.
    public var image: ImageSource
    /// The ports the container listens on.
    public var ports: [Port]
    /// Replaces the image's entrypoint (Kubernetes `command`, ECS `entryPoint`).
    public var command: [String]?
    /// Replaces the image's default arguments (Kubernetes `args`, ECS `command`).
    public var arguments: [String]?
    /// Plain environment variables. Never put a credential here: use `secrets`.
    public var environment: [String: String]
    /// Environment variables whose values come from a secret store.
    public var secrets: [String: SecretReference]
    /// How the platform tells the container is healthy, if it can.
    public var healthCheck: HealthCheck?
    /// Fixed resources for a sidecar; the main container gets what the size leaves.
    public var resources: Resources?
    /// Directories the container writes to; each gets an empty scratch volume because the root filesystem is
    /// read-only.
    public var writablePaths: [String]

    /// A container; a service's main one is usually built by `Service`, a sidecar by `.sidecar(_:image:resources:)`.
    /// - Parameters:
    ///   - name: DNS-1123 label, unique within the service.
    ///   - image: Where the image comes from.
    ///   - ports: The ports it listens on.
    ///   - command: Replaces the image's entrypoint.
    ///   - arguments: Replaces the image's default arguments.
    ///   - environment: Plain environment variables (never a credential).
    ///   - secrets: Environment variables whose values come from a secret store.
    ///   - healthCheck: How the platform tells it is healthy.
    ///   - resources: Fixed resources for a sidecar; `nil` for the main container.
    ///   - writablePaths: Directories it writes to, each given a scratch volume.
    public init(
        name: String, image: ImageSource, ports: [Port] = [], command: [String]? = nil, arguments: [String]? = nil,
        environment: [String: String] = [:], secrets: [String: SecretReference] = [:], healthCheck: HealthCheck? = nil,
        resources: Resources? = nil, writablePaths: [String] = ["/tmp"]
    ) {
        self.name = name
        self.image = image
        self.ports = ports
        self.command = command
        self.arguments = arguments
        self.environment = environment
        self.secrets = secrets
        self.healthCheck = healthCheck
        self.resources = resources
        self.writablePaths = writablePaths
    }

    /// A sidecar with a pinned image and fixed resources.
    public static func sidecar(
        _ name: String, image: String, resources: Resources, ports: [Port] = [], command: [String]? = nil,
        arguments: [String]? = nil, environment: [String: String] = [:], secrets: [String: SecretReference] = [:],
        healthCheck: HealthCheck? = nil, writablePaths: [String] = ["/tmp"]
    ) -> Container {
        Container(
            name: name, image: .pinned(image), ports: ports, command: command, arguments: arguments,
            environment: environment, secrets: secrets, healthCheck: healthCheck, resources: resources,
            writablePaths: writablePaths)
    }
}
