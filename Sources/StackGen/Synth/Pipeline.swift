/// The front half every command shares, written once: load the selected environments (in parallel, results in
/// the order asked), resolve each one's components, run every rule (the core's and those the workspace's
/// extensions register), and name files relative to the repository. `synth`, `check`, `diff` and `validate`
/// translate what it returns; `cost` prices it; `list` lists what it loads.
package struct Pipeline: Sendable {
    /// The stacks.
    package let app: App
    /// Where the environment files are, with the extensions that decode and check their extra sections.
    package let workspace: Workspace

    /// - Parameters:
    ///   - app: The stacks.
    ///   - workspace: Where the environment files are.
    package init(app: App, workspace: Workspace) {
        self.app = app
        self.workspace = workspace
    }

    /// The environments of `names` that load, in order, and the findings of those that do not, files named
    /// relative to the repository.
    package func load(_ names: [String]) -> (environments: [Environment], diagnostics: [Diagnostic]) {
        let results = loadEach(names)
        let environments = results.compactMap { try? $0.get() }
        let diagnostics = results.flatMap { result -> [Diagnostic] in
            guard case .failure(let error) = result else { return [] }
            return error.diagnostics
        }
        return (environments, workspace.located(diagnostics))
    }

    /// Each environment of `names` or why it does not load, in parallel, in the order of `names`.
    private func loadEach(_ names: [String]) -> [Result<Environment, DiagnosticsError>] {
        let workspace = workspace
        return ParallelMap.map(names) { name in
            do throws(DiagnosticsError) { return .success(try workspace.loadEnvironment(name)) } catch {
                return .failure(error)
            }
        }
    }

    /// Every environment of `names` that loads, resolved and validated (an environment with errors is returned
    /// too, with its findings), and every finding, files named relative to the repository.
    package func resolve(_ names: [String]) -> (environments: [ResolvedEnvironment], diagnostics: [Diagnostic]) {
        let rules = Validator.environmentRules + workspace.extensions.environmentRules
        let app = app
        // Environments load, resolve and validate independently, so in parallel; findings keep the order of `names`.
        let results = ParallelMap.map(loadEach(names)) { result -> Result<ResolvedEnvironment, DiagnosticsError> in
            result.map { Self.resolve($0, app: app, environmentRules: rules) }
        }
        var environments: [ResolvedEnvironment] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let resolved):
                let located = ResolvedEnvironment(
                    environment: resolved.environment, components: resolved.components,
                    diagnostics: workspace.located(resolved.diagnostics))
                environments.append(located)
                diagnostics += located.diagnostics
            case .failure(let error): diagnostics += workspace.located(error.diagnostics)
            }
        }
        return (environments, diagnostics)
    }

    /// One environment resolved against `app` and checked by the core's rules and `environmentRules`.
    /// - Parameters:
    ///   - environment: The loaded environment.
    ///   - app: The stacks.
    ///   - environmentRules: The environment-wide rules to run.
    package static func resolve(
        _ environment: Environment, app: App, environmentRules: [Validator.EnvironmentRule]
    ) -> ResolvedEnvironment {
        let (components, findings) = Resolver.resolveComponents(app, in: environment)
        let diagnostics = findings
            + Validator.validate(environment, components: components, environmentRules: environmentRules)
        return ResolvedEnvironment(environment: environment, components: components, diagnostics: diagnostics)
    }
}
