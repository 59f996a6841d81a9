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

    /// The options as plain values, which is what `run()` runs.
    var request: CommandRequest {
        .validate(root: workspaceOptions.root, environments: selection.choice, strict: strictness.strict)
    }

    func run() throws { try request.run() }

    /// Validates the selected environments of the repository at `root`; what `run()` does with the parsed options.
    static func run(root: String, environments: EnvironmentChoice, strict: Bool) throws {
        let workspace = WorkspaceOptions.workspace(root: root)
        let names = try environments.names(in: workspace)
        let run = SynthRun(app: StackGenCLI.app, workspace: workspace)
        let (rendered, found) = run.render(names)
        let diagnostics = StrictnessOptions.apply(strict, to: found)
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

    /// `diagnostics`, every warning made an error when `strict`.
    static func apply(_ strict: Bool, to diagnostics: [Diagnostic]) -> [Diagnostic] {
        strict ? diagnostics.map { $0.promotedToError() } : diagnostics
    }
}
