/// Service, container and scratch-volume names must be DNS-1123 labels; containers must be unique.
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
        for name in duplicates(service.service.containers.map(\.name)) {
            findings.append(service.error(
                "two containers are named `\(name)`",
                fix: "a sidecar cannot share the service's name or another sidecar's; rename one"))
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
