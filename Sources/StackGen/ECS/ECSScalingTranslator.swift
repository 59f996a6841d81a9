/// Application Auto Scaling for an autoscaled service, as inputs the AWS CLI accepts as they are.
enum ECSScaling {
    /// `service/<cluster>/<service>`: the scalable target's resource ID.
    static func resourceId(_ service: ResolvedService, settings: ECSSettings) -> String {
        "service/\(settings.cluster)/\(service.ecsName)"
    }

    /// One target-tracking policy per declared utilization target: the file suffix, the predefined metric and
    /// the target percentage.
    static func metrics(of service: ResolvedService) -> [(suffix: String, metric: String, percent: Int)] {
        let targets = service.service.scaling
        let all: [(String, String, Int?)] = [
            ("cpu", "ECSServiceAverageCPUUtilization", targets.cpuPercent),
            ("memory", "ECSServiceAverageMemoryUtilization", targets.memoryPercent),
        ]
        return all.compactMap { suffix, metric, percent in percent.map { (suffix, metric, $0) } }
    }

    /// `TargetTrackingScalingPolicyConfiguration` (the same shape in the API and in CloudFormation).
    static func targetTracking(metric: String, percent: Int) -> Value {
        [
            "TargetValue": .double(Double(percent)),
            "PredefinedMetricSpecification": ["PredefinedMetricType": .string(metric)],
            "ScaleOutCooldown": 60,
            "ScaleInCooldown": 300,
        ]
    }
}

/// `scalable-target.json`: the input of `aws application-autoscaling register-scalable-target --cli-input-json`.
public enum ECSScalableTargetTranslator: ECSSingleDocumentTranslator {
    public static let fileName = "scalable-target.json"

    public static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument? {
        guard case .autoscaled(let min, let max) = service.replicas else { return nil }
        return ECSDocument(fileName: fileName, value: [
            "ServiceNamespace": "ecs",
            "ResourceId": .string(ECSScaling.resourceId(service, settings: settings)),
            "ScalableDimension": "ecs:service:DesiredCount",
            "MinCapacity": .int(min),
            "MaxCapacity": .int(max),
            "Tags": .stringMap(service.environment.tags),
        ])
    }
}

/// `scaling-policy-<metric>.json`, one per utilization target: the input of
/// `aws application-autoscaling put-scaling-policy --cli-input-json`.
public enum ECSScalingPolicyTranslator: ECSTranslator {
    public static func documents(_ service: ResolvedService, settings: ECSSettings) -> [ECSDocument] {
        guard case .autoscaled = service.replicas else { return [] }
        return ECSScaling.metrics(of: service).map { suffix, metric, percent in
            ECSDocument(fileName: "scaling-policy-\(suffix).json", value: [
                "PolicyName": .string("\(service.ecsName)-\(suffix)"),
                "ServiceNamespace": "ecs",
                "ResourceId": .string(ECSScaling.resourceId(service, settings: settings)),
                "ScalableDimension": "ecs:service:DesiredCount",
                "PolicyType": "TargetTrackingScaling",
                "TargetTrackingScalingPolicyConfiguration": ECSScaling.targetTracking(metric: metric, percent: percent),
            ])
        }
    }
}
