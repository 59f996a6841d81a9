/// Service, container, init step and scratch-volume names must be DNS-1123 labels; containers and init steps must
/// have distinct names.
enum NameRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if let problem = Naming.dnsLabelProblem(service.name) {
            findings.append(service.error(
                "service name `\(service.name)` \(problem)",
                fix: "use lowercase letters, digits and `-`, such as `billing-api`"))
        }
        if let problem = Naming.dnsLabelProblem(service.stackName) {
            findings.append(service.error("stack name `\(service.stackName)` \(problem)", fix: "rename the stack"))
        }
        for container in service.service.sidecars {
            if let problem = Naming.dnsLabelProblem(container.name) {
                findings.append(service.error("container name `\(container.name)` \(problem)", fix: "rename it"))
            }
        }
        for step in service.service.initSteps {
            if let problem = Naming.dnsLabelProblem(step.name) {
                findings.append(service.error("init step name `\(step.name)` \(problem)", fix: "rename it"))
            }
        }
        for name in duplicates(service.service.allContainers.map(\.name)) {
            findings.append(service.error(
                "two containers or init steps are named `\(name)`",
                fix: "a sidecar or init step cannot share the service's name, another sidecar's or another step's; "
                    + "rename one"))
        }
        for volume in ScratchVolumes.of(service.service) {
            if let problem = Naming.dnsLabelProblem(volume.name) {
                findings.append(service.error(
                    "the scratch volume for writable path `\(volume.path)` would be named `\(volume.name)`, which \(problem)",
                    fix: "shorten the path or the container name"))
            }
        }
        return findings
    }
}
