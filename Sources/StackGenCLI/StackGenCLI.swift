import ArgumentParser
import Foundation
import StackGen

/// The `stackgen` command line for a repository's own `App`.
///
/// A repository's `main.swift` is one line: `StackGenCLI.main(app: App(stacks: [myStack]))`.
public enum StackGenCLI {
    @TaskLocal static var app = App(stacks: [])

    /// Parses the process arguments, runs the command for `app` and exits with its status:
    /// 0 success, 1 errors found, 64 usage errors.
    public static func main(app: App, arguments: [String]? = nil) -> Never {
        $app.withValue(app) {
            StackGenCommand.main(arguments)
        }
        // `main` returns only when the command succeeded.
        exit(0)
    }
}

/// `stackgen`: the root command.
struct StackGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stackgen",
        abstract: "Render Kubernetes manifests and ECS Fargate JSON from typed Swift stacks.",
        discussion: """
            Stacks (Swift, in Stacks/) declare services once; Environments/<name>.yaml says how much of each runs \
            and where. `stackgen synth <env>` writes Manifests/<env>/kubernetes/ and Manifests/<env>/ecs/.
            Exit status: 0 success, 1 errors found, 64 usage error.
            """,
        subcommands: [SynthCommand.self, ValidateCommand.self, CheckCommand.self, DiffCommand.self, ListCommand.self, NewCommand.self, CostCommand.self]
    )
}
