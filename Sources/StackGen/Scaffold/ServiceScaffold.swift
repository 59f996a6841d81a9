import Foundation

/// What `stackgen new service` creates: a service file in the stack's folder, a call in the stack's body, and
/// settings in every environment file.
package struct ServiceScaffold: Sendable {
    /// The service name (a DNS-1123 label).
    package var name: String
    /// The container port, when the service listens on one.
    package var port: Int?
    /// Whether other workloads reach it through a Service / load balancer on port 80.
    package var exposed: Bool
    /// The platforms it runs on; `nil` for every platform an environment renders.
    package var platforms: [Platform]?

    package init(name: String, port: Int? = nil, exposed: Bool = false, platforms: [Platform]? = nil) {
        self.name = name
        self.port = port
        self.exposed = exposed
        self.platforms = platforms
    }

    /// `billing-api` → `billingApi`: the Swift function that declares the service.
    package var functionName: String {
        let words = name.split(separator: "-").map(String.init)
        return (words.first ?? name) + words.dropFirst().map(Self.capitalized).joined()
    }

    /// `billing-api` → `BillingApi.swift`.
    package var fileName: String {
        name.split(separator: "-").map { Self.capitalized(String($0)) }.joined() + ".swift"
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// The Swift source of the service file, an extension of `namespace` (the stack's enum).
    package func source(namespace: String, stack: String, imageRepository: String) -> String {
        // In the order `Service.init` takes them, each with the comment lines that go above it.
        var arguments: [(comments: [String], code: String)] = [([], "\"\(name)\""), ([], "image: \"\(imageRepository)\"")]
        if let port { arguments.append(([], "ports: [.http(\(port))]")) }
        arguments.append(([], "environment: [\"LOG_LEVEL\": environment.isProduction ? \"info\" : \"debug\"]"))
        arguments.append((
            ["Credentials go here, never in `environment`, e.g.",
             "\"DATABASE_URL\": .secretsManager(\"\(stack)/\\(environment.name)\", key: \"database-url\")"],
            "secrets: [:]"))
        if port != nil {
            arguments.append((
                ["Kubernetes probes GET /health on the `http` port. ECS can only run a command in the container:",
                 "add `containerCommand:` with one your image has (never assume `curl`), e.g. a `node -e` one-liner."],
                "healthCheck: .http(\"/health\")"))
        }
        arguments.append(([], "scaling: .utilization(cpu: 70)"))
        if port != nil, exposed {
            arguments.append(([], "exposure: .http(port: 80)"))
            arguments.append((
                ["Reached from the app's other pods only. To route it through the environment's load balancer:",
                 "`.path(\"/\(name)\")` (then give `targetGroupArn:` in environments that render ECS)."],
                "route: .internalOnly"))
        }
        if port == nil {
            arguments.append((
                ["A worker: stopping it midway is safe, so environments may run it on Spot capacity."], "interruptible: true"))
        }
        arguments.append(([], "security: .restricted(runAsUser: 10001)"))
        if let platforms {
            arguments.append(([], "platforms: [\(platforms.map { ".\($0.rawValue)" }.joined(separator: ", "))]"))
        }
        let indent = String(repeating: " ", count: 12)
        let body = arguments.map { argument in
            (argument.comments.map { "\(indent)// \($0)\n" }.joined()) + indent + argument.code
        }.joined(separator: ",\n")
        let kind = port == nil ? "A background worker" : exposed ? "A network service on port \(port!), exposed on port 80" : "A service listening on port \(port!), not exposed outside its pods"
        return """
            import StackGen

            extension \(namespace) {
                /// \(kind).
                /// Each environment file says which image tag runs, how big it is and how many replicas.
                static func \(functionName)(_ environment: Environment) -> Service {
                    Service(
            \(body)
                    )
                }
            }

            """
    }

    /// The YAML lines added under `services:` in an environment file.
    package func environmentSettings(isProduction: Bool) -> [String] {
        [
            "  \(name):",
            "    tag: \"0.1.0\"  # the image tag (or digest) to run here",
            isProduction ? "    replicas: {min: 2, max: 4}" : "    replicas: 1",
        ]
    }
}
