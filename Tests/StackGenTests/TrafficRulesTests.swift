import Testing

@testable import StackGen

/// Mistakes in routes, metrics, egress and shutdown times, each a clear error naming the service and the fix.
@Suite("Traffic mistakes")
struct TrafficRulesTests {
    typealias Support = TrafficTestSupport

    static func errors(_ service: Service, kubernetes: String = Support.ingress, settings: String? = nil,
                       platforms: String = "[kubernetes, ecs]") throws -> [Diagnostic] {
        let result = try settings.map { try Support.render(service, kubernetes: kubernetes, settings: $0, platforms: platforms) }
            ?? Support.render(service, kubernetes: kubernetes, platforms: platforms)
        return result.diagnostics.filter { $0.severity == .error }
    }

    @Test("the routed API with an ingress, a target group and a scraper is valid")
    func valid() throws {
        var api = Support.api
        api.metrics = .prometheus()
        #expect(try Self.errors(api, kubernetes: Support.ingress + "\n" + Support.prometheus).isEmpty)
    }

    @Test("an exposed service without a route is an error naming both choices")
    func exposedWithoutRoute() throws {
        var api = Support.api
        api.route = nil
        let errors = try Self.errors(api)
        #expect(errors.map(\.message) == [
            "service `api` is exposed on the network but declares no route, so nothing outside the app could reach it"])
        #expect(errors.first?.fix?.contains("route: .internalOnly") == true)
        api.route = .internalOnly
        #expect(try Self.errors(api).isEmpty, "internal-only is an explicit, valid choice")
    }

    @Test("a routed service in an environment without kubernetes.ingress is an error at the environment file")
    func noIngressSettings() throws {
        let errors = try Self.errors(Support.api, kubernetes: "")
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("Environments/test.yaml:9:3: error: [test/api] service `api` is routed") == true,
                "\(errors)")
        #expect(errors.first?.fix?.contains("ingress:") == true)
    }

    @Test("a routed service on ECS without a target group is an error in the environment file")
    func noTargetGroup() throws {
        let errors = try Self.errors(Support.api, settings: "tag: \"1\"\n    replicas: 1")
        #expect(errors.map(\.message) == [
            "service `api` is routed through a load balancer, but has no `targetGroupArn` for ECS, so its tasks would be unreachable"])
        #expect(errors.first?.location?.file == "Environments/test.yaml")
        #expect(try Self.errors(Support.api, settings: "tag: \"1\"\n    replicas: 1", platforms: "[kubernetes]").isEmpty)
    }

    @Test("the load balancer's health check must agree with the container's")
    func healthCheckAgreement() throws {
        var api = Support.api
        api.route = .path("/api", healthCheckPath: "/status")
        #expect(try Self.errors(api).map(\.message) == [
            "the route's health-check path `/status` does not agree with the container's health check (`/health`, `/ready`)"])
        api.route = .path("/api", healthCheckPath: "/health")
        #expect(try Self.errors(api).isEmpty)
        api.container.healthCheck = .command(["/check"])
        api.route = .path("/api")
        #expect(try Self.errors(api).first?.message.contains("no health-check path") == true)
    }

    @Test("two services on the same host and prefix, a bad prefix and a route on an unexposed service are errors")
    func routeShapes() throws {
        var api = Support.api
        api.route = .path("api")
        #expect(try Self.errors(api).map(\.message) == ["the route's path prefix `api` is not an absolute path"])
        api.route = .path("/")
        api.exposure = .none
        #expect(try Self.errors(api, settings: "tag: \"1\"\n    replicas: 1").map(\.message) == [
            "service `api` declares a route but is not exposed on the network"])
        let environment = try TestSupport.environment(Support.environmentYAML(
            kubernetes: Support.ingress, services: "  api:\n    tag: \"1\"\n    replicas: 1\n  web:\n    tag: \"1\"\n    replicas: 1",
            platforms: "[kubernetes]"))
        var web = Support.api
        web.name = "web"
        web.container.name = "web"
        let second = web
        let (services, _) = Resolver.resolve(App(stacks: [Stack("demo") { _ in Support.api; second }]), in: environment)
        #expect(RouteRules.checkEnvironment(environment, services: services).map(\.message) == [
            "services `api` and `web` are both routed at `demo.example.com/api`"])
    }

    @Test("a UDP port cannot be routed through the Application Load Balancer")
    func udpRoute() throws {
        var api = Support.api
        api.container.ports = [Port("http", 3001, transport: .udp)]
        #expect(try Self.errors(api).map(\.message) == [
            "service `api` is routed through an Application Load Balancer, which carries HTTP over TCP, but its port `http` is UDP"])
    }

    @Test("metrics need a declared port and a scraper in the environment")
    func metricsMistakes() throws {
        var api = Support.api
        api.metrics = .prometheus(port: "metrix")
        let messages = try Self.errors(api).map(\.message)
        #expect(messages.contains("the metrics endpoint names port `metrix`, which no container declares"))
        #expect(messages.contains { $0.contains("has no `kubernetes.prometheus`") })
    }

    @Test("egress names destinations the environment defines, valid CIDRs and services that exist")
    func egressMistakes() throws {
        var api = Support.api
        api.egress = [.to("postgress", port: 5432), .cidr("10.0.0.1/16", port: 443), .service("billing", port: 80)]
        let messages = try Self.errors(api, kubernetes: Support.ingress + "\n  destinations: {postgres: [10.1.0.0/16]}")
            .map(\.message)
        #expect(messages.contains(
            "service `api` reaches destination `postgress`, which Environments/test.yaml does not define (is `postgres` a typo?)"))
        #expect(messages.contains("egress CIDR `10.0.0.1/16` is not an IPv4 CIDR block"))
        #expect(messages.contains("egress to service `billing`, which stack `demo` does not declare here"))
    }

    @Test("an egress rule declared twice is an error naming it once; distinct rules are not")
    func egressDeclaredTwice() throws {
        var api = Support.api
        api.egress = [.cidr("10.0.0.0/16", port: 443), .internet(port: 443), .cidr("10.0.0.0/16", port: 443),
                      .cidr("10.0.0.0/16", port: 443), .cidr("10.0.0.0/16", port: 5432)]
        let repeated = try Self.errors(api).map(\.message).filter { $0.hasSuffix("is declared twice") }
        #expect(repeated.count == 1, "\(repeated)")
        #expect(repeated.first?.contains("10.0.0.0/16") == true && repeated.first?.contains("443") == true, "\(repeated)")
        api.egress = [.cidr("10.0.0.0/16", port: 443), .cidr("10.0.0.0/16", port: 5432), .internet(port: 443)]
        #expect(try Self.errors(api).map(\.message).allSatisfy { !$0.hasSuffix("is declared twice") })
    }

    @Test("a service that needs the Kubernetes API is warned that default deny blocks it until it declares 443")
    func kubernetesAPI() throws {
        var api = Support.api
        api.needsKubernetesAPI = true
        let warnings = try Support.render(api).diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(warnings.contains("the service needs the Kubernetes API, but the namespace denies all egress it does not declare"))
        api.egress = [.cidr("10.0.0.0/16", port: 443)]
        api.container.writablePaths = []  // no Fargate scratch-path warning either
        #expect(try Support.render(api).diagnostics.isEmpty)
    }

    @Test("a shutdown longer than Fargate allows is an error where ECS renders")
    func shutdownLimit() throws {
        var api = Support.api
        api.shutdownSeconds = 300
        #expect(try Self.errors(api).first?.message == "`shutdownSeconds` is 300, outside 2…120 (Fargate's longest stopTimeout is 120 s)")
        #expect(try Self.errors(api, settings: "tag: \"1\"\n    replicas: 1", platforms: "[kubernetes]").isEmpty)
    }

    @Test("environment traffic settings are checked with file:line:column")
    func environmentMistakes() {
        let cases: [(String, String)] = [
            ("  ingress: {scheme: public, group: demo, sourceCIDRs: [10.0.0.0/24]}",
             "Environments/test.yaml:10:21: error: [test] `kubernetes.ingress.scheme` cannot be `public`"),
            ("  ingress: {scheme: internal, group: demo, sourceCIDRs: [10.0.0.300/24]}",
             "Environments/test.yaml:10:58: error: [test] `10.0.0.300/24` in `kubernetes.ingress.sourceCIDRs` is not an IPv4 CIDR block"),
            ("  ingress: {scheme: internal, group: Demo_Group, sourceCIDRs: [10.0.0.0/24]}",
             "Environments/test.yaml:10:38: error: [test] `kubernetes.ingress.group` `Demo_Group` is not a valid ingress group name"),
            ("  ingress: {scheme: internal, group: demo}",
             "Environments/test.yaml:10:12: error: [test] `kubernetes.ingress` is missing `sourceCIDRs`"),
            ("  zones: 9", "Environments/test.yaml:10:10: error: [test] `kubernetes.zones`"),
            ("  prometheus: {namespace: monitoring, podLabels: {}}",
             "Environments/test.yaml:10:50: error: [test] `kubernetes.prometheus.podLabels` is empty"),
            ("  destination: {}", "Environments/test.yaml:10:3: error: [test] unknown key `destination` in `kubernetes`"),
        ]
        for (line, expected) in cases {
            let diagnostics = TestSupport.loadDiagnostics(Support.environmentYAML(kubernetes: line))
            #expect(diagnostics.contains { $0.description.hasPrefix(expected) }, "\(line): \(diagnostics)")
        }
    }

    @Test("CIDR blocks parse strictly and know what they contain")
    func cidrs() throws {
        #expect(IPv4CIDR("10.0.0.0/8")?.description == "10.0.0.0/8")
        for bad in ["10.0.0.1/8", "10.0.0/8", "10.0.0.0", "010.0.0.0/8", "10.0.0.0/33", "a.b.c.d/8", "10.0.0.0/+8"] {
            #expect(IPv4CIDR(bad) == nil, "\(bad)")
        }
        let everywhere = IPv4CIDR.everywhere
        #expect(everywhere.contains(.instanceMetadata))
        #expect(try #require(IPv4CIDR("169.254.0.0/16")).contains(.instanceMetadata))
        #expect(try !#require(IPv4CIDR("10.0.0.0/8")).contains(.instanceMetadata))
    }
}
