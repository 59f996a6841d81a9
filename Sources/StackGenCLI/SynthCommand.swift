import ArgumentParser
import Foundation
import StackGen

/// `stackgen synth`: render and write environments.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Render environments into Manifests/ (or --out).",
        discussion: """
            Every selected environment is loaded, validated and rendered before anything is written; any error \
            leaves the output folder exactly as it was. Only files whose bytes change are written, and files \
            stackgen wrote before and no longer renders are removed (Manifests/<env>/.stackgen-index lists them).
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var selection: EnvironmentSelection
    @OptionGroup var strictness: StrictnessOptions

    @Option(name: .long, help: ArgumentHelp("Write here instead of <root>/Manifests.", valueName: "dir"))
    var out: String?

    func run() throws {
        let base = workspaceOptions.workspace
        let workspace = Workspace(root: base.root, output: out.map { URL(fileURLWithPath: $0) })
        let names = try selection.names(in: workspace)
        let run = SynthRun(app: StackGenCLI.app, workspace: workspace)
        let (rendered, found) = run.render(names)
        let diagnostics = strictness.apply(to: found)
        Output.report(diagnostics)
        guard !diagnostics.containsErrors else { throw ExitCode.failure }
        let plans = run.plan(rendered)
        do {
            try run.write(plans)
        } catch {
            Output.report(error.diagnostics)
            throw ExitCode.failure
        }
        for plan in plans {
            let folder = workspace.displayPath(plan.directory)
            let total = plan.files.count
            let touched = plan.added.count + plan.changed.count
            Output.print(
                "\(plan.environment): \(total) files in \(folder)/ (\(plan.added.count) added, \(plan.changed.count) changed, "
                    + "\(plan.removed.count) removed, \(total - touched) unchanged)")
        }
    }
}
