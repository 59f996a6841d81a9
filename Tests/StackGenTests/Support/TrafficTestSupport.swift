@testable import StackGen

/// Environments and services for the traffic tests: an environment whose `kubernetes:` section carries extra
/// keys, and a routed API.
enum TrafficTestSupport {
    static let ingress = """
          ingress: {scheme: internet-facing, group: demo, host: demo.example.com, sourceCIDRs: [10.0.0.0/24]}
        """
    static let prometheus = """
          prometheus: {namespace: monitoring, podLabels: {app: prometheus}}
        """

    /// A Kubernetes and ECS environment with `kubernetes` lines added under `kubernetes:` and `services` lines
    /// under `services:`.
    static func environmentYAML(
        kubernetes: String = "", services: String = "  api:\n    tag: \"1\"\n    replicas: 1", platforms: String = "[kubernetes, ecs]"
    ) -> String {
        TestSupport.environmentYAML(platforms: platforms, kubernetes: kubernetes, services: services)
    }

    static let targetGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef"

    /// A routed API with an HTTP health check and a container command for ECS.
    static let api = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(3001), Port("metrics", 9464)],
        healthCheck: .http("/health", readinessPath: "/ready", containerCommand: ["/check"]),
        exposure: .http(port: 80), route: .path("/api"), security: .restricted(runAsUser: 10001))

    /// `service` resolved and validated in an environment built from `kubernetes` and `settings`.
    static func render(
        _ service: Service, kubernetes: String = ingress, settings: String = "tag: \"1\"\n    replicas: 1\n    targetGroupArn: \(targetGroup)",
        platforms: String = "[kubernetes, ecs]"
    ) throws -> (services: [ResolvedService], diagnostics: [Diagnostic]) {
        let environment = try TestSupport.environment(environmentYAML(
            kubernetes: kubernetes, services: "  \(service.name):\n    \(settings)", platforms: platforms))
        let (services, findings) = Resolver.resolve(App(stacks: [Stack("demo") { _ in service }]), in: environment)
        return (services, findings + Validator.validate(environment, services: services))
    }
}
