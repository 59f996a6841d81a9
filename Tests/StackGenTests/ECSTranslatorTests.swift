import Testing

@testable import StackGen

@Suite("ECS translators")
struct ECSTranslatorTests {
    let worker = Service(
        "worker", image: "ghcr.io/acme/worker", command: ["/bin/worker"], arguments: ["--queue", "jobs"],
        environment: ["Z": "1", "A": "2"],
        secrets: ["DB": .secretsManager("app", key: "db"), "KEY": .parameter("app", key: "key")],
        healthCheck: .command(["/bin/worker", "health"]), size: .vcpu1_mem2gb, interruptible: true,
        sidecars: [.sidecar("proxy", image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 250), memory: .mebibytes(256)))])

    func settings(_ service: ResolvedService) throws -> ECSSettings { try #require(service.environment.ecs) }

    @Test("the task definition is the register-task-definition input with a valid Fargate size")
    func taskDefinition() throws {
        let service = try TestSupport.resolved(worker, settings: "tag: \"2.0\"\nreplicas: 1\narchitecture: arm64")
        let document = try #require(TaskDefinitionTranslator.translate(service, settings: settings(service)))
        let task = document.value
        #expect(document.fileName == "task-definition.json")
        #expect(task["family"] == "demo-test-worker")
        #expect(task["cpu"] == "1024")
        #expect(task["memory"] == "2048")
        #expect(task["networkMode"] == "awsvpc")
        #expect(task["requiresCompatibilities"] == ["FARGATE"])
        #expect(task["runtimePlatform", "cpuArchitecture"] == "ARM64")
        #expect(task["tags", "0"] == ["key": "cost-allocation", "value": "demo"])
    }

    @Test("Kubernetes command maps to entryPoint and args to command; sidecars take their share")
    func containers() throws {
        let service = try TestSupport.resolved(worker)
        let task = try #require(TaskDefinitionTranslator.translate(service, settings: settings(service))).value
        let main = try #require(task["containerDefinitions", "0"])
        #expect(main["entryPoint"] == ["/bin/worker"])
        #expect(main["command"] == ["--queue", "jobs"])
        #expect(main["essential"] == true)
        #expect(main["cpu"] == 768)
        #expect(main["memoryReservation"] == 1792)
        #expect(main["environment", "0"] == ["name": "A", "value": "2"])
        #expect(main["secrets"] == [
            ["name": "DB", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:app:db::"],
            ["name": "KEY", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/app/key"],
        ])
        #expect(main["healthCheck", "command"] == ["CMD", "/bin/worker", "health"])
        #expect(main["logConfiguration", "options", "awslogs-stream-prefix"] == "worker")
        #expect(main["readonlyRootFilesystem"] == true)
        let proxy = try #require(task["containerDefinitions", "1"])
        #expect(proxy["essential"] == false)
        #expect(proxy["image"] == "envoyproxy/envoy:v1.30.1")
        #expect(proxy["memory"] == 256)
    }

    @Test("containers fit the task: a 1-vCPU task with two 70m sidecars gives the main container 880 units, not 881")
    func containersFitTheTask() throws {
        var service = worker
        service.sidecars = ["proxy", "agent"].map {
            .sidecar($0, image: "envoyproxy/envoy:v1.30.1", resources: Resources(cpu: .cpu(millicores: 70), memory: .mebibytes(64)))
        }
        let resolved = try TestSupport.resolved(service)
        let task = try #require(TaskDefinitionTranslator.translate(resolved, settings: settings(resolved))).value
        let units = (0..<3).map { task["containerDefinitions", "\($0)", "cpu"] }
        #expect(units == [880, 72, 72])
        #expect(task["cpu"] == "1024")
        // The pod on Kubernetes requests exactly its size: 860m + 70m + 70m.
        let millicores = resolved.service.containers.map { resolved.resources(of: $0).cpu.millicores }
        #expect(millicores == [860, 70, 70])
    }

    @Test("Spot capacity becomes a FARGATE_SPOT strategy; tags propagate from the task definition")
    func spotService() throws {
        let service = try TestSupport.resolved(worker, settings: "tag: \"2.0\"\nreplicas: 2\ncapacity: spot")
        let document = try #require(ECSServiceTranslator.translate(service, settings: settings(service))).value
        #expect(document["capacityProviderStrategy"] == [["capacityProvider": "FARGATE_SPOT", "weight": 1]])
        #expect(document["launchType"] == nil)
        #expect(document["desiredCount"] == 2)
        #expect(document["propagateTags"] == "TASK_DEFINITION")
        #expect(document["deploymentConfiguration", "deploymentCircuitBreaker"] == ["enable": true, "rollback": true])
        #expect(document["networkConfiguration", "awsvpcConfiguration", "assignPublicIp"] == "DISABLED")
        #expect(ECSScalableTargetTranslator.translate(service, settings: try settings(service)) == nil)
        #expect(ECSScalingPolicyTranslator.documents(service, settings: try settings(service)).isEmpty)
    }

    @Test("an autoscaled service gets a scalable target and one target-tracking policy per metric")
    func scaling() throws {
        var service = worker
        service.scaling = .utilization(cpu: 65, memory: 80)
        let resolved = try TestSupport.resolved(service, settings: "tag: \"2.0\"\nreplicas: {min: 2, max: 8}")
        let target = try #require(ECSScalableTargetTranslator.translate(resolved, settings: settings(resolved)))
        #expect(target.fileName == "scalable-target.json")
        #expect(target.value["ResourceId"] == "service/demo/demo-test-worker")
        #expect(target.value["MinCapacity"] == 2)
        #expect(target.value["MaxCapacity"] == 8)
        let policies = ECSScalingPolicyTranslator.documents(resolved, settings: try settings(resolved))
        #expect(policies.map(\.fileName) == ["scaling-policy-cpu.json", "scaling-policy-memory.json"])
        let policy = policies.last?.value["TargetTrackingScalingPolicyConfiguration"]
        #expect(policy?["TargetValue"] == .double(80))
        #expect(policy?["PredefinedMetricSpecification", "PredefinedMetricType"] == "ECSServiceAverageMemoryUtilization")
    }

    @Test("a target group registers the exposed port with the load balancer")
    func loadBalancer() throws {
        let api = Service("api", image: "ghcr.io/acme/api", ports: [.http(3001)], exposure: .http())
        let arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/0123456789abcdef"
        let service = try TestSupport.resolved(api, settings: "tag: \"1\"\nreplicas: 1\ntargetGroupArn: \(arn)")
        let document = try #require(ECSServiceTranslator.translate(service, settings: settings(service))).value
        #expect(document["loadBalancers"] == [["targetGroupArn": .string(arn), "containerName": "api", "containerPort": 3001]])
        #expect(document["healthCheckGracePeriodSeconds"] == 30)
    }
}
