import ArgumentParser
import StackGen

/// `stackgen validate`: the whole pipeline without writing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check stacks and environment files without writing anything.",
        discussion: """
            Loads, resolves, validates and renders every selected environment in memory and prints every finding \
            at once, compiler-style (file:line:column: error: [environment/service] what is wrong; how to fix it). \
            `synth` runs the same checks before it writes. Exit status 1 when any error is found.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var selection: EnvironmentSelection
    @OptionGroup var strictness: StrictnessOptions

    func run() throws {
        let workspace = workspaceOptions.workspace
        let names = try selection.names(in: workspace)
        let run = SynthRun(app: StackGenCLI.app, workspace: workspace)
        let (rendered, found) = run.render(names)
        let diagnostics = strictness.apply(to: found)
        Output.report(diagnostics)
        guard !diagnostics.containsErrors else { throw ExitCode.failure }
        for environment in rendered {
            Output.print("\(environment.name): valid (\(environment.files.count) files would be rendered)")
        }
    }
}

/// `--strict`: warnings count as errors.
struct StrictnessOptions: ParsableArguments {
    @Flag(name: .long, help: "Treat warnings as errors (for CI and commit hooks).")
    var strict = false

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        strict ? diagnostics.map { $0.promotedToError() } : diagnostics
    }
}
