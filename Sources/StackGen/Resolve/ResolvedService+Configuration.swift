extension ResolvedService {
    /// The service's configuration in this environment: its own values, each replaced by the environment's
    /// override when that is a value of the same type (a mismatch is a validation error, so never rendered).
    public var configuration: [String: String] {
        var values: [String: String] = [:]
        for (key, declared) in service.configuration {
            let override = settings.configuration[key].flatMap { declared.sameType(from: $0.text) }
            values[key] = (override ?? declared).text
        }
        return values
    }

    /// The IAM role the service runs as on `platform`: its own (`services.<name>.roleArn`), else on ECS the
    /// environment's default task role. Kubernetes has no default: a pod without a role of its own gets none.
    public func roleArn(on platform: Platform) -> String? {
        if let own = settings.roleArn { return own }
        return platform == .ecs ? environment.ecs?.taskRoleArn : nil
    }
}
