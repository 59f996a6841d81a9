import Testing

@testable import StackGen

/// What routes, metrics, egress, readiness paths and shutdown times render to on each platform.
@Suite("Traffic translators")
struct TrafficTranslatorTests {
    typealias Support = TrafficTestSupport

    static func resolved(
        _ service: Service, kubernetes: String = Support.ingress, settings: String = "tag: \"1\"\n    replicas: 1"
    ) throws -> ResolvedService {
        let (services, diagnostics) = try Support.render(service, kubernetes: kubernetes, settings: settings, platforms: "[kubernetes, ecs]")
        #expect(!diagnostics.contains { $0.severity == .error && !$0.message.contains("targetGroupArn") }, "\(diagnostics)")
        return try #require(services.first)
    }

    static func pod(_ service: ResolvedService) -> Value? {
        DeploymentTranslator.translate(service).first?.value["spec", "template", "spec"]
    }

    @Test("an Ingress for the AWS Load Balancer Controller: class alb, IP targets, the group, health check, HTTP only without a certificate")
    func ingress() throws {
        let service = try Self.resolved(Support.api)
        let ingress = try #require(IngressTranslator.translate(service).first)
        #expect(ingress.apiVersion == "networking.k8s.io/v1")
        #expect(ingress.value["spec", "ingressClassName"] == "alb")
        let annotations = try #require(ingress.value["metadata", "annotations"])
        #expect(annotations["alb.ingress.kubernetes.io/target-type"] == "ip")
        #expect(annotations["alb.ingress.kubernetes.io/group.name"] == "demo")
        #expect(annotations["alb.ingress.kubernetes.io/scheme"] == "internet-facing")
        #expect(annotations["alb.ingress.kubernetes.io/healthcheck-path"] == "/ready")
        #expect(annotations["alb.ingress.kubernetes.io/healthcheck-interval-seconds"] == "10")
        #expect(annotations["alb.ingress.kubernetes.io/healthcheck-timeout-seconds"] == "5")
        #expect(annotations["alb.ingress.kubernetes.io/unhealthy-threshold-count"] == "3")
        #expect(annotations["alb.ingress.kubernetes.io/listen-ports"] == #"[{"HTTP": 80}]"#)
        #expect(annotations["alb.ingress.kubernetes.io/certificate-arn"] == nil)
        #expect(ingress.value["spec", "rules", "0", "host"] == "demo.example.com")
        #expect(ingress.value["spec", "rules", "0", "http", "paths", "0"] == [
            "path": "/api", "pathType": "Prefix", "backend": ["service": ["name": "api", "port": ["number": 80]]],
        ])
        var unrouted = Support.api
        unrouted.route = .internalOnly
        #expect(IngressTranslator.translate(try Self.resolved(unrouted)).isEmpty)
    }

    @Test("with a certificate the load balancer listens on 443 and redirects 80")
    func https() throws {
        let certificate = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
        let service = try Self.resolved(Support.api, kubernetes: """
              ingress: {scheme: internal, group: demo, certificateArn: "\(certificate)", sourceCIDRs: [10.0.0.0/24]}
            """)
        let annotations = try #require(IngressTranslator.translate(service).first?.value["metadata", "annotations"])
        #expect(annotations["alb.ingress.kubernetes.io/certificate-arn"] == .string(certificate))
        #expect(annotations["alb.ingress.kubernetes.io/listen-ports"] == #"[{"HTTP": 80}, {"HTTPS": 443}]"#)
        #expect(annotations["alb.ingress.kubernetes.io/ssl-redirect"] == "443")
        #expect(annotations["alb.ingress.kubernetes.io/scheme"] == "internal")
        #expect(IngressTranslator.translate(service).first?.value["spec", "rules", "0", "host"] == nil)
    }

    @Test("readiness asks the readiness path; liveness and startup ask the liveness path; one path keeps one for all")
    func separateReadiness() throws {
        let container = try #require(Self.pod(try Self.resolved(Support.api))?["containers", "0"])
        #expect(container["readinessProbe", "httpGet", "path"] == "/ready")
        #expect(container["livenessProbe", "httpGet", "path"] == "/health")
        #expect(container["startupProbe", "httpGet", "path"] == "/health")
        let single = ProbeTranslator.probes(for: .http("/health"))
        #expect(single["readinessProbe"]?["httpGet", "path"] == "/health")
        #expect(single["livenessProbe"]?["httpGet", "path"] == "/health")
    }

    @Test("a pod behind the load balancer waits out its deregistration; others keep today's 30 s")
    func preStop() throws {
        let routed = try #require(Self.pod(try Self.resolved(Support.api)))
        #expect(routed["containers", "0", "lifecycle"] == ["preStop": ["sleep": ["seconds": 30]]])
        #expect(routed["terminationGracePeriodSeconds"] == 60)
        var unrouted = Support.api
        unrouted.route = .internalOnly
        unrouted.shutdownSeconds = 45
        let pod = try #require(Self.pod(try Self.resolved(unrouted)))
        #expect(pod["containers", "0", "lifecycle"] == nil)
        #expect(pod["terminationGracePeriodSeconds"] == 45)
        let worker = Service(
            "worker", image: "ghcr.io/acme/worker", interruptible: true, security: .restricted(runAsUser: 10001))
        #expect(Self.pod(try Self.resolved(worker))?["terminationGracePeriodSeconds"] == 30)
    }

    @Test("ECS stops a task after the service's shutdown time, or the full two minutes on Fargate Spot")
    func stopTimeout() throws {
        let worker = Service(
            "worker", image: "ghcr.io/acme/worker", shutdownSeconds: 50, interruptible: true,
            security: .restricted(runAsUser: 10001))
        for (capacity, expected) in [("on-demand", 50), ("spot", 120)] {
            let service = try Self.resolved(worker, settings: "tag: \"1\"\n    replicas: 1\n    capacity: \(capacity)")
            let settings = try #require(service.environment.ecs)
            let task = try #require(TaskDefinitionTranslator.translate(service, settings: settings)).value
            #expect(task["containerDefinitions", "0", "stopTimeout"] == .int(expected), "\(capacity)")
        }
    }

    @Test("zone spread is a requirement where the environment declares several zones, a preference otherwise")
    func zoneSpread() throws {
        let settings = "tag: \"1\"\n    replicas: {min: 2, max: 4}"
        let required = try #require(Self.pod(try Self.resolved(Support.api, kubernetes: Support.ingress + "\n  zones: 3", settings: settings)))
        #expect(required["topologySpreadConstraints", "0"] == [
            "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule",
            "minDomains": 3, "matchLabelKeys": ["pod-template-hash"],
            "labelSelector": ["matchLabels": ["app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "demo"]],
        ])
        for zones in ["", "\n  zones: 1"] {
            let preferred = try #require(Self.pod(try Self.resolved(Support.api, kubernetes: Support.ingress + zones, settings: settings)))
            #expect(preferred["topologySpreadConstraints", "0", "whenUnsatisfiable"] == "ScheduleAnyway")
            #expect(preferred["topologySpreadConstraints", "0", "minDomains"] == nil)
        }
    }

    @Test("metrics: a named port on the Service, a ServiceMonitor with the scraper's labels, ECS discovery labels")
    func metrics() throws {
        var api = Support.api
        api.metrics = .prometheus(path: "/stats", intervalSeconds: 15)
        let kubernetes = Support.ingress + "\n  prometheus: {namespace: monitoring, podLabels: {app: prometheus}, serviceMonitorLabels: {release: main}}"
        let service = try Self.resolved(api, kubernetes: kubernetes)
        let ports = ServiceTranslator.translate(service).first?.value["spec", "ports"]
        #expect(ports?["1"] == ["name": "metrics", "port": 9464, "targetPort": "metrics", "protocol": "TCP"])
        let monitor = try #require(ServiceMonitorTranslator.translate(service).first)
        #expect(monitor.apiVersion == "monitoring.coreos.com/v1")
        #expect(monitor.value["metadata", "labels", "release"] == "main")
        #expect(monitor.value["spec", "endpoints"] == [["port": "metrics", "path": "/stats", "scheme": "http", "interval": "15s"]])
        let settings = try #require(service.environment.ecs)
        let task = try #require(TaskDefinitionTranslator.translate(service, settings: settings)).value
        #expect(task["containerDefinitions", "0", "dockerLabels"] == [
            "ECS_PROMETHEUS_EXPORTER_PORT": "9464", "ECS_PROMETHEUS_METRICS_PATH": "/stats", "ECS_PROMETHEUS_JOB_NAME": "api",
        ])
        let policy = NetworkPolicyTranslator.translate(service).first?.value
        #expect(policy?["spec", "ingress", "1"] == [
            "from": [[
                "namespaceSelector": ["matchLabels": ["kubernetes.io/metadata.name": "monitoring"]],
                "podSelector": ["matchLabels": ["app": "prometheus"]],
            ]],
            "ports": [["port": 9464, "protocol": "TCP"]],
        ])
    }

    @Test("a worker with metrics gets a headless Service with only the metrics port")
    func workerMetrics() throws {
        let worker = Service(
            "worker", image: "ghcr.io/acme/worker", ports: [Port("metrics", 9102)], metrics: .prometheus(),
            security: .restricted(runAsUser: 10001))
        let service = try Self.resolved(worker, kubernetes: Support.prometheus)
        let object = try #require(ServiceTranslator.translate(service).first)
        #expect(object.value["spec", "clusterIP"] == "None")
        #expect(object.value["spec", "ports"] == [["name": "metrics", "port": 9102, "targetPort": "metrics", "protocol": "TCP"]])
        #expect(ServiceTranslator.translate(try Self.resolved(
            Service("quiet", image: "ghcr.io/acme/quiet", security: .restricted(runAsUser: 10001)))).isEmpty)
    }

    @Test("egress: only what is declared; the metadata endpoint is cut out of every block unless declared")
    func egress() throws {
        var api = Support.api
        api.egress = [.to("postgres", port: 5432), .cidr("0.0.0.0/0", port: 25), .https, .service("api", port: 3001)]
        let kubernetes = Support.ingress + "\n  destinations: {postgres: [10.1.0.0/16, 169.254.0.0/16]}"
        let policy = try #require(NetworkPolicyTranslator.translate(try Self.resolved(api, kubernetes: kubernetes)).first?.value)
        #expect(policy["spec", "policyTypes"] == ["Ingress", "Egress"])
        #expect(policy["spec", "egress", "0", "to"] == [
            ["ipBlock": ["cidr": "10.1.0.0/16"]],
            ["ipBlock": ["cidr": "169.254.0.0/16", "except": ["169.254.169.254/32"]]],
        ])
        #expect(policy["spec", "egress", "1", "to"] == [["ipBlock": ["cidr": "0.0.0.0/0", "except": ["169.254.169.254/32"]]]])
        #expect(policy["spec", "egress", "2", "to", "0", "ipBlock", "except"] == [
            "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16"])
        #expect(policy["spec", "egress", "3", "to"] == [
            ["podSelector": ["matchLabels": ["app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "demo"]]]])
        api.egress = [.cidr("0.0.0.0/0", port: 25), .instanceMetadata]
        let allowed = try #require(NetworkPolicyTranslator.translate(try Self.resolved(api)).first?.value)
        #expect(allowed["spec", "egress"] == [
            ["to": [["ipBlock": ["cidr": "0.0.0.0/0"]]], "ports": [["port": 25, "protocol": "TCP"]]],
            ["to": [["ipBlock": ["cidr": "169.254.169.254/32"]]], "ports": [["port": 80, "protocol": "TCP"]]],
        ])
    }

    @Test("ingress comes from the load balancer's subnets and the app's own pods, on the exposed port only")
    func ingressSources() throws {
        let policy = try #require(NetworkPolicyTranslator.translate(try Self.resolved(Support.api)).first?.value)
        #expect(policy["spec", "ingress"] == [[
            "from": [
                ["ipBlock": ["cidr": "10.0.0.0/24"]],
                ["podSelector": ["matchLabels": ["app.kubernetes.io/part-of": "demo"]]],
            ],
            "ports": [["port": 3001, "protocol": "TCP"]],
        ]])
    }

    @Test("the namespace denies everything by default and allows DNS to kube-dns over UDP and TCP")
    func namespacePolicies() throws {
        let environment = try TestSupport.environment(Support.environmentYAML())
        let objects = NamespacePolicyTranslator.translate(environment, namespace: "demo", services: [])
        #expect(objects.map(\.namespaceFileName) == ["networkpolicy-default-deny.yaml", "networkpolicy-allow-dns.yaml"])
        #expect(objects[0].value["spec"] == ["podSelector": [:], "policyTypes": ["Ingress", "Egress"]])
        #expect(objects[1].value["spec", "egress", "0", "ports"] == [
            ["port": 53, "protocol": "UDP"], ["port": 53, "protocol": "TCP"]])
        #expect(objects[1].value["spec", "egress", "0", "to", "0", "namespaceSelector", "matchLabels"] == [
            "kubernetes.io/metadata.name": "kube-system"])
    }
}
