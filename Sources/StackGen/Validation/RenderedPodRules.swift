/// Restricted pod security and no plaintext credentials, checked in a rendered pod spec: what the Kubernetes
/// restricted Pod Security Standard admits (non-root, no privilege escalation, every capability dropped,
/// RuntimeDefault or Localhost seccomp, no host namespaces, not privileged), plus the read-only root filesystem
/// unless the workload declares `.writableRootFilesystem()`.
enum RenderedPodRules {
    private static let containerLists = ["initContainers", "containers"]
    private static let hostNamespaces = ["hostNetwork", "hostPID", "hostIPC"]
    private static let seccompTypes: Set<String> = ["RuntimeDefault", "Localhost"]

    static func check(_ spec: Value?, at pointer: String, into findings: inout Findings) {
        guard let spec else { return }
        let object = findings.object
        var subject: String { RenderedObjectRules.subject(object) }
        for key in hostNamespaces where spec.member(key) == .bool(true) {
            findings.add("\(subject) shares the node's namespaces (`\(key): true` at `\(pointer)`)",
                         fix: "remove `\(key)`: restricted pod security refuses it")
        }
        let pod = spec.member("securityContext")
        let security = findings.security
        for list in containerLists {
            for (index, container) in (spec.member(list)?.items ?? []).enumerated() {
                // The pointer and the container's name are worked out only for a finding.
                var at: String { "\(pointer)/\(list)/\(index)/securityContext" }
                var name: String { "container `\(container.member("name")?.text ?? "\(index)")` of \(subject)" }
                let context = container.member("securityContext")
                func setting(_ key: String) -> Value? { context?.member(key) ?? pod?.member(key) }
                if security.runAsNonRoot, setting("runAsNonRoot") != .bool(true) {
                    findings.add(
                        "\(name) may run as root: neither it nor its pod sets `runAsNonRoot: true` (restricted pod security)",
                        fix: "keep `runAsNonRoot: true` at `\(at)` or in the pod's `securityContext`")
                }
                if setting("runAsUser") == .int(0) {
                    findings.add("\(name) runs as root (`runAsUser: 0`)", fix: "run as a user ID above 0")
                }
                if context?.member("allowPrivilegeEscalation") != .bool(false) {
                    findings.add(
                        "\(name) does not set `allowPrivilegeEscalation: false` (restricted pod security)",
                        fix: "keep `allowPrivilegeEscalation: false` at `\(at)`")
                }
                if context?.member("privileged") == .bool(true) {
                    findings.add("\(name) is privileged", fix: "remove `privileged: true` at `\(at)`")
                }
                capabilities(context?.member("capabilities"), of: name, at: at, into: &findings)
                if !seccompTypes.contains(setting("seccompProfile")?.member("type")?.text ?? "") {
                    findings.add(
                        "\(name) has no `RuntimeDefault` seccomp profile (restricted pod security)",
                        fix: "keep `seccompProfile: {type: RuntimeDefault}` at `\(at)` or in the pod's `securityContext`")
                }
                if security.readOnlyRootFilesystem, context?.member("readOnlyRootFilesystem") != .bool(true) {
                    findings.add(
                        "\(name) has a writable root filesystem",
                        fix: "keep `readOnlyRootFilesystem: true` at `\(at)`; a service whose image must write there "
                            + "declares `security: .writableRootFilesystem()`, and `writablePaths:` gives scratch folders")
                }
                plainCredentials(container.member("env"), of: name, into: &findings)
            }
        }
    }

    private static func capabilities(
        _ capabilities: Value?, of name: @autoclosure () -> String, at pointer: @autoclosure () -> String,
        into findings: inout Findings
    ) {
        if !(capabilities?.member("drop")?.items ?? []).contains(.string("ALL")) {
            findings.add(
                "\(name()) does not drop every capability (restricted pod security)",
                fix: "keep `capabilities: {drop: [ALL]}` at `\(pointer())`")
        }
        for added in capabilities?.member("add")?.items ?? [] where added != .string("NET_BIND_SERVICE") {
            findings.add(
                "\(name()) adds the capability `\(added.text ?? "\(added)")`, which restricted pod security refuses",
                fix: "add none (only `NET_BIND_SERVICE` is admitted)")
        }
    }

    private static func plainCredentials(_ variables: Value?, of name: @autoclosure () -> String, into findings: inout Findings) {
        for variable in variables?.items ?? [] {
            guard let key = variable.member("name")?.text, let value = variable.member("value")?.text,
                !findings.notSecrets.contains(key), let reason = CredentialPattern.reason(name: key, value: value)
            else { continue }
            findings.add(
                "plain environment variable `\(key)` in \(name()) \(reason)",
                fix: "read it from a Secret (`valueFrom.secretKeyRef`; a service declares it under `secrets:`), or, "
                    + "if it is not a credential, list it in the service's `notSecrets:`")
        }
    }
}
