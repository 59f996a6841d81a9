/// A destination a service opens connections to. On Kubernetes each becomes an egress rule of the service's
/// NetworkPolicy (everything else is denied, DNS aside); on ECS, security groups govern egress and are the
/// environment's (`ecs.securityGroups`).
public enum Egress: Sendable, Hashable {
    /// A destination the environment names under `kubernetes.destinations` (for example `postgres`), whose
    /// addresses differ per environment, on `port`.
    case destination(String, port: Int)
    /// Fixed addresses (an IPv4 CIDR block such as `10.0.0.0/16`) on `port`.
    case cidr(String, port: Int)
    /// Any public address on `port` (for example a third-party HTTPS API).
    case internet(port: Int)
    /// Another service of the same stack, on its container port `port` (the number the container listens on).
    case service(String, port: Int)
    /// The EC2 instance metadata endpoint (169.254.169.254). Denied unless declared: pods that need AWS
    /// credentials should get them through their service account instead.
    case instanceMetadata

    /// A named destination on `port`, such as `.to("postgres", port: 5432)`.
    public static func to(_ name: String, port: Int) -> Egress { .destination(name, port: port) }

    /// HTTPS to public addresses.
    public static let https = Egress.internet(port: 443)
}

/// The EC2 instance metadata endpoint, denied to pods unless they declare `Egress.instanceMetadata`.
public let instanceMetadataCIDR = "169.254.169.254/32"
