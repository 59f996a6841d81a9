import ArgumentParser
import Foundation
import StackGen
import StackGenCost

/// `stackgen cost`: what an environment costs a month, optionally side by side with another.
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Estimate what an environment costs a month, service by service; compare two environments.",
        discussion: """
            Prices every service from the sizes, replica bounds, architecture and capacity the environment \
            renders: ECS Fargate per vCPU-hour and GB-hour; Kubernetes by the nodes its pods need (requests \
            packed onto the node type after system reservations and DaemonSets), each service allocated its \
            share by the OpenCost method and the rest shown as idle capacity, plus node disks and the EKS \
            control plane; the shared items under `cost.shared`, public IPv4 addresses, data transfer out, \
            Secrets Manager secrets and ECR storage. Figures are low (every service at its minimum), expected \
            (the month under `cost.expected`) and the ceiling (every service at its maximum). An environment \
            rendering both platforms also gets its end states; --compare adds the comparison like for like and \
            the drivers of the difference. Prices come from the price table compiled into stackgen (its name \
            and date are in the output) and the environment's `cost.rates`; nothing reaches the network.
            Exit status: 0 success, 1 errors found, 64 usage error.
            """
    )

    /// The formats `--format` accepts.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown, svg

        var costFormat: CostFormat { CostFormat(rawValue: rawValue)! }
    }

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The environment to price (the name of an Environments/*.yaml file).", valueName: "env"))
    var environment: String

    @Option(name: .long, help: ArgumentHelp(
        "Another environment to compare with: both side by side, with the difference and the growth factor.",
        valueName: "env"))
    var compare: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output format: table (terminal), json (Infracost-style), markdown (pull-request comment) or svg (chart).",
        valueName: "format"))
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Write the output to this file instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if compare == environment { throw ValidationError("Compare with a different environment than `\(environment)`.") }
    }

    func run() throws {
        let text = try produce()
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: out)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Output.error("cannot write \(out): \(error.localizedDescription); check that its folder exists and is writable")
            throw ExitCode.failure
        }
        let names = ([environment] + (compare.map { [$0] } ?? [])).joined(separator: " and ")
        Output.print("\(names): \(format.rawValue) cost estimate written to \(out)")
    }

    /// The rendered estimate. Prints every finding to standard error and throws `ExitCode.failure` when an
    /// environment cannot be priced, or `ExitCode.validationFailure` for an unknown environment.
    func produce() throws -> String {
        let workspace = workspaceOptions.workspace
        let names = [environment] + (compare.map { [$0] } ?? [])
        try requireKnown(names, in: workspace)
        let estimator = CostEstimator(app: StackGenCLI.app)
        let (resolved, found) = Pipeline(app: StackGenCLI.app, workspace: workspace).resolve(names)
        var estimates: [CostEstimate] = []
        var diagnostics = found.filter { found in !resolved.contains { $0.diagnostics.contains(found) } }
        for environment in resolved {
            let (estimate, found) = estimator.estimate(environment)
            diagnostics += workspace.located(found)
            if let estimate { estimates.append(estimate) }
        }
        Output.report(diagnostics)
        guard !diagnostics.containsErrors, estimates.count == names.count else { throw ExitCode.failure }
        let report = estimates.count == 2 ? CostReport(estimates[0], comparedWith: estimates[1]) : CostReport(estimates[0])
        return format.costFormat.render(report)
    }
}
