import ArgumentParser
import Foundation
import StackGen

/// `stackgen diff`: what `synth` would change, as a unified diff.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what synth would change in Manifests/, as a unified diff.",
        discussion: """
            Coloured on a terminal unless NO_COLOR is set or --no-color is given; plain when piped. Ends with a \
            summary line. Exit status 0 whether or not there are differences (use `check` to gate on them), 1 on \
            errors.
            """
    )

    @OptionGroup var planning: PlanOptions

    @Flag(name: .long, help: "Never colour the output.")
    var noColor = false

    /// The options as plain values, which is what `run()` runs.
    var request: CommandRequest { .diff(planning.request, noColor: noColor) }

    func run() throws { try request.run() }

    /// Prints what `synth` would change; what `run()` does with the parsed options.
    static func run(_ planning: PlanRequest, noColor: Bool) throws {
        let workspace = planning.workspace
        let plans = try planning.plans(in: workspace)
        let colour = !noColor && Terminal.supportsColour
        var files = 0, added = 0, removed = 0
        for plan in plans {
            let paths = (plan.added + plan.changed + plan.removed).sorted()
            for path in paths {
                let url = plan.directory.appendingPathComponent(path)
                let old = plan.oldContents[path] ?? ""
                let new = plan.files[path] ?? ""
                let name = workspace.displayPath(url)
                let diff = UnifiedDiff.diff(
                    old: old, new: new, oldName: plan.added.contains(path) ? "/dev/null" : "a/\(name)",
                    newName: plan.removed.contains(path) ? "/dev/null" : "b/\(name)")
                files += 1
                for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    if line.hasPrefix("+"), !line.hasPrefix("+++") { added += 1 }
                    if line.hasPrefix("-"), !line.hasPrefix("---") { removed += 1 }
                    Output.print(colour ? Terminal.colour(diffLine: String(line)) : String(line))
                }
            }
        }
        let environments = plans.map(\.environment).joined(separator: ", ")
        Output.print(files == 0
            ? "\(environments): no changes"
            : "\(environments): \(files) file\(files == 1 ? "" : "s") would change, \(added) insertion\(added == 1 ? "" : "s")(+), \(removed) deletion\(removed == 1 ? "" : "s")(-)")
    }
}

/// Whether and how to colour terminal output.
enum Terminal {
    /// Standard output is a terminal and `NO_COLOR` (https://no-color.org) is not set.
    static var supportsColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// A diff line in the usual colours: additions green, deletions red, hunk headers cyan, file headers bold.
    static func colour(diffLine line: String) -> String {
        let code = if line.hasPrefix("+++") || line.hasPrefix("---") { "1" }
            else if line.hasPrefix("+") { "32" }
            else if line.hasPrefix("-") { "31" }
            else if line.hasPrefix("@@") { "36" }
            else { "" }
        return code.isEmpty ? line : "\u{1B}[\(code)m\(line)\u{1B}[0m"
    }
}
