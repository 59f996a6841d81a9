import ArgumentParser
import Foundation
import StackGen

/// What `synth`, `check` and `diff` share: render the selected environments, plan the writes, and refuse a
/// selector change or an ECS service's replacement unless acknowledged.
struct PlanOptions: ParsableArguments {
    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var selection: EnvironmentSelection
    @OptionGroup var strictness: StrictnessOptions

    @Option(name: .long, help: ArgumentHelp(
        "The output folder to write or compare with, instead of <root>/Manifests.", valueName: "dir"))
    var out: String?

    @Flag(name: .long, help: """
        Accept that a Deployment's selector changes: it must then be deleted and recreated (brief downtime), \
        since Kubernetes cannot change a selector in place.
        """)
    var allowSelectorChange = false

    @Flag(name: .long, help: """
        Accept that CloudFormation replaces an ECS service (a renamed service, stack or cluster): its tasks are \
        stopped and started anew rather than rolled.
        """)
    var allowReplacement = false

    /// The options as plain values, which is what `synth`, `check` and `diff` run on.
    var request: PlanRequest {
        PlanRequest(
            root: workspaceOptions.root, environments: selection.choice, strict: strictness.strict, out: out,
            allowSelectorChange: allowSelectorChange, allowReplacement: allowReplacement)
    }
}

/// What `synth`, `check` or `diff` was asked to do, as plain values: from `PlanOptions` once ArgumentParser has
/// parsed them, or straight from the command line (`FastArguments`).
struct PlanRequest: Equatable {
    /// `--root`: the repository root.
    var root: String
    /// The environment names given, or `--all`.
    var environments: EnvironmentChoice
    /// `--strict`: warnings count as errors.
    var strict: Bool
    /// `--out`: the output folder instead of `<root>/Manifests`.
    var out: String?
    /// `--allow-selector-change`.
    var allowSelectorChange: Bool
    /// `--allow-replacement`.
    var allowReplacement: Bool

    /// The repository, with `--out` as its output folder when given.
    var workspace: Workspace {
        let base = WorkspaceOptions.workspace(root: root)
        return Workspace(root: base.root, output: out.map { URL(fileURLWithPath: $0) }, extensions: base.extensions)
    }

    /// The write plans, after printing every finding; exits 1 when there are errors.
    func plans(in workspace: Workspace) throws -> [WritePlan] {
        let names = try environments.names(in: workspace)
        let run = SynthRun(app: StackGenCLI.app, workspace: workspace)
        let (rendered, found) = run.render(names)
        var diagnostics = StrictnessOptions.apply(strict, to: found)
        var plans: [WritePlan] = []
        if !diagnostics.containsErrors {
            plans = run.plan(rendered)
            diagnostics += ManifestWriter.indexWarnings(plans, workspace: workspace)
            diagnostics += StrictnessOptions.apply(strict, to: ManifestWriter.unlistedWarnings(plans, workspace: workspace))
            if !allowSelectorChange {
                diagnostics += plans.flatMap {
                    SelectorGuard.changes(in: $0, fix: "if that is intended, run again with --allow-selector-change")
                }
            }
            if !allowReplacement {
                diagnostics += plans.flatMap {
                    ECSReplacementGuard.changes(in: $0, fix: "if that is intended, run again with --allow-replacement")
                }
            }
        }
        Output.report(diagnostics)
        if diagnostics.containsErrors { throw ExitCode.failure }
        return plans
    }
}
