import Foundation
import Testing

@testable import StackGen

/// Mistakes made in Swift stacks: each is reported with the stack file and line where the service was declared,
/// the environment and service, what is wrong and how to fix it — and nothing is rendered.
@Suite("Mistakes in stacks")
struct StackMistakeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let service: Service
        var settings = "tag: \"1.0.0\"\nreplicas: 1"
        var production = false
        let expected: String
        var testDescription: String { name }
    }

    static let base = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(3001)], healthCheck: .http("/health", containerCommand: ["/check"]),
        exposure: .http(), route: .internalOnly, security: .restricted(runAsUser: 10001))

    static func with(_ change: (inout Service) -> Void) -> Service {
        var service = base
        change(&service)
        return service
    }

    static let cases: [Case] = [
        Case(name: "service name", service: with { $0.name = "API_Server"; $0.container.name = "API_Server" },
             expected: "service name `API_Server` may hold only lowercase letters, digits and `-`"),
        Case(name: "service name length", service: with { $0.name = String(repeating: "a", count: 64); $0.container.name = $0.name },
             expected: "is 64 characters long, more than 63"),
        Case(name: "port out of range", service: with { $0.container.ports = [.http(70000)] },
             expected: "port `http` is 70000, outside 1…65535"),
        Case(name: "port name too long", service: with { $0.container.ports.append(Port("prometheus-metrics", 9090)) },
             expected: "port name `prometheus-metrics` is 18 characters long, more than 15"),
        Case(name: "duplicate port name", service: with { $0.container.ports.append(Port("http", 3002)) },
             expected: "two ports are named `http`"),
        Case(name: "duplicate port number", service: with { $0.container.ports.append(Port("admin", 3001)) },
             expected: "two ports use 3001/tcp"),
        Case(name: "exposed port missing", service: with { $0.exposure = .network(port: 80, targetPort: "htp") },
             expected: "the service is exposed on port `htp`, which the main container does not declare; did you mean `http`?"),
        Case(name: "probe path", service: with { $0.container.healthCheck = .http("health", containerCommand: ["/check"]) },
             expected: "the health check of `api` has path `health`; use an absolute path such as `/health`"),
        Case(name: "probe port", service: with { $0.container.healthCheck = .http("/health", port: "admin", containerCommand: ["/c"]) },
             expected: "the health check of `api` probes port `admin`, which the container does not declare"),
        Case(name: "ECS health check bounds", service: with { $0.container.healthCheck?.intervalSeconds = 400 },
             expected: "the health check of `api` has interval 400, outside 5…300 (the range ECS accepts)"),
        Case(name: "ECS health check retries", service: with { $0.container.healthCheck?.retries = 11 },
             expected: "has retries 11, outside 1…10"),
        Case(name: "timeout not below interval", service: with { $0.container.healthCheck?.timeoutSeconds = 10 },
             expected: "has a timeout (10 s) not shorter than its interval (10 s)"),
        Case(name: "scaling target", service: with { $0.scaling = .utilization(cpu: 120) },
             expected: "the CPU scaling target is 120 %, outside 1…100"),
        Case(name: "no scaling target", service: with { $0.scaling = .utilization() },
             settings: "tag: \"1\"\nreplicas: {min: 2, max: 4}", expected: "gives a replica range, but the service has no scaling target"),
        Case(name: "secret in a plain variable", service: with { $0.container.environment["DB_PASSWORD"] = "hunter2" },
             expected: "plain environment variable `DB_PASSWORD` in container `api` is named like a credential (`PASSWORD`)"),
        Case(name: "password in a URL", service: with { $0.container.environment["DATABASE"] = "postgres://app:s3cret@db:5432/app" },
             expected: "plain environment variable `DATABASE` in container `api` holds a URL with a password in it"),
        Case(name: "AWS key in a plain variable", service: with { $0.container.environment["AWS_ID"] = "AKIAIOSFODNN7EXAMPLE" },
             expected: "holds an AWS access key ID"),
        Case(name: "variable both plain and secret", service: with {
            $0.container.environment["DATABASE_URL"] = "x"
            $0.container.secrets["DATABASE_URL"] = .secretsManager("db", key: "url")
        }, expected: "`DATABASE_URL` in container `api` is both a plain variable and a secret"),
        Case(name: "variable name", service: with { $0.container.environment["1FLAG"] = "x" },
             expected: "environment variable name `1FLAG` in container `api` is not valid"),
        Case(name: "secret name for Kubernetes", service: with { $0.container.secrets["DB"] = .secretsManager("Prod/DB", key: "url") },
             expected: "the secret for `DB` is named `Prod/DB`, so its Kubernetes Secret would be `Prod-DB`, which may hold only lowercase letters, digits and `-`"),
        Case(name: "secret key", service: with { $0.container.secrets["DB"] = .secretsManager("db", key: "url:primary") },
             expected: "the secret for `DB` has key `url:primary`, which is not a valid Secret key"),
        Case(name: "sidecar without resources", service: with {
            $0.sidecars = [Container(name: "proxy", image: .pinned("envoyproxy/envoy:v1.30.1"))]
        }, expected: "sidecar `proxy` has no resources"),
        Case(name: "sidecar named like the service", service: with {
            $0.sidecars = [.sidecar("api", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 10), memory: .mebibytes(16)))]
        }, expected: "two containers or init steps are named `api`"),
        Case(name: "sidecars larger than the task", service: with {
            $0.sidecars = [.sidecar("proxy", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 250), memory: .mebibytes(512)))]
        }, expected: "the sidecars take all of the vcpu0_25_mem0_5gb size, leaving nothing for `api`"),
        Case(name: "sidecars larger than the task in ECS units", service: with {
            // 63m + 63m + 63m + 60m leave 1 millicore, but 65 + 65 + 65 + 61 ECS units take all 256 of the task.
            $0.sidecars = [63, 63, 63, 60].enumerated().map { index, millicores in
                .sidecar("proxy\(index)", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: millicores), memory: .mebibytes(16)))
            }
        }, expected: "on ECS the sidecars take 256 of the 256 CPU units of the vcpu0_25_mem0_5gb task, leaving nothing for `api`"),
        Case(name: "unpinned sidecar", service: with {
            $0.sidecars = [.sidecar("proxy", image: "envoyproxy/envoy", resources: Resources(cpu: .cpu(millicores: 10), memory: .mebibytes(16)))]
        }, expected: "image `envoyproxy/envoy` of sidecar `proxy` is not a pinned reference"),
        Case(name: "repository with a tag", service: with { $0.container.image = .repository("ghcr.io/acme/API:1.0") },
             expected: "image repository `ghcr.io/acme/API:1.0` of `api` is not valid"),
        Case(name: "latest in production", service: base, settings: "tag: latest\nreplicas: 1", production: true,
             expected: "production runs `latest`, which moves under you; pin a version tag or a digest"),
        Case(name: "spot for a service that cannot be interrupted", service: base, settings: "tag: \"1\"\nreplicas: 1\ncapacity: spot",
             expected: "`capacity: spot` for a service that does not tolerate interruption"),
        Case(name: "non-root on ECS needs a user", service: with { $0.security = .restricted },
             expected: "ECS cannot enforce a non-root user without a numeric user ID"),
        Case(name: "root user", service: with { $0.security = .restricted(runAsUser: 0) },
             expected: "the service runs as user 0 (root) but requires a non-root user"),
        Case(name: "relative writable path", service: with { $0.container.writablePaths = ["tmp"] },
             expected: "writable path `tmp` in container `api` is not absolute"),
        Case(name: "annotation key", service: with { $0.annotations = ["bad key": "x"] },
             expected: "annotation key `bad key` name part may hold only letters, digits, `-`, `_` and `.`"),
        Case(name: "target group on a worker", service: with { $0.exposure = .none },
             settings: "tag: \"1\"\nreplicas: 1\ntargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/a/0123456789abcdef",
             expected: "`targetGroupArn` is set but the service is not exposed on the network"),
        Case(name: "target group in another account", service: base,
             settings: "tag: \"1\"\nreplicas: 1\ntargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:999999999999:targetgroup/a/0123456789abcdef",
             expected: "is not a target group ARN in us-east-1, account 123456789012"),
        Case(name: "policy exception ID", service: with { $0.policyExceptions = [.checkov("K8S_35", because: "x")] },
             expected: "policy exception `K8S_35` is not a checkov check ID"),
        Case(name: "policy exception reason with =", service: with { $0.policyExceptions = [.checkov("CKV_K8S_35", because: "a=b")] },
             expected: "the reason for the `CKV_K8S_35` exception is empty or contains `=`"),
        Case(name: "duplicate policy exception", service: with {
            $0.policyExceptions = [.checkov("CKV_K8S_35", because: "a"), .checkov("CKV_K8S_35", because: "b")]
        }, expected: "two policy exceptions for `CKV_K8S_35`"),
    ]

    @Test("each mistake yields its message, located at the declaration", arguments: cases)
    func mistake(_ testCase: Case) throws {
        try Self.expectMistake(testCase)
    }

    /// Renders the case's service and expects exactly one finding with its message, at its declaration.
    static func expectMistake(_ testCase: Case) throws {
        let indented = testCase.settings.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
        let environment = try TestSupport.environment(TestSupport.environmentYAML(
            production: testCase.production, services: "  \(testCase.service.name):\n\(indented)"))
        let app = App(stacks: [Stack("demo") { _ in testCase.service }])
        let (output, diagnostics) = Synthesizer(app: app).render(environment)
        #expect(output == nil)
        let matching = diagnostics.filter { $0.description.contains(testCase.expected) }
        #expect(matching.count == 1, "\(diagnostics.map(\.description))")
        #expect(matching.first?.path == "test/\(testCase.service.name)")
        #expect(matching.first?.location?.line != nil, "every finding names a file and line")
    }

    @Test("the declaration's file and line are in the message")
    func location() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  api:\n    tag: \"1\"\n    replicas: 1"))
        let app = App(stacks: [Stack("demo") { _ in Service("api", image: "ghcr.io/acme/api", ports: [.http(0)]) }])
        let line = #line - 1
        let (_, diagnostics) = Synthesizer(app: app).render(environment)
        #expect(diagnostics.map(\.description).contains(
            "\(#filePath):\(line): error: [test/api] port `http` is 0, outside 1…65535"))
    }

    @Test("a service no environment configures, and settings no stack declares, suggest each other")
    func unmatchedServices() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  apj:\n    tag: \"1\"\n    replicas: 1"))
        let app = App(stacks: [Stack("demo") { _ in Self.base }])
        let messages = Synthesizer(app: app).render(environment).diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("[test/api] Environments/test.yaml has no settings for service `api` (is `apj` a typo?)") })
        #expect(messages.contains("Environments/test.yaml:20:5: error: [test/apj] no stack declares a service named `apj`; did you mean `api`?"))
    }

    @Test("two stacks declaring the same service name is an error")
    func duplicateService() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  api:\n    tag: \"1\"\n    replicas: 1"))
        let app = App(stacks: [Stack("one") { _ in Self.base }, Stack("two") { _ in Self.base }])
        let messages = Synthesizer(app: app).render(environment).diagnostics.map(\.message)
        #expect(messages.contains("service `api` is declared twice"))
    }

    @Test("--strict turns warnings into errors")
    func strict() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  api:\n    tag: \"1\"\n    replicas: 1"))
        let service = Self.with {
            $0.container.healthCheck = .http("/health")
            $0.container.writablePaths = []  // the one warning is the health check's
        }
        let (output, diagnostics) = Synthesizer(app: App(stacks: [Stack("demo") { _ in service }])).render(environment)
        #expect(output != nil, "a warning alone does not stop rendering")
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message.contains("ECS gets no health check") == true)
        #expect(diagnostics.map { $0.promotedToError() }.containsErrors)
    }
}
