import Testing

@testable import StackGen
@testable import StackGenCost

/// Init steps: rendered as Kubernetes init containers and ECS non-essential containers the others wait for, sharing
/// the containers' security, secrets and scratch volumes, and refused with a clear message when they cannot run.
@Suite("Init steps")
struct InitStepTests {
    static let migrate = InitStep(
        "migrate", image: .repository("ghcr.io/acme/api"), command: ["/app/migrate"], arguments: ["up"],
        environment: ["LOG_LEVEL": "debug"], secrets: ["MIGRATOR_URL": .secretsManager("api-migrator", key: "url")],
        resources: Resources(cpu: .cpu(millicores: 100), memory: .mebibytes(128)))
    static let warm = InitStep(
        "warm-cache", image: .pinned("ghcr.io/acme/warmer:2.1.0"), writablePaths: ["/tmp", "/var/cache/warm"])

    static let service = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(8080)],
        healthCheck: .http("/health", containerCommand: ["/app/check"]), size: .vcpu1_mem2gb, exposure: .http(),
        route: .internalOnly,
        sidecars: [
            .sidecar("proxy", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 250), memory: .mebibytes(256)))
        ],
        initSteps: [migrate, warm], security: .restricted(runAsUser: 10001))

    @Test("Kubernetes: init containers in order, with the containers' security, their own resources (the size when none), variables, secrets and scratch volumes, and no ports, probes or lifecycle")
    func kubernetes() throws {
        let resolved = try TestSupport.resolved(Self.service, settings: "tag: \"3.1\"\nreplicas: 1")
        let pod = PodTemplateTranslator.translate(resolved)
        let steps = try #require(pod["spec", "initContainers"])
        #expect(steps["0", "name"] == "migrate")
        #expect(steps["1", "name"] == "warm-cache")
        #expect(steps["2"] == nil)
        #expect(steps["0", "image"] == "ghcr.io/acme/api:3.1")
        #expect(steps["1", "image"] == "ghcr.io/acme/warmer:2.1.0")
        #expect(steps["0", "command"] == ["/app/migrate"])
        #expect(steps["0", "args"] == ["up"])
        #expect(steps["0", "env"] == [
            ["name": "LOG_LEVEL", "value": "debug"],
            ["name": "MIGRATOR_URL", "valueFrom": ["secretKeyRef": ["name": "api-migrator", "key": "url"]]],
        ])
        #expect(steps["0", "resources", "limits"] == ["cpu": "100m", "memory": "128Mi"])
        #expect(steps["0", "resources", "requests"] == ["cpu": "100m", "memory": "128Mi"])
        #expect(steps["1", "resources", "limits"] == ["cpu": "1", "memory": "2Gi"])
        #expect(steps["0", "securityContext"] == pod["spec", "containers", "0", "securityContext"])
        #expect(steps["1", "volumeMounts"] == [
            ["name": "warm-cache-tmp", "mountPath": "/tmp"],
            ["name": "warm-cache-var-cache-warm", "mountPath": "/var/cache/warm"],
        ])
        #expect(pod["spec", "containers", "0", "readinessProbe"] != nil, "the main container has probes")
        for index in ["0", "1"] {
            for field in ["lifecycle", "ports", "readinessProbe", "livenessProbe", "startupProbe", "envFrom"] {
                #expect(steps[index, field] == nil, "init container \(index) has \(field)")
            }
        }
        let volumes = try #require(pod["spec", "volumes"])
        #expect(volumes["0", "name"] == "migrate-tmp")
        #expect(volumes["2", "name"] == "warm-cache-var-cache-warm")
    }

    @Test("ECS: non-essential containers without reservations, each after the earlier steps, and every container after all of them")
    func ecs() throws {
        let resolved = try TestSupport.resolved(Self.service, settings: "tag: \"3.1\"\nreplicas: 1")
        let settings = try #require(resolved.environment.ecs)
        let task = try #require(TaskDefinitionTranslator.translate(resolved, settings: settings)).value
        let definitions = try #require(task["containerDefinitions"])
        #expect((0..<4).map { definitions["\($0)", "name"] } == ["migrate", "warm-cache", "api", "proxy"])
        let migrate = try #require(definitions["0"])
        #expect(migrate["essential"] == false)
        #expect(migrate["image"] == "ghcr.io/acme/api:3.1")
        #expect(migrate["entryPoint"] == ["/app/migrate"])
        #expect(migrate["command"] == ["up"])
        #expect(migrate["secrets"] == [
            ["name": "MIGRATOR_URL", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api-migrator:url::"]
        ])
        #expect(migrate["user"] == "10001:10001")
        #expect(migrate["readonlyRootFilesystem"] == true)
        #expect(migrate["logConfiguration"] == definitions["2", "logConfiguration"])
        for field in ["cpu", "memory", "memoryReservation", "healthCheck", "dockerLabels"] {
            #expect(migrate[field] == nil, "the init step has \(field)")
        }
        #expect(migrate["dependsOn"] == nil)
        let afterMigrate: Value = [["containerName": "migrate", "condition": "SUCCESS"]]
        #expect(definitions["1", "dependsOn"] == afterMigrate)
        let afterBoth: Value = [
            ["containerName": "migrate", "condition": "SUCCESS"], ["containerName": "warm-cache", "condition": "SUCCESS"],
        ]
        #expect(definitions["2", "dependsOn"] == afterBoth)
        #expect(definitions["3", "dependsOn"] == afterBoth)
        // The containers still take exactly the task: the steps reserve nothing.
        #expect(definitions["2", "cpu"] == 768)
        #expect(definitions["3", "cpu"] == 256)
        #expect(definitions["2", "memoryReservation"] == 1792)
        #expect(task["cpu"] == "1024")
    }

    @Test("a step's secrets reach the ExternalSecret and the execution role's policy")
    func secrets() throws {
        let resolved = try TestSupport.resolved(Self.service)
        let groups = SecretGroups.bySecretName([resolved])
        #expect(groups.map(\.0) == ["api-migrator"])
        let settings = try #require(resolved.environment.ecs)
        #expect(IAMPolicyTranslator.readsSecrets(resolved))
        let policy = try #require(IAMPolicyTranslator.translate(resolved, settings: settings)).value
        #expect(policy["Statement", "0", "Resource"] == ["arn:aws:secretsmanager:us-east-1:123456789012:secret:api-migrator-??????"])
    }

    @Test("a pod reserves the containers' sum or, if larger, the largest step")
    func podRequest() throws {
        let resolved = try TestSupport.resolved(Self.service)
        let pod = KubernetesCostEstimator.pod(resolved)
        #expect(pod.cpuMillicores == 1000)
        #expect(pod.memoryMiB == 2048)
        // Validation refuses a step above the size; the estimate still follows Kubernetes' rule if one gets through.
        var large = Self.service
        large.initSteps[0].resources = Resources(cpu: .cpu(millicores: 1500), memory: .mebibytes(1024))
        let oversized = KubernetesCostEstimator.pod(try TestSupport.resolved(large))
        #expect(oversized.cpuMillicores == 1500)
        #expect(oversized.memoryMiB == 2048)
    }

    @Test("README's example renders on both platforms without a finding")
    func readmeExample() throws {
        let service = Service(
            "api", image: "ghcr.io/acme/api", ports: [.http(3001)],
            initSteps: [
                InitStep(
                    "wait-for-database", image: .repository("ghcr.io/acme/api"), command: ["/app/wait-for-database"],
                    secrets: ["DATABASE_URL": .secretsManager("api", key: "database-url")],
                    resources: Resources(cpu: .cpu(millicores: 250), memory: .mebibytes(256)))
            ],
            security: .restricted(runAsUser: 10001))
        let environment = try TestSupport.environment(
            TestSupport.environmentYAML(
                kubernetes: "  externalSecrets: {secretsManager: {kind: ClusterSecretStore, name: aws-secrets-manager}}",
                services: "  api:\n    tag: \"1.0.0\"\n    replicas: 1"))
        let (output, diagnostics) = Synthesizer(app: App(stacks: [Stack("demo") { _ in service }])).render(environment)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        #expect(output != nil)
    }

    typealias Case = StackMistakeTests.Case

    static func with(_ change: (inout Service) -> Void) -> Service {
        StackMistakeTests.with {
            $0.initSteps = [InitStep("migrate", image: .repository("ghcr.io/acme/api"))]
            change(&$0)
        }
    }

    static let mistakes: [Case] = [
        Case(name: "two steps with one name", service: with { $0.initSteps.append($0.initSteps[0]) },
             expected: "two containers or init steps are named `migrate`"),
        Case(name: "a step named like the service", service: with { $0.initSteps[0].name = "api" },
             expected: "two containers or init steps are named `api`"),
        Case(name: "a step named like a sidecar", service: with {
            $0.sidecars = [.sidecar("migrate", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 10), memory: .mebibytes(16)))]
        }, expected: "two containers or init steps are named `migrate`"),
        Case(name: "a step name that is not a label", service: with { $0.initSteps[0].name = "Run_Migrations" },
             expected: "init step name `Run_Migrations` may hold only lowercase letters, digits and `-`"),
        Case(name: "a step without an image", service: with { $0.initSteps[0].image = .repository("") },
             expected: "image repository `` of `migrate` is not valid"),
        Case(name: "an unpinned step image", service: with { $0.initSteps[0].image = .pinned("busybox") },
             expected: "image `busybox` of init step `migrate` is not a pinned reference"),
        Case(name: "a step on latest in production", service: with { $0.initSteps[0].image = .pinned("busybox:latest") },
             production: true, expected: "init step `migrate` runs `latest` in production"),
        Case(name: "a step larger than the size", service: with {
            $0.initSteps[0].resources = Resources(cpu: .cpu(millicores: 500), memory: .mebibytes(256))
        }, expected: "init step `migrate` asks for 500m CPU and 256 MiB, more than the vcpu0_25_mem0_5gb size (250m CPU and 512 MiB) of the pod or task it runs in"),
        Case(name: "a step with no memory", service: with {
            $0.initSteps[0].resources = Resources(cpu: .cpu(millicores: 100), memory: .mebibytes(0))
        }, expected: "init step `migrate` asks for 100m CPU and 0 MiB; give it a positive CPU and memory"),
        Case(name: "a credential in a step's variables", service: with { $0.initSteps[0].environment["DB_PASSWORD"] = "x" },
             expected: "plain environment variable `DB_PASSWORD` in init step `migrate` is named like a credential"),
        Case(name: "a step's variable name", service: with { $0.initSteps[0].environment["1FLAG"] = "x" },
             expected: "environment variable name `1FLAG` in init step `migrate` is not valid"),
        Case(name: "a step's relative writable path", service: with { $0.initSteps[0].writablePaths = ["data"] },
             expected: "writable path `data` in init step `migrate` is not absolute"),
        Case(name: "more containers than an ECS task definition holds", service: with {
            $0.initSteps = (1...10).map { InitStep("step-\($0)", image: .repository("ghcr.io/acme/api")) }
        }, expected: "on ECS the 10 init steps and 1 container make 11 container definitions, more than the 10"),
        Case(name: "a step's secret key", service: with {
            $0.initSteps[0].secrets["DB"] = .secretsManager("db", key: "url:primary")
        }, expected: "the secret for `DB` has key `url:primary`, which is not a valid Secret key"),
    ]

    @Test("each mistake in a step yields its message, located at the declaration", arguments: mistakes)
    func mistake(_ testCase: Case) throws {
        try StackMistakeTests.expectMistake(testCase)
    }
}
