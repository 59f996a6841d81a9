import Foundation
import StackGenTesting
import Testing

@testable import StackGen
@testable import StackGenCost

/// Strings that YAML readers would take for something else, pushed through the public API (environment
/// variables, pod annotations, cost-allocation tags in an environment file) and rendered. The rendered tree is
/// the golden tree `Tests/Golden/hostile-strings`; `scripts/conformance` reads it back with PyYAML (YAML 1.1),
/// ruamel.yaml (YAML 1.2) and go-yaml v2 (kubectl's decoder) and checks each string comes back exactly.
@Suite("Hostile strings")
struct HostileStringTests {
    static let corpus: [String] = {
        let url = TestSupport.fixtures.appendingPathComponent("hostile-strings.json")
        return try! JSONDecoder().decode([String].self, from: Data(contentsOf: url))
    }()

    /// Tags travel through an environment file, and Yams turns scalars into Swift strings through Foundation,
    /// which drops a leading U+FEFF: an environment file cannot carry a value that starts with a byte-order mark.
    static var tagSafe: [String] { corpus.filter { !$0.hasPrefix("\u{FEFF}") } }

    /// Cost-allocation tags must also be Kubernetes label values, so only label-safe hostile values go there.
    static var labelSafe: [String] { corpus.filter { Naming.labelValueProblem($0) == nil && !$0.isEmpty } }

    static func key(_ index: Int) -> String { String(format: "%03d", index) }

    static let app = App(stacks: [
        Stack("corpus") { _ in
            Service(
                "strings", image: "registry.example.com/corpus/strings",
                environment: Dictionary(uniqueKeysWithValues: corpus.enumerated().map { ("S\(key($0.offset))", $0.element) }),
                security: .restricted(runAsUser: 10001),
                annotations: Dictionary(uniqueKeysWithValues: corpus.enumerated().map {
                    ("corpus.example.com/s\(key($0.offset))", $0.element)
                }),
                notSecrets: [])
        }
    ])

    /// An environment file, itself written by stackgen's YAML renderer, carrying `tags`.
    static func environmentFile(platforms: [String], tags: [String: String]) -> String {
        var document: [String: Value] = [
            "platforms": .strings(platforms),
            "tags": .stringMap(tags.merging(["cost-allocation": "corpus", "environment": "corpus", "project": "corpus", "owner": "corpus"]) { a, _ in a }),
            "services": ["strings": ["tag": "1.0.0", "replicas": 1]],
        ]
        if platforms.contains("kubernetes") { document["kubernetes"] = ["namespace": "corpus"] }
        if platforms.contains("ecs") {
            document["ecs"] = [
                "cluster": "corpus", "region": "us-east-1", "account": "123456789012", "subnets": ["subnet-0123abcd"],
                "securityGroups": ["sg-0123abcd"], "executionRoleArn": "arn:aws:iam::123456789012:role/execution",
                "logGroup": "/ecs/corpus",
            ]
        }
        return YAMLRenderer.render(.object(document))
    }

    @Test("the corpus renders exactly the golden tree, and every string survives stackgen's own reader")
    func corpusTree() throws {
        let root = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let environments = root.appendingPathComponent("Environments")
        try FileManager.default.createDirectory(at: environments, withIntermediateDirectories: true)
        let kubernetesTags = Dictionary(uniqueKeysWithValues: Self.labelSafe.enumerated().map { ("t\(Self.key($0.offset))", $0.element) })
        let ecsTags = Dictionary(uniqueKeysWithValues: Self.tagSafe.enumerated().map { ("t\(Self.key($0.offset))", $0.element) })
        try Self.environmentFile(platforms: ["kubernetes"], tags: kubernetesTags)
            .write(to: environments.appendingPathComponent("kubernetes.yaml"), atomically: true, encoding: .utf8)
        try Self.environmentFile(platforms: ["ecs"], tags: ecsTags)
            .write(to: environments.appendingPathComponent("ecs.yaml"), atomically: true, encoding: .utf8)

        let workspace = Workspace(root: root, output: root.appendingPathComponent("out"), extensions: .cost)
        let loaded = try workspace.loadEnvironment("ecs").tags
        for (key, value) in ecsTags.sorted(by: { $0.key < $1.key }) {
            #expect(loaded[key] == value, "tag \(key) \(value.debugDescription) read back as \(String(describing: loaded[key]?.debugDescription))")
        }
        #expect(try workspace.loadEnvironment("kubernetes").tags.filter { $0.key.hasPrefix("t") } == kubernetesTags)

        // AWS refuses most of these strings as tag values (and more than 50 tags): the rules say so, each at its
        // value. The golden tree still carries them all, rendered without the tag rules, so that every reader is
        // shown every string in ECS JSON too.
        let run = SynthRun(app: Self.app, workspace: workspace)
        let (_, refused) = run.render(["ecs"])
        let awsSafe = ecsTags.filter { TagRules.awsValueProblem($0.value) == nil }
        let valueErrors = refused.filter { $0.message.contains("so AWS refuses it as a tag") }
        #expect(valueErrors.count == ecsTags.count - awsSafe.count, "\(refused)")
        #expect(valueErrors.allSatisfy { $0.location?.line != nil })
        #expect(refused.contains { $0.message.contains("tags per ECS resource, more than AWS's limit of 50") })
        let (kubernetes, diagnostics) = run.render(["kubernetes"])
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let ecs = try #require(Synthesizer(app: Self.app).render(workspace.loadEnvironment("ecs"), environmentRules: []).output)
        try ManifestWriter.write(run.plan([ecs] + kubernetes), workspace: run.workspace)
        try assertMatchesGoldenTree(
            rendered: workspace.output, golden: TestSupport.repositoryRoot.appendingPathComponent("Tests/Golden/hostile-strings"))
        #expect(Self.corpus.count >= 90)
        #expect(Self.labelSafe.count >= 25)
    }
}
