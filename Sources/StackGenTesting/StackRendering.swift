import Foundation
import StackGen
import StackGenCost

/// An app rendered in memory for every environment file of a folder, as `stackgen synth --all` renders it (with
/// the `cost:` section and its rules), without writing anything.
struct StackRendering {
    let workspace: Workspace
    let run: SynthRun

    /// - Parameters:
    ///   - app: The stacks.
    ///   - environmentsFolder: The folder of `<env>.yaml` files; its parent is taken as the repository root, which
    ///     messages name files relative to.
    ///   - output: Where the rendered files would go (the golden folder).
    init(app: App, environmentsFolder: URL, output: URL) {
        workspace = Workspace(
            root: environmentsFolder.deletingLastPathComponent(), output: output, environments: environmentsFolder,
            extensions: .cost)
        run = SynthRun(app: app, workspace: workspace)
    }

    /// The environment names, from the folder's `*.yaml` files.
    var names: [String] { workspace.environmentNames() }

    /// The rendered environments, or the findings as text when there is an error (or no environment file).
    func render(_ names: [String]) -> Result<[RenderedEnvironment], Failure> {
        guard !names.isEmpty else {
            return .failure(Failure(description: "no environment files (*.yaml) in \(workspace.environmentsDirectory.path)"))
        }
        let (rendered, diagnostics) = run.render(names)
        guard !diagnostics.containsErrors else {
            return .failure(Failure(description: "the stacks do not render:\n\(DiagnosticsError(diagnostics).description)"))
        }
        return .success(rendered)
    }

    /// Why an app could not be rendered.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
