#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

@testable import StackGen

@Suite("Scaffolding a service")
struct ScaffoldTests {
    @Test("the call goes last in the stack's body, indented like its neighbours")
    func addsCall() throws {
        let source = """
            public enum Shop {
                public static let stack = Stack("shop") { environment in
                    checkout(environment)
                    if environment.isProduction { docs(environment) }
                }
                static let other = 1
            }
            """
        let edited = try SourceEditing.addingCall("mailer(environment)", toStack: "shop", in: source)
        #expect(edited == """
            public enum Shop {
                public static let stack = Stack("shop") { environment in
                    checkout(environment)
                    if environment.isProduction { docs(environment) }
                    mailer(environment)
                }
                static let other = 1
            }
            """)
        #expect(throws: SourceEditing.Problem.self) { try SourceEditing.addingCall("x(environment)", toStack: "other", in: source) }
        #expect(throws: SourceEditing.Problem.self) {
            try SourceEditing.addingCall("x(environment)", toStack: "shop", in: "let s = Stack(\"shop\") { _ in a }")
        }
    }

    @Test("settings go at the end of `services:`, keeping comments, order and what follows")
    func addsSettings() throws {
        let yaml = """
            # Production.
            platforms: [ecs]   # only ECS for now
            services:
              api:
                tag: "1.0"   # pinned
                replicas: 2

            # Shared infrastructure.
            cost:
              shared: []

            """
        let edited = try SourceEditing.addingServiceSettings(["  mailer:", "    tag: \"0.1.0\"", "    replicas: 1"], in: yaml)
        #expect(edited == """
            # Production.
            platforms: [ecs]   # only ECS for now
            services:
              api:
                tag: "1.0"   # pinned
                replicas: 2
              mailer:
                tag: "0.1.0"
                replicas: 1

            # Shared infrastructure.
            cost:
              shared: []

            """)
        #expect(throws: SourceEditing.Problem.self) { try SourceEditing.addingServiceSettings(["x"], in: "platforms: [ecs]\n") }
    }

    @Test("the scaffold names its function and file from the service name, and is valid Swift in the service's order")
    func source() {
        let scaffold = ServiceScaffold(name: "billing-api", port: 8080, exposed: true, platforms: [.ecs])
        #expect(scaffold.functionName == "billingApi")
        #expect(scaffold.fileName == "BillingApi.swift")
        let source = scaffold.source(namespace: "Shop", stack: "shop", imageRepository: "ghcr.io/acme/shop-billing-api")
        #expect(source.contains("extension Shop {"))
        #expect(source.contains("    static func billingApi(_ environment: Environment) -> Service {"))
        let order = ["\"billing-api\"", "image:", "ports:", "environment:", "secrets:", "healthCheck:", "scaling:", "exposure:", "security:", "platforms:"]
        let positions = order.map { source.range(of: "            " + $0)?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(!source.contains(".,\n"), "a comment never swallows an argument's comma")
        let worker = ServiceScaffold(name: "cleaner").source(namespace: "Shop", stack: "shop", imageRepository: "r/cleaner")
        #expect(worker.contains("interruptible: true"))
        #expect(!worker.contains("ports:"))
    }

    @Test("the image repository follows the stack's other services")
    func imageRepository() {
        #expect(ScaffoldPlanner.imageRepository(for: "mailer", stack: "shop", siblings: "image: \"ghcr.io/acme/shop-api\",")
            == "ghcr.io/acme/shop-mailer")
        #expect(ScaffoldPlanner.imageRepository(for: "mailer", stack: "shop", siblings: "") == "registry.example.com/shop/mailer")
    }

    @Test("new service on a copy of the repository writes the file, the call and every environment's settings")
    func commandLine() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: TestSupport.repositoryRoot.appendingPathComponent("Stacks"), to: root.appendingPathComponent("Stacks"))
        let staging = try String(contentsOf: root.appendingPathComponent("Environments/staging.yaml"), encoding: .utf8)
        let result = try CommandRunner.run(["new", "service", "notifier", "--port", "8080", "--exposed", "--root", root.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("created Stacks/GitHubDashboard/Notifier.swift"))
        #expect(result.output.contains("swift run stackgen validate --all"))
        let stack = try String(contentsOf: root.appendingPathComponent("Stacks/GitHubDashboard/GitHubDashboard.swift"), encoding: .utf8)
        #expect(stack.contains("        if environment.isProduction { databaseBackup(environment) }\n        notifier(environment)\n    }"))
        let edited = try String(contentsOf: root.appendingPathComponent("Environments/staging.yaml"), encoding: .utf8)
        #expect(edited.hasPrefix(staging.components(separatedBy: "\n").prefix(10).joined(separator: "\n")), "comments and order kept")
        #expect(edited.contains("  notifier:\n    tag: \"0.1.0\""))
        let again = try CommandRunner.run(["new", "service", "notifier", "--root", root.path])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists; nothing was written"))
        #expect(try CommandRunner.run(["new", "service", "Bad_Name", "--root", root.path]).status == 64)
    }

    /// A repository copy with `Stacks/`, for running `new service`.
    func repositoryWithStacks() throws -> URL {
        let root = try CommandRunner.repositoryCopy()
        try FileManager.default.copyItem(
            at: TestSupport.repositoryRoot.appendingPathComponent("Stacks"), to: root.appendingPathComponent("Stacks"))
        return root
    }

    #if os(Linux)
    @Test("new service is all or nothing: environment files it cannot write leave every file as it was")
    func allOrNothing() throws {
        let root = try repositoryWithStacks()
        let environments = root.appendingPathComponent("Environments")
        let saved = TestSupport.temporaryDirectory()
        defer {
            umount(environments.path)
            chmod(environments.path, 0o755)
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: saved)
        }
        if geteuid() == 0 {
            // Root writes through any mode: make the folder a read-only file system instead.
            try FileManager.default.removeItem(at: saved)
            try FileManager.default.copyItem(at: environments, to: saved)
            try #require(mount("tmpfs", environments.path, "tmpfs", 0, "size=1m") == 0)
            for name in try FileManager.default.contentsOfDirectory(atPath: saved.path) {
                try FileManager.default.copyItem(at: saved.appendingPathComponent(name), to: environments.appendingPathComponent(name))
            }
            try #require(mount("tmpfs", environments.path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), "size=1m") == 0)
        } else {
            chmod(environments.path, 0o555)
        }
        let stacks = TestSupport.tree(at: root.appendingPathComponent("Stacks"))
        let settings = TestSupport.tree(at: environments)
        let result = try CommandRunner.run(["new", "service", "notifier", "--port", "8080", "--root", root.path])
        #expect(result.status == 1)
        #expect(result.error.contains("cannot write Environments/"), "\(result.error)")
        #expect(result.error.contains("nothing was written"))
        #expect(!result.error.contains("Domain="), "a raw system error")
        #expect(TestSupport.tree(at: root.appendingPathComponent("Stacks")) == stacks)
        #expect(TestSupport.tree(at: environments) == settings)
    }
    #endif

    @Test("new service follows a symlinked environment file and keeps every file's mode")
    func keepsLinksAndModes() throws {
        let root = try repositoryWithStacks()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let shared = root.appendingPathComponent("shared/staging.yaml")
        try manager.createDirectory(at: shared.deletingLastPathComponent(), withIntermediateDirectories: true)
        let staging = root.appendingPathComponent("Environments/staging.yaml")
        try manager.moveItem(at: staging, to: shared)
        try manager.createSymbolicLink(atPath: staging.path, withDestinationPath: "../shared/staging.yaml")
        let production = root.appendingPathComponent("Environments/production.yaml")
        chmod(production.path, 0o600)
        let result = try CommandRunner.run(["new", "service", "notifier", "--root", root.path])
        #expect(result.status == 0, "\(result.error)")
        #expect((try? manager.destinationOfSymbolicLink(atPath: staging.path)) == "../shared/staging.yaml")
        #expect(try String(contentsOf: shared, encoding: .utf8).contains("  notifier:\n"))
        #expect(try manager.attributesOfItem(atPath: production.path)[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOf: production, encoding: .utf8).contains("  notifier:\n"))
        let leftovers = try manager.contentsOfDirectory(atPath: root.appendingPathComponent("Environments").path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}
