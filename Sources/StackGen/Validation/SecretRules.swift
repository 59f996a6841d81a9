/// Secret references name things both platforms accept, and credentials never sit in plain variables.
enum SecretRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for container in service.service.allContainers {
            for (variable, secret) in container.secrets.sorted(by: { $0.key < $1.key }) {
                findings += referenceProblems(secret, variable: variable, in: service)
            }
            findings += plainCredentials(
                container.environment, in: service) {
                "plain environment variable `\($0)` in \(service.service.label(ofContainer: container.name))"
            }
        }
        return findings
    }

    /// An error for each of `values` that looks like a credential and is not listed in `notSecrets`; `subject`
    /// names the value in the message.
    static func plainCredentials(
        _ values: [String: String], in service: ResolvedService, subject: (String) -> String
    ) -> [Diagnostic] {
        values.sorted { $0.key < $1.key }.compactMap { name, value in
            guard !service.service.notSecrets.contains(name), let reason = CredentialPattern.reason(name: name, value: value)
            else { return nil }
            return service.error(
                "\(subject(name)) \(reason)",
                fix: "move it to `secrets:` (a Secrets Manager or SSM reference), or, if it is not a credential, "
                    + "list it in `notSecrets:`")
        }
    }

    // Built once, not for every secret.
    private static let secretsManagerNameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_+=.@-")
    private static let parameterNameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_.-")
    private static let keyCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")

    private static func referenceProblems(_ secret: SecretReference, variable: String, in service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let label = "the secret for `\(variable)`"
        if service.environment.renders(.kubernetes), service.service.platforms.contains(.kubernetes),
            let problem = Naming.subdomainProblem(secret.kubernetesSecretName)
        {
            findings.append(service.error(
                "\(label) is named `\(secret.name)`, so its Kubernetes Secret would be `\(secret.kubernetesSecretName)`, "
                    + "which \(problem)",
                fix: "use lowercase letters, digits, `-`, `.` and `/`"))
        }
        if secret.store == .parameterStore, secret.name.dropFirst().contains("//") || secret.name.hasSuffix("/") {
            findings.append(service.error(
                "\(label) names the SSM parameter `\(secret.parameterName)`, which has an empty level",
                fix: "remove the doubled or trailing `/` from `\(secret.name)`"))
        }
        let allowedName = secret.store == .secretsManager ? secretsManagerNameCharacters : parameterNameCharacters
        if secret.name.isEmpty || secret.name.count > 512 || !secret.name.allSatisfy(allowedName.contains) {
            findings.append(service.error(
                "\(label) is named `\(secret.name)`, which \(secret.store == .secretsManager ? "Secrets Manager" : "SSM") does not accept",
                fix: "use letters, digits and `/_+=.@-`, at most 512 characters"))
        }
        if secret.key.isEmpty || secret.key.count > 253 || !secret.key.allSatisfy(keyCharacters.contains) {
            findings.append(service.error(
                "\(label) has key `\(secret.key)`, which is not a valid Secret key",
                fix: "use letters, digits, `-`, `_` and `.`"))
        }
        return findings
    }
}

/// Recognises values and names that are credentials.
enum CredentialPattern {
    private static let sensitiveWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL", "ACCESS_KEY"]

    /// Why a plain variable looks like a credential, or `nil`.
    static func reason(name: String, value: String) -> String? {
        // Byte searches: these run for every plain variable of every service.
        let upper = Array(name.uppercased().utf8)
        if let word = sensitiveWords.first(where: { offset(of: $0, in: upper) != nil }) {
            return "is named like a credential (`\(word)`)"
        }
        if value.hasPrefix("AKIA") || value.hasPrefix("ASIA"), value.count == 20 { return "holds an AWS access key ID" }
        let bytes = Array(value.utf8)
        if offset(of: "-----BEGIN", in: bytes) != nil { return "holds a PEM key or certificate" }
        if ["ghp_", "gho_", "ghs_", "github_pat_", "xoxb-", "xoxp-", "sk_live_"].contains(where: value.hasPrefix) {
            return "holds what looks like an API token"
        }
        if let scheme = offset(of: "://", in: bytes),
            let at = bytes[(scheme + 3)...].firstIndex(of: UInt8(ascii: "@")),
            bytes[(scheme + 3)..<at].contains(UInt8(ascii: ":"))
        {
            return "holds a URL with a password in it"
        }
        return nil
    }

    /// Where the UTF-8 bytes of `needle` first occur in `haystack`, or `nil`.
    private static func offset(of needle: String, in haystack: [UInt8]) -> Int? {
        let needle = Array(needle.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
