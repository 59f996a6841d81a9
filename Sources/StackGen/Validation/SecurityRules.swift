/// Non-root by default on both platforms: ECS cannot check "non-root" itself, so it needs a numeric user.
enum SecurityRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        let security = service.service.security
        var findings: [Diagnostic] = []
        if security.runAsNonRoot, security.runAsUser == 0 {
            findings.append(service.error(
                "the service runs as user 0 (root) but requires a non-root user", fix: "use a user ID above 0"))
        }
        if security.runAsNonRoot, security.runAsUser == nil, service.environment.renders(.ecs) {
            findings.append(service.error(
                "ECS cannot enforce a non-root user without a numeric user ID",
                fix: "declare `security: .restricted(runAsUser: 10001)` with the image's user ID"))
        }
        if let user = security.runAsUser, user < 0 {
            findings.append(service.error("user ID \(user) is negative"))
        }
        for (key, _) in service.service.annotations.sorted(by: { $0.key < $1.key }) {
            if let problem = Naming.labelKeyProblem(key) {
                findings.append(service.error("annotation key `\(key)` \(problem)", fix: "use a key such as `example.com/name`"))
            }
        }
        return findings
    }
}
