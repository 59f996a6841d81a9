import ArgumentParser
import Foundation
import StackGen
import StackGenCost

/// Options every command shares: where the repository is.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Repository root holding Environments/ and Manifests/.", valueName: "dir"))
    var root: String = defaultRoot

    /// The root when `--root` is not given: the current folder.
    static let defaultRoot = "."

    /// The repository, with the sections and rules of cost planning registered (`cost:` in environment files).
    var workspace: Workspace { Self.workspace(root: root) }

    /// The repository at `root` (as given to `--root`), with the sections and rules of cost planning registered.
    static func workspace(root: String) -> Workspace {
        Workspace(root: URL(fileURLWithPath: root), extensions: .cost)
    }
}

/// Which environments a command works on.
struct EnvironmentSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Environments to work on (names of Environments/*.yaml).", valueName: "env"))
    var environments: [String] = []

    @Flag(name: .long, help: "Work on every environment in Environments/.")
    var all = false

    func validate() throws {
        if all, !environments.isEmpty { throw ValidationError("Give environment names or --all, not both.") }
        if !all, environments.isEmpty { throw ValidationError("Name at least one environment, or pass --all.") }
    }

    /// The selection as a plain value (after `validate()`, exactly one of `--all` and names was given).
    var choice: EnvironmentChoice { all ? .all : .named(environments) }
}

/// The environments a command was asked to work on: every one (`--all`) or the ones named.
enum EnvironmentChoice: Equatable {
    case all
    case named([String])

    /// The selected names, after checking each exists; prints the known ones and exits 64 when one does not.
    func names(in workspace: Workspace) throws -> [String] {
        switch self {
        case .all:
            let known = workspace.environmentNames()
            if known.isEmpty {
                Output.error("no environment files in \(workspace.displayPath(workspace.environmentsDirectory))/")
                throw ExitCode.validationFailure
            }
            return known
        case .named(let names):
            try requireKnown(names, in: workspace)
            return names
        }
    }
}

/// Exits 64, naming the known environments, when one of `names` has no file in `Environments/`.
func requireKnown(_ names: [String], in workspace: Workspace) throws {
    let known = workspace.environmentNames()
    for name in names where !known.contains(name) {
        if let problem = EnvironmentFileName.problem(with: name) {
            Output.error(problem)
        } else {
            let list = known.isEmpty ? "none found in \(workspace.displayPath(workspace.environmentsDirectory))/"
                : known.joined(separator: ", ")
            Output.error("unknown environment `\(name)`; known environments: \(list)")
        }
        throw ExitCode.validationFailure
    }
}
