import ArgumentParser
import StackGen

/// `stackgen list`: what the repository declares.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List environments (with their platforms), stacks and their components (services, jobs).",
        discussion: """
            Components are listed per environment with their kind, since a stack may declare different ones in \
            each. Each \
            environment also lists its delivery paths and the files each one uses.
            """
    )

    @OptionGroup var workspaceOptions: WorkspaceOptions

    /// The options as plain values, which is what `run()` runs.
    var request: CommandRequest { .list(root: workspaceOptions.root) }

    func run() throws { try request.run() }

    /// Lists what the repository at `root` declares; what `run()` does with the parsed options.
    static func run(root: String) throws {
        let workspace = WorkspaceOptions.workspace(root: root)
        let app = StackGenCLI.app
        Output.print("stacks: " + app.stacks.map(\.name).joined(separator: ", "))
        let (environments, diagnostics) = Pipeline(app: app, workspace: workspace).load(workspace.environmentNames())
        for environment in environments {
            let platforms = environment.platforms.map(\.rawValue).joined(separator: ", ")
            Output.print("\(environment.name)\(environment.isProduction ? " (production)" : ""): \(platforms)")
            for stack in app.stacks {
                for component in stack.components(in: environment) {
                    Output.print("  \(stack.name)/\(component.name)  \(component.kind)\(describe(component, in: environment))")
                }
            }
            for line in deliveryPaths(environment) { Output.print("  deliver: " + line) }
        }
        Output.report(diagnostics)
        if diagnostics.containsErrors { throw ExitCode.failure }
    }

    /// Which files each way of delivering the environment uses.
    private static func deliveryPaths(_ environment: Environment) -> [String] {
        let folder = "Manifests/\(environment.name)"
        var lines: [String] = []
        if environment.renders(.kubernetes) {
            lines.append("kubectl apply -k / Argo CD / Flux: \(folder)/kubernetes/ (kustomization.yaml lists every file)")
        }
        if environment.renders(.ecs) {
            lines.append("aws cloudformation deploy: \(folder)/\(ECSStackTemplate.fileName) "
                + "(every ECS service and scheduled job; jobs before a rollout run first with run-task.json)")
            lines.append("AWS CLI / ecspresso: \(folder)/ecs/<service>/task-definition.json, service.json, "
                + "scalable-target.json, scaling-policy-<metric>.json, iam-policy.json; "
                + "<job>/schedule.json or run-task.json")
        }
        return lines
    }

    /// The component's settings in `environment`, after its kind.
    private static func describe(_ component: any Component, in environment: Environment) -> String {
        let source = component.settingsSource
        if case .service(let name) = source { return ", with the settings of service `\(name)`" }
        guard let section = source.section else { return "" }
        guard let settings = environment.settings(in: section)[component.name] else { return " (no settings)" }
        let replicas = source == .services ? settings.replicas.counted("replica") + ", " : ""
        let size = settings.size.map { "\($0.cpuUnits) cpu / \($0.memoryMiB) MiB" } ?? "default size"
        return ", \(replicas)\(size), \(settings.architecture.rawValue), \(settings.capacity.rawValue)"
    }
}
