import Foundation
import StackGenTesting
import Testing

@testable import StackGen
@testable import StackGenCost

/// Secrets synced into Kubernetes and granted on ECS, a role and ServiceAccount per service, and typed
/// configuration in a content-hashed ConfigMap.
@Suite("Secrets, identity and configuration")
struct SecretsIdentityConfigurationTests {
    /// An environment file rendering both platforms, with External Secrets stores, and `services` under `services:`.
    static func yaml(services: String, kubernetesExtra: String = "", ecsExtra: String = "", platforms: String = "[kubernetes, ecs]") -> String {
        """
        platforms: \(platforms)
        tags: {cost-allocation: demo, environment: test, project: demo, owner: team}
        kubernetes:
          namespace: demo
          externalSecrets:
            secretsManager: {kind: ClusterSecretStore, name: aws-secrets-manager}
            parameterStore: {kind: SecretStore, name: parameters}
        \(kubernetesExtra)
        ecs:
          cluster: demo
          region: us-east-1
          account: "123456789012"
          subnets: [subnet-0123abcd]
          securityGroups: [sg-0123abcd]
          executionRoleArn: arn:aws:iam::123456789012:role/execution
          logGroup: /ecs/demo
        \(ecsExtra)
        services:
        \(services)
        """
    }

    static func render(_ services: [Service], settings: [String: String] = [:], ecsExtra: String = "", name: String = "test")
        throws -> (output: RenderedEnvironment?, diagnostics: [Diagnostic])
    {
        let entries = services.map { service in
            let lines = (settings[service.name] ?? "").split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
            return "  \(service.name):\n    tag: \"1.0.0\"\n    replicas: 1\n\(lines)"
        }.joined(separator: "\n")
        let environment = try TestSupport.environment(yaml(services: entries, ecsExtra: ecsExtra), name: name)
        return Synthesizer(app: App(stacks: [Stack("demo") { _ in services }])).render(environment)
    }

    /// A service running as a numeric user (as ECS requires), with the parts these tests vary.
    static func service(
        _ name: String, environment: [String: String] = [:], secrets: [String: SecretReference] = [:],
        needsKubernetesAPI: Bool = false, configuration: [String: ConfigValue] = [:], needsAWSRole: Bool = false,
        filePath: String = #filePath, line: Int = #line
    ) -> Service {
        Service(
            name, image: "ghcr.io/acme/\(name)", environment: environment, secrets: secrets,
            // No scratch volume: these tests count findings, and the Fargate scratch-path warning is not theirs.
            security: .restricted(runAsUser: 10001), writablePaths: [], needsKubernetesAPI: needsKubernetesAPI,
            configuration: configuration, needsAWSRole: needsAWSRole, filePath: filePath, line: line)
    }

    // MARK: SHA-256

