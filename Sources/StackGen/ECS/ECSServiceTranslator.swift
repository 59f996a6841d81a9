/// `service.json`: exactly the input of `aws ecs create-service --cli-input-json`.
public enum ECSServiceTranslator: ECSSingleDocumentTranslator {
    /// The file this translator writes in each service's folder.
    public static let fileName = "service.json"

    public static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument? {
        var document: [String: Value] = [
            "cluster": .string(settings.cluster),
            "serviceName": .string(service.ecsName),
            // The family alone means its latest ACTIVE revision.
            "taskDefinition": .string(service.ecsName),
            // When autoscaled, the scalable target owns the count afterwards; this is the starting point.
            "desiredCount": .int(service.replicas.minimum),
            "platformVersion": "LATEST",
            "networkConfiguration": [
                "awsvpcConfiguration": [
                    "subnets": .strings(settings.subnets),
                    "securityGroups": .strings(settings.securityGroups),
                    "assignPublicIp": .string(settings.assignPublicIp ? "ENABLED" : "DISABLED"),
                ]
            ],
            "deploymentConfiguration": [
                "deploymentCircuitBreaker": ["enable": true, "rollback": true],
                "maximumPercent": 200,
                "minimumHealthyPercent": 100,
            ],
            // Moves tasks back into a zone that lost them (after a zone outage or a Spot interruption), as
            // Kubernetes' zone spread does on the next rollout.
            "availabilityZoneRebalancing": "ENABLED",
            "propagateTags": "TASK_DEFINITION",
            "enableECSManagedTags": true,
            "enableExecuteCommand": false,
            "tags": service.ecsTags,
        ]
        switch service.settings.capacity {
        case .onDemand:
            document["capacityProviderStrategy"] = [["capacityProvider": "FARGATE", "weight": 1]]
        case .spot:
            document["capacityProviderStrategy"] = [["capacityProvider": "FARGATE_SPOT", "weight": 1]]
        }
        if let targetGroup = service.settings.targetGroupArn,
            case .network(_, let targetPort) = service.service.exposure,
            let port = service.service.container.ports.first(where: { $0.name == targetPort })
        {
            document["loadBalancers"] = [
                [
                    "targetGroupArn": .string(targetGroup), "containerName": .string(service.name),
                    "containerPort": .int(port.number),
                ]
            ]
            let startPeriod = service.service.container.healthCheck?.startPeriodSeconds ?? 30
            document["healthCheckGracePeriodSeconds"] = .int(startPeriod)
        }
        return ECSDocument(fileName: fileName, value: .object(document))
    }
}
