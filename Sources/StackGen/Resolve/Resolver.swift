/// Joins an app's stacks with an environment: every declared service with its settings.
public enum Resolver {
    /// The services of `app` in `environment`, in stack order then declaration order, with a diagnostic for
    /// each service the environment does not configure and each configured service no stack declares. A service
    /// that runs only on platforms the environment does not render is left out (and needs no settings there).
    public static func resolve(_ app: App, in environment: Environment) -> (services: [ResolvedService], diagnostics: [Diagnostic]) {
        var resolved: [ResolvedService] = []
        var diagnostics: [Diagnostic] = []
        var declared: [String] = [], declaredNames: Set<String> = []  // in order, for suggestions; and to look up
        for stack in app.stacks {
            for service in stack.services(in: environment) {
                let path = "\(environment.name)/\(service.name)"
                if declaredNames.contains(service.name) {
                    diagnostics.append(.error(
                        "service `\(service.name)` is declared twice", at: service.source, path: path,
                        fix: "service names must be unique across all stacks; rename one"))
                    continue
                }
                declared.append(service.name)
                declaredNames.insert(service.name)
                guard environment.platforms.contains(where: service.platforms.contains) else {
                    // Not rendered here; settings for it would be unused.
                    if let settings = environment.services[service.name] {
                        diagnostics.append(.warning(
                            "service `\(service.name)` runs only on \(service.platforms.sorted().map(\.rawValue).joined(separator: ", ")), "
                                + "which this environment does not render; its settings are unused",
                            at: settings.location, path: path, fix: "remove them"))
                    }
                    continue
                }
                guard let settings = environment.services[service.name] else {
                    let known = Array(environment.services.keys)
                    let hint = Suggestion.closest(to: service.name, in: known).map { " (is `\($0)` a typo?)" } ?? ""
                    diagnostics.append(.error(
                        "\(environment.file) has no settings for service `\(service.name)`\(hint)",
                        at: service.source, path: path,
                        fix: "add `\(service.name):` with `tag:` and `replicas:` under `services:` in \(environment.file)"))
                    continue
                }
                resolved.append(ResolvedService(
                    environment: environment, stackName: stack.name, service: service, settings: settings))
            }
        }
        for (name, settings) in environment.services.sorted(by: { $0.key < $1.key }) where !declaredNames.contains(name) {
            diagnostics.append(.error(
                "no stack declares a service named `\(name)`", at: settings.location,
                path: "\(environment.name)/\(name)",
                fix: Suggestion.closest(to: name, in: declared).map { "did you mean `\($0)`?" }
                    ?? "remove it, or declare it in a stack under Stacks/"))
        }
        return (resolved, diagnostics)
    }
}
