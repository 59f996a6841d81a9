import ArgumentParser
import Foundation

/// A command that commit hooks and CI run, with its options as plain values: what `synth`, `validate`, `check`,
/// `diff` and `list` run once ArgumentParser has parsed them (each command's `request`), and what `FastArguments`
/// reads straight from the command line without it. Both paths run the same value the same way.
enum CommandRequest: Equatable {
    case synth(PlanRequest)
    case validate(root: String, environments: EnvironmentChoice, strict: Bool)
    case check(PlanRequest)
    case diff(PlanRequest, noColor: Bool)
    case list(root: String)

    /// Runs the command; throws `ExitCode` (or another error) as the command's `run()` does.
    func run() throws {
        switch self {
        case .synth(let planning): try SynthCommand.run(planning)
        case .validate(let root, let environments, let strict):
            try ValidateCommand.run(root: root, environments: environments, strict: strict)
        case .check(let planning): try CheckCommand.run(planning)
        case .diff(let planning, let noColor): try DiffCommand.run(planning, noColor: noColor)
        case .list(let root): try ListCommand.run(root: root)
        }
    }

    /// Runs the command and, when it fails, exits as `ParsableCommand.main` does after a failing `run()`: with the
    /// `ExitCode` thrown and nothing printed, or with the message and status ArgumentParser gives any other error.
    /// Returns when the command succeeded.
    func runOrExit() {
        do {
            try run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            StackGenCommand.exit(withError: error)
        }
    }
}
