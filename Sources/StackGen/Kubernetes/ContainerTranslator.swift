/// One container of a pod: image, ports, environment, resources, probes and the restricted security context; and
/// one init container, which has the same image, environment, resources, security and scratch volumes but no
/// ports, probes or lifecycle hooks (Kubernetes refuses those on an init container).
enum ContainerTranslator {
    static func translate(_ container: Container, of service: ResolvedService) -> Value {
        var spec = common(container, resources: service.resources(of: container), of: service)
        if !container.ports.isEmpty {
            spec["ports"] = .array(container.ports.map { port in
                [
                    "name": .string(port.name), "containerPort": .int(port.number),
                    "protocol": .string(port.transport.kubernetesName),
                ]
            })
        }
        if container.name == service.service.container.name, let configMap = ConfigMapTranslator.name(for: service) {
            spec["envFrom"] = [["configMapRef": ["name": .string(configMap)]]]
        }
        if let healthCheck = container.healthCheck {
            spec.merge(ProbeTranslator.probes(for: healthCheck)) { _, new in new }
        }
        if let lifecycle = PodLifecycle.lifecycle(of: service) { spec["lifecycle"] = lifecycle }
        return .object(spec)
    }

    /// An entry of `initContainers`.
    static func translate(_ step: InitStep, of service: ResolvedService) -> Value {
        .object(common(step.container, resources: service.resources(of: step), of: service))
    }

    /// What containers and init containers share: name, image, resources, security, command, variables and mounts.
    private static func common(_ container: Container, resources: Resources, of service: ResolvedService)
        -> [String: Value]
    {
        // Requests equal limits: the pod gets the Guaranteed QoS class, and costs what it reserves.
        let amounts: Value = [
            "cpu": .string(resources.cpu.kubernetesQuantity), "memory": .string(resources.memory.kubernetesQuantity),
        ]
        var spec: [String: Value] = [
            "name": .string(container.name),
            "image": .string(service.image(of: container)),
            "imagePullPolicy": "IfNotPresent",
            "resources": ["requests": amounts, "limits": amounts],
            "securityContext": securityContext(service.service.security),
        ]
        if let command = container.command { spec["command"] = .strings(command) }
        if let arguments = container.arguments { spec["args"] = .strings(arguments) }
        let environment = environmentVariables(container)
        if !environment.isEmpty { spec["env"] = .array(environment) }
        let mounts = ScratchVolumes.of(service.service, container: container)
        if !mounts.isEmpty {
            spec["volumeMounts"] = .array(mounts.map { ["name": .string($0.name), "mountPath": .string($0.path)] })
        }
        return spec
    }

    /// Plain values and secret references, sorted by name so the order never depends on a dictionary.
    private static func environmentVariables(_ container: Container) -> [Value] {
        var variables: [(String, Value)] = container.environment.map { name, value in
            (name, ["name": .string(name), "value": .string(value)])
        }
        variables += container.secrets.map { name, secret in
            (name, [
                "name": .string(name),
                "valueFrom": ["secretKeyRef": ["name": .string(secret.kubernetesSecretName), "key": .string(secret.key)]],
            ])
        }
        return variables.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func securityContext(_ security: PodSecurity) -> Value {
        var context: [String: Value] = [
            "allowPrivilegeEscalation": false,
            "privileged": false,
            "readOnlyRootFilesystem": .bool(security.readOnlyRootFilesystem),
            "runAsNonRoot": .bool(security.runAsNonRoot),
            "capabilities": ["drop": ["ALL"]],
            "seccompProfile": ["type": "RuntimeDefault"],
        ]
        if let user = security.runAsUser { context["runAsUser"] = .int(user) }
        return .object(context)
    }
}
