/// `AWS::ApplicationAutoScaling::ScalableTarget` and one target-tracking `ScalingPolicy` per utilization target:
/// the same bounds and targets as `scalable-target.json` and `scaling-policy-<metric>.json`. CloudFormation's
/// `ScalableTarget` takes no `Tags` (cfn-lint refuses them), so only the CLI file tags the scalable target.
public enum StackScalingTranslator: ECSStackTranslator {
    public static func resources(_ service: ResolvedService, settings: ECSSettings) -> [String: Value] {
        guard case .autoscaled(let min, let max) = service.replicas else { return [:] }
        let targetID = ECSLogicalID.scalableTarget(service.name)
        var resources: [String: Value] = [targetID: [
            "Type": "AWS::ApplicationAutoScaling::ScalableTarget",
            "Properties": [
                "ServiceNamespace": "ecs",
                // `service/<cluster>/<name>`, naming the service through the template so it exists first.
                "ResourceId": ["Fn::Join": ["/", [
                    "service", .string(settings.cluster),
                    CloudFormationValue.getAtt(ECSLogicalID.service(service.name), "Name"),
                ]]],
                "ScalableDimension": "ecs:service:DesiredCount",
                "MinCapacity": .int(min),
                "MaxCapacity": .int(max),
            ],
        ]]
        for (suffix, metric, percent) in ECSScaling.metrics(of: service) {
            resources[ECSLogicalID.scalingPolicy(service.name, metric: suffix)] = [
                "Type": "AWS::ApplicationAutoScaling::ScalingPolicy",
                "Properties": [
                    "PolicyName": .string("\(service.ecsName)-\(suffix)"),
                    "PolicyType": "TargetTrackingScaling",
                    "ScalingTargetId": CloudFormationValue.ref(targetID),
                    "TargetTrackingScalingPolicyConfiguration": ECSScaling.targetTracking(metric: metric, percent: percent),
                ],
            ]
        }
        return resources
    }
}
