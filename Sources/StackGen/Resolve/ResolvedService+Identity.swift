extension ResolvedService {
    /// The IAM role the service runs as on `platform`: its own (`services.<name>.roleArn`), else on ECS the
    /// environment's default task role. Kubernetes has no default: a pod without a role of its own gets none.
    public func roleArn(on platform: Platform) -> String? {
        if let own = settings.roleArn { return own }
        return platform == .ecs ? environment.ecs?.taskRoleArn : nil
    }
}
