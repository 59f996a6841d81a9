/// One entry of a task definition's `containerDefinitions`: a container of the service, or an init step.
enum ECSContainerTranslator {
    static func translate(_ container: Container, of service: ResolvedService, settings: ECSSettings) -> Value {
        let resources = service.resources(of: container)
        let isMain = container.name == service.service.container.name
        // The main container also gets the service's configuration (on Kubernetes, its ConfigMap).
        var definition = common(
            container, variables: container.environment.merging(isMain ? service.configuration : [:]) { plain, _ in plain },
            of: service, settings: settings)
        definition["essential"] = .bool(isMain)
        definition["cpu"] = .int(ECSCPUUnits.units(of: container, in: service))
        definition["portMappings"] = .array(container.ports.map { port in
            [
                "name": .string(port.name), "containerPort": .int(port.number),
                "protocol": .string(port.transport.rawValue),
            ]
        })
        // The main container may use all memory the sidecars leave; a sidecar gets a hard limit.
        definition[isMain ? "memoryReservation" : "memory"] = .int(resources.memory.mebibytes)
        if let check = container.healthCheck, let command = check.ecsCommand {
            definition["healthCheck"] = [
                "command": .strings(["CMD"] + command),
                "interval": .int(check.intervalSeconds),
                "timeout": .int(check.timeoutSeconds),
                "retries": .int(check.retries),
                "startPeriod": .int(check.startPeriodSeconds),
            ]
        }
        if let labels = ECSContainerRuntime.dockerLabels(of: container, in: service) {
            definition["dockerLabels"] = .stringMap(labels)
        }
        if let dependencies = successOf(service.service.initSteps) { definition["dependsOn"] = dependencies }
        return .object(definition)
    }

    /// An init step: a non-essential container that starts after the steps before it have succeeded. It reserves
    /// no CPU or memory of its own (a reservation would count against the task for its whole life, though the step
    /// has exited before the containers start), so it may use the whole task while it runs.
    static func translate(_ step: InitStep, of service: ResolvedService, settings: ECSSettings) -> Value {
        var definition = common(step.container, variables: step.environment, of: service, settings: settings)
        definition["essential"] = false
        definition["portMappings"] = []
        let earlier = service.service.initSteps.prefix { $0.name != step.name }
        if let dependencies = successOf(Array(earlier)) { definition["dependsOn"] = dependencies }
        return .object(definition)
    }

    /// `dependsOn` waiting for each step to exit with status 0, or `nil` when there are none.
    private static func successOf(_ steps: [InitStep]) -> Value? {
        guard !steps.isEmpty else { return nil }
        return .array(steps.map { ["containerName": .string($0.name), "condition": "SUCCESS"] })
    }

    /// What containers and init steps share: image, security, logging, command, variables, secrets and mounts.
    private static func common(
        _ container: Container, variables: [String: String], of service: ResolvedService, settings: ECSSettings
    ) -> [String: Value] {
        let security = service.service.security
        var definition: [String: Value] = [
            "name": .string(container.name),
            "image": .string(service.image(of: container)),
            "readonlyRootFilesystem": .bool(security.readOnlyRootFilesystem),
            "linuxParameters": ["capabilities": ["drop": ["ALL"]], "initProcessEnabled": true],
            "logConfiguration": [
                "logDriver": "awslogs",
                "options": .stringMap(ECSLogRetention.awslogsOptions(for: service, settings: settings)),
            ],
            "environment": .array(variables.sorted { $0.key < $1.key }.map {
                ["name": .string($0.key), "value": .string($0.value)]
            }),
            "secrets": .array(container.secrets.sorted { $0.key < $1.key }.map {
                ["name": .string($0.key), "valueFrom": .string(SecretARN.arn(for: $0.value, in: settings))]
            }),
        ]
        if let user = security.runAsUser { definition["user"] = .string("\(user):\(user)") }
        if let command = container.command { definition["entryPoint"] = .strings(command) }
        if let arguments = container.arguments { definition["command"] = .strings(arguments) }
        definition["stopTimeout"] = .int(ECSContainerRuntime.stopTimeout(of: service))
        let mounts = ScratchVolumes.of(service.service, container: container)
        definition["mountPoints"] = .array(mounts.map {
            ["sourceVolume": .string($0.name), "containerPath": .string($0.path), "readOnly": false]
        })
        return definition
    }
}
