import Foundation
import Testing

@testable import StackGen

@Suite("ECS template rules, replacements and scratch paths")
struct ECSStackRulesTests {
    private let user = PodSecurity.restricted(runAsUser: 10001)

    /// Renders `services` in the test environment, with `extra` lines under `ecs:`; with `imagesDeclareVolumes`
    /// false, the environment does not state that the images declare their volumes.
    private func render(
        _ services: [Service], ecs extra: String = "", replicas: String = "replicas: 1", imagesDeclareVolumes: Bool = true
    ) throws -> (output: RenderedEnvironment?, diagnostics: [Diagnostic]) {
        var yaml = TestSupport.environmentYAML(services: services.map {
            "  \($0.name):\n    tag: \"1.0\"\n    \(replicas)"
        }.joined(separator: "\n"))
        if imagesDeclareVolumes {
            yaml = yaml.replacingOccurrences(of: "  logGroup: /ecs/demo\n", with: "  logGroup: /ecs/demo\n  imagesDeclareVolumes: true\n")
        }
        if !extra.isEmpty {
            yaml = yaml.replacingOccurrences(of: "  logGroup: /ecs/demo\n", with: "  logGroup: /ecs/demo\n\(extra)\n")
        }
        let environment = try TestSupport.environment(yaml)
        return Synthesizer(app: App(stacks: [Stack("demo") { _ in services }])).render(environment)
    }

    @Test("logical IDs are the service's name in PascalCase with a kind suffix")
    func logicalIDs() {
        #expect(ECSLogicalID.service("checkout-api") == "CheckoutApiService")
        #expect(ECSLogicalID.taskDefinition("web") == "WebTaskDefinition")
        #expect(ECSLogicalID.scalingPolicy("a1-b", metric: "cpu") == "A1BScalingPolicyCpu")
        // ASCII names are converted byte by byte, other names character by character: the same runs either way.
        for name in ["checkout-api", "API--v2_x", "9lives", "-a-", "MiXeD.case", "", "crème-brûlée", "e\u{301}t\u{e9}-x"] {
            let characters = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
                .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
            #expect(ECSLogicalID.base(name) == characters, "\(name)")
        }
        #expect(ECSLogicalID.base("API--v2_x") == "ApiV2X")
    }

    @Test("two services with the same logical IDs are an error naming both")
    func collision() throws {
        let services = [Service("api-2", image: "ghcr.io/acme/a", security: user), Service("api2", image: "ghcr.io/acme/b", security: user)]
        let (output, diagnostics) = try render(services)
        #expect(output == nil)
        let error = try #require(diagnostics.first { $0.message.contains("same CloudFormation logical IDs") })
        #expect(error.message.contains("`api-2` and `api2`") && error.message.contains("Api2Service"))
        #expect(error.fix?.contains("rename") == true)
    }

    @Test("renaming an ECS service is reported as a replacement; removing one is not")
    func replacement() throws {
        let output = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let old = try #require(render([Service("api", image: "ghcr.io/acme/a", security: user), Service("web", image: "ghcr.io/acme/w", security: user)]).output)
        let templateURL = output.appendingPathComponent("test").appendingPathComponent(ECSStackTemplate.fileName)
        try FileManager.default.createDirectory(at: templateURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try #require(old.files[ECSStackTemplate.fileName]).write(to: templateURL, atomically: true, encoding: .utf8)
        let renamed = try #require(render([Service("api-v2", image: "ghcr.io/acme/a", security: user), Service("web", image: "ghcr.io/acme/w", security: user)]).output)
        let findings = ECSReplacementGuard.changes(in: WritePlan(renamed, outputRoot: output), fix: "--allow-replacement")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("delete the ECS service ApiService (demo-test-api) and create ApiV2Service") == true)
        let removed = try #require(render([Service("web", image: "ghcr.io/acme/w", security: user)]).output)
        #expect(ECSReplacementGuard.changes(in: WritePlan(removed, outputRoot: output), fix: "").isEmpty)
        let same = try #require(render([Service("api", image: "ghcr.io/acme/a2", security: user), Service("web", image: "ghcr.io/acme/w", security: user)]).output)
        #expect(ECSReplacementGuard.changes(in: WritePlan(same, outputRoot: output), fix: "").isEmpty)
    }

    @Test("/tmp: Kubernetes mounts an emptyDir, ECS a bind mount, and ECS warns until the images declare VOLUME")
    func scratchPaths() throws {
        let service = Service("api", image: "ghcr.io/acme/a", security: .restricted(runAsUser: 10001))
        let (output, diagnostics) = try render([service], imagesDeclareVolumes: false)
        let files = try #require(output).files
        #expect(files["kubernetes/api/deployment.yaml"]?.contains("emptyDir: {}") == true)
        let task = try #require(files["ecs/api/task-definition.json"])
        #expect(task.contains("\"containerPath\": \"/tmp\"") && task.contains("\"name\": \"api-tmp\""))
        #expect(!task.contains("tmpfs"))  // Fargate does not support linuxParameters.tmpfs
        let warning = try #require(diagnostics.first { $0.message.contains("bind mounts owned by root") })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("user 10001 cannot write") && warning.message.contains("api:/tmp"))
        #expect(warning.fix?.contains("VOLUME [\"/tmp\"]") == true && warning.fix?.contains("imagesDeclareVolumes: true") == true)
        let declared = try render([service]).diagnostics
        #expect(!declared.contains { $0.message.contains("bind mounts owned by root") })
        let noScratch = Service("api", image: "ghcr.io/acme/a", security: user, writablePaths: [])
        #expect(!(try render([noScratch], imagesDeclareVolumes: false).diagnostics).contains { $0.message.contains("bind mounts") })
    }

