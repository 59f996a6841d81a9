/// One entry of a task definition's `containerDefinitions`.
enum ECSContainerTranslator {
    static func translate(_ container: Container, of service: ResolvedService, settings: ECSSettings) -> Value {
        let resources = service.resources(of: container)
        let isMain = container.name == service.service.container.name
        let security = service.service.security
        var definition: [String: Value] = [
            "name": .string(container.name),
            "image": .string(service.image(of: container)),
            "essential": .bool(isMain),
            "cpu": .int(ECSCPUUnits.units(of: container, in: service)),
            "readonlyRootFilesystem": .bool(security.readOnlyRootFilesystem),
            "linuxParameters": ["capabilities": ["drop": ["ALL"]], "initProcessEnabled": true],
            "logConfiguration": [
                "logDriver": "awslogs",
                "options": .stringMap(ECSLogRetention.awslogsOptions(for: service, settings: settings)),
            ],
            "portMappings": .array(container.ports.map { port in
                [
                    "name": .string(port.name), "containerPort": .int(port.number),
                    "protocol": .string(port.transport.rawValue),
                ]
            }),
            // The main container also gets the service's configuration (on Kubernetes, its ConfigMap).
            "environment": .array(container.environment.merging(isMain ? service.configuration : [:]) { plain, _ in plain }
                .sorted { $0.key < $1.key }.map {
                ["name": .string($0.key), "value": .string($0.value)]
            }),
            "secrets": .array(container.secrets.sorted { $0.key < $1.key }.map {
                ["name": .string($0.key), "valueFrom": .string(SecretARN.arn(for: $0.value, in: settings))]
            }),
        ]
        // The main container may use all memory the sidecars leave; a sidecar gets a hard limit.
        definition[isMain ? "memoryReservation" : "memory"] = .int(resources.memory.mebibytes)
        if let user = security.runAsUser { definition["user"] = .string("\(user):\(user)") }
        if let command = container.command { definition["entryPoint"] = .strings(command) }
        if let arguments = container.arguments { definition["command"] = .strings(arguments) }
        if let check = container.healthCheck, let command = check.ecsCommand {
            definition["healthCheck"] = [
                "command": .strings(["CMD"] + command),
                "interval": .int(check.intervalSeconds),
                "timeout": .int(check.timeoutSeconds),
                "retries": .int(check.retries),
                "startPeriod": .int(check.startPeriodSeconds),
            ]
        }
        definition["stopTimeout"] = .int(ECSContainerRuntime.stopTimeout(of: service))
        if let labels = ECSContainerRuntime.dockerLabels(of: container, in: service) {
            definition["dockerLabels"] = .stringMap(labels)
        }
        let mounts = ScratchVolumes.of(service.service, container: container)
        definition["mountPoints"] = .array(mounts.map {
            ["sourceVolume": .string($0.name), "containerPath": .string($0.path), "readOnly": false]
        })
        return .object(definition)
    }
}
