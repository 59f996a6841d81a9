/// A service that needs an AWS role gets one on every platform it runs on, in the right account; and its
/// ServiceAccount does not take over the namespace's `default` account.
enum IdentityRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let platforms = service.environment.platforms.filter(service.service.platforms.contains)
        if service.service.needsAWSRole {
            for platform in platforms where service.roleArn(on: platform) == nil {
                let fallback = platform == .ecs ? " and `ecs.taskRoleArn` gives no default" : " (Kubernetes has no default role)"
                findings.append(service.settingsError(
                    "service `\(service.name)` needs an AWS role, but \(service.environment.file) gives it none on \(platform.rawValue)\(fallback)",
                    fix: "add `roleArn: arn:aws:iam::<account>:role/NAME` under `\(service.settingsPath)`"))
            }
        }
        if let role = service.settings.roleArn, let ecs = service.environment.ecs, platforms.contains(.ecs),
            !role.hasPrefix("arn:aws:iam::\(ecs.account):")
        {
            findings.append(service.settingsError(
                "`roleArn` `\(role)` is not in the ECS account \(ecs.account); ECS task roles must be",
                fix: "use a role in account \(ecs.account)"))
        }
        if platforms.contains(.kubernetes), service.name == "default" {
            findings.append(service.error(
                "a service named `default` would replace the namespace's default ServiceAccount",
                fix: "rename the service"))
        }
        return findings
    }
}
