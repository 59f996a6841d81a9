import Testing

@testable import StackGen

@Suite("Kubernetes translators")
struct KubernetesTranslatorTests {
    let api = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(3001)], environment: ["B": "2", "A": "1"],
        secrets: ["TOKEN": .secretsManager("api", key: "token")], healthCheck: .http("/health"),
        size: .vcpu0_5_mem1gb, exposure: .http(port: 80))

    @Test("an autoscaled Deployment carries no replicas, and an HPA owns the count")
    func autoscaledDeployment() throws {
        let service = try TestSupport.resolved(api, settings: "tag: \"1.0\"\nreplicas: {min: 3, max: 12}")
        let deployment = try #require(DeploymentTranslator.translate(service).first).value
        #expect(deployment["spec", "replicas"] == nil)
        let hpa = try #require(HorizontalPodAutoscalerTranslator.translate(service).first)
        #expect(hpa.apiVersion == "autoscaling/v2")
        #expect(hpa.value["spec", "minReplicas"] == 3)
        #expect(hpa.value["spec", "maxReplicas"] == 12)
        #expect(hpa.value["spec", "scaleTargetRef", "name"] == "api")
        #expect(hpa.value["spec", "metrics", "0", "resource", "target", "averageUtilization"] == 70)
    }

    @Test("a fixed count is written on the Deployment and there is no HPA")
    func fixedDeployment() throws {
        let service = try TestSupport.resolved(api, settings: "tag: \"1.0\"\nreplicas: 1")
        #expect(try #require(DeploymentTranslator.translate(service).first).value["spec", "replicas"] == 1)
        #expect(HorizontalPodAutoscalerTranslator.translate(service).isEmpty)
        #expect(PodDisruptionBudgetTranslator.translate(service).isEmpty, "one pod cannot keep one available")
    }

    @Test("selectors use only identity labels; cost tags reach the object and the pod template")
    func labels() throws {
        let service = try TestSupport.resolved(api)
        let deployment = try #require(DeploymentTranslator.translate(service).first).value
        let identity: Value = .stringMap(["app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "demo"])
        #expect(deployment["spec", "selector", "matchLabels"] == identity)
        for labels in [deployment["metadata", "labels"], deployment["spec", "template", "metadata", "labels"]] {
            for tag in ["cost-allocation", "environment", "project", "owner"] {
                #expect(labels?[tag] != nil, "missing \(tag)")
            }
        }
        let kubernetesService = try #require(ServiceTranslator.translate(service).first).value
        #expect(kubernetesService["spec", "selector"] == identity)
    }

    @Test("pods get the restricted Pod Security Standard by default")
    func restrictedSecurity() throws {
        let service = try TestSupport.resolved(api)
        let pod = try #require(DeploymentTranslator.translate(service).first).value["spec", "template", "spec"]
        #expect(pod?["automountServiceAccountToken"] == false)
        #expect(pod?["securityContext", "runAsNonRoot"] == true)
        #expect(pod?["securityContext", "seccompProfile", "type"] == "RuntimeDefault")
        let container = pod?["containers", "0", "securityContext"]
        #expect(container?["allowPrivilegeEscalation"] == false)
        #expect(container?["readOnlyRootFilesystem"] == true)
        #expect(container?["capabilities", "drop"] == ["ALL"])
        #expect(pod?["volumes", "0", "name"] == "api-tmp", "the read-only root gets a writable /tmp")
    }

    @Test("the opt-out is explicit and typed")
    func writableRoot() throws {
        var service = api
        service.security = .writableRootFilesystem()
        let resolved = try TestSupport.resolved(service)
        let container = try #require(DeploymentTranslator.translate(resolved).first).value[
            "spec", "template", "spec", "containers", "0", "securityContext"]
        #expect(container?["readOnlyRootFilesystem"] == false)
        #expect(container?["allowPrivilegeEscalation"] == false)
    }

    @Test("containers get sorted env, secretKeyRefs, named ports, probes and equal requests and limits")
    func container() throws {
        let service = try TestSupport.resolved(api)
        let container = try #require(
            DeploymentTranslator.translate(service).first?.value["spec", "template", "spec", "containers", "0"])
        #expect(container["image"] == "ghcr.io/acme/api:1.0.0")
        #expect(container["env", "0", "name"] == "A")
        #expect(container["env", "2", "valueFrom", "secretKeyRef"] == ["name": "api", "key": "token"])
        #expect(container["ports", "0"] == ["name": "http", "containerPort": 3001, "protocol": "TCP"])
        #expect(container["readinessProbe", "httpGet"] == ["path": "/health", "port": "http"])
        #expect(container["startupProbe", "failureThreshold"] == 9)
        #expect(container["resources", "requests"] == ["cpu": "500m", "memory": "1Gi"])
        #expect(container["resources", "limits"] == container["resources", "requests"])
    }

    @Test("a Service exposes the named port; workers get none")
    func service() throws {
        let service = try TestSupport.resolved(api)
        let spec = try #require(ServiceTranslator.translate(service).first).value["spec"]
        #expect(spec?["type"] == "ClusterIP")
        #expect(spec?["ports"] == [["name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"]])
        let worker = try TestSupport.resolved(Service("worker", image: "ghcr.io/acme/worker"))
        #expect(ServiceTranslator.translate(worker).isEmpty)
    }

    @Test("two or more pods get a disruption budget and zone spreading")
    func production() throws {
        let service = try TestSupport.resolved(api, settings: "tag: \"1.0\"\nreplicas: {min: 2, max: 4}")
        let budget = try #require(PodDisruptionBudgetTranslator.translate(service).first)
        #expect(budget.apiVersion == "policy/v1")
        #expect(budget.value["spec", "maxUnavailable"] == 1)
        let pod = DeploymentTranslator.translate(service).first?.value["spec", "template", "spec"]
        #expect(pod?["topologySpreadConstraints", "0", "topologyKey"] == "topology.kubernetes.io/zone")
    }

    @Test("arm64 services are scheduled on arm64 nodes")
    func architecture() throws {
        let service = try TestSupport.resolved(api, settings: "tag: \"1.0\"\nreplicas: 1\narchitecture: arm64")
        let pod = DeploymentTranslator.translate(service).first?.value["spec", "template", "spec"]
        #expect(pod?["nodeSelector", "kubernetes.io/arch"] == "arm64")
    }

    @Test("a NetworkPolicy admits only the declared ports, and nothing for a worker")
    func networkPolicy() throws {
        let service = try TestSupport.resolved(api)
        let policy = try #require(NetworkPolicyTranslator.translate(service).first)
        #expect(policy.apiVersion == "networking.k8s.io/v1")
        #expect(policy.value["spec", "policyTypes"] == ["Ingress", "Egress"])
        #expect(policy.value["spec", "ingress"] == [[
            "from": [["podSelector": ["matchLabels": ["app.kubernetes.io/part-of": "demo"]]]],
            "ports": [["port": 3001, "protocol": "TCP"]],
        ]])
        #expect(policy.value["spec", "egress"] == [], "nothing declared, nothing allowed")
        #expect(policy.value["spec", "podSelector", "matchLabels"] == .stringMap(service.selectorLabels))
        let worker = try TestSupport.resolved(Service("worker", image: "ghcr.io/acme/worker"))
        #expect(NetworkPolicyTranslator.translate(worker).first?.value["spec", "ingress"] == [])
    }

    @Test("policy exceptions become numbered checkov annotations on the Deployment")
    func policyExceptions() throws {
        var service = api
        service.policyExceptions = [.checkov("CKV_K8S_40", because: "b"), .checkov("CKV_K8S_35", because: "a")]
        let deployment = try #require(DeploymentTranslator.translate(try TestSupport.resolved(service)).first).value
        #expect(deployment["metadata", "annotations"] == ["checkov.io/skip1": "CKV_K8S_35=a", "checkov.io/skip2": "CKV_K8S_40=b"])
        #expect(deployment["spec", "template", "metadata", "annotations"] == nil)
    }

    @Test("a tag and a digest together give a readable, immutable reference")
    func tagAndDigest() throws {
        let digest = "sha256:" + String(repeating: "ab", count: 32)
        let service = try TestSupport.resolved(api, settings: "tag: \"1.2.3\"\ndigest: \"\(digest)\"\nreplicas: 1")
        let image = DeploymentTranslator.translate(service).first?.value["spec", "template", "spec", "containers", "0", "image"]
        #expect(image == .string("ghcr.io/acme/api:1.2.3@\(digest)"))
    }
}
