/// A target group must be in the environment's region and account, and belongs to an exposed service.
enum LoadBalancerRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        guard let arn = service.settings.targetGroupArn, let ecs = service.environment.ecs else { return [] }
        guard case .network = service.service.exposure else {
            return [service.settingsError(
                "`targetGroupArn` is set but the service is not exposed on the network",
                fix: "remove `targetGroupArn`, or declare `exposure: .http()` in the stack")]
        }
        guard AWSIdentifiers.isTargetGroupARN(arn, region: ecs.region, account: ecs.account) else {
            return [service.settingsError(
                "`targetGroupArn` `\(arn)` is not a target group ARN in \(ecs.region), account \(ecs.account)",
                fix: "use `arn:aws:elasticloadbalancing:\(ecs.region):\(ecs.account):targetgroup/NAME/ID`")]
        }
        return []
    }
}
