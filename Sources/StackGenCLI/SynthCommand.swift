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
            leaves the output folder exactly as it was. Each environment's new tree is staged beside its folder \
            and swapped in with one atomic rename, so an interrupted run leaves the old tree or the new one, never a \
            mix. A symbolic link to the output folder is followed; --out must name a folder (or a path that does not \
            exist yet); read-only folders stop the write. Unchanged files are left alone; files stackgen wrote before and no longer renders are removed \
            (Manifests/<env>/.stackgen-index lists them); files it did not write are never touched.
            """
    )

    @OptionGroup var planning: PlanOptions

    /// The options as plain values, which is what `run()` runs.
    var request: CommandRequest { .synth(planning.request) }

    func run() throws { try request.run() }

    /// Renders and writes the selected environments; what `run()` does with the parsed options.
    static func run(_ planning: PlanRequest) throws {
        let workspace = planning.workspace
        let planned = try planning.plans(in: workspace)
        let plans: [WritePlan]
        do {
            plans = try ManifestWriter.write(planned, workspace: workspace)
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
