import Foundation

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
        for name in duplicates(service.service.policyExceptions.map(\.check)) {
            findings.append(service.error("two policy exceptions for `\(name)`", fix: "keep one, with one reason"))
        }
        for exception in service.service.policyExceptions {
            if !isCheckovID(exception.check) {
                findings.append(service.error(
                    "policy exception `\(exception.check)` is not a checkov check ID", fix: "use an ID such as `CKV_K8S_35`"))
            }
            if exception.reason.trimmingCharacters(in: .whitespaces).isEmpty || exception.reason.contains("=") {
                findings.append(service.error(
                    "the reason for the `\(exception.check)` exception is empty or contains `=`",
                    fix: "say why the check does not apply, without `=` (checkov cannot read it)"))
            }
        }
        return findings
    }

    /// `CKV_K8S_35`, `CKV2_K8S_6`.
    static func isCheckovID(_ text: String) -> Bool {
        let parts = text.split(separator: "_")
        return parts.count == 3 && ["CKV", "CKV2"].contains(parts[0]) && parts[1] == "K8S" && Int(parts[2]) != nil
    }
}
