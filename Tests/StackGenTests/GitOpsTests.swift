import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost
@testable import StackGenCLI

@Suite("GitOps workflow", .serialized)
struct GitOpsTests {
    @Test("check exits 0 when Manifests/ is current, 1 with a summary and the fix after an edit, 0 again after synth")
    func checkCycle() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let clean = try CommandRunner.run(["check", "--all", "--root", root.path])
        #expect(clean.status == 0)
        #expect(clean.output.contains("production: up to date (56 files)"))
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "replicas: {min: 3, max: 10}", with: "replicas: {min: 4, max: 10}")
            .write(to: file, atomically: true, encoding: .utf8)
        let before = TestSupport.tree(at: root.appendingPathComponent("Manifests"))
        let stale = try CommandRunner.run(["check", "--all", "--root", root.path])
        #expect(stale.status == 1)
        #expect(stale.output.contains("production: 4 changed, 0 added, 0 removed"))
        #expect(stale.output.contains("  changed  Manifests/production/kubernetes/web/horizontalpodautoscaler.yaml"))
        #expect(stale.output.contains("staging: up to date"))
        #expect(stale.error.contains("Manifests/ is out of date; run `swift run stackgen synth production` and commit the result"))
        #expect(TestSupport.tree(at: root.appendingPathComponent("Manifests")) == before, "check never writes")
        #expect(try CommandRunner.run(["synth", "production", "--root", root.path]).status == 0)
        #expect(try CommandRunner.run(["check", "--all", "--root", root.path]).status == 0)
    }

    @Test("hints name the command as it was started: swift run for a package's build, else as typed")
    func invocation() {
        #expect(Invocation.command(startedAs: "/work/gitops/.build/debug/stackgen") == "swift run stackgen")
        #expect(Invocation.command(startedAs: ".build/release/deploy") == "swift run deploy")
        #expect(Invocation.command(startedAs: "stackgen") == "stackgen")
        #expect(Invocation.command(startedAs: "/usr/local/bin/stackgen") == "/usr/local/bin/stackgen")
    }

    @Test("diff prints a plain unified diff when piped, and a summary line")
    func diff() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "replicas: {min: 3, max: 10}", with: "replicas: {min: 4, max: 10}")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", "production", "--root", root.path])
        #expect(result.status == 0)
        #expect(result.output.contains("--- a/Manifests/production/kubernetes/web/horizontalpodautoscaler.yaml\n"))
        #expect(result.output.contains("-  minReplicas: 3\n+  minReplicas: 4\n"))
        #expect(result.output.hasSuffix("production: 4 files would change, 6 insertions(+), 6 deletions(-)\n"))
        #expect(!result.output.contains("\u{1B}["), "no colour when piped")
        let clean = try CommandRunner.run(["diff", "staging", "--root", root.path])
        #expect(clean.output == "staging: no changes\n")
    }

    @Test("diff colours additions, deletions and hunks on a terminal")
    func colours() {
        #expect(Terminal.colour(diffLine: "+x") == "\u{1B}[32m+x\u{1B}[0m")
        #expect(Terminal.colour(diffLine: "-x") == "\u{1B}[31m-x\u{1B}[0m")
        #expect(Terminal.colour(diffLine: "@@ -1 +1 @@") == "\u{1B}[36m@@ -1 +1 @@\u{1B}[0m")
        #expect(Terminal.colour(diffLine: " same") == " same")
    }

    @Test("a removed service's files disappear; a file stackgen did not write stays")
    func pruneRemovedService() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = Workspace(root: TestSupport.fixtures, output: output, extensions: .cost)
        let full = SynthRun(app: FixtureApp.app, workspace: workspace)
        try ManifestWriter.write(full.plan(full.render(["prod"]).rendered), workspace: full.workspace)
        let notes = output.appendingPathComponent("prod/kubernetes/docs/NOTES.md")
        try Data("runbook\n".utf8).write(to: notes)
        let withoutDocs = App(stacks: [Stack("shop") { environment in
            FixtureApp.shop.components(in: environment).filter { $0.name != "docs" }.map { component -> any Component in
                // Else a dangling egress is an error (the job before checkout copies checkout's).
                if var service = component as? Service {
                    service.egress.removeAll { $0 == .service("docs", port: 8000) }
                    return service
                }
                if var job = component as? Job {
                    job.pod.egress.removeAll { $0 == .service("docs", port: 8000) }
                    return job
                }
                return component
            }
        }])
        let environment = try workspace.loadEnvironment("prod")
        var trimmed = environment
        trimmed.services["docs"] = nil
        let rendered = try #require(Synthesizer(app: withoutDocs).render(trimmed).output)
        let plan = WritePlan(rendered, outputRoot: output)
        #expect(plan.removed.contains("kubernetes/docs/deployment.yaml"))
        #expect(plan.removed.contains("ecs/docs/task-definition.json"))
        try ManifestWriter.write([plan], workspace: workspace)
        let tree = TestSupport.tree(at: output.appendingPathComponent("prod"))
        #expect(!tree.keys.contains { $0.contains("docs/") && !$0.hasSuffix("NOTES.md") })
        #expect(tree["kubernetes/docs/NOTES.md"] == Data("runbook\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("prod/ecs/docs").path))
    }

    @Test("a manifest stackgen did not write under kubernetes/ is kept, and synth, check and diff warn that it is never deployed")
    func unlistedManifest() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let kubernetes = root.appendingPathComponent("Manifests/production/kubernetes")
        try FileManager.default.createDirectory(at: kubernetes.appendingPathComponent("extra"), withIntermediateDirectories: true)
        let stray = kubernetes.appendingPathComponent("extra/priorityclass.yaml")
        try Data("apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\n".utf8).write(to: stray)
        try Data("notes\n".utf8).write(to: kubernetes.appendingPathComponent("api/NOTES.md"))
        let warning = "warning: [production] Manifests/production/kubernetes/extra/priorityclass.yaml was not written by "
            + "stackgen and is not listed in kubernetes/kustomization.yaml, so it is never deployed (stackgen keeps it); "
            + "move it out of Manifests/, or include it from a stack so that it is listed in kustomization.yaml"
        for command in [["check", "--all"], ["diff", "--all"], ["synth", "--all"]] {
            let result = try CommandRunner.run(command + ["--root", root.path])
            #expect(result.status == 0, "\(command): \(result.error)")
            #expect(result.error.contains(warning), "\(command): \(result.error)")
            #expect(result.error.contains("0 errors, 1 warning"), "\(command): only the manifest, not NOTES.md")
        }
        #expect(try Data(contentsOf: stray) == Data("apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\n".utf8))
        let strict = try CommandRunner.run(["check", "--all", "--strict", "--root", root.path])
        #expect(strict.status == 1)
        #expect(strict.error.contains("error: [production] Manifests/production/kubernetes/extra/priorityclass.yaml"))
    }

    @Test("a selector change is an error naming the service")
    func selectorChange() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let workspace = Workspace(root: TestSupport.fixtures, output: output, extensions: .cost)
        let run = SynthRun(app: FixtureApp.app, workspace: workspace)
        try ManifestWriter.write(run.plan(run.render(["dev"]).rendered), workspace: run.workspace)
        // Renaming the stack changes `app.kubernetes.io/part-of`, which is part of the selector.
        let renamed = App(stacks: [Stack("storefront") { FixtureApp.shop.components(in: $0) }])
        let rerun = SynthRun(app: renamed, workspace: workspace)
        let plans = rerun.plan(rerun.render(["dev"]).rendered)
        let errors = plans.flatMap { SelectorGuard.changes(in: $0, fix: "pass --allow-selector-change") }
        #expect(errors.map(\.path) == ["dev/checkout", "dev/mailer"])
        #expect(errors.first?.message.contains(
            "from {app.kubernetes.io/name: checkout, app.kubernetes.io/part-of: shop} to {app.kubernetes.io/name: checkout, app.kubernetes.io/part-of: storefront}") == true)
    }

    @Test("the pre-commit hook refuses a commit with stale manifests and accepts it once synthesized")
    func hook() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(
            at: TestSupport.repositoryRoot.appendingPathComponent("scripts"), to: root.appendingPathComponent("scripts"))
        func git(_ arguments: String...) throws -> CommandRunner.Result {
            try CommandRunner.run(
                ["-c", "user.name=stackgen", "-c", "user.email=stackgen@example.invalid"] + arguments, in: root,
                environment: ["STACKGEN": CommandRunner.executable.path], executable: URL(fileURLWithPath: "/usr/bin/git"))
        }
        #expect(try git("init", "-q").status == 0)
        #expect(try git("add", "-A").status == 0)
        #expect(try git("commit", "-q", "-m", "start").status == 0)
        #expect(try CommandRunner.run(["scripts/install-git-hook"], in: root, executable: URL(fileURLWithPath: "/bin/bash")).status == 0)

        let file = root.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "replicas: {min: 3, max: 10}", with: "replicas: {min: 4, max: 10}")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try git("add", "Environments").status == 0)
        let refused = try git("commit", "-q", "-m", "stale")
        #expect(refused.status != 0)
        #expect(refused.error.contains("commit refused"), "\(refused.error)")

        #expect(try CommandRunner.run(["synth", "--all"], in: root).status == 0)
        #expect(try git("add", "-A").status == 0)
        let accepted = try git("commit", "-q", "-m", "current")
        #expect(accepted.status == 0, "\(accepted.error)")
    }
}