    @Test("awslogs is non-blocking with a bounded buffer, in the CLI files and the template")
    func awslogs() throws {
        let files = try #require(render([Service("api", image: "ghcr.io/acme/a", security: user)]).output).files
        for path in ["ecs/api/task-definition.json", ECSStackTemplate.fileName] {
            let text = try #require(files[path])
            #expect(text.contains("\"mode\": \"non-blocking\"") && text.contains("\"max-buffer-size\": \"25m\""), "\(path)")
        }
    }

    @Test("the environment's retention, load balancer and topic reach the template")
    func environmentKeys() throws {
        let service = Service("api", image: "ghcr.io/acme/a", ports: [.http(3001)], exposure: .http(), route: .internalOnly, security: user)
        var yaml = TestSupport.environmentYAML(services: """
              api:
                tag: "1.0"
                replicas: {min: 2, max: 4}
                targetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef
            """)
        yaml = yaml.replacingOccurrences(of: "  logGroup: /ecs/demo\n", with: """
              logGroup: /ecs/demo
              logRetentionDays: 14
              loadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/demo/0123456789abcdef
              alarmTopicArn: arn:aws:sns:us-east-1:123456789012:alarms
              rollbackOnAlarms: true

            """)
        let environment = try TestSupport.environment(yaml)
        let (output, diagnostics) = Synthesizer(app: App(stacks: [Stack("demo") { _ in service }])).render(environment)
        let template = try #require(output?.files[ECSStackTemplate.fileName], "\(diagnostics)")
        #expect(template.contains("\"RetentionInDays\": 14"))
        #expect(template.contains("\"Value\": \"app/demo/0123456789abcdef\"") && template.contains("\"Value\": \"targetgroup/api/0123456789abcdef\""))
        #expect(template.contains("\"AlarmNames\": [\n") && template.contains("demo-test-api-http-5xx"))
        #expect(template.contains("arn:aws:sns:us-east-1:123456789012:alarms"))
        #expect(!template.contains("\"DesiredCount\""))  // the scalable target owns the count
    }

    @Test("a retention CloudWatch Logs does not accept, or a malformed load balancer ARN, is an error at its line")
    func badKeys() {
        let base = TestSupport.environmentYAML(services: "  api:\n    tag: \"1.0\"\n    replicas: 1")
        let retention = TestSupport.loadDiagnostics(base.replacingOccurrences(
            of: "  logGroup: /ecs/demo\n", with: "  logGroup: /ecs/demo\n  logRetentionDays: 31\n"))
        #expect(retention.contains { $0.message.contains("`logRetentionDays` 31 is not a retention") && $0.fix?.contains("use 30") == true })
        let arn = TestSupport.loadDiagnostics(base.replacingOccurrences(
            of: "  logGroup: /ecs/demo\n", with: "  logGroup: /ecs/demo\n  loadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/x/1\n"))
        #expect(arn.contains { $0.message.contains("is not an Application Load Balancer ARN") })
    }

    @Test("ARN suffixes are the CloudWatch dimensions")
    func dimensions() {
        #expect(ECSLoadBalancerDimension.suffix(ofTargetGroup: "arn:aws:elasticloadbalancing:eu-west-1:012345678901:targetgroup/shop/0123") == "targetgroup/shop/0123")
        #expect(ECSLoadBalancerDimension.suffix(ofLoadBalancer: "arn:aws:elasticloadbalancing:eu-west-1:012345678901:loadbalancer/app/shop/0123") == "app/shop/0123")
        #expect(ECSLoadBalancerDimension.suffix(ofLoadBalancer: "arn:aws:elasticloadbalancing:eu-west-1:012345678901:loadbalancer/net/shop/0123") == nil)
        #expect(ECSLoadBalancerDimension.suffix(ofTargetGroup: "targetgroup/shop/0123") == nil)
    }
}

@Suite("ECS template limits")
struct ECSStackLimitTests {
    @Test("a template with more resources than one stack may hold is a warning naming the count and the way out")
    func resourceLimit() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  api:\n    tag: \"1\"\n    replicas: 1"))
        func template(_ count: Int) -> Value {
            ["Resources": .object(Dictionary(uniqueKeysWithValues: (0..<count).map { ("R\($0)", ["Type": "AWS::Logs::LogGroup"]) }))]
        }
        #expect(ECSStackTemplate.limitWarnings(template(500), environment: environment).isEmpty)
        let warning = try #require(ECSStackTemplate.limitWarnings(template(501), environment: environment).first)
        #expect(warning.severity == .warning && warning.message.contains("501 resources") && warning.message.contains("at most 500"))
        #expect(warning.fix?.contains("per-service AWS CLI files") == true)
    }
}
