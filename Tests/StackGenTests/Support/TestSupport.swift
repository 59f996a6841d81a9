import Foundation
import StackGen
@testable import StackGenCost
import StackGenTesting
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`, a workspace with fixture environments.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// A fresh temporary directory, removed by the caller with `removeItem` when done.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stackgen-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Decodes an environment from YAML text, as if read from `Environments/<name>.yaml`.
    static func environment(_ yaml: String, name: String = "test") throws(DiagnosticsError) -> Environment {
        try EnvironmentLoader.load(
            data: Data(yaml.utf8), name: name, displayPath: "Environments/\(name).yaml",
            sections: PipelineExtensions.cost.sections)
    }

    /// The diagnostics loading `yaml` produces (empty when it loads).
    static func loadDiagnostics(_ yaml: String, name: String = "test") -> [Diagnostic] {
        do {
            _ = try environment(yaml, name: name)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A minimal valid environment rendering `platforms`, with `kubernetes` lines added under `kubernetes:` and
    /// `services` appended under `services:`.
    static func environmentYAML(
        platforms: String = "[kubernetes, ecs]", production: Bool = false, kubernetes: String = "", services: String
    ) -> String {
        """
        production: \(production)
        platforms: \(platforms)
        tags:
          cost-allocation: demo
          environment: test
          project: demo
          owner: team
        kubernetes:
          namespace: demo
        \(kubernetes.isEmpty ? "" : kubernetes + "\n")ecs:
          cluster: demo
          region: us-east-1
          account: "123456789012"
          subnets: [subnet-0123abcd]
          securityGroups: [sg-0123abcd]
          executionRoleArn: arn:aws:iam::123456789012:role/execution
          logGroup: /ecs/demo
        services:
        \(services)
        """
    }

    /// Resolves `service` in an environment that gives it `settings` (YAML lines under the service's key).
    static func resolved(
        _ service: Service, settings: String = "tag: \"1.0.0\"\nreplicas: 1", production: Bool = false,
        platforms: String = "[kubernetes, ecs]"
    ) throws -> ResolvedService {
        let indented = settings.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
        let environment = try environment(
            environmentYAML(platforms: platforms, production: production, services: "  \(service.name):\n\(indented)"))
        let app = App(stacks: [Stack("demo") { _ in service }])
        let (services, diagnostics) = Resolver.resolve(app, in: environment)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(services.first)
    }

    /// Every regular file under `directory`, by relative path.
    static func tree(at directory: URL) -> [String: Data] { FileTree.read(directory) }

    /// The files of every environment folder under `manifests` (what stackgen writes), leaving out hidden entries
    /// at the top such as a staging folder a killed run left for the next run to remove.
    static func environmentTrees(at manifests: URL) -> [String: Data] {
        tree(at: manifests).filter { !$0.key.hasPrefix(".") }
    }
}

extension Value {
    /// The member at `path` (object keys, or array indexes as decimal strings), for assertions.
    subscript(_ path: String...) -> Value? {
        var current: Value? = self
        for key in path {
            switch current {
            case .object(let members): current = members[key]
            case .array(let items): current = Int(key).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return current
    }
}
