/// A version of an image: a tag, a digest, or both (readable and immutable).
public enum ImageVersion: Sendable, Hashable {
    case tag(String)
    case digest(String)
    case tagAndDigest(tag: String, digest: String)

    /// `repository:tag`, `repository@digest` or `repository:tag@digest`.
    public func reference(in repository: String) -> String {
        switch self {
        case .tag(let tag): "\(repository):\(tag)"
        case .digest(let digest): "\(repository)@\(digest)"
        case .tagAndDigest(let tag, let digest): "\(repository):\(tag)@\(digest)"
        }
    }

    /// The tag, if there is one.
    public var tag: String? {
        switch self {
        case .tag(let tag), .tagAndDigest(let tag, _): tag
        case .digest: nil
        }
    }

    /// The digest, if there is one.
    public var digest: String? {
        switch self {
        case .digest(let digest), .tagAndDigest(_, let digest): digest
        case .tag: nil
        }
    }
}

/// CPU architecture of the nodes or Fargate tasks.
public enum Architecture: String, Sendable, Hashable, CaseIterable {
    case x86_64
    case arm64
}

/// What kind of capacity runs the ECS tasks.
public enum Capacity: String, Sendable, Hashable, CaseIterable {
    /// Regular Fargate.
    case onDemand = "on-demand"
    /// Fargate Spot: cheaper, stopped at two minutes' notice.
    case spot
}

/// One service's settings in one environment.
public struct ServiceSettings: Sendable, Hashable {
    public var image: ImageVersion
    /// The pod or task size; `nil` keeps the service's own default.
    public var size: FargateSize?
    public var replicas: Replicas
    public var architecture: Architecture
    public var capacity: Capacity
    /// An ECS load balancer target group to register the tasks with.
    public var targetGroupArn: String?
    /// The IAM role the service's pods (IRSA) and tasks (`taskRoleArn`) run as.
    public var roleArn: String?
    /// Values that replace the service's own `configuration` in this environment, by key.
    public var configuration: [String: ConfigOverride] = [:]
    /// Where the settings start in the environment file, for diagnostics.
    public var location: SourceLocation?

    public init(
        image: ImageVersion, size: FargateSize? = nil, replicas: Replicas = .fixed(1),
        architecture: Architecture = .x86_64, capacity: Capacity = .onDemand, targetGroupArn: String? = nil,
        roleArn: String? = nil, location: SourceLocation? = nil
    ) {
        self.image = image
        self.size = size
        self.replicas = replicas
        self.architecture = architecture
        self.capacity = capacity
        self.targetGroupArn = targetGroupArn
        self.roleArn = roleArn
        self.location = location
    }
}

/// One value of `services.<name>.config` in an environment file, as written, with its place for diagnostics.
public struct ConfigOverride: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation?

    public init(text: String, location: SourceLocation? = nil) {
        self.text = text
        self.location = location
    }
}
