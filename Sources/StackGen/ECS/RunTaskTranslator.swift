/// A job before a rollout on ECS: its `task-definition.json` (and `iam-policy.json` when it reads secrets), and
/// `run-task.json`, the input of `aws ecs run-task --cli-input-json`: one task of the family's latest revision
/// (the one just registered) on the environment's cluster, subnets and capacity, tagged for cost allocation.
///
/// The order is the deployer's (README, "Jobs before a rollout"): register the task definition, run the task,
/// wait for it to stop, check its exit code, and only then update the service. It is not in
/// `ecs/stack.template.json`: a stack update would roll the service out beside it, not after it.
extension Job: ECSComponent {
    package func ecsDocuments(_ resolved: ResolvedComponent, settings: ECSSettings) -> [ECSDocument] {
        guard let workload = resolved.workload else { return [] }
        let runTask: Value = [
            "cluster": .string(settings.cluster),
            // The family alone means its latest ACTIVE revision: the one registered just before.
            "taskDefinition": .string(workload.ecsName),
            "count": 1,
            "capacityProviderStrategy": [
                ["capacityProvider": .string(ECSRunTaskParameters.capacityProvider(workload)), "weight": 1],
            ],
            "platformVersion": "LATEST",
            "networkConfiguration": ["awsvpcConfiguration": ECSRunTaskParameters.awsvpcConfiguration(settings)],
            "enableECSManagedTags": true,
            "propagateTags": "TASK_DEFINITION",
            "startedBy": .string(String("stackgen-\(name)".prefix(36))),
            "tags": workload.ecsTags,
        ]
        return ECSRunTaskParameters.taskDocuments(workload, settings: settings)
            + [ECSDocument(fileName: "run-task.json", value: runTask)]
    }
}
