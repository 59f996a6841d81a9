/// Joins an app's stacks with an environment: every declared component with its settings.
public enum Resolver {
    /// The services of `app` in `environment` and every finding of resolving all its components (see
    /// `resolveComponents`).
    public static func resolve(_ app: App, in environment: Environment) -> (services: [ResolvedService], diagnostics: [Diagnostic]) {
        let (components, diagnostics) = resolveComponents(app, in: environment)
        return (components.compactMap { $0.component is Service ? $0.workload : nil }, diagnostics)
    }

    /// The components of `app` in `environment`, in stack order then declaration order, with a diagnostic for
    /// each component the environment does not configure and each configured entry no stack declares. A
    /// component that runs only on platforms the environment does not render is left out (and needs no settings
    /// there).
    public static func resolveComponents(
        _ app: App, in environment: Environment
    ) -> (components: [ResolvedComponent], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var rendered: [(stack: String, component: any Component)] = []
        var declared: [String: [String]] = [:]  // names by settings section, in order, for suggestions
        var declaredNames: Set<String> = []
        for stack in app.stacks {
            for component in stack.components(in: environment) {
                let path = "\(environment.name)/\(component.name)"
                if declaredNames.contains(component.name) {
                    diagnostics.append(.error(
                        "\(component.kind) `\(component.name)` is declared twice", at: component.source, path: path,
                        fix: "\(component.kind) names must be unique across all stacks (services and jobs share "
                            + "one namespace); rename one"))
                    continue
                }
                declaredNames.insert(component.name)
                if let section = component.settingsSource.section { declared[section, default: []].append(component.name) }
                guard environment.platforms.contains(where: component.platforms.contains) else {
                    // Not rendered here; settings for it would be unused.
                    if let section = component.settingsSource.section,
                        let settings = environment.settings(in: section)[component.name]
                    {
                        diagnostics.append(.warning(
                            "\(component.kind) `\(component.name)` runs only on "
                                + "\(component.platforms.sorted().map(\.rawValue).joined(separator: ", ")), "
                                + "which this environment does not render; its settings are unused",
                            at: settings.location, path: path, fix: "remove them"))
                    }
                    continue
                }
                rendered.append((stack.name, component))
            }
        }
        var components: [ResolvedComponent] = []
        for (stackName, component) in rendered {
            switch settings(of: component, in: environment, rendered: rendered) {
            case .success(let settings):
                let workload = component.workload.flatMap { workload in
                    settings.map {
                        ResolvedService(environment: environment, stackName: stackName, service: workload, settings: $0)
                    }
                }
                components.append(ResolvedComponent(
                    component: component, stackName: stackName, environment: environment, workload: workload))
            case .failure(let unresolved): diagnostics.append(unresolved.diagnostic)
            }
        }
        for section in ["services", "jobs"] {
            let names = declared[section] ?? []
            for (name, settings) in environment.settings(in: section).sorted(by: { $0.key < $1.key })
            where !names.contains(name) {
                let kind = section == "services" ? "a service" : "a scheduled job"
                diagnostics.append(.error(
                    "no stack declares \(kind) named `\(name)`", at: settings.location,
                    path: "\(environment.name)/\(name)",
                    fix: Suggestion.closest(to: name, in: names).map { "did you mean `\($0)`?" }
                        ?? "remove it, or declare it in a stack under Stacks/"))
            }
        }
        return (components, diagnostics)
    }

    /// The settings `component`'s workload runs with (`nil` when it runs none), or why there are none.
    private static func settings(
        of component: any Component, in environment: Environment, rendered: [(stack: String, component: any Component)]
    ) -> Result<ServiceSettings?, Unresolved> {
        guard component.workload != nil else { return .success(nil) }
        let path = "\(environment.name)/\(component.name)"
        switch component.settingsSource {
        case .none:
            return .success(nil)
        case .services, .jobs:
            let section = component.settingsSource.section!
            let entries = environment.settings(in: section)
            if let settings = entries[component.name] { return .success(settings) }
            let hint = Suggestion.closest(to: component.name, in: Array(entries.keys)).map { " (is `\($0)` a typo?)" } ?? ""
            let keys = component.settingsSource == .services ? "`tag:` and `replicas:`" : "`tag:`"
            return .failure(Unresolved(.error(
                "\(environment.file) has no settings for \(component.kind) `\(component.name)`\(hint)",
                at: component.source, path: path,
                fix: "add `\(component.name):` with \(keys) under `\(section):` in \(environment.file)")))
        case .service(let name):
            guard rendered.contains(where: { $0.component.name == name && $0.component is Service }),
                var settings = environment.services[name]
            else {
                let services = rendered.filter { $0.component is Service }.map(\.component.name)
                return .failure(Unresolved(.error(
                    "\(component.kind) `\(component.name)` runs with service `\(name)`, which this environment does not render",
                    at: component.source, path: path,
                    fix: Suggestion.closest(to: name, in: services).map { "did you mean `\($0)`?" }
                        ?? "declare `\(name)` for this environment, or declare the \(component.kind) only where `\(name)` is")))
            }
            // One task, no load balancer: the rest (version, size, architecture, capacity, role, configuration)
            // is the service's.
            settings.replicas = .fixed(1)
            settings.targetGroupArn = nil
            return .success(settings)
        }
    }

    /// Why a component has no settings.
    private struct Unresolved: Error {
        let diagnostic: Diagnostic
        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
    }
}
