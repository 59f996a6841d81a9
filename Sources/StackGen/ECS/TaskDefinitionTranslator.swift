/// `task-definition.json`: exactly the input of `aws ecs register-task-definition --cli-input-json`.
public enum TaskDefinitionTranslator: ECSSingleDocumentTranslator {
    /// The file this translator writes in each service's folder.
    public static let fileName = "task-definition.json"

    public static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument? {
        var document: [String: Value] = [
            "family": .string(service.ecsName),
            "cpu": .string(String(service.size.cpuUnits)),
            "memory": .string(String(service.size.memoryMiB)),
            "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"],
            "runtimePlatform": [
                "cpuArchitecture": .string(service.settings.architecture == .arm64 ? "ARM64" : "X86_64"),
                "operatingSystemFamily": "LINUX",
            ],
            "executionRoleArn": .string(settings.executionRoleArn),
            "containerDefinitions": .array(
                service.service.initSteps.map { ECSContainerTranslator.translate($0, of: service, settings: settings) }
                    + service.service.containers.map {
                        ECSContainerTranslator.translate($0, of: service, settings: settings)
                    }),
            "tags": service.ecsTags,
        ]
        if let taskRole = service.roleArn(on: .ecs) { document["taskRoleArn"] = .string(taskRole) }
        if let storage = service.service.ephemeralStorageGiB {
            document["ephemeralStorage"] = ["sizeInGiB": .int(storage)]
        }
        let volumes = ScratchVolumes.of(service.service)
        if !volumes.isEmpty { document["volumes"] = .array(volumes.map { ["name": .string($0.name)] }) }
        return ECSDocument(fileName: fileName, value: .object(document))
    }
}
