/// Environment variables and writable paths of every container and init step, and sidecar resources.
enum ContainerRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for container in service.service.allContainers {
            let label = service.service.label(ofContainer: container.name)
            let names = Array(container.environment.keys) + Array(container.secrets.keys)
            for name in duplicates(names).sorted() {
                findings.append(service.error(
                    "`\(name)` in \(label) is both a plain variable and a secret",
                    fix: "keep only the secret"))
            }
            for name in names.sorted() where !isEnvironmentVariableName(name) {
                findings.append(service.error(
                    "environment variable name `\(name)` in \(label) is not valid",
                    fix: "use letters, digits and `_`, not starting with a digit"))
            }
            for path in container.writablePaths where !path.hasPrefix("/") {
                findings.append(service.error(
                    "writable path `\(path)` in \(label) is not absolute", fix: "start it with `/`"))
            }
        }
        for sidecar in service.service.sidecars where sidecar.resources == nil {
            findings.append(service.error(
                "sidecar `\(sidecar.name)` has no resources", fix: "use `.sidecar(_:image:resources:)`"))
        }
        let main = service.resources(of: service.service.container)
        if main.cpu.millicores <= 0 || main.memory.mebibytes <= 0 {
            findings.append(service.error(
                "the sidecars take all of the \(service.size.rawValue) size, leaving nothing for `\(service.name)`",
                fix: "choose a larger size in \(service.environment.file) or give the sidecars less"))
        }
        if service.service.platforms.contains(.ecs), service.environment.renders(.ecs), main.cpu.millicores > 0,
            ECSCPUUnits.units(of: service.service.container, in: service) <= 0
        {
            findings.append(service.error(
                "on ECS the sidecars take \(ECSCPUUnits.sidecarUnits(of: service)) of the \(service.size.cpuUnits) CPU "
                    + "units of the \(service.size.rawValue) task, leaving nothing for `\(service.name)`",
                fix: "choose a larger size in \(service.environment.file) or give the sidecars less"))
        }
        return findings
    }

    static func isEnvironmentVariableName(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
