/// How traffic from outside reaches an exposed service.
///
/// On Kubernetes a routed service gets an `Ingress` for the AWS Load Balancer Controller; on ECS its tasks register
/// with the environment's `targetGroupArn`. Whether the load balancer faces the internet or stays internal, its
/// group, host and certificate are the environment's choice (`kubernetes.ingress` in the environment file).
public enum Route: Sendable, Hashable {
    /// Reached through the environment's load balancer at paths starting with `pathPrefix`, on `host` (default:
    /// the environment's `kubernetes.ingress.host`). The load balancer checks `healthCheckPath` (default: the
    /// readiness path of the service's HTTP health check).
    case loadBalancer(pathPrefix: String, host: String?, healthCheckPath: String?)
    /// Reached only from inside the cluster or VPC (other pods in the namespace), never through a load balancer:
    /// an explicit choice, so an exposed service is never unreachable by accident.
    case internalOnly

    /// Reached through the load balancer at paths starting with `prefix` (`"/"` for everything).
    public static func path(_ prefix: String, host: String? = nil, healthCheckPath: String? = nil) -> Route {
        .loadBalancer(pathPrefix: prefix, host: host, healthCheckPath: healthCheckPath)
    }

    /// The path prefix, when routed through a load balancer.
    public var pathPrefix: String? {
        if case .loadBalancer(let prefix, _, _) = self { return prefix }
        return nil
    }
}

extension Service {
    /// Whether the service is reached through a load balancer.
    public var isRouted: Bool { route?.pathPrefix != nil }

    /// The path the load balancer checks: the route's own, else the readiness path of the main container's HTTP
    /// health check; `nil` when there is neither (or the service is not routed).
    public var loadBalancerHealthCheckPath: String? {
        guard case .loadBalancer(_, _, let explicit) = route else { return nil }
        return explicit ?? container.healthCheck?.readinessPath
    }
}
