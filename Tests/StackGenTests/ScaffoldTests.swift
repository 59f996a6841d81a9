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

    /// A repository whose only stack is `shop`, declared in `folder`/Shop.swift, with `manifest` as Package.swift.
    func repository(stackIn folder: String, manifest: String) throws -> URL {
        let root = TestSupport.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent("Environments"), withIntermediateDirectories: true)
        try manifest.write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try """
            import StackGen

            public enum Shop {
                public static let stack = Stack("shop") { environment in
                    Service("checkout", image: "ghcr.io/acme/shop-checkout")
                }
            }
            """.write(to: root.appendingPathComponent("\(folder)/Shop.swift"), atomically: true, encoding: .utf8)
        try "services:\n  checkout:\n    tag: \"1.0\"\n".write(
            to: root.appendingPathComponent("Environments/dev.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test("new service finds the stack in a target folder Package.swift names, or under Sources/", arguments: [
        ("Infra/Stacks", #".target(name: "Stacks", dependencies: [.product(name: "StackGen", package: "stackgen")], path: "Infra/Stacks"),"#),
        ("Sources/Stacks", #".target(name: "Stacks", dependencies: [.product(name: "StackGen", package: "stackgen")]),"#),
    ])
    func findsStackOutsideStacksFolder(folder: String, target: String) throws {
        let manifest = """
            let package = Package(name: "gitops", dependencies: [.package(name: "stackgen", path: "../stackgen")], targets: [
                \(target)
            ])
            """
        let root = try repository(stackIn: folder, manifest: manifest)
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(root: root)
        #expect(StackFileSearch.folders(in: root).first == (folder == "Infra/Stacks" ? "Infra/Stacks" : "Sources"))
        let changes = try ScaffoldPlanner.plan(ServiceScaffold(name: "mailer", port: nil, exposed: false, platforms: nil), stack: "shop", workspace: workspace)
        #expect(changes.files.map { workspace.displayPath($0.url) } == ["\(folder)/Mailer.swift", "\(folder)/Shop.swift", "Environments/dev.yaml"])
        #expect(changes.files[1].contents.contains("        mailer(environment)\n    }"))
    }

    @Test("new service names the folders it searched when no file declares the stack")
    func stackNotFound() throws {
        let root = try repository(stackIn: "Infra", manifest: #"let package = Package(name: "gitops", targets: [.target(name: "Stacks", path: "Infra")])"#)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/stackgen"), withIntermediateDirectories: true)
        let scaffold = ServiceScaffold(name: "mailer", port: nil, exposed: false, platforms: nil)
        #expect {
            try ScaffoldPlanner.plan(scaffold, stack: "trading", workspace: Workspace(root: root))
        } throws: { error in
            "\(error)" == """
                no Swift file in the repository declares `Stack("trading")` (searched Infra/, Sources/); declare the stack \
                in a target folder (Stacks/, Sources/ or a target's `path:` in Package.swift) or add the service by hand
                """
        }
    }
}
