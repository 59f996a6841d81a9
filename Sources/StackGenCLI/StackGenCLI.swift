import ArgumentParser
import CAllocatorTuning
import Foundation
import StackGen

/// The `stackgen` command line for a repository's own `App`.
///
/// A repository's `main.swift` is one line: `StackGenCLI.main(app: App(stacks: [myStack]))`.
public enum StackGenCLI {
    @TaskLocal static var app = App(stacks: [])
    /// How hints name the command the user runs (`swift run stackgen`); see `Invocation`.
    @TaskLocal static var command = "stackgen"

    /// Parses the process arguments, runs the command for `app` and exits with its status:
    /// 0 success, 1 errors found, 64 usage errors.
    /// - Parameters:
    ///   - app: The stacks the commands render.
    ///   - commandName: How printed hints name the command, such as `make manifests` when a repository wraps it;
    ///     by default what the process was started as: `swift run stackgen` for a binary `swift run` or
    ///     `swift build` made, `stackgen` for one found on the `PATH`.
    ///   - arguments: The arguments after the program's name; by default the process's.
    public static func main(app: App, commandName: String? = nil, arguments: [String]? = nil) -> Never {
        _ = stackgen_allocator_tune_for_short_run()
        let command = commandName ?? Invocation.command(startedAs: CommandLine.arguments.first ?? "")
        $app.withValue(app) {
            $command.withValue(command) {
                let arguments = GlobalOptions.movedAfterSubcommand(arguments ?? Array(CommandLine.arguments.dropFirst()))
                // The usual command lines skip ArgumentParser's costly parse; the rest (help, mistakes) get it.
                if let request = FastArguments.request(arguments) {
                    request.runOrExit()
                } else {
                    StackGenCommand.main(arguments)
                }
            }
        }
        // `runOrExit` and `main` return only when the command succeeded.
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
            --root DIR may come before or after the command name.
            Exit status: 0 success, 1 errors found, 64 usage error.
            """,
        subcommands: [SynthCommand.self, ValidateCommand.self, CheckCommand.self, DiffCommand.self, ListCommand.self, NewCommand.self, CostCommand.self]
    )
}

/// Options every command takes (`--root DIR`), accepted before the subcommand as well as after it:
/// `stackgen --root ../app synth --all` is read as `stackgen synth --root ../app --all`.
enum GlobalOptions {
    /// Options with a value that every command accepts.
    static let withValue = ["--root"]

    /// `arguments` with global options given before the subcommand moved to just after it (after `new service`
    /// for a nested one). Anything else is left in place for the parser to judge.
    static func movedAfterSubcommand(_ arguments: [String]) -> [String] {
        var globals: [String] = [], rest = arguments[...]
        while let first = rest.first, first.hasPrefix("-") {
            if withValue.contains(first), rest.count >= 2 {
                globals += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if withValue.contains(where: { first.hasPrefix($0 + "=") }) {
                globals.append(first)
                rest = rest.dropFirst()
            } else {
                return arguments  // --help, --version or a mistake: the parser says what it makes of it
            }
        }
        guard !globals.isEmpty, let command = rest.first else { return arguments }
        var path = [command]
        rest = rest.dropFirst()
        let nested = StackGenCommand.configuration.subcommands
            .first { $0.configuration.commandName == command }?.configuration.subcommands ?? []
        if let next = rest.first, nested.contains(where: { $0.configuration.commandName == next }) {
            path.append(next)
            rest = rest.dropFirst()
        }
        return path + globals + rest
    }
}
