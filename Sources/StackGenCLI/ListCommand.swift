import ArgumentParser
import StackGen

/// `stackgen list`: what the repository declares.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List environments (with their platforms), stacks and services.",
        discussion: """
            Services are listed per environment, since a stack may declare different services in each. Each \
            environment also lists its delivery paths and the files each one uses.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let workspace = workspaceOptions.workspace
        let app = StackGenCLI.app
        Output.print("stacks: " + app.stacks.map(\.name).joined(separator: ", "))
        let (environments, diagnostics) = Pipeline(app: app, workspace: workspace).load(workspace.environmentNames())
        for environment in environments {
            let platforms = environment.platforms.map(\.rawValue).joined(separator: ", ")
            Output.print("\(environment.name)\(environment.isProduction ? " (production)" : ""): \(platforms)")
            for stack in app.stacks {
                for service in stack.services(in: environment) {
                    Output.print("  \(stack.name)/\(service.name)\(describe(environment.services[service.name]))")
                }
            }
            for line in deliveryPaths(environment) { Output.print("  deliver: " + line) }
        }
        Output.report(diagnostics)
        if diagnostics.containsErrors { throw ExitCode.failure }
    }

    /// Which files each way of delivering the environment uses.
    private func deliveryPaths(_ environment: Environment) -> [String] {
        let folder = "Manifests/\(environment.name)"
        var lines: [String] = []
        if environment.renders(.kubernetes) {
            lines.append("kubectl apply -k / Argo CD / Flux: \(folder)/kubernetes/ (kustomization.yaml lists every file)")
        }
        if environment.renders(.ecs) {
            lines.append("aws cloudformation deploy: \(folder)/\(ECSStackTemplate.fileName) (every ECS service)")
            lines.append("AWS CLI / ecspresso: \(folder)/ecs/<service>/task-definition.json, service.json, "
                + "scalable-target.json, scaling-policy-<metric>.json, iam-policy.json")
        }
        return lines
    }

    private func describe(_ settings: ServiceSettings?) -> String {
        guard let settings else { return "  (no settings)" }
        let replicas = settings.replicas.counted("replica")
        let size = settings.size.map { "\($0.cpuUnits) cpu / \($0.memoryMiB) MiB" } ?? "default size"
        return "  \(replicas), \(size), \(settings.architecture.rawValue), \(settings.capacity.rawValue)"
    }
}
