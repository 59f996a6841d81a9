import Foundation

/// The whole job for a set of environments: load, render and validate every one first, then write only when
/// none has an error, so a mistake anywhere leaves `Manifests/` exactly as it was.
package struct SynthRun: Sendable {
    package let app: App
    package let workspace: Workspace

    package init(app: App, workspace: Workspace) {
        self.app = app
        self.workspace = workspace
    }

    /// The rendered environments and every finding. `rendered` is empty when any environment has an error.
    package func render(_ names: [String]) -> (rendered: [RenderedEnvironment], diagnostics: [Diagnostic]) {
        let pipeline = Pipeline(app: app, workspace: workspace)
        let (resolved, found) = pipeline.resolve(names)
        let synthesizer = Synthesizer(app: app)
        // Environments render independently, so they render in parallel; results keep the order of `names`.
        let results = ParallelMap.map(resolved) { synthesizer.render($0) }
        let rendered = results.compactMap(\.output)
        // What rendering found beyond the front half's findings (patches, rendered-object rules, ECS limits).
        let renderFindings = zip(resolved, results).flatMap { environment, result in
            result.diagnostics.dropFirst(environment.diagnostics.count)
        }
        // Secrets are per environment, so the selected environments are compared with every one in the workspace
        // (one that does not load is reported when it is itself rendered).
        let loaded = resolved.map(\.environment)
        let others = pipeline.load(workspace.environmentNames().filter { !names.contains($0) }).environments
        let diagnostics = found + workspace.located(renderFindings)
            + workspace.located(SecretSharingRules.check(app, checked: loaded, all: loaded + others))
        return (diagnostics.containsErrors ? [] : rendered, diagnostics)
    }

    /// Plans the writes of `rendered` against the output folder.
    package func plan(_ rendered: [RenderedEnvironment]) -> [WritePlan] {
        let output = workspace.output
        // Each environment has its own folder, so they are planned in parallel; plans keep the order of `rendered`.
        return ParallelMap.map(rendered) { WritePlan($0, outputRoot: output) }
    }
}
