/// CloudWatch alarms for what a team watches on an ECS service:
///
/// - **running tasks below the minimum** (`ECS/ContainerInsights` `RunningTaskCount`, which needs Container
///   Insights on the cluster; no data counts as breaching, so a cluster without it shows the alarm at once);
/// - **CPU and memory above the scaling target** for 15 minutes (`AWS/ECS`): autoscaling is at its maximum or
///   not keeping up;
/// - with a target group and the environment's `loadBalancerArn`: **target 5xx responses** (at least 5 a minute
///   in 3 of 5 minutes) and **p95 latency** above 1 s for 5 minutes (`AWS/ApplicationELB`).
///
/// Alarms notify `ecs.alarmTopicArn` when the environment gives one.
public enum StackAlarmTranslator: ECSStackTranslator {
    /// One alarm: its logical ID, its name in CloudWatch and its resource.
    struct Alarm {
        let logicalID: String
        let name: String
        let resource: Value
    }

    public static let http5xxPerMinute = 5
    public static let latencyP95Seconds = 1.0

    public static func resources(_ service: ResolvedService, settings: ECSSettings) -> [String: Value] {
        let alarms = serviceAlarms(service, settings: settings) + loadBalancerAlarms(service, settings: settings)
        return Dictionary(uniqueKeysWithValues: alarms.map { ($0.logicalID, $0.resource) })
    }

    static func serviceAlarms(_ service: ResolvedService, settings: ECSSettings) -> [Alarm] {
        let dimensions: [(String, String)] = [("ClusterName", settings.cluster), ("ServiceName", service.ecsName)]
        var alarms = [alarm(
            service, settings, kind: "RunningTasks", suffix: "running-tasks",
            description: "fewer running tasks than the minimum of \(service.replicas.minimum)",
            metric: ("ECS/ContainerInsights", "RunningTaskCount", dimensions), statistic: "Minimum",
            period: 60, evaluations: (5, 5), threshold: .int(service.replicas.minimum),
            comparison: "LessThanThreshold", missing: "breaching")]
        for (suffix, _, percent) in ECSScaling.metrics(of: service) {
            let metric = suffix == "cpu" ? "CPUUtilization" : "MemoryUtilization"
            alarms.append(alarm(
                service, settings, kind: suffix == "cpu" ? "Cpu" : "Memory", suffix: suffix,
                description: "average \(suffix) above the \(percent)% scaling target for 15 minutes",
                metric: ("AWS/ECS", metric, dimensions), statistic: "Average",
                period: 300, evaluations: (3, 3), threshold: .double(Double(percent)),
                comparison: "GreaterThanThreshold", missing: "missing"))
        }
        return alarms
    }

    /// The 5xx and latency alarms, when the service has a target group and the environment names its load balancer.
    static func loadBalancerAlarms(_ service: ResolvedService, settings: ECSSettings) -> [Alarm] {
        guard let targetGroupArn = service.settings.targetGroupArn,
            let targetGroup = ECSLoadBalancerDimension.suffix(ofTargetGroup: targetGroupArn),
            let loadBalancer = settings.loadBalancerArn.flatMap(ECSLoadBalancerDimension.suffix(ofLoadBalancer:))
        else { return [] }
        let dimensions = [("LoadBalancer", loadBalancer), ("TargetGroup", targetGroup)]
        return [
            alarm(service, settings, kind: "Http5xx", suffix: "http-5xx",
                  description: "at least \(http5xxPerMinute) target 5xx responses a minute in 3 of 5 minutes",
                  metric: ("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", dimensions), statistic: "Sum",
                  period: 60, evaluations: (5, 3), threshold: .int(http5xxPerMinute),
                  comparison: "GreaterThanOrEqualToThreshold", missing: "notBreaching"),
            alarm(service, settings, kind: "LatencyP95", suffix: "latency-p95",
                  description: "p95 target response time above \(latencyP95Seconds) s for 5 minutes",
                  metric: ("AWS/ApplicationELB", "TargetResponseTime", dimensions), statistic: "p95",
                  period: 60, evaluations: (5, 5), threshold: .double(latencyP95Seconds),
                  comparison: "GreaterThanThreshold", missing: "notBreaching"),
        ]
    }

    private static func alarm(
        _ service: ResolvedService, _ settings: ECSSettings, kind: String, suffix: String, description: String,
        metric: (namespace: String, name: String, dimensions: [(String, String)]), statistic: String,
        period: Int, evaluations: (periods: Int, datapoints: Int), threshold: Value, comparison: String,
        missing: String
    ) -> Alarm {
        let name = "\(service.ecsName)-\(suffix)"
        var properties: [String: Value] = [
            "AlarmName": .string(name),
            "AlarmDescription": .string("\(service.ecsName): \(description)"),
            "Namespace": .string(metric.namespace),
            "MetricName": .string(metric.name),
            "Dimensions": .array(metric.dimensions.map { ["Name": .string($0.0), "Value": .string($0.1)] }),
            "Period": .int(period),
            "EvaluationPeriods": .int(evaluations.periods),
            "DatapointsToAlarm": .int(evaluations.datapoints),
            "Threshold": threshold,
            "ComparisonOperator": .string(comparison),
            "TreatMissingData": .string(missing),
            "Tags": ECSStackTemplate.cloudFormationTags(service.environment.tags),
        ]
        properties[statistic.hasPrefix("p") ? "ExtendedStatistic" : "Statistic"] = .string(statistic)
        if let topic = settings.alarmTopicArn {
            properties["AlarmActions"] = [.string(topic)]
            properties["OKActions"] = [.string(topic)]
        }
        return Alarm(
            logicalID: ECSLogicalID.alarm(service.name, kind), name: name,
            resource: ["Type": "AWS::CloudWatch::Alarm", "Properties": .object(properties)])
    }
}
