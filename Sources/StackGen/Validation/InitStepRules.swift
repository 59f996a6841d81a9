/// Init steps fit the pod or task: each asks for something, and for no more than the size, since a step runs in the
/// pod or task before its containers and is not added to the size; and on ECS, where each step is a container of the
/// task definition, steps and containers together stay within the 10 container definitions a task definition may
/// hold (Amazon ECS service quotas, "Container definitions per task definition").
enum InitStepRules {
    /// Container definitions one ECS task definition may hold.
    static let ecsContainerLimit = 10

    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let count = service.service.allContainers.count
        if !service.service.initSteps.isEmpty, count > ecsContainerLimit, service.environment.renders(.ecs),
            service.service.platforms.contains(.ecs)
        {
            findings.append(service.error(
                "on ECS the \(counted(service.service.initSteps.count, "init step")) and "
                    + "\(counted(service.service.containers.count, "container")) make \(count) container definitions, "
                    + "more than the \(ecsContainerLimit) a task definition may hold",
                fix: "merge steps into one image or command"))
        }
        let size = service.size.resources
        for step in service.service.initSteps {
            guard let resources = step.resources else { continue }
            if resources.cpu.millicores <= 0 || resources.memory.mebibytes <= 0 {
                findings.append(service.error(
                    "init step `\(step.name)` asks for \(describe(resources))",
                    fix: "give it a positive CPU and memory, or leave `resources` out to give it the whole size"))
            } else if resources.cpu > size.cpu || resources.memory > size.memory {
                findings.append(service.error(
                    "init step `\(step.name)` asks for \(describe(resources)), more than the \(service.size.rawValue) "
                        + "size (\(describe(size))) of the pod or task it runs in",
                    fix: "give it at most the size, or choose a larger size in \(service.environment.file)"))
            }
        }
        return findings
    }

    /// `1 container`, `2 containers`.
    private static func counted(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    private static func describe(_ resources: Resources) -> String {
        "\(resources.cpu.millicores)m CPU and \(resources.memory.mebibytes) MiB"
    }
}
