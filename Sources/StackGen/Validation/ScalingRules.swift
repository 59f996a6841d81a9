/// Autoscaling targets are percentages, and an autoscaled service needs at least one.
enum ScalingRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let targets = service.service.scaling
        for (name, value) in [("CPU", targets.cpuPercent), ("memory", targets.memoryPercent)] {
            if let value, !(1...100).contains(value) {
                findings.append(service.error("the \(name) scaling target is \(value) %, outside 1…100"))
            }
        }
        if service.isAutoscaled, targets.cpuPercent == nil, targets.memoryPercent == nil {
            findings.append(service.error(
                "\(service.environment.file) gives a replica range, but the service has no scaling target",
                fix: "add `scaling: .utilization(cpu: 70)`"))
        }
        return findings
    }
}
