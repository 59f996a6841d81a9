/// A scheduled job on ECS: its `task-definition.json` (and `iam-policy.json` when it reads secrets) as a
/// service's, and `schedule.json`, the input of `aws scheduler create-schedule --cli-input-json`: an EventBridge
/// Scheduler schedule, flexible time window off, that runs one task of the family's latest revision on the
/// environment's cluster, subnets and capacity, tagged for cost allocation.
///
/// In `ecs/stack.template.json` the same schedule is an `AWS::Scheduler::Schedule` on the template's
/// `AWS::ECS::TaskDefinition` (and secrets policy).
extension ScheduledJob: ECSComponent, ECSStackComponent {
    package func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument] {
        guard let workload = resolved.workload, let schedule = scheduleInput(workload, settings: settings) else {
            return []
        }
        return ECSRunTaskParameters.taskDocuments(workload, settings: settings)
            + [ECSDocument(fileName: Self.scheduleFileName, value: schedule)]
    }

    /// The template's task definition, secrets policy and schedule, restating the files `ecsDocuments` gave.
    package func ecsResources(_ resolved: ResolvedComponent, settings: ECSSettings, documents: [ECSDocument]) -> [String: Value] {
        guard let workload = resolved.workload,
            case .object(var input)? = documents.first(where: { $0.fileName == Self.scheduleFileName })?.value,
            case .object(var target)? = input["Target"], case .object(let ecs)? = target["EcsParameters"]
        else { return [:] }
        var resources = StackTaskDefinitionTranslator.resources(workload, settings: settings, documents: documents)
            .merging(StackSecretsPolicyTranslator.resources(workload, settings: settings, documents: documents)) { first, _ in first }
        // CloudFormation names the nested members of the API in PascalCase.
        guard case .object(var properties) = CloudFormationValue.properties(.object(ecs)) else { return [:] }
        properties["TaskDefinitionArn"] = CloudFormationValue.ref(ECSLogicalID.taskDefinition(name))
        target["EcsParameters"] = .object(properties)
        input["Target"] = .object(target)
        var resource: [String: Value] = ["Type": "AWS::Scheduler::Schedule", "Properties": .object(input)]
        // A run reads its secrets with the execution role as it starts: the policy must exist first.
        if IAMPolicyTranslator.readsSecrets(workload) {
            resource["DependsOn"] = .strings([ECSLogicalID.secretsPolicy(name)])
        }
        resources[ECSLogicalID.base(name) + "Schedule"] = .object(resource)
        return resources
    }

    /// The name of the `CreateSchedule` input's file.
    static let scheduleFileName = "schedule.json"

    /// The `CreateSchedule` input, or `nil` when the schedule cannot be translated or the environment names no
    /// scheduler role (validation reports both).
    private func scheduleInput(_ workload: ResolvedService, settings: ECSSettings) -> Value? {
        guard case .success(let expression) = schedule.eventBridge(), let role = settings.schedulerRoleArn else {
            return nil
        }
        let capacity: Value = [["capacityProvider": .string(ECSRunTaskParameters.capacityProvider(workload)), "weight": 1]]
        return [
            "Name": .string(workload.ecsName),
            "Description": .string("Runs the scheduled job \(name) of \(workload.stackName) (stackgen)."),
            "ScheduleExpression": .string(expression),
            "ScheduleExpressionTimezone": .string(schedule.timeZone),
            "FlexibleTimeWindow": ["Mode": "OFF"],
            "State": "ENABLED",
            "Target": [
                "Arn": .string(ECSRunTaskParameters.clusterARN(settings)),
                "RoleArn": .string(role),
                "EcsParameters": [
                    "TaskDefinitionArn": .string(ECSRunTaskParameters.taskDefinitionARN(workload, settings: settings)),
                    "TaskCount": 1,
                    "CapacityProviderStrategy": capacity,
                    "PlatformVersion": "LATEST",
                    "NetworkConfiguration": ["awsvpcConfiguration": [
                        "Subnets": .strings(settings.subnets),
                        "SecurityGroups": .strings(settings.securityGroups),
                        "AssignPublicIp": .string(settings.assignPublicIp ? "ENABLED" : "DISABLED"),
                    ]],
                    // The cost tags reach each task from its task definition, which carries them. `Tags` is left
                    // out: the API types it as a list of string maps, and whether each map is `{key: value}` or
                    // `{"key": …, "value": …}` is documented inconsistently, while a malformed tag fails the run.
                    "EnableECSManagedTags": true,
                    "PropagateTags": "TASK_DEFINITION",
                ],
                // How long the scheduler keeps trying to start a run (Kubernetes' starting deadline) and how often.
                "RetryPolicy": [
                    "MaximumEventAgeInSeconds": .int(min(max(startingDeadlineSeconds, 60), 86_400)),
                    "MaximumRetryAttempts": .int(min(retries, 185)),
                ],
            ],
        ]
    }
}
