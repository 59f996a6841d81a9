/// `AWS::ECS::TaskDefinition`: `task-definition.json` as CloudFormation properties, so both delivery paths
/// run the same task.
public enum StackTaskDefinitionTranslator: ECSRestatingStackTranslator {
    public static var restated: any ECSSingleDocumentTranslator.Type { TaskDefinitionTranslator.self }

    public static func resources(
        _ service: ResolvedService, settings: ECSSettings, restating document: ECSDocument
    ) -> [String: Value] {
        [ECSLogicalID.taskDefinition(service.name): [
            "Type": "AWS::ECS::TaskDefinition",
            "Properties": CloudFormationValue.properties(document.value),
        ]]
    }
}

/// `AWS::ECS::Service`: `service.json` as CloudFormation properties, on the template's task definition.
///
/// An autoscaled service has no `DesiredCount`: the scalable target owns the count, and a count in the template
/// would be set again on every stack update (CloudFormation then starts a new service at 1 task and the scalable
/// target's minimum raises it). Where the environment asks for it, the load-balancer alarms roll a deployment back.
public enum StackServiceTranslator: ECSRestatingStackTranslator {
    public static var restated: any ECSSingleDocumentTranslator.Type { ECSServiceTranslator.self }

    public static func resources(
        _ service: ResolvedService, settings: ECSSettings, restating document: ECSDocument
    ) -> [String: Value] {
        guard case .object(var properties) = CloudFormationValue.properties(document.value) else { return [:] }
        properties["TaskDefinition"] = CloudFormationValue.ref(ECSLogicalID.taskDefinition(service.name))
        if case .autoscaled = service.replicas { properties["DesiredCount"] = nil }
        var dependsOn: [String] = []
        let alarms = StackAlarmTranslator.loadBalancerAlarms(service, settings: settings)
        if settings.rollbackOnAlarms, !alarms.isEmpty, case .object(var deployment)? = properties["DeploymentConfiguration"] {
            deployment["Alarms"] = [
                "AlarmNames": .strings(alarms.map(\.name)), "Enable": true, "Rollback": true,
            ]
            properties["DeploymentConfiguration"] = .object(deployment)
            dependsOn += alarms.map(\.logicalID)
        }
        // Tasks read their secrets with the execution role as they start: its policy must exist first.
        if IAMPolicyTranslator.readsSecrets(service) {
            dependsOn.append(ECSLogicalID.secretsPolicy(service.name))
        }
        var resource: [String: Value] = ["Type": "AWS::ECS::Service", "Properties": .object(properties)]
        if !dependsOn.isEmpty { resource["DependsOn"] = .strings(dependsOn.sorted()) }
        return [ECSLogicalID.service(service.name): .object(resource)]
    }
}

/// `AWS::IAM::RolePolicy`: `iam-policy.json` attached to the existing execution role (`ecs.executionRoleArn`).
public enum StackSecretsPolicyTranslator: ECSRestatingStackTranslator {
    public static var restated: any ECSSingleDocumentTranslator.Type { IAMPolicyTranslator.self }

    public static func resources(
        _ service: ResolvedService, settings: ECSSettings, restating document: ECSDocument
    ) -> [String: Value] {
        [ECSLogicalID.secretsPolicy(service.name): [
            "Type": "AWS::IAM::RolePolicy",
            "Properties": [
                "RoleName": .string(roleName(settings.executionRoleArn)),
                "PolicyName": .string("\(service.ecsName)-secrets"),
                "PolicyDocument": document.value,
            ],
        ]]
    }

    /// `arn:aws:iam::ACCOUNT:role/PATH/NAME` → `NAME` (IAM addresses a role by its name, without its path).
    static func roleName(_ arn: String) -> String {
        String(arn.split(separator: "/").last ?? Substring(arn))
    }
}
