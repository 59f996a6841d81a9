/// CloudWatch Logs retention, an AWS fact that the environment file checks and the ECS output uses.
public enum CloudWatchLogRetention {
    /// The values `RetentionInDays` (PutRetentionPolicy, `AWS::Logs::LogGroup`) accepts.
    public static let allowedDays = [
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    ]
}
