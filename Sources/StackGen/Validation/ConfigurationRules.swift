/// A service's configuration: valid names, no clash with its variables, overrides that match what the service
/// declares, and no credentials (the same rules as plain variables).
enum ConfigurationRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let declared = service.service.configuration
        let container = service.service.container
        for key in declared.keys.sorted() {
            if !ContainerRules.isEnvironmentVariableName(key) {
                findings.append(service.error(
                    "configuration key `\(key)` is not a valid environment variable name",
                    fix: "use letters, digits and `_`, not starting with a digit"))
            }
            if container.environment[key] != nil || container.secrets[key] != nil {
                findings.append(service.error(
                    "`\(key)` is both a configuration key and a variable of container `\(container.name)`",
                    fix: "keep it in one place: `configuration:` for settings, `secrets:` for credentials"))
            }
        }
        for (key, override) in service.settings.configuration.sorted(by: { $0.key < $1.key }) {
            let location = override.location ?? service.settings.location ?? SourceLocation(file: service.environment.file)
            guard let value = declared[key] else {
                let hint = Suggestion.closest(to: key, in: Array(declared.keys)).map { "did you mean `\($0)`? " } ?? ""
                findings.append(.error(
                    "`config.\(key)` overrides a key service `\(service.name)` does not declare", at: location,
                    path: service.path, fix: hint + "declare it in the service's `configuration:` or remove it"))
                continue
            }
            if value.sameType(from: override.text) == nil {
                findings.append(.error(
                    "`config.\(key)` is `\(override.text)`, but the service declares it as \(value.typeName) (`\(value.text)`)",
                    at: location, path: service.path,
                    fix: value.typeName == "boolean" ? "use `true` or `false`" : "use a whole number"))
            }
        }
        // Configuration is stored in plain text, so the credential rules of plain variables apply.
        findings += SecretRules.plainCredentials(service.configuration, in: service) { "configuration `\($0)`" }
        return findings
    }
}
