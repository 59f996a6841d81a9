import ArgumentParser
import StackGen

/// `stackgen check`: is `Manifests/` exactly what the stacks render?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that Manifests/ is exactly what the stacks and environments render.",
        discussion: """
            Validates and renders in memory and compares with the output folder; writes nothing. Exit status 0 \
            when every file is identical, 1 when a file would be added, changed or removed (or on any error), \
            with a summary per environment and the command that fixes it. Warns about a manifest under \
            <env>/kubernetes/ that stackgen did not write (never deployed: the kustomization does not list it); \
            --strict makes that an error. Meant for commit hooks and CI.
            """
    )

    @OptionGroup var planning: PlanOptions

    /// The options as plain values, which is what `run()` runs.
    var request: CommandRequest { .check(planning.request) }

    func run() throws { try request.run() }

    /// Compares the rendering with the output folder; what `run()` does with the parsed options.
    static func run(_ planning: PlanRequest) throws {
        let workspace = planning.workspace
        let plans = try planning.plans(in: workspace)
        let stale = plans.filter { !$0.isUpToDate }
        for plan in plans {
            guard !plan.isUpToDate else {
                Output.print("\(plan.environment): up to date (\(plan.files.count) files)")
                continue
            }
            Output.print(
                "\(plan.environment): \(plan.changed.count) changed, \(plan.added.count) added, \(plan.removed.count) removed")
            let entries = plan.changed.map { ("changed", $0) } + plan.added.map { ("added", $0) }
                + plan.removed.map { ("removed", $0) }
            for (kind, path) in entries.sorted(by: { $0.1 < $1.1 }) {
                Output.print("  \(kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(workspace.displayPath(plan.directory.appendingPathComponent(path)))")
            }
        }
        guard stale.isEmpty else {
            let names = stale.map(\.environment).joined(separator: " ")
            Output.error("\(workspace.displayPath(workspace.output))/ is out of date; run `\(StackGenCLI.command) synth \(names)` and commit the result")
            throw ExitCode.failure
        }
    }
}
