/// How other workloads reach a service.
public enum Exposure: Sendable, Hashable {
    /// Not reachable over the network (a worker).
    case none
    /// A stable in-cluster address (a Kubernetes ClusterIP Service) on `port`, forwarding to the container port
    /// named `targetPort`; on ECS, the target group the environment names, if any.
    case network(port: Int, targetPort: String)

    /// Reachable on `port`, forwarded to the container port named `http`.
    public static func http(port: Int = 80) -> Exposure { .network(port: port, targetPort: "http") }
}
