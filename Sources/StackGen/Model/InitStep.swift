/// A step that runs to completion inside each pod or task before the service's containers start, such as waiting
/// for a database or checking that a dependency is at the version a release expects. Steps run one after another,
/// in order; if one fails, the service's containers do not start. A step's writable paths are scratch volumes of
/// its own, like a container's: it cannot hand files to the containers.
///
/// Kubernetes renders each step as an entry of `initContainers`, with the service's restricted security context.
/// ECS renders it as a non-essential container of the task definition; each later step and every container of the
/// service waits for it with `dependsOn` condition `SUCCESS`.
///
/// A step runs before the containers, so it does not add to the pod or task size: it may use up to the whole size.
/// Kubernetes holds it to `resources` (its requests and limits); ECS cannot limit a container below the task without
/// reserving that amount for the task's whole life, so on ECS a step may use the whole task while it runs.
public struct InitStep: Sendable, Hashable {
    /// DNS-1123 label, unique among the service's steps and containers.
    public var name: String
    /// Where the image comes from: a repository run at the environment's version of the service, or a reference
    /// pinned in code.
    public var image: ImageSource
    /// Replaces the image's entrypoint (Kubernetes `command`, ECS `entryPoint`).
    public var command: [String]?
    /// Replaces the image's default arguments (Kubernetes `args`, ECS `command`).
    public var arguments: [String]?
    /// Plain environment variables. Never put a credential here: use `secrets`.
    public var environment: [String: String]
    /// Environment variables whose values come from a secret store (the same references a container uses).
    public var secrets: [String: SecretReference]
    /// CPU and memory the step is held to on Kubernetes; `nil` gives it the whole pod size. Never more than the size.
    public var resources: Resources?
    /// Directories the step writes to; each gets an empty scratch volume (the root filesystem is read-only).
    public var writablePaths: [String]

    /// A step.
    /// - Parameters:
    ///   - name: DNS-1123 label, unique among the service's steps and containers.
    ///   - image: A repository (`.repository("ghcr.io/acme/api")`, run at the environment's version of the service)
    ///     or a pinned reference (`.pinned("busybox:1.36")`).
    ///   - command: Replaces the image's entrypoint.
    ///   - arguments: Replaces the image's default arguments.
    ///   - environment: Plain environment variables (never a credential).
    ///   - secrets: Environment variables whose values come from a secret store.
    ///   - resources: CPU and memory on Kubernetes; `nil` for the whole pod size.
    ///   - writablePaths: Directories it writes to, each given a scratch volume.
    public init(
        _ name: String, image: ImageSource, command: [String]? = nil, arguments: [String]? = nil,
        environment: [String: String] = [:], secrets: [String: SecretReference] = [:], resources: Resources? = nil,
        writablePaths: [String] = ["/tmp"]
    ) {
        self.name = name
        self.image = image
        self.command = command
        self.arguments = arguments
        self.environment = environment
        self.secrets = secrets
        self.resources = resources
        self.writablePaths = writablePaths
    }

    /// The step as a container without ports or health check, for what steps and containers share: image, command,
    /// variables, secrets and scratch volumes.
    public var container: Container {
        Container(
            name: name, image: image, command: command, arguments: arguments, environment: environment,
            secrets: secrets, resources: resources, writablePaths: writablePaths)
    }
}
