import Foundation
import Testing

@testable import StackGen

/// Custom resources and included files: rendered with stackgen's labels and namespace, checked for structure and
/// names, and never a way around the cost-allocation tags.
@Suite("Custom resources and included files")
struct CustomResourceTests {
    static let scaledObject = CustomResource(
        apiVersion: "keda.sh/v1alpha1", kind: "ScaledObject", name: "api",
        body: ["spec": ["scaleTargetRef": ["name": "api"], "triggers": [["type": "cpu", "metricType": "Utilization"]]]])

    /// The rendered environment and its findings for `components` in an environment whose repository is `root`.
    static func render(
        _ components: [any Component], root: URL? = nil
    ) throws -> (output: RenderedEnvironment?, diagnostics: [Diagnostic]) {
        var environment = try TestSupport.environment(TestSupport.environmentYAML(platforms: "[kubernetes]", services: "  {}"))
        environment.repositoryRoot = root?.path
        return Synthesizer(app: App(stacks: [Stack("demo") { _ in components }])).render(environment)
    }

    @Test("a custom resource renders with the environment's labels and namespace, and is listed in the kustomization")
    func rendered() throws {
        let (output, diagnostics) = try Self.render([Self.scaledObject])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let text = try #require(output?.files["kubernetes/custom-resources/scaledobject-api.yaml"])
        #expect(text.hasSuffix("""
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: api
              namespace: demo
              labels:
                app.kubernetes.io/managed-by: stackgen
                app.kubernetes.io/part-of: demo
                cost-allocation: demo
                environment: test
                owner: team
                project: demo
            spec:
              scaleTargetRef:
                name: api
              triggers:
              - metricType: Utilization
                type: cpu

            """))
        #expect(output?.files["kubernetes/kustomization.yaml"]?.contains("- custom-resources/scaledobject-api.yaml\n") == true)
    }

    @Test("a cluster-scoped kind gets no namespace; `scope:` says so for a kind stackgen does not know")
    func clusterScoped() throws {
        let (output, _) = try Self.render([
            CustomResource(apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", name: "high", body: ["value": 1000]),
            CustomResource(
                apiVersion: "example.com/v1", kind: "Tenant", name: "shop", scope: .cluster, body: ["spec": ["tier": "gold"]]),
        ])
        #expect(output?.files["kubernetes/custom-resources/priorityclass-high.yaml"]?.contains("namespace") == false)
        #expect(output?.files["kubernetes/custom-resources/tenant-shop.yaml"]?.contains("namespace") == false)
    }

    @Test("structure and names are checked, with the fix", arguments: [
        (CustomResource(apiVersion: "keda.sh", kind: "ScaledObject", name: "a", body: [:]),
         "apiVersion `keda.sh` is not `group/version`"),
        (CustomResource(apiVersion: "keda/v1", kind: "ScaledObject", name: "a", body: [:]),
         "apiVersion `keda/v1` is not `group/version`"),
        (CustomResource(apiVersion: "keda.sh/v1alpha0", kind: "ScaledObject", name: "a", body: [:]),
         "apiVersion `keda.sh/v1alpha0` is not `group/version`"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "scaledObject", name: "a", body: [:]),
         "kind `scaledObject` is not a Kubernetes kind name"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "API_scaler", body: [:]),
         "the name `API_scaler` may hold only lowercase letters, digits and `-`"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "a", body: ["status": ["ready": true]]),
         "the object declares `status`, which the cluster writes"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "a", body: ["metadata": ["name": "b"]]),
         "the body holds `metadata`, which the parameters set"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "a", labels: ["owner": "someone"], body: [:]),
         "label `owner: someone` would replace the cost-allocation tag `owner: team`"),
        (CustomResource(
            apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "a", labels: ["app.kubernetes.io/managed-by": "helm"],
            body: [:]),
         "label `app.kubernetes.io/managed-by: helm` would replace stackgen's"),
        (CustomResource(apiVersion: "keda.sh/v1", kind: "ScaledObject", name: "a", annotations: ["bad key": "x"], body: [:]),
         "annotation key `bad key`"),
    ])
    func structure(_ resource: CustomResource, _ expected: String) throws {
        let (output, diagnostics) = try Self.render([resource])
        #expect(output == nil)
        #expect(diagnostics.count == 1 && diagnostics[0].message.hasPrefix(expected), "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.location == resource.source)
        #expect(diagnostics.first?.path == "test/\(resource.name)")
    }

    @Test("an included file renders each document like a custom resource")
    func include() throws {
        let root = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("k8s"), withIntermediateDirectories: true)
        try """
            # two objects
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: high}
            value: 1000
            ---
            {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "flags"}, "data": {"ON": "yes", "N": "1"}}
            """.write(to: root.appendingPathComponent("k8s/objects.yaml"), atomically: true, encoding: .utf8)
        let (output, diagnostics) = try Self.render([Include("k8s/objects.yaml")], root: root)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let priority = try #require(output?.files["kubernetes/custom-resources/priorityclass-high.yaml"])
        #expect(priority.contains("  labels:\n    app.kubernetes.io/managed-by: stackgen\n") && !priority.contains("namespace"))
        #expect(priority.hasSuffix("value: 1000\n"))
        let flags = try #require(output?.files["kubernetes/custom-resources/configmap-flags.yaml"])
        #expect(flags.contains("  namespace: demo\n") && flags.hasSuffix("data:\n  \"N\": \"1\"\n  \"ON\": \"yes\"\n"), "\(flags)")
    }

    @Test("an included file's mistakes name the file and line", arguments: [
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  flag: yes\n",
         "k8s/objects.yaml:6:9: error: [test/k8s/objects.yaml] the plain value `yes` reads differently under YAML 1.1 (kubectl) and YAML 1.2, or as null"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: other\n",
         "k8s/objects.yaml:1: error: [test/k8s/objects.yaml] the object names namespace `other`, but stackgen renders into the environment's namespace `demo`"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {cost-allocation: free}\n",
         "k8s/objects.yaml:1: error: [test/k8s/objects.yaml] label `cost-allocation: free` would replace the cost-allocation tag `cost-allocation: demo`"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n- just\n- a list\n",
         "k8s/objects.yaml:6:1: error: [test/k8s/objects.yaml] a document is not a mapping (a Kubernetes object)"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n",
         "k8s/objects.yaml:4:1: error: [test/k8s/objects.yaml] invalid YAML"),
        ("# nothing\n", "k8s/objects.yaml:1: error: [test/k8s/objects.yaml] the included file holds no object"),
    ])
    func includeMistakes(_ text: String, _ expected: String) throws {
        let root = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("k8s"), withIntermediateDirectories: true)
        try text.write(to: root.appendingPathComponent("k8s/objects.yaml"), atomically: true, encoding: .utf8)
        let (output, diagnostics) = try Self.render([Include("k8s/objects.yaml")], root: root)
        #expect(output == nil)
        #expect(diagnostics.count == 1 && diagnostics[0].description.hasPrefix(expected), "\(diagnostics.map(\.description))")
    }

    @Test("an include outside the repository, a missing file, and an object declared twice are refused")
    func includeRefusals() throws {
        let root = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, outside) = try Self.render([Include("../secrets.yaml")], root: root)
        #expect(outside.map(\.message) == ["the included path `../secrets.yaml` is not inside the repository"])
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("hosts.yaml").path, withDestinationPath: "/etc/hosts")
        let (_, linked) = try Self.render([Include("hosts.yaml")], root: root)
        #expect(linked.map(\.message) == ["the included file `hosts.yaml` links outside the repository"])
        let (_, missing) = try Self.render([Include("k8s/missing.yaml")], root: root)
        #expect(missing.map(\.message) == ["cannot read the included file `k8s/missing.yaml`"])
        try "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: api}\n"
            .write(to: root.appendingPathComponent("keda.yaml"), atomically: true, encoding: .utf8)
        let (_, twice) = try Self.render([Self.scaledObject, Include("keda.yaml")], root: root)
        #expect(twice.map(\.message) == [
            "`ScaledObject/api` is declared twice (both render `kubernetes/custom-resources/scaledobject-api.yaml`)"
        ])
    }

    @Test("a custom resource with a pod template is held to restricted pod security")
    func podTemplate() throws {
        let rollout = CustomResource(
            apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", name: "api",
            body: ["spec": ["template": [
                "metadata": ["labels": ["app": "api"]],
                "spec": ["containers": [["name": "api", "image": "ghcr.io/acme/api:1"]]],
            ]]])
        let (output, diagnostics) = try Self.render([rollout])
        #expect(output == nil)
        #expect(diagnostics.map(\.message).contains(
            "container `api` of Rollout `api` may run as root: neither it nor its pod sets `runAsNonRoot: true` (restricted pod security)"))
        #expect(diagnostics.map(\.message).contains(
            "the pod template of Rollout `api` lacks the cost-allocation label `cost-allocation: demo` at `/spec/template/metadata/labels`"))
    }
}
