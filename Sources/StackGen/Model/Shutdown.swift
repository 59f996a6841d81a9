/// How a service's containers stop: the time the process needs after SIGTERM to finish what it is doing.
///
/// On Kubernetes `terminationGracePeriodSeconds` is this plus, for a pod behind a load balancer, the `preStop`
/// delay that lets the load balancer stop sending it requests first. On ECS it is the container's `stopTimeout`
/// (ECS deregisters a task from its target group before stopping it); Fargate Spot tasks get 120 seconds, the
/// most Fargate allows and the notice Spot gives.
public enum Shutdown {
    /// Seconds after SIGTERM before the process is killed, when the service does not say.
    public static let defaultSeconds = 30
    /// The longest `stopTimeout` Fargate accepts, and the notice a Fargate Spot interruption gives.
    public static let fargateMaximumSeconds = 120
    /// Seconds the load balancer keeps draining connections to a deregistered target
    /// (`deregistration_delay.timeout_seconds`).
    public static let deregistrationDelaySeconds = 30
    /// Seconds a pod behind a load balancer keeps serving after it is told to stop, before SIGTERM: the whole
    /// deregistration delay, so the load balancer (which stops sending new requests a few seconds after the AWS
    /// Load Balancer Controller deregisters the pod) has drained it before the process starts shutting down.
    public static let preStopDelaySeconds = deregistrationDelaySeconds
}
