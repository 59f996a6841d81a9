/// `scaling.json`, for an autoscaled service: the Application Auto Scaling scalable target
/// (`register-scalable-target` input) and one target-tracking policy per metric (`put-scaling-policy` input).
public enum ECSScalingTranslator: ECSTranslator {
    public static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument? {
        guard case .autoscaled(let min, let max) = service.replicas else { return nil }
        let resourceId = "service/\(settings.cluster)/\(service.ecsName)"
        let target: Value = [
            "ServiceNamespace": "ecs",
            "ResourceId": .string(resourceId),
            "ScalableDimension": "ecs:service:DesiredCount",
            "MinCapacity": .int(min),
            "MaxCapacity": .int(max),
            "Tags": .stringMap(service.environment.tags),
        ]
        let targets = service.service.scaling
        let metrics = [
            ("cpu", "ECSServiceAverageCPUUtilization", targets.cpuPercent),
            ("memory", "ECSServiceAverageMemoryUtilization", targets.memoryPercent),
        ]
        let policies: [Value] = metrics.compactMap { suffix, metric, percent in
            guard let percent else { return nil }
            return [
                "PolicyName": .string("\(service.ecsName)-\(suffix)"),
                "ServiceNamespace": "ecs",
                "ResourceId": .string(resourceId),
                "ScalableDimension": "ecs:service:DesiredCount",
                "PolicyType": "TargetTrackingScaling",
                "TargetTrackingScalingPolicyConfiguration": [
                    "TargetValue": .double(Double(percent)),
                    "PredefinedMetricSpecification": ["PredefinedMetricType": .string(metric)],
                    "ScaleOutCooldown": 60,
                    "ScaleInCooldown": 300,
                ],
            ]
        }
        return ECSDocument(
            fileName: "scaling.json", value: ["scalableTarget": target, "scalingPolicies": .array(policies)])
    }
}
