import StackGen

/// A generated app: `services` services in stacks of 50, a mix of exposed services (routed through the load
/// balancer, with metrics), workers with secrets and egress, and services with sidecars, in a two-zone
/// environment that renders one or both platforms with autoscaling.
enum BenchmarkApp {
    static func name(_ index: Int) -> String { "service-\(index)" }

    static func app(services: Int) -> App {
        let stacks = stride(from: 0, to: services, by: 50).map { start in
            Stack("stack-\(start / 50)") { _ in
                (start..<min(start + 50, services)).map(service)
            }
        }
        return App(stacks: stacks)
    }

    static func service(_ index: Int) -> Service {
        let exposed = index % 3 != 0
        return Service(
            name(index),
            image: "registry.example.com/bench/\(name(index))",
            ports: exposed ? [.http(8080), Port("metrics", 9090)] : [],
            environment: ["INDEX": String(index), "MODE": exposed ? "web" : "worker", "LOG_LEVEL": "info"],
            secrets: ["DATABASE_URL": .secretsManager("bench-\(index % 10)", key: "database-url")],
            healthCheck: exposed
                ? .http("/health", containerCommand: ["/app/healthcheck"]) : .command(["/app/worker", "health"]),
            scaling: .utilization(cpu: 70, memory: index % 2 == 0 ? 80 : nil),
            exposure: exposed ? .http() : .none,
            route: exposed ? .path("/s\(index)") : nil,
            metrics: exposed ? .prometheus() : nil,
            egress: exposed ? [.to("postgres", port: 5432)] : [.to("postgres", port: 5432), .https],
            interruptible: !exposed,
            sidecars: index % 5 == 0
                ? [.sidecar("proxy", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 125), memory: .mebibytes(128)))]
                : [],
            security: .restricted(runAsUser: 10001)
        )
    }

    /// The environment file for `services` services rendering `platforms` (`kubernetes`, `ecs`).
    static func environmentFile(services: Int, platforms: [String] = ["kubernetes", "ecs"]) -> String {
        var lines = [
            "production: true",
            "platforms: [\(platforms.joined(separator: ", "))]",
            "tags: {cost-allocation: bench, environment: bench, project: bench, owner: platform-team}",
            "kubernetes:",
            "  namespace: bench",
            "  externalSecrets: {secretsManager: {kind: ClusterSecretStore, name: aws-secrets-manager}}",
            "  zones: 2",
            "  ingress: {scheme: internal, group: bench, host: bench.example.com, sourceCIDRs: [10.0.0.0/24, 10.0.1.0/24]}",
            "  prometheus: {namespace: monitoring, podLabels: {app.kubernetes.io/name: prometheus}}",
            "  destinations: {postgres: [10.0.32.0/20]}",
            "ecs:",
            "  cluster: bench",
            "  region: us-east-1",
            "  account: \"123456789012\"",
            "  subnets: [subnet-0123abcd, subnet-0123abce]",
            "  securityGroups: [sg-0123abcd]",
            "  executionRoleArn: arn:aws:iam::123456789012:role/bench-execution",
            "  logGroup: /ecs/bench",
            "  imagesDeclareVolumes: true",
            "services:",
        ]
        for index in 0..<services {
            lines.append("  \(name(index)):")
            lines.append("    tag: \"1.\(index).0\"")
            lines.append("    cpu: 512")
            lines.append("    memory: 1024")
            lines.append(index % 4 == 0 ? "    replicas: 2" : "    replicas: {min: 2, max: 8}")
            if index % 3 != 0 {
                let hex = String(index, radix: 16)
                let id = String(repeating: "0", count: 16 - hex.count) + hex
                lines.append("    targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/s\(index)/\(id)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
