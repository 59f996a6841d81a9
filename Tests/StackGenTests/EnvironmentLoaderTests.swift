import Foundation
import Testing

@testable import StackGen

@Suite("Environment files")
struct EnvironmentLoaderTests {
    @Test("a complete file decodes into typed settings")
    func decodesCompleteFile() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(production: true, services: """
              api:
                tag: "1.10"
                cpu: 1024
                memory: 3072
                replicas: {min: 3, max: 12}
                architecture: arm64
              worker:
                digest: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                replicas: 2
                capacity: spot
            """), name: "production")
        #expect(environment.name == "production")
        #expect(environment.isProduction)
        #expect(environment.platforms == [.kubernetes, .ecs])
        #expect(environment.tags["owner"] == "team")
        #expect(environment.ecs?.account == "123456789012")
        let api = try #require(environment.services["api"])
        #expect(api.image == .tag("1.10"), "a tag that looks like a number keeps its exact text")
        #expect(api.size == .vcpu1_mem3gb)
        #expect(api.replicas == .autoscaled(min: 3, max: 12))
        #expect(api.architecture == .arm64)
        #expect(api.location?.line == 20)
        let worker = try #require(environment.services["worker"])
        #expect(worker.replicas == .fixed(2))
        #expect(worker.capacity == .spot)
        #expect(worker.size == nil)
    }

    @Test("an unknown key names the file, line and column, and suggests the right one")
    func unknownKey() {
        let diagnostics = TestSupport.loadDiagnostics(TestSupport.environmentYAML(services: """
              api:
                tag: "1.0"
                replica: 2
            """))
        let messages = diagnostics.map(\.description)
        #expect(messages.contains(
            "Environments/test.yaml:21:5: error: [test/api] unknown key `replica` in `services.api`; did you mean `replicas`?"))
    }

    @Test("an invalid Fargate pair says which memory values fit and which size to use")
    func invalidFargatePair() {
        let diagnostics = TestSupport.loadDiagnostics(TestSupport.environmentYAML(services: """
              api:
                tag: "1.0"
                cpu: 256
                memory: 3072
                replicas: 1
            """))
        #expect(diagnostics.map(\.description) == [
            "Environments/test.yaml:22:13: error: [test/api] memory 3072 MiB is not valid with 256 CPU units on Fargate "
                + "(valid: 512, 1024, 2048); use .vcpu0_5_mem3gb (cpu: 512) or change memory"
        ])
    }

    @Test("every mistake in a file is reported, not just the first")
    func collectsAllFindings() {
        let diagnostics = TestSupport.loadDiagnostics("""
            platforms: [kubernetes, swarm]
            tags:
              environment: test
            colour: blue
            services:
              api:
                replicas: {min: 5, max: 2}
            """)
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("Environments/test.yaml:1:25: error: [test] `platforms item` cannot be `swarm`"))
        #expect(text.contains("required cost-allocation tags are missing: cost-allocation, project, owner"))
        #expect(text.contains("Environments/test.yaml:4:1: error: [test] unknown key `colour`"))
        #expect(text.contains("`replicas.min` (5) is larger than `replicas.max` (2)"))
        #expect(text.contains("no image version"))
        #expect(text.contains("`platforms` lists kubernetes but there is no `kubernetes:` section"))
        #expect(diagnostics.count == 6)
    }

    @Test("duplicate keys, which libyaml accepts, are refused")
    func duplicateKeys() {
        let diagnostics = TestSupport.loadDiagnostics(TestSupport.environmentYAML(services: """
              api:
                tag: "1.0"
                replicas: 1
                replicas: 2
            """))
        #expect(diagnostics.map(\.description) == [
            "Environments/test.yaml:21:5: error: [test] key `replicas` appears more than once in the same mapping; "
                + "keep one of them (YAML readers disagree on which one wins)"
        ])
    }

    @Test("malformed, empty, binary and BOM-prefixed files give one clear error", arguments: [
        ("services: [a\n", "Environments/test.yaml:2:1: error: [test] invalid YAML"),
        ("", "Environments/test.yaml:1:1: error: [test] the environment file is empty"),
        ("\n  \n", "Environments/test.yaml:1:1: error: [test] the environment file is empty"),
        ("\u{FEFF}platforms: [ecs]\n", "Environments/test.yaml:1:1: error: [test] the file starts with a byte-order mark"),
        ("platforms: [ecs]\u{0}\n", "Environments/test.yaml:1:17: error: [test] the file contains a NUL byte"),
        ("platforms:\n\t- ecs\n", "Environments/test.yaml:2:1: error: [test] invalid YAML"),
        ("- a\n- b\n", "Environments/test.yaml:1:1: error: [test] `environment file` must be a mapping"),
    ])
    func malformedFiles(_ yaml: String, _ expectedPrefix: String) {
        let diagnostics = TestSupport.loadDiagnostics(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description.hasPrefix(expectedPrefix) == true, "\(diagnostics)")
    }

    @Test("names that could escape the output folder are refused", arguments: ["..", "a/b", "Prod", "-x", ""])
    func unsafeNames(_ name: String) {
        let diagnostics = TestSupport.loadDiagnostics("platforms: [ecs]\n", name: name)
        #expect(diagnostics.first?.message.contains("cannot name an environment") == true)
    }

    @Test("an account ID must be 12 digits")
    func accountID() {
        let yaml = TestSupport.environmentYAML(services: "  api: {tag: \"1\", replicas: 1}")
            .replacingOccurrences(of: "account: \"123456789012\"", with: "account: 12345")
        #expect(TestSupport.loadDiagnostics(yaml).map(\.message) == [
            "`account` must be a 12-digit AWS account ID, not `12345`",
            "`executionRoleArn` `arn:aws:iam::123456789012:role/execution` is not an IAM role ARN in account 12345",
        ])
    }
}
