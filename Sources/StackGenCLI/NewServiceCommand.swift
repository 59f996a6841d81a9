import ArgumentParser
import Foundation
import StackGen

/// `stackgen new`: scaffolding.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create new parts of a repository: `stackgen new service <name>`.",
        subcommands: [NewServiceCommand.self]
    )
}

/// `stackgen new service <name>`: a compiling, commented service in `Stacks/`, with settings in every environment.
struct NewServiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Add a service: a Swift file in the stack's folder, a call in the stack, settings in every environment.",
        discussion: """
            Writes <Name>.swift beside the file that declares the stack (the file it was compiled from, else the \
            first declaring `Stack("<stack>")` under a target folder Package.swift names, Stacks/ or Sources/), \
            adds `<name>(environment)` to the stack's body, and adds `<name>:` with a tag and replicas under \
            `services:` in every Environments/*.yaml, leaving the rest of those files (comments, order) as it was. \
            Then prints the next commands. Nothing is written if any step cannot be done.
            """
    )

    @Argument(help: ArgumentHelp("The service name: lowercase letters, digits and `-`.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The stack to add it to (needed when there are several).", valueName: "stack"))
    var stack: String?

    @Option(name: .long, help: ArgumentHelp("The container port it listens on, named `http` (none for a worker).", valueName: "port"))
    var port: Int?

    @Flag(name: .long, help: "Expose it to other workloads on port 80 (a Kubernetes Service; an ECS target group if set), internal-only until its `route:` names a path. Needs --port.")
    var exposed = false

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Platforms it runs on (kubernetes, ecs); default: whatever each environment renders.", valueName: "platform"))
    var platforms: [String] = []

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        if let problem = Naming.dnsLabelProblem(name) {
            throw ValidationError("The service name `\(name)` \(problem).")
        }
        if exposed, port == nil { throw ValidationError("--exposed needs --port.") }
        if let port, !(1...65535).contains(port) { throw ValidationError("--port must be within 1…65535.") }
        for platform in platforms where Platform(rawValue: platform) == nil {
            throw ValidationError("Unknown platform `\(platform)`; use kubernetes or ecs.")
        }
    }

    func run() throws {
        let workspace = workspaceOptions.workspace
        let app = StackGenCLI.app
        let stackName = try chooseStack(app)
        let scaffold = ServiceScaffold(
            name: name, port: port, exposed: exposed,
            platforms: platforms.isEmpty ? nil : platforms.compactMap(Platform.init(rawValue:)))
        do {
            let declared = app.stacks.first { $0.name == stackName }?.source.file
            let changes = try ScaffoldPlanner.plan(scaffold, stack: stackName, declaredAt: declared, workspace: workspace)
            try changes.apply(workspace: workspace)
            for change in changes.files { Output.print("\(change.isNew ? "created" : "updated") \(workspace.displayPath(change.url))") }
            Output.print("""

                Next: set the image repository, tag and health check in \(workspace.displayPath(changes.files[0].url)), then
                  \(StackGenCLI.command) validate --all
                  \(StackGenCLI.command) synth --all
                """)
        } catch let problem as SourceEditing.Problem {
            Output.error("\(problem.description); nothing was written")
            throw ExitCode.failure
        } catch let failure as FileTransaction.Failure {
            Output.error(failure.description)
            throw ExitCode.failure
        } catch {
            Output.error("\(error.localizedDescription); nothing was written")
            throw ExitCode.failure
        }
    }

    private func chooseStack(_ app: App) throws -> String {
        let names = app.stacks.map(\.name)
        if let stack {
            guard names.contains(stack) else {
                Output.error("no stack named `\(stack)`; stacks: \(names.joined(separator: ", "))")
                throw ExitCode.validationFailure
            }
            return stack
        }
        guard names.count == 1 else {
            Output.error("there are several stacks; choose one with --stack: \(names.joined(separator: ", "))")
            throw ExitCode.validationFailure
        }
        return names[0]
    }
}