    @Test("SHA-256 matches the FIPS 180-4 test vectors, across block boundaries")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1000))
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    // MARK: secrets

    static let reader = service(
        "api",
        secrets: [
            "DATABASE_URL": .secretsManager("app/test", key: "database-url"),
            "STRIPE_KEY": .parameter("/payments/test", key: "stripe-key"),
        ])

    @Test("an SSM name with a leading `/` renders `parameter/payments/…`, never `parameter//…`, on every output")
    func parameterLeadingSlash() throws {
        let output = try #require(try Self.render([Self.reader]).output)
        let everything = output.files.values.joined()
        #expect(!everything.contains("parameter//"))
        #expect(output.files["ecs/api/task-definition.json"]?.contains(
            "\"valueFrom\": \"arn:aws:ssm:us-east-1:123456789012:parameter/payments/test/stripe-key\"") == true)
        #expect(output.files["ecs/api/iam-policy.json"]?.contains(
            "\"arn:aws:ssm:us-east-1:123456789012:parameter/payments/test/stripe-key\"") == true)
        #expect(output.files["kubernetes/externalsecrets/payments-test.yaml"]?.contains("key: /payments/test/stripe-key") == true)
        let plain = SecretReference.parameter("app", key: "k")
        #expect(plain.parameterName == "/app/k")
        #expect(SecretARN.arn(for: plain, in: try #require(try TestSupport.environment(Self.yaml(services: "  {}")).ecs))
            == "arn:aws:ssm:us-east-1:123456789012:parameter/app/k")
    }

    @Test("an SSM name with an empty level is an error")
    func parameterEmptyLevel() throws {
        let service = Self.service("api", secrets: ["KEY": .parameter("/app//test", key: "k")])
        let messages = try Self.render([service]).diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("names the SSM parameter `/app//test/k`, which has an empty level") })
    }

    @Test("the execution role's policy grants exactly the reads and decryption the task's secrets need")
    func iamPolicy() throws {
        let output = try #require(try Self.render([Self.reader, Self.service("web")]).output)
        #expect(output.files["ecs/web/iam-policy.json"] == nil, "no secrets, no policy")
        let text = try #require(output.files["ecs/api/iam-policy.json"])
        let policy = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(policy["Version"] as? String == "2012-10-17")
        let statements = try #require(policy["Statement"] as? [[String: Any]])
        let actions = statements.flatMap { $0["Action"] as? [String] ?? [] }
        #expect(actions.sorted() == ["kms:Decrypt", "kms:Decrypt", "secretsmanager:GetSecretValue", "ssm:GetParameters"])
        let read = try #require(statements.first { $0["Sid"] as? String == "ReadSecrets" })
        #expect(read["Resource"] as? [String] == ["arn:aws:secretsmanager:us-east-1:123456789012:secret:app/test-??????"])
        let decrypt = try #require(statements.first { $0["Sid"] as? String == "DecryptParameters" })
        #expect(member(decrypt, "Condition", "StringEquals", "kms:ViaService") as? String == "ssm.us-east-1.amazonaws.com")
        #expect(member(decrypt, "Condition", "StringLike", "kms:EncryptionContext:PARAMETER_ARN") as? [String]
            == ["arn:aws:ssm:us-east-1:123456789012:parameter/payments/test/stripe-key"])
        #expect(statements.allSatisfy { $0["Effect"] as? String == "Allow" && !"\($0["Resource"] ?? "")".contains("\"*\"") })
    }

    @Test("a Secret read by two services gets one ExternalSecret with the keys of both, from the configured store")
    func oneExternalSecretPerSecret() throws {
        let worker = Self.service("worker", secrets: [
            "DATABASE_URL": .secretsManager("app/test", key: "database-url"),
            "REDIS_URL": .secretsManager("app/test", key: "redis-url"),
        ])
        let (output, diagnostics) = try Self.render([Self.reader, worker])
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let files = try #require(output).files
        #expect(files.keys.filter { $0.hasPrefix("kubernetes/externalsecrets/") }.sorted()
            == ["kubernetes/externalsecrets/app-test.yaml", "kubernetes/externalsecrets/payments-test.yaml"])
        let keys = files["kubernetes/externalsecrets/app-test.yaml"]?.components(separatedBy: "\n").filter { $0.contains("secretKey:") }
        #expect(keys == ["    secretKey: database-url", "    secretKey: redis-url"])
    }

    @Test("the Secrets Manager and Parameter Store references of one Secret name are an error, not a mixed ExternalSecret")
    func mixedStores() throws {
        let mixed = Self.service("api", secrets: [
            "DATABASE_URL": .secretsManager("app/test", key: "database-url"), "KEY": .parameter("/app/test", key: "key"),
        ])
        let messages = try Self.render([mixed]).diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("the Kubernetes Secret `app-test` would take keys from both Secrets Manager and Parameter Store") })
    }

    @Test("separate Secret names render one ExternalSecret each, with the store kind and refresh interval of the environment")
    func externalSecretShape() throws {
        let service = Self.service("api", secrets: [
            "DATABASE_URL": .secretsManager("app/test", key: "database-url"),
            "STRIPE_KEY": .parameter("/payments/test", key: "stripe-key"),
        ])
        let (output, diagnostics) = try Self.render([service])
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let files = try #require(output).files
        let manager = try #require(files["kubernetes/externalsecrets/app-test.yaml"])
        #expect(manager.contains("apiVersion: external-secrets.io/v1\nkind: ExternalSecret"))
        #expect(manager.contains("  secretStoreRef:\n    kind: ClusterSecretStore\n    name: aws-secrets-manager"))
        #expect(manager.contains("  - remoteRef:\n      key: app/test\n      property: database-url\n    secretKey: database-url"))
        #expect(manager.contains("  refreshInterval: \"1h\""))
        #expect(manager.contains("  target:\n    name: app-test\n    creationPolicy: Owner"))
        let parameters = try #require(files["kubernetes/externalsecrets/payments-test.yaml"])
        #expect(parameters.contains("    kind: SecretStore\n    name: parameters"))
        #expect(files["kubernetes/api/deployment.yaml"]?.contains("secretKeyRef:\n              name: payments-test\n              key: stripe-key") == true)
    }

    @Test("a Kubernetes environment whose services read secrets but names no store for them is an error with the fix")
    func missingStore() throws {
        let environment = try TestSupport.environment(TestSupport.environmentYAML(services: "  api:\n    tag: \"1\"\n    replicas: 1"))
        let service = Self.service("api", secrets: ["KEY": .parameter("app", key: "k")])
        let messages = Synthesizer(app: App(stacks: [Stack("demo") { _ in service }])).render(environment).diagnostics.map(\.description)
        #expect(messages.contains(
            "Environments/test.yaml:9:3: error: [test] services read Parameter Store secrets, but no External Secrets store is named for them, so nothing would create their Kubernetes Secrets; add `externalSecrets: {parameterStore: {kind: ClusterSecretStore, name: aws-parameter-store}}` under `kubernetes:`"))
    }

    @Test("store settings are checked: kind, name and refresh interval")
    func storeSettings() {
        let messages = TestSupport.loadDiagnostics(Self.yaml(services: "  {}").replacingOccurrences(
            of: "secretsManager: {kind: ClusterSecretStore, name: aws-secrets-manager}",
            with: "secretsManager: {kind: ClusterStore, name: aws-secrets-manager}\n    refreshInterval: soon")).map(\.description)
        #expect(messages.contains { $0.contains("`externalSecrets.secretsManager.kind` cannot be `ClusterStore`") }, "\(messages)")
        #expect(messages.contains { $0.contains("`refreshInterval` `soon` is not a duration; use a Go duration such as `1h`") })
        #expect(ExternalSecretSettingsDecoder.isDuration("1h30m") && !ExternalSecretSettingsDecoder.isDuration("h") && !ExternalSecretSettingsDecoder.isDuration("30"))
    }

    // MARK: secrets per environment

    /// A workspace with `staging` and `production` files (the given account for staging) and the app `services`.
    static func twoEnvironments(stagingAccount: String = "123456789012") throws -> URL {
        let root = TestSupport.temporaryDirectory()
        let environments = root.appendingPathComponent("Environments")
        try FileManager.default.createDirectory(at: environments, withIntermediateDirectories: true)
        try yaml(services: "  api:\n    tag: \"1.0.0\"\n    replicas: 1").write(
            to: environments.appendingPathComponent("production.yaml"), atomically: true, encoding: .utf8)
        try yaml(services: "  api:\n    tag: \"1.0.0\"\n    replicas: 1", platforms: "[ecs]")
            .replacingOccurrences(of: "123456789012", with: stagingAccount)
            .write(to: environments.appendingPathComponent("staging.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static func sharingFindings(_ reference: @escaping @Sendable (Environment) -> SecretReference, stagingAccount: String = "123456789012", render: [String] = ["staging"]) throws -> [String] {
        let root = try twoEnvironments(stagingAccount: stagingAccount)
        defer { try? FileManager.default.removeItem(at: root) }
        let app = App(stacks: [Stack("demo") { environment in
            Self.service("api", secrets: ["DATABASE_URL": reference(environment)])
        }])
        let run = SynthRun(app: app, workspace: Workspace(root: root, output: root.appendingPathComponent("Manifests"), extensions: .cost))
        return run.render(render).diagnostics.map(\.description)
    }

    @Test("staging reading production's secret is an error, even when only staging is rendered")
    func sharedSecretIsAnError() throws {
        let messages = try Self.sharingFindings({ _ in .secretsManager("app", key: "database-url") })
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains(
            "error: [staging/api] the secret `app` (arn:aws:secretsmanager:us-east-1:123456789012:secret:app) is also read by environment `production` (Environments/production.yaml); secrets are per environment; name the secret after the environment (for example `app-staging`), or mark the reference `.sharedAcrossEnvironments()` if sharing is intended") == true)
        #expect(messages.first?.contains("SecretsIdentityConfigurationTests.swift:") == true, "located at the service's declaration")
        let both = try Self.sharingFindings({ _ in .secretsManager("app", key: "database-url") }, render: ["production", "staging"])
        #expect(both.count == 1, "reported once for a pair: \(both)")
    }

    @Test("per-environment names, a reference marked shared, or separate accounts are fine")
    func sharingAllowed() throws {
        #expect(try Self.sharingFindings({ .secretsManager("app/\($0.name)", key: "database-url") }).isEmpty)
        #expect(try Self.sharingFindings({ _ in .secretsManager("license", key: "key").sharedAcrossEnvironments() }).isEmpty)
        #expect(try Self.sharingFindings({ _ in .secretsManager("app", key: "url") }, stagingAccount: "210987654321").isEmpty)
        #expect(try !Self.sharingFindings({ _ in .parameter("/app", key: "url") }).isEmpty, "SSM parameters too")
    }

    // MARK: identity

    @Test("a role reaches the ServiceAccount (IRSA) and the task definition; without one ECS falls back to the default")
    func roles() throws {
        let api = Self.service("api", needsAWSRole: true)
        let web = Self.service("web", needsKubernetesAPI: true)
        let (output, diagnostics) = try Self.render(
            [api, web], settings: ["api": "roleArn: arn:aws:iam::123456789012:role/api"],
            ecsExtra: "  taskRoleArn: arn:aws:iam::123456789012:role/default")
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        let files = try #require(output).files
        #expect(files["kubernetes/api/serviceaccount.yaml"]?.contains(
            "  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/api") == true)
        #expect(files["kubernetes/api/serviceaccount.yaml"]?.hasSuffix("automountServiceAccountToken: false\n") == true)
        #expect(files["kubernetes/web/serviceaccount.yaml"]?.contains("eks.amazonaws.com") == false)
        #expect(files["kubernetes/web/serviceaccount.yaml"]?.hasSuffix("automountServiceAccountToken: true\n") == true)
        #expect(files["kubernetes/api/deployment.yaml"]?.contains("      serviceAccountName: api\n") == true)
        #expect(files["ecs/api/task-definition.json"]?.contains("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/api\"") == true)
        #expect(files["ecs/web/task-definition.json"]?.contains("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/default\"") == true)
    }

    @Test("a service that needs a role but gets none is an error at its settings in the environment file")
    func missingRole() throws {
        let api = Self.service("api", needsAWSRole: true)
        let messages = try Self.render([api], ecsExtra: "  taskRoleArn: arn:aws:iam::123456789012:role/default")
            .diagnostics.map(\.description)
        #expect(messages == [
            "Environments/test.yaml:20:5: error: [test/api] service `api` needs an AWS role, but Environments/test.yaml gives it none on kubernetes (Kubernetes has no default role); add `roleArn: arn:aws:iam::<account>:role/NAME` under `services.api`",
        ])
        let withoutDefault = try Self.render([api]).diagnostics.map(\.description)
        #expect(withoutDefault.contains { $0.contains("gives it none on ecs and `ecs.taskRoleArn` gives no default") })
    }

    @Test("a role ARN is checked: its shape when read, its account against ECS's")
    func roleChecks() throws {
        let api = Self.service("api", needsAWSRole: true)
        let messages = TestSupport.loadDiagnostics(Self.yaml(services: "  api:\n    tag: \"1\"\n    replicas: 1\n    roleArn: api-role"))
            .map(\.description)
        #expect(messages == ["Environments/test.yaml:22:14: error: [test/api] `roleArn` `api-role` is not an IAM role ARN; use `arn:aws:iam::<12-digit account>:role/NAME`"])
        let other = try Self.render([api], settings: ["api": "roleArn: arn:aws:iam::999999999999:role/api"]).diagnostics
        #expect(other.map(\.description).contains { $0.contains("`roleArn` `arn:aws:iam::999999999999:role/api` is not in the ECS account 123456789012") })
    }

    // MARK: configuration

    static let web = service(
        "web", environment: ["PORT": "8080"],
        configuration: ["GRAPHQL_PATH": "/graphql", "PAGE_SIZE": 50, "SEARCH": false])

    @Test("configuration renders as a ConfigMap named after its content, read with envFrom, and as ECS environment")
    func configMap() throws {
        let files = try #require(try Self.render([Self.web], settings: ["web": "config:\n  PAGE_SIZE: 100"]).output).files
        let expectedHash = String(SHA256.hex(JSONRenderer.render(.stringMap(["GRAPHQL_PATH": "/graphql", "PAGE_SIZE": "100", "SEARCH": "false"]))).prefix(10))
        let configMap = try #require(files["kubernetes/web/configmap.yaml"])
        #expect(configMap.contains("  name: web-config-\(expectedHash)\n"))
        #expect(configMap.contains("data:\n  GRAPHQL_PATH: /graphql\n  PAGE_SIZE: \"100\"\n  SEARCH: \"false\"\nimmutable: true\n"))
        #expect(files["kubernetes/web/deployment.yaml"]?.contains("envFrom:\n        - configMapRef:\n            name: web-config-\(expectedHash)\n") == true)
        #expect(files["kubernetes/kustomization.yaml"]?.contains("- web/configmap.yaml\n") == true)
        let task = try #require(files["ecs/web/task-definition.json"])
        #expect(task.contains("\"name\": \"PAGE_SIZE\",\n          \"value\": \"100\""))
        #expect(task.contains("\"name\": \"PORT\""))
        let unchanged = try #require(try Self.render([Self.web]).output).files
        let defaultName = try #require(unchanged.keys.first { $0 == "kubernetes/web/configmap.yaml" }.flatMap { unchanged[$0] })
        #expect(!defaultName.contains(expectedHash), "another value, another name, so the pods roll")
        #expect(try Self.render([Self.web]).output == Self.render([Self.web]).output, "deterministic")
        #expect(try Self.render([Self.service("api")]).output?.files["kubernetes/api/configmap.yaml"] == nil)
    }

    @Test("overrides must name a declared key and keep its type; configuration must not hold credentials or clash")
    func configurationMistakes() throws {
        let wrongType = try Self.render([Self.web], settings: ["web": "config:\n  PAGE_SIZE: lots\n  SEARCH: maybe"]).diagnostics.map(\.description)
        #expect(wrongType.contains("Environments/test.yaml:23:18: error: [test/web] `config.PAGE_SIZE` is `lots`, but the service declares it as integer (`50`); use a whole number"))
        #expect(wrongType.contains { $0.contains("`config.SEARCH` is `maybe`, but the service declares it as boolean (`false`); use `true` or `false`") })
        let unknown = try Self.render([Self.web], settings: ["web": "config:\n  PAGESIZE: 10"]).diagnostics.map(\.description)
        #expect(unknown.contains { $0.contains("`config.PAGESIZE` overrides a key service `web` does not declare; did you mean `PAGE_SIZE`?") })
        var leaky = Self.web
        leaky.configuration["DB_PASSWORD"] = "hunter2"
        leaky.configuration["PORT"] = 9090
        let leaks = try Self.render([leaky]).diagnostics.map(\.description)
        #expect(leaks.contains { $0.contains("configuration `DB_PASSWORD` is named like a credential (`PASSWORD`)") })
        #expect(leaks.contains { $0.contains("`PORT` is both a configuration key and a variable of container `web`") })
        let overridden = try Self.render([Self.web], settings: ["web": "config:\n  GRAPHQL_PATH: postgres://app:pw@db/app"]).diagnostics
        #expect(overridden.map(\.description).contains { $0.contains("configuration `GRAPHQL_PATH` holds a URL with a password in it") })
    }
}
