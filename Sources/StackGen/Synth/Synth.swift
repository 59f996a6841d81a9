import Foundation

/// The whole job for a set of environments: load, render and validate every one first, then write only when
/// none has an error, so a mistake anywhere leaves `Manifests/` exactly as it was.
public struct SynthRun: Sendable {
    public let app: App
    public let workspace: Workspace

    public init(app: App, workspace: Workspace) {
        self.app = app
        self.workspace = workspace
    }

    /// The rendered environments and every finding. `rendered` is empty when any environment has an error.
    public func render(_ names: [String]) -> (rendered: [RenderedEnvironment], diagnostics: [Diagnostic]) {
        var rendered: [RenderedEnvironment] = []
        var diagnostics: [Diagnostic] = []
        let synthesizer = Synthesizer(app: app)
        let workspace = workspace
        let extensions = workspace.extensions.environmentRules
        // Environments load and render independently, so they run in parallel; results keep the order of `names`.
        let results = ParallelMap.map(names) {
            name -> (environment: Environment?, output: RenderedEnvironment?, diagnostics: [Diagnostic]) in
            do throws(DiagnosticsError) {
                let environment = try workspace.loadEnvironment(name)
                let result = synthesizer.render(environment, environmentRules: Validator.environmentRules + extensions)
                return (environment, result.output, result.diagnostics)
            } catch {
                return (nil, nil, error.diagnostics)
            }
        }
        for result in results {
            diagnostics += result.diagnostics
            if let output = result.output { rendered.append(output) }
        }
        // Secrets are per environment, so the selected environments are compared with every one in the workspace
        // (one that does not load is reported when it is itself rendered).
        let loaded = results.compactMap(\.environment)
        let others = workspace.environmentNames().filter { !names.contains($0) }
            .compactMap { try? workspace.loadEnvironment($0) }
        diagnostics += SecretSharingRules.check(app, checked: loaded, all: loaded + others)
        let located = workspace.located(diagnostics)
        return (located.containsErrors ? [] : rendered, located)
    }

    /// Plans the writes of `rendered` against the output folder.
    public func plan(_ rendered: [RenderedEnvironment]) -> [WritePlan] {
        rendered.map { WritePlan($0, outputRoot: workspace.output) }
    }
}
