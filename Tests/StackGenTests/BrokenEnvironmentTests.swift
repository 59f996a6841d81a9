import Foundation
import Testing

/// Broken environment files, each pushed through the real command line against a copy of this repository: every
/// one exits 1 (or 64 for names), prints the expected message with file:line:column, never crashes, and leaves
/// `Manifests/` byte-for-byte as it was. Each case edits `Tests/Fixtures/broken-base.yaml`, a frozen valid
/// production environment, so that expected lines and columns do not move when `Environments/` changes.
@Suite("Broken environment files", .serialized)
struct BrokenEnvironmentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Builds the broken `Environments/production.yaml` from the base.
        let edit: @Sendable (String) -> Data
        let expected: String
        var testDescription: String { name }

        init(_ name: String, replace old: String, with new: String, expect expected: String) {
            self.name = name
            self.edit = { text in
                precondition(text.contains(old), "the case `\(name)` no longer matches broken-base.yaml")
                return Data(text.replacingOccurrences(of: old, with: new).utf8)
            }
            self.expected = expected
        }

        init(_ name: String, contents: @escaping @Sendable (String) -> Data, expect expected: String) {
            self.name = name
            self.edit = contents
            self.expected = expected
        }
    }

    static let file = "Environments/production.yaml"

    static let cases: [Case] = [
        Case("misspelt top-level key", replace: "platforms: [kubernetes, ecs]", with: "platform: [kubernetes, ecs]",
             expect: "\(file):6:1: error: [production] unknown key `platform` in `environment file`; did you mean `platforms`?"),
        Case("misspelt service key", replace: "    replicas: {min: 3, max: 10}", with: "    replica: {min: 3, max: 10}",
             expect: "\(file):51:5: error: [production/web] unknown key `replica` in `services.web`; did you mean `replicas`?"),
        Case("wrong type", replace: "replicas: {min: 2, max: 6}", with: "replicas: three",
             expect: "\(file):58:15: error: [production/worker] `replicas` must be a whole number, not `three`"),
        Case("out-of-range replicas", replace: "replicas: {min: 2, max: 6}", with: "replicas: 5000",
             expect: "\(file):58:15: error: [production/worker] `replicas` is 5000, outside 0…1000; use a value in that range"),
        Case("min above max", replace: "replicas: {min: 2, max: 6}", with: "replicas: {min: 8, max: 6}",
             expect: "\(file):58:15: error: [production/worker] `replicas.min` (8) is larger than `replicas.max` (6); swap them"),
        Case("zero minimum", replace: "replicas: {min: 2, max: 6}", with: "replicas: {min: 0, max: 6}",
             expect: "\(file):58:21: error: [production/worker] `replicas.min` is 0, outside 1…1000"),
        Case("invalid Fargate pair", replace: "    cpu: 512\n    memory: 1024", with: "    cpu: 256\n    memory: 3072",
             expect: "\(file):50:13: error: [production/web] memory 3072 MiB is not valid with 256 CPU units on Fargate (valid: 512, 1024, 2048); use .vcpu0_5_mem3gb (cpu: 512) or change memory"),
        Case("cpu not a Fargate value", replace: "    cpu: 512\n", with: "    cpu: 300\n",
             expect: "\(file):49:10: error: [production/web] cpu 300 is not a Fargate size; use one of 256, 512, 1024, 2048, 4096, 8192, 16384 CPU units"),
        Case("cpu without memory", replace: "    cpu: 512\n    memory: 1024\n", with: "    cpu: 512\n",
             expect: "\(file):49:10: error: [production/web] `cpu` is 512 but there is no `memory`; add `memory:` (MiB), one of 1024, 2048, 3072, 4096"),
        Case("unknown platform", replace: "platforms: [kubernetes, ecs]", with: "platforms: [eks, ecs]",
             expect: "\(file):6:13: error: [production] `platforms item` cannot be `eks`; did you mean `ecs`?"),
        Case("missing cost tags", replace: "  owner: platform-team\n", with: "",
             expect: "\(file):9:3: error: [production] required cost-allocation tags are missing: owner; add them under `tags:`"),
        Case("tags not a mapping", replace: "tags:\n  cost-allocation: github-dashboard\n", with: "tags: [a, b]\nx:\n  cost-allocation: github-dashboard\n",
             expect: "\(file):8:7: error: [production] `tags` must be a mapping of keys to values, not a list"),
        Case("YAML 1.1 boolean", replace: "production: true", with: "production: yes",
             expect: "\(file):4:13: error: [production] `production` must be `true` or `false`, not `yes`"),
        Case("settings for an undeclared service", replace: "  worker:\n", with: "  wroker:\n",
             expect: "\(file):54:5: error: [production/wroker] no stack declares a service named `wroker`; did you mean `worker`?"),
        Case("a declared service without settings", contents: { Data($0[..<$0.range(of: "  worker:\n")!.lowerBound].utf8) },
             expect: "error: [production/worker] Environments/production.yaml has no settings for service `worker`; add `worker:` with `tag:` and `replicas:` under `services:` in Environments/production.yaml"),
        Case("tag not a string", replace: "    tag: \"1.7.3\"\n    digest: \"sha256:a4b1", with: "    tag: [1, 7, 3]\n    digest: \"sha256:a4b1",
             expect: "\(file):47:10: error: [production/web] `tag` must be a single value, not a list"),
        Case("no image version", replace: "    tag: \"1.7.3\"\n    digest: \"sha256:a4b1", with: "    digext: \"sha256:a4b1",
             expect: "\(file):47:5: error: [production/web] no image version; add `tag: \"1.2.3\"`, `digest: \"sha256:…\"`, or both"),
        Case("malformed digest", replace: "sha256:a4b1563b305b398020cebd823ca75e989d3320ed04506881042346b569c2160f", with: "sha256:abc",
             expect: "\(file):47:5: error: [production/web] image digest `sha256:abc` is not valid; use `sha256:` followed by 64 lowercase hex digits"),
        Case("latest in production", replace: "    tag: \"1.7.3\"\n    digest: \"sha256:a4b1563b305b398020cebd823ca75e989d3320ed04506881042346b569c2160f\"\n    cpu: 512", with: "    tag: latest\n    cpu: 512",
             expect: "\(file):47:5: error: [production/web] production runs `latest`, which moves under you; pin a version tag or a digest"),
        Case("malformed tag", replace: "    tag: \"1.7.3\"\n    digest: \"sha256:a4b1", with: "    tag: \"-1.7.3\"\n    digest: \"sha256:a4b1",
             expect: "\(file):47:5: error: [production/web] image tag `-1.7.3` is not valid"),
        Case("spot for a service that cannot be interrupted", replace: "  capacity: on-demand", with: "  capacity: spot",
             expect: "\(file):39:5: error: [production/api] `capacity: spot` for a service that does not tolerate interruption"),
        Case("misspelt capacity", replace: "  capacity: on-demand", with: "  capacity: ondemand",
             expect: "\(file):35:13: error: [production] `capacity` cannot be `ondemand`; did you mean `on-demand`?"),
        Case("unquoted short account", replace: "account: \"123456789012\"", with: "account: 1234567890",
             expect: "\(file):25:12: error: [production] `account` must be a 12-digit AWS account ID, not `1234567890`"),
        Case("invalid region", replace: "region: us-east-1", with: "region: us-east",
             expect: "\(file):24:11: error: [production] `region` `us-east` is not an AWS region; use a region code such as `us-east-1`"),
        Case("invalid subnet", replace: "subnet-0f1e2d3c4b5a60002", with: "subnet-2",
             expect: "\(file):26:39: error: [production] `subnet-2` is not a subnet ID"),
        Case("role in another account", replace: "arn:aws:iam::123456789012:role/github-dashboard-production-task", with: "arn:aws:iam::999999999999:role/task",
             expect: "\(file):29:16: error: [production] `taskRoleArn` `arn:aws:iam::999999999999:role/task` is not an IAM role ARN in account 123456789012"),
        Case("target group in another region", replace: "us-east-1:123456789012:targetgroup/ghd-production-web", with: "eu-west-1:123456789012:targetgroup/ghd-production-web",
             expect: "\(file):47:5: error: [production/web] `targetGroupArn` `arn:aws:elasticloadbalancing:eu-west-1:"),
        Case("missing ECS section", replace: "ecs:\n  cluster", with: "ecz:\n  cluster",
             expect: "`platforms` lists ecs but there is no `ecs:` section"),
        Case("missing required ECS key", replace: "  logGroup: /ecs/github-dashboard-production\n", with: "",
             expect: "\(file):23:3: error: [production] `ecs` is missing `logGroup`; add `logGroup:`"),
        Case("invalid namespace", replace: "namespace: github-dashboard", with: "namespace: GitHub_Dashboard",
             expect: "\(file):17:14: error: [production] namespace `GitHub_Dashboard` may hold only lowercase letters, digits and `-`; use a DNS-1123 label"),
        Case("tag value not a label value", replace: "owner: platform-team", with: "owner: Platform Team",
             expect: "\(file):12:10: error: [production] tag `owner` value `Platform Team` may hold only letters, digits, `-`, `_` and `.`, so it cannot be a Kubernetes label"),
        Case("unclosed bracket", replace: "platforms: [kubernetes, ecs]", with: "platforms: [kubernetes, ecs",
             expect: "\(file):8:5: error: [production] invalid YAML"),
        Case("tab indentation", replace: "  namespace: github-dashboard", with: "\tnamespace: github-dashboard",
             expect: "\(file):17:1: error: [production] invalid YAML"),
        Case("duplicate key", replace: "    cpu: 512\n", with: "    cpu: 512\n    cpu: 1024\n",
             expect: "\(file):49:5: error: [production] key `cpu` appears more than once in the same mapping"),
        Case("two documents", replace: "services:\n", with: "---\nservices:\n",
             expect: "\(file):37:1: error: [production] invalid YAML: expected a single document in the stream"),
        Case("a list instead of a mapping", contents: { _ in Data("- platforms\n- tags\n".utf8) },
             expect: "\(file):1:1: error: [production] `environment file` must be a mapping of keys to values, not a list"),
        Case("empty file", contents: { _ in Data() }, expect: "\(file):1:1: error: [production] the environment file is empty"),
        Case("byte-order mark", contents: { Data([0xEF, 0xBB, 0xBF]) + Data($0.utf8) },
             expect: "\(file):1:1: error: [production] the file starts with a byte-order mark; save it as UTF-8 without a BOM"),
        Case("binary data", contents: { _ in Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]) },
             expect: "\(file):1:7: error: [production] the file contains a NUL byte (binary data)"),
        Case("invalid UTF-8", contents: { Data($0.utf8) + Data([0xC3, 0x28]) },
             expect: "\(file):63:1: error: [production] the file is not valid UTF-8 (byte 0xC3 here)"),
        Case("huge file", contents: { $0.data(using: .utf8)! + Data(repeating: 0x23, count: 2 << 20) },
             expect: "bytes, more than the 1048576-byte limit"),
        Case("very deep nesting", contents: { _ in Data(("platforms: " + String(repeating: "[", count: 100_000)).utf8) },
             expect: "\(file):1:"),
        Case("aliases that would expand without bound", contents: { _ in
            var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
            for level in 1..<12 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
            lines.append("platforms: *a11")
            return Data(lines.joined(separator: "\n").utf8)
        }, expect: "\(file):1:1: error: [production] unknown key `a0` in `environment file`"),
    ]

    static let base = TestSupport.fixtures.appendingPathComponent("broken-base.yaml")

    @Test("the base of the corpus is valid, so each case fails for its own mistake alone")
    func baseIsValid() throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent(Self.file))
        try FileManager.default.copyItem(at: Self.base, to: root.appendingPathComponent(Self.file))
        let result = try CommandRunner.run(["validate", "--all", "--strict", "--root", root.path])
        #expect(result.status == 0, "\(result.error)")
    }

    @Test("each broken file exits 1 with its message and leaves Manifests/ untouched", arguments: cases)
    func broken(_ testCase: Case) throws {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifests = TestSupport.tree(at: root.appendingPathComponent("Manifests"))
        let environment = root.appendingPathComponent(Self.file)
        try testCase.edit(try String(contentsOf: Self.base, encoding: .utf8)).write(to: environment)
        for command in ["synth", "validate"] {
            let result = try CommandRunner.run([command, "--all", "--root", root.path])
            #expect(result.status == 1, "\(command): \(result.error)")
            #expect(result.error.contains(testCase.expected), "\(command): \(result.error)")
            #expect(!result.error.contains("Fatal error") && !result.error.contains("Backtrac"))
        }
        #expect(TestSupport.tree(at: root.appendingPathComponent("Manifests")) == manifests)
    }

    @Test("environment names that could escape the output folder are refused", arguments: ["..", "../etc", "/tmp/x", "Prod"])
    func escapingNames(_ name: String) throws {
        let result = try CommandRunner.run(["synth", name, "--root", TestSupport.repositoryRoot.path])
        #expect(result.status == 64)
        #expect(result.error.contains("cannot name an environment"))
    }
}
