/// How a job's task starts on ECS, shared by `run-task.json` (the ECS API's names) and the scheduler's
/// `EcsParameters`: one Fargate task on the family's latest revision, in the environment's subnets, on the
/// capacity the environment gives (Spot for an interruptible job where asked), tagged for cost allocation.
enum ECSRunTaskParameters {
    /// The capacity provider: `FARGATE` or `FARGATE_SPOT`.
    static func capacityProvider(_ workload: ResolvedService) -> String {
        workload.settings.capacity == .spot ? "FARGATE_SPOT" : "FARGATE"
    }

    /// `awsvpcConfiguration` with the ECS API's member names.
    static func awsvpcConfiguration(_ settings: ECSSettings) -> Value {
        [
            "subnets": .strings(settings.subnets),
            "securityGroups": .strings(settings.securityGroups),
            "assignPublicIp": .string(settings.assignPublicIp ? "ENABLED" : "DISABLED"),
        ]
    }

    /// `arn:aws:ecs:<region>:<account>:cluster/<cluster>`.
    static func clusterARN(_ settings: ECSSettings) -> String {
        "arn:aws:ecs:\(settings.region):\(settings.account):cluster/\(settings.cluster)"
    }

    /// `arn:aws:ecs:<region>:<account>:task-definition/<family>`: without a revision, ECS runs the latest ACTIVE one.
    static func taskDefinitionARN(_ workload: ResolvedService, settings: ECSSettings) -> String {
        "arn:aws:ecs:\(settings.region):\(settings.account):task-definition/\(workload.ecsName)"
    }

    /// The job's task definition and, when it reads secrets, the execution role's policy: as a service has them.
    static func taskDocuments(_ workload: ResolvedService, settings: ECSSettings) -> [ECSDocument] {
        TaskDefinitionTranslator.documents(workload, settings: settings)
            + IAMPolicyTranslator.documents(workload, settings: settings)
    }
}
