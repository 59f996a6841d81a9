/// Init steps fit the pod or task: each asks for something, and for no more than the size, since a step runs in the
/// pod or task before its containers and is not added to the size.
enum InitStepRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
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

    private static func describe(_ resources: Resources) -> String {
        "\(resources.cpu.millicores)m CPU and \(resources.memory.mebibytes) MiB"
    }
}
