/// CloudWatch Logs settings shared by the task definitions and the CloudFormation template (the retention values
/// an environment may give are `CloudWatchLogRetention.allowedDays`).
public enum ECSLogRetention {
    /// The awslogs driver's options for a container of `service`.
    ///
    /// `mode: non-blocking`: the container writes stdout and stderr into an in-memory buffer, so a slow or
    /// throttled CloudWatch Logs never stalls the application (in the default `blocking` mode a full pipe blocks
    /// the process's writes, which stops request handling and fails health checks). The price is that lines are
    /// dropped once the buffer is full; `max-buffer-size: 25m` holds about a minute of a busy service's output
    /// (the driver's default is 1 MiB, a few seconds). The buffer comes out of the container's memory, so it is
    /// bounded. See https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html and
    /// https://docs.docker.com/engine/logging/configure/#configure-the-delivery-mode-of-log-messages-from-container-to-log-driver.
    static func awslogsOptions(for service: ResolvedService, settings: ECSSettings) -> [String: String] {
        [
            "awslogs-group": settings.logGroup,
            "awslogs-region": settings.region,
            "awslogs-stream-prefix": service.name,
            "mode": "non-blocking",
            "max-buffer-size": maxBufferSize,
        ]
    }

    /// The awslogs driver's in-memory buffer in non-blocking mode.
    public static let maxBufferSize = "25m"
}
