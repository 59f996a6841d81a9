import Foundation
import Testing

@testable import StackGen

/// Patches on rendered objects: applied between translation and rendering, refused when they do not apply, and
/// checked by the rendered-object rules afterwards, so no patch loosens pod security or drops the cost tags.
@Suite("Patches on rendered objects")
struct PatchTests {
    static let api = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(3001)], healthCheck: .http("/health", containerCommand: ["/check"]),
        exposure: .http(), route: .internalOnly, security: .restricted(runAsUser: 10001))

    /// The rendered environment and its findings with `components` beside `api`.
    static func render(
        _ components: [any Component], platforms: String = "[kubernetes]"
    ) throws -> (output: RenderedEnvironment?, diagnostics: [Diagnostic]) {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(
            platforms: platforms, services: "  api:\n    tag: \"1.0.0\"\n    replicas: 2"))
        return Synthesizer(app: App(stacks: [Stack("demo") { _ in api; components }])).render(environment)
    }

    static func deployment(_ output: RenderedEnvironment?) throws -> String {
        try #require(output?.files["kubernetes/api/deployment.yaml"])
    }

    @Test("JSON Patch operations change the rendered Deployment, and nothing else")
    func operations() throws {
        let (plain, _) = try Self.render([])
        let (patched, diagnostics) = try Self.render([
            Patch(.deployment("api"), because: "critical path", [
                .add("/spec/template/spec/priorityClassName", "high"),
                .replace("/spec/revisionHistoryLimit", 2),
                .add("/metadata/annotations", ["example.com/owner": "platform"]),
                .test("/spec/template/spec/containers/0/name", "api"),
                .add("/spec/template/spec/containers/0/ports/-", ["name": "admin", "containerPort": 9000, "protocol": "TCP"]),
            ])
        ])
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let text = try Self.deployment(patched)
        #expect(text.contains("      priorityClassName: high\n"))
        #expect(text.contains("  revisionHistoryLimit: 2\n"))
        #expect(text.contains("    example.com/owner: platform\n"))
        #expect(text.contains("        - name: admin\n          containerPort: 9000\n"))
        var others = try #require(patched).files
        others["kubernetes/api/deployment.yaml"] = nil
        var before = try #require(plain).files
        before["kubernetes/api/deployment.yaml"] = nil
        #expect(others == before, "a patch changes only its object")
    }

    @Test("a merge patch adds, replaces and removes members")
    func merge() throws {
        let (output, diagnostics) = try Self.render([
            Patch.merge(.deployment("api"), because: "quicker rollouts", [
                "spec": ["minReadySeconds": 10, "template": ["spec": ["terminationGracePeriodSeconds": .remove]]],
            ])
        ])
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let text = try Self.deployment(output)
        #expect(text.contains("  minReadySeconds: 10\n"))
        #expect(!text.contains("terminationGracePeriodSeconds"))
    }

    @Test("a path that does not exist names the stack line, the environment, the object, the path and what is there")
    func missingPath() throws {
        let line = #line + 1
        let patch = Patch(.deployment("api"), because: "x", [.replace("/spec/template/spec/securityContxt/runAsUser", 2)])
        let (output, diagnostics) = try Self.render([patch])
        #expect(output == nil)
        #expect(diagnostics.map(\.description) == [
            "\(#filePath):\(line): error: [test/Deployment/api] the patch's `replace` does not apply: "
                + "`/spec/template/spec/securityContxt/runAsUser` does not exist: `/spec/template/spec` has no member "
                + "`securityContxt`; did you mean `securityContext`? its members: automountServiceAccountToken, containers, "
                + "nodeSelector, securityContext, serviceAccountName, terminationGracePeriodSeconds, topologySpreadConstraints, volumes"
        ])
    }

    @Test("an object not rendered in the environment lists the objects of that kind")
    func missingObject() throws {
        let (_, diagnostics) = try Self.render([Patch(.deployment("apii"), because: "x", [.remove("/spec/replicas")])])
        #expect(diagnostics.map(\.message) == ["the patch's object is not rendered in test"])
        #expect(diagnostics.first?.fix == "did you mean `api`? Deployment objects rendered here: api; declare the patch "
            + "only where its object is rendered (`if environment…`)")
        let (_, kinds) = try Self.render([Patch(.kind("Deploymnt", named: "api"), because: "x", [.remove("/spec")])])
        #expect(kinds.first?.fix?.hasPrefix("no Deploymnt is rendered here; did you mean `Deployment`? kinds rendered here: ") == true)
    }

    @Test("a failing `test` operation refuses the patch")
    func failingTest() throws {
        let (output, diagnostics) = try Self.render([
            Patch(.service("api"), because: "x", [
                .test("/spec/ports/0/port", 8080),
                .replace("/spec/ports/0/port", 8081),
            ])
        ])
        #expect(output == nil)
        #expect(diagnostics.map(\.message) == [
            "the patch's `test` does not apply: `/spec/ports/0/port` is the number 80, not the number 8080"
        ])
    }

    @Test("a patch that removes runAsNonRoot is refused with the restricted pod security rule's message")
    func runAsNonRoot() throws {
        let line = #line + 1
        let patch = Patch(.deployment("api"), because: "the image needs root", [
            .remove("/spec/template/spec/securityContext/runAsNonRoot"),
            .remove("/spec/template/spec/containers/0/securityContext/runAsNonRoot"),
        ])
        let (output, diagnostics) = try Self.render([patch])
        #expect(output == nil)
        let message: String = "container `api` of Deployment `api` may run as root: neither it nor its pod sets "
            + "`runAsNonRoot: true` (restricted pod security); keep `runAsNonRoot: true` at "
            + "`/spec/template/spec/containers/0/securityContext` or in the pod's `securityContext` (after the patch on "
            + "Deployment/api, which may add and change but not loosen these)"
        #expect(diagnostics.map(\.description) == ["\(#filePath):\(line): error: [test/Deployment/api] " + message])
        // Removing only the pod's setting leaves the container's, which the restricted standard accepts.
        let (kept, _) = try Self.render([
            Patch(.deployment("api"), because: "x", [.remove("/spec/template/spec/securityContext/runAsNonRoot")])
        ])
        #expect(kept != nil)
    }

    @Test("every other loosening is refused with its rule's message", arguments: [
        (JSONPatchOperation.replace("/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation", true),
         "does not set `allowPrivilegeEscalation: false`"),
        (.replace("/spec/template/spec/containers/0/securityContext/capabilities/drop", ["NET_RAW"]),
         "does not drop every capability"),
        (.add("/spec/template/spec/containers/0/securityContext/capabilities/add", ["SYS_ADMIN"]),
         "adds the capability `SYS_ADMIN`, which restricted pod security refuses"),
        (.replace("/spec/template/spec/containers/0/securityContext/seccompProfile/type", "Unconfined"),
         "has no `RuntimeDefault` seccomp profile"),
        (.replace("/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem", false),
         "has a writable root filesystem"),
        (.replace("/spec/template/spec/containers/0/securityContext/privileged", true), "is privileged"),
        (.replace("/spec/template/spec/containers/0/securityContext/runAsUser", 0), "runs as root (`runAsUser: 0`)"),
        (.add("/spec/template/spec/hostNetwork", true), "shares the node's namespaces (`hostNetwork: true`"),
        (.add("/spec/template/spec/containers/0/env", [["name": "DB_PASSWORD", "value": "hunter2"]]),
         "plain environment variable `DB_PASSWORD` in container `api` of Deployment `api` is named like a credential"),
        (.remove("/metadata/labels/cost-allocation"),
         "Deployment `api` lacks the cost-allocation label `cost-allocation: demo` at `/metadata/labels`"),
        (.replace("/spec/template/metadata/labels/owner", "someone-else"),
         "the pod template of Deployment `api` has the label `owner: someone-else`, not the environment's cost-allocation tag `owner: team`"),
        (.replace("/metadata/namespace", "kube-system"),
         "Deployment `api` is in namespace `kube-system`, not the environment's namespace `demo`"),
        (.remove("/metadata/namespace"), "Deployment `api` names no namespace"),
    ])
    func loosening(_ operation: JSONPatchOperation, _ expected: String) throws {
        let (output, diagnostics) = try Self.render([Patch(.deployment("api"), because: "x", [operation])])
        #expect(output == nil)
        #expect(diagnostics.count == 1 && diagnostics[0].message.contains(expected), "\(diagnostics.map(\.message))")
    }

    @Test("the Namespace keeps enforcing restricted pod security and the cost tags")
    func namespace() throws {
        let (_, diagnostics) = try Self.render([
            Patch.merge(.kind("Namespace", named: "demo"), because: "x", [
                "metadata": ["labels": ["pod-security.kubernetes.io/enforce": "privileged", "project": .remove]],
            ])
        ])
        #expect(diagnostics.map(\.message) == [
            "Namespace `demo` lacks the cost-allocation label `project: demo` at `/metadata/labels`",
            "Namespace `demo` no longer enforces restricted pod security",
        ])
    }

    @Test("a patch may not re-address its object, needs a reason and well-formed pointers")
    func declarationMistakes() throws {
        let (_, renamed) = try Self.render([Patch(.deployment("api"), because: "x", [.replace("/metadata/name", "api2")])])
        #expect(renamed.map(\.message) == ["the patch changes the object's apiVersion, kind or name, which address it"])
        let (_, mistakes) = try Self.render([Patch(.deployment("api"), because: " ", [.add("spec/x", 1)])])
        #expect(mistakes.map(\.message) == [
            "the patch on Deployment `api` gives no reason",
            "the patch's `add` path `spec/x` is not a JSON Pointer: it does not start with `/`",
        ])
    }

    @Test("an environment without Kubernetes output skips Kubernetes patches")
    func ecsOnly() throws {
        let (output, diagnostics) = try Self.render(
            [Patch(.deployment("nothing"), because: "x", [.remove("/spec")])], platforms: "[ecs]")
        #expect(output != nil && !diagnostics.containsErrors, "\(diagnostics)")
    }

    @Test("the repository's own output passes the rendered-object rules untouched")
    func repositoryOutput() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(
            services: "  api:\n    tag: \"1.0.0\"\n    replicas: 2"))
        let app = App(stacks: [Stack("demo") { _ in Self.api }])
        let resolved = Pipeline.resolve(environment, app: app, environmentRules: Validator.environmentRules)
        let context = RenderedObjectRules.Context(environment)
        let objects = resolved.components.flatMap { component in
            (component.component as? any KubernetesComponent)?.kubernetesFiles(component).map {
                RenderedKubernetesObject(path: $0.path, value: $0.object.value, owner: component)
            } ?? []
        }
        #expect(objects.count > 3)
        #expect(objects.flatMap { RenderedObjectRules.check($0, in: context) }.isEmpty)
    }
}
