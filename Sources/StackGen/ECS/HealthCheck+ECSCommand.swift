extension HealthCheck {
    /// The command ECS runs, if there is one: the probe's own command, or the in-container HTTP check.
    public var ecsCommand: [String]? {
        switch probe {
        case .command(let arguments): arguments
        case .http, .httpSeparate: containerCommand
        }
    }
}
