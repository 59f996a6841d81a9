import Foundation
import StackGen
@testable import StackGenCost
import DashboardStacks
import StackGenTesting
import Testing

/// One service (or job) behaves the same on EKS and ECS: for every environment that renders both platforms, of any
/// app, each service's and each job's Kubernetes and ECS renderings are read back and compared field by field (image, command,
/// variables including configuration, secret sources, ports, health checks, sizes, scaling bounds and targets,
/// role, tags, routed port, and each init step's image, command, variables, secrets, user, limit and order). A
/// difference fails unless it is one of `PlatformDifference.documented`.
@Suite("Platform parity")
struct ParityTests {
    /// What a service is on one platform, in platform-neutral terms.
    struct View: Equatable {
        var containers: [String: ContainerView] = [:]
        /// `cpu units/MiB` of the whole pod or task.
        var size = ""
        /// `fixed N`, or `min–max` followed by the target-tracking targets.
        var scaling = ""
        var role: String?
        var tags: [String: String] = [:]
        /// The container port the load balancer (ECS) or Service (Kubernetes) sends traffic to.
        var routedPort: Int?
        /// The init steps, in the order they run.
        var initSteps: [InitStepView] = []
        /// Per container, the steps that must have succeeded before it starts (on Kubernetes, all of them).
        var startsAfter: [String: [String]] = [:]
    }

    struct InitStepView: Equatable {
        var name = ""
        var image = ""
        var entryPoint: [String]?
        var arguments: [String]?
        var variables: [String: String] = [:]
        var secrets: [String: String] = [:]
        var user: Int?
        var readOnlyRoot = false
        /// `cpu millicores/MiB` the step is held to, `nil` when only the pod or task size holds it.
        var limit: String?
        /// The steps that must have succeeded before it starts.
        var after: [String] = []
    }

    struct ContainerView: Equatable {
        var image = ""
        var entryPoint: [String]?
        var arguments: [String]?
        var variables: [String: String] = [:]
        /// Variable → `secretsManager NAME#KEY` or `parameterStore /PATH`.
        var secrets: [String: String] = [:]
        var ports: [String] = []
        var health: String?
        var cpuUnits = 0
        var memoryMiB = 0
        var user: Int?
        var readOnlyRoot = false
    }

    /// The differences between the platforms that are intended, each with its reason (also in README.md).
    enum PlatformDifference: CaseIterable {
        /// Kubernetes probes GET the health path; ECS runs the service's `containerCommand`, since stackgen never
        /// assumes `curl` is in the image. The ECS side must run exactly that command (or none, without one).
        case httpHealthCheckRunsACommandOnECS
        /// On ECS a service without a role of its own gets the environment's default `taskRoleArn`; Kubernetes has
        /// no default role, so such a pod gets no AWS identity.
        case defaultTaskRoleOnlyOnECS
        /// ECS registers tasks with a load balancer only when the environment gives a `targetGroupArn`; on
        /// Kubernetes an exposed service always has its ClusterIP Service.
        case loadBalancerOnlyWithTargetGroupOnECS
        /// Kubernetes holds an init step to its resources; ECS reserves nothing for it (a reservation would count
        /// against the task for its whole life), so there the task size alone holds it. Never more than the size.
        case initStepLimitOnlyOnKubernetes
    }

    // MARK: reading the renderings back

    static func kubernetesView(of name: String, in output: RenderedOutput, environment: Environment) -> View? {
        // A service's Deployment, a scheduled job's CronJob, or a pre-rollout Job (named after its version).
        guard let deployment = output.object("Deployment", named: name) ?? output.object("CronJob", named: name)
            ?? output.objects("Job").first(where: { member($0, "metadata", "labels", "app.kubernetes.io/name") as? String == name })
        else { return nil }
        let pod = member(deployment, "spec", "template", "spec") ?? member(deployment, "spec", "jobTemplate", "spec", "template", "spec")
        var view = View()
        var totalCPU = 0
        var totalMemory = 0
        for container in member(pod, "containers") as? [Any] ?? [] {
            var item = ContainerView()
            item.image = member(container, "image") as? String ?? ""
            item.entryPoint = member(container, "command") as? [String]
            item.arguments = member(container, "args") as? [String]
            (item.variables, item.secrets) = kubernetesVariables(of: container, in: output, environment: environment)
            for source in member(container, "envFrom") as? [Any] ?? [] {
                let configMap = output.object("ConfigMap", named: member(source, "configMapRef", "name") as? String ?? "")
                for (key, value) in member(configMap, "data") as? [String: Any] ?? [:] { item.variables[key] = "\(value)" }
            }
            item.ports = (member(container, "ports") as? [Any] ?? []).map { port in
                "\(member(port, "name") ?? ""):\(member(port, "containerPort") ?? "")/\((member(port, "protocol") as? String ?? "").lowercased())"
            }
            if let path = member(container, "readinessProbe", "httpGet", "path") as? String {
                item.health = "http \(path)"
            } else if let command = member(container, "readinessProbe", "exec", "command") as? [String] {
                item.health = "command " + command.joined(separator: " ")
            }
            item.cpuUnits = (millicores(member(container, "resources", "limits", "cpu")) * 1024 + 500) / 1000
            item.memoryMiB = mebibytes(member(container, "resources", "limits", "memory"))
            item.user = member(container, "securityContext", "runAsUser") as? Int
            item.readOnlyRoot = member(container, "securityContext", "readOnlyRootFilesystem") as? Bool ?? false
            totalCPU += millicores(member(container, "resources", "limits", "cpu"))
            totalMemory += item.memoryMiB
            view.containers[member(container, "name") as? String ?? ""] = item
        }
        // The pod's CPU in ECS units, a sidecar's rounded to the nearest unit, and the main container (the first)
        // what the sidecars leave, as on ECS, so the containers add up to the task.
        let podUnits = (totalCPU * 1024 + 500) / 1000
        if let main = (member(pod, "containers") as? [Any])?.first.flatMap({ member($0, "name") as? String }) {
            let sidecarUnits = view.containers.filter { $0.key != main }.map(\.value.cpuUnits).reduce(0, +)
            view.containers[main]?.cpuUnits = podUnits - sidecarUnits
        }
        view.size = "\(podUnits)/\(totalMemory)"
        for step in member(pod, "initContainers") as? [Any] ?? [] {
            var item = InitStepView()
            item.name = member(step, "name") as? String ?? ""
            item.image = member(step, "image") as? String ?? ""
            item.entryPoint = member(step, "command") as? [String]
            item.arguments = member(step, "args") as? [String]
            (item.variables, item.secrets) = kubernetesVariables(of: step, in: output, environment: environment)
            item.user = member(step, "securityContext", "runAsUser") as? Int
            item.readOnlyRoot = member(step, "securityContext", "readOnlyRootFilesystem") as? Bool ?? false
            item.limit = "\(millicores(member(step, "resources", "limits", "cpu")))/"
                + "\(mebibytes(member(step, "resources", "limits", "memory")))"
            // Kubernetes runs init containers one at a time, in order, and the containers after all of them.
            item.after = view.initSteps.map(\.name)
            view.initSteps.append(item)
        }
        for name in view.containers.keys { view.startsAfter[name] = view.initSteps.map(\.name) }
        if let autoscaler = output.object("HorizontalPodAutoscaler", named: name) {
            let targets = (member(autoscaler, "spec", "metrics") as? [Any] ?? []).map { metric in
                "\(member(metric, "resource", "name") ?? "") \(member(metric, "resource", "target", "averageUtilization") ?? "")"
            }
            view.scaling = "\(member(autoscaler, "spec", "minReplicas") ?? "")–\(member(autoscaler, "spec", "maxReplicas") ?? "") "
                + targets.sorted().joined(separator: ", ")
        } else if deployment["kind"] as? String == "Deployment" {
            view.scaling = "fixed \(member(deployment, "spec", "replicas") ?? "")"
        } else {
            let jobSpec = member(deployment, "spec", "jobTemplate", "spec") ?? member(deployment, "spec")
            view.scaling = "run of \(member(jobSpec, "parallelism") as? Int ?? 1)"
        }
        let account = output.object("ServiceAccount", named: member(pod, "serviceAccountName") as? String ?? "")
        view.role = member(account, "metadata", "annotations", "eks.amazonaws.com/role-arn") as? String
        let labels = member(deployment, "metadata", "labels") as? [String: String] ?? [:]
        view.tags = labels.filter { !$0.key.hasPrefix("app.kubernetes.io/") }
        if let service = output.object("Service", named: name),
            let target = member(service, "spec", "ports", "0", "targetPort") as? String
        {
            let ports = member(pod, "containers", "0", "ports") as? [Any] ?? []
            view.routedPort = ports.first { member($0, "name") as? String == target }.flatMap { member($0, "containerPort") as? Int }
        }
        return view
    }

    /// A Kubernetes container's plain variables and, per secret variable, where its value comes from.
    static func kubernetesVariables(of container: Any, in output: RenderedOutput, environment: Environment)
        -> (variables: [String: String], secrets: [String: String])
    {
        var variables: [String: String] = [:]
        var secrets: [String: String] = [:]
        for variable in member(container, "env") as? [Any] ?? [] {
            let variableName = member(variable, "name") as? String ?? ""
            if let value = member(variable, "value") as? String {
                variables[variableName] = value
            } else if let reference = member(variable, "valueFrom", "secretKeyRef") {
                secrets[variableName] = secretSource(reference, in: output, environment: environment)
            }
        }
        return (variables, secrets)
    }

    /// An ECS container definition's plain variables and, per secret variable, where its value comes from.
    static func ecsVariables(of definition: Any) -> (variables: [String: String], secrets: [String: String]) {
        var variables: [String: String] = [:]
        var secrets: [String: String] = [:]
        for variable in member(definition, "environment") as? [Any] ?? [] {
            variables[member(variable, "name") as? String ?? ""] = member(variable, "value") as? String
        }
        for secret in member(definition, "secrets") as? [Any] ?? [] {
            secrets[member(secret, "name") as? String ?? ""] = secretSource(arn: member(secret, "valueFrom") as? String ?? "")
        }
        return (variables, secrets)
    }

    /// Where a `secretKeyRef` is filled from: the ExternalSecret creating that Secret, and its store's kind.
    static func secretSource(_ reference: Any?, in output: RenderedOutput, environment: Environment) -> String {
        let secretName = member(reference, "name") as? String ?? ""
        let key = member(reference, "key") as? String ?? ""
        guard let externalSecret = output.objects("ExternalSecret").first(where: {
            (member($0, "spec", "target", "name") as? String ?? objectName($0)) == secretName
        }) else { return "no ExternalSecret creates \(secretName)" }
        let entries = member(externalSecret, "spec", "data") as? [Any] ?? []
        guard let entry = entries.first(where: { member($0, "secretKey") as? String == key }) else {
            return "ExternalSecret \(secretName) has no key \(key)"
        }
        let storeName = member(externalSecret, "spec", "secretStoreRef", "name") as? String
        let remote = member(entry, "remoteRef", "key") as? String ?? ""
        if storeName == environment.kubernetes?.externalSecrets?.secretsManager?.name {
            return "secretsManager \(remote)#\(member(entry, "remoteRef", "property") as? String ?? "")"
        }
        return "parameterStore \(remote)"
    }

    static func ecsView(of name: String, in output: RenderedOutput) -> View? {
        guard let task = output.ecsDocuments["ecs/\(name)/task-definition.json"] else { return nil }
        // A service's service.json; a scheduled job's schedule.json or a pre-rollout job's run-task.json.
        let service = output.ecsDocuments["ecs/\(name)/service.json"]
        let run = output.ecsDocuments["ecs/\(name)/run-task.json"].map { member($0, "count") }
            ?? output.ecsDocuments["ecs/\(name)/schedule.json"].map { member($0, "Target", "EcsParameters", "TaskCount") }
        guard service != nil || run != nil else { return nil }
        var view = View()
        let definitions = member(task, "containerDefinitions") as? [Any] ?? []
        func succeeded(_ definition: Any) -> [String] {
            (member(definition, "dependsOn") as? [Any] ?? []).filter { member($0, "condition") as? String == "SUCCESS" }
                .compactMap { member($0, "containerName") as? String }
        }
        // An init step is a container others wait for to exit successfully.
        let stepNames = Set(definitions.flatMap(succeeded))
        for definition in definitions {
            let name = member(definition, "name") as? String ?? ""
            guard stepNames.contains(name) else {
                view.startsAfter[name] = succeeded(definition)
                continue
            }
            var item = InitStepView()
            item.name = name
            item.image = member(definition, "image") as? String ?? ""
            item.entryPoint = member(definition, "entryPoint") as? [String]
            item.arguments = member(definition, "command") as? [String]
            (item.variables, item.secrets) = ecsVariables(of: definition)
            item.user = (member(definition, "user") as? String)?.split(separator: ":").first.flatMap { Int($0) }
            item.readOnlyRoot = member(definition, "readonlyRootFilesystem") as? Bool ?? false
            let cpu = member(definition, "cpu") as? Int
            let memory = (member(definition, "memoryReservation") ?? member(definition, "memory")) as? Int
            item.limit = cpu == nil && memory == nil ? nil : "\((((cpu ?? 0) * 1000) + 512) / 1024)/\(memory ?? 0)"
            item.after = succeeded(definition)
            view.initSteps.append(item)
        }
        for container in definitions where !stepNames.contains(member(container, "name") as? String ?? "") {
            var item = ContainerView()
            item.image = member(container, "image") as? String ?? ""
            item.entryPoint = member(container, "entryPoint") as? [String]
            item.arguments = member(container, "command") as? [String]
            (item.variables, item.secrets) = ecsVariables(of: container)
            item.ports = (member(container, "portMappings") as? [Any] ?? []).map { port in
                "\(member(port, "name") ?? ""):\(member(port, "containerPort") ?? "")/\(member(port, "protocol") ?? "")"
            }
            if let command = member(container, "healthCheck", "command") as? [String] {
                item.health = "command " + command.dropFirst().joined(separator: " ")
            }
            item.cpuUnits = member(container, "cpu") as? Int ?? 0
            item.memoryMiB = (member(container, "memoryReservation") ?? member(container, "memory")) as? Int ?? 0
            item.user = (member(container, "user") as? String)?.split(separator: ":").first.flatMap { Int($0) }
            item.readOnlyRoot = member(container, "readonlyRootFilesystem") as? Bool ?? false
            view.containers[member(container, "name") as? String ?? ""] = item
        }
        view.size = "\(member(task, "cpu") as? String ?? "")/\(member(task, "memory") as? String ?? "")"
        if let target = output.ecsDocuments["ecs/\(name)/scalable-target.json"] {
            let metric = ["ECSServiceAverageCPUUtilization": "cpu", "ECSServiceAverageMemoryUtilization": "memory"]
            let policies = output.ecsDocuments.filter { $0.key.hasPrefix("ecs/\(name)/scaling-policy-") }.map(\.value)
            let targets = policies.map { policy in
                let configuration = member(policy, "TargetTrackingScalingPolicyConfiguration")
                let type = member(configuration, "PredefinedMetricSpecification", "PredefinedMetricType") as? String ?? ""
                let value = (member(configuration, "TargetValue") as? NSNumber)?.intValue ?? -1
                return "\(metric[type] ?? type) \(value)"
            }
            view.scaling = "\(member(target, "MinCapacity") ?? "")–\(member(target, "MaxCapacity") ?? "") "
                + targets.sorted().joined(separator: ", ")
        } else if let run {
            view.scaling = "run of \(run as? Int ?? 1)"
        } else {
            view.scaling = "fixed \(member(service, "desiredCount") ?? "")"
        }
        view.role = member(task, "taskRoleArn") as? String
        for tag in member(task, "tags") as? [Any] ?? [] {
            view.tags[member(tag, "key") as? String ?? ""] = member(tag, "value") as? String
        }
        view.routedPort = member(service, "loadBalancers", "0", "containerPort") as? Int
        return view
    }

    /// `arn:aws:secretsmanager:R:A:secret:NAME:KEY::` or `arn:aws:ssm:R:A:parameter/PATH` in the same terms as
    /// `secretSource(_:in:environment:)`.
    static func secretSource(arn: String) -> String {
        let parts = arn.split(separator: ":", maxSplits: 6, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 6, parts[2] == "ssm", parts[5].hasPrefix("parameter/") {
            return "parameterStore " + parts[5].dropFirst("parameter".count)
        }
        guard parts.count == 7, parts[2] == "secretsmanager" else { return "unreadable \(arn)" }
        var rest = parts[6]  // NAME:KEY::
        guard rest.hasSuffix("::") else { return "unreadable \(arn)" }
        rest.removeLast(2)
        guard let colon = rest.lastIndex(of: ":") else { return "unreadable \(arn)" }
        return "secretsManager \(rest[..<colon])#\(rest[rest.index(after: colon)...])"
    }

    static func millicores(_ quantity: Any?) -> Int {
        let text = "\(quantity ?? "")"
        return text.hasSuffix("m") ? Int(text.dropLast()) ?? 0 : (Int(text) ?? 0) * 1000
    }

    static func mebibytes(_ quantity: Any?) -> Int {
        let text = "\(quantity ?? "")"
        if text.hasSuffix("Gi") { return (Int(text.dropLast(2)) ?? 0) * 1024 }
        return Int(text.dropLast(2)) ?? 0
    }

    // MARK: comparing

    /// Every difference between the two views of `service` that is not documented, as readable lines.
    static func differences(_ kubernetes: View, _ ecs: View, service: ResolvedService) -> [String] {
        var kubernetes = kubernetes
        var ecs = ecs
        for difference in PlatformDifference.allCases {
            switch difference {
            case .httpHealthCheckRunsACommandOnECS:
                for container in service.service.containers {
                    guard container.healthCheck?.readinessPath != nil,  // an HTTP check, one path or two
                        kubernetes.containers[container.name]?.health?.hasPrefix("http ") == true
                    else { continue }
                    let expected = container.healthCheck?.ecsCommand.map { "command " + $0.joined(separator: " ") }
                    if ecs.containers[container.name]?.health == expected {
                        ecs.containers[container.name]?.health = kubernetes.containers[container.name]?.health
                    }
                }
            case .defaultTaskRoleOnlyOnECS:
                if kubernetes.role == nil, service.settings.roleArn == nil, ecs.role == service.environment.ecs?.taskRoleArn {
                    ecs.role = nil
                }
            case .loadBalancerOnlyWithTargetGroupOnECS:
                if service.settings.targetGroupArn == nil, ecs.routedPort == nil { kubernetes.routedPort = nil }
            case .initStepLimitOnlyOnKubernetes:
                let size = service.size.resources
                for index in kubernetes.initSteps.indices where index < ecs.initSteps.count {
                    let limit = kubernetes.initSteps[index].limit?.split(separator: "/").compactMap { Int($0) } ?? []
                    if ecs.initSteps[index].limit == nil, limit.count == 2, limit[0] <= size.cpu.millicores,
                        limit[1] <= size.memory.mebibytes
                    {
                        kubernetes.initSteps[index].limit = nil
                    }
                }
            }
        }
        var lines: [String] = []
        func compare<T: Equatable>(_ field: String, _ one: T, _ two: T) {
            if one != two { lines.append("\(service.path) \(field): kubernetes \(one), ecs \(two)") }
        }
        compare("containers", kubernetes.containers.keys.sorted(), ecs.containers.keys.sorted())
        for (name, container) in kubernetes.containers.sorted(by: { $0.key < $1.key }) {
            guard let other = ecs.containers[name] else { continue }
            compare("\(name).image", container.image, other.image)
            compare("\(name).entryPoint", container.entryPoint, other.entryPoint)
            compare("\(name).arguments", container.arguments, other.arguments)
            compare("\(name).variables", container.variables, other.variables)
            compare("\(name).secrets", container.secrets, other.secrets)
            compare("\(name).ports", container.ports, other.ports)
            compare("\(name).health", container.health, other.health)
            compare("\(name).cpuUnits", container.cpuUnits, other.cpuUnits)
            compare("\(name).memoryMiB", container.memoryMiB, other.memoryMiB)
            compare("\(name).user", container.user, other.user)
            compare("\(name).readOnlyRoot", container.readOnlyRoot, other.readOnlyRoot)
        }
        compare("size", kubernetes.size, ecs.size)
        compare("initSteps", kubernetes.initSteps.map(\.name), ecs.initSteps.map(\.name))
        for (step, other) in zip(kubernetes.initSteps, ecs.initSteps) where step.name == other.name {
            compare("initSteps.\(step.name)", step, other)
        }
        compare("startsAfter", kubernetes.startsAfter, ecs.startsAfter)
        compare("scaling", kubernetes.scaling, ecs.scaling)
        compare("role", kubernetes.role, ecs.role)
        compare("tags", kubernetes.tags, ecs.tags)
        compare("routedPort", kubernetes.routedPort, ecs.routedPort)
        return lines
    }

    /// Every environment of the app at `root` that renders both platforms, rendered and read back, with the
    /// resolved pods and tasks of its services and jobs.
    static func bothPlatforms(_ app: App, root: URL) throws -> [(RenderedOutput, [ResolvedService])] {
        let workspace = Workspace(root: root, output: root.appendingPathComponent("Manifests"), extensions: .cost)
        let run = SynthRun(app: app, workspace: workspace)
        var results: [(RenderedOutput, [ResolvedService])] = []
        for name in workspace.environmentNames() {
            let environment = try workspace.loadEnvironment(name)
            guard environment.renders(.kubernetes), environment.renders(.ecs) else { continue }
            let (rendered, diagnostics) = run.render([name])
            #expect(!diagnostics.containsErrors, "\(diagnostics)")
            let files = try #require(rendered.first).files
            let workloads = Resolver.resolveComponents(app, in: environment).components.compactMap(\.workload)
            results.append((try RenderedOutput(files: files), workloads))
        }
        return results
    }

    static func check(_ app: App, root: URL) throws -> (differences: [String], compared: Int) {
        var found: [String] = []
        var compared = 0
        for (output, services) in try bothPlatforms(app, root: root) {
            for service in services where service.service.platforms == Set(Platform.allCases) {
                let kubernetes = try #require(kubernetesView(of: service.name, in: output, environment: service.environment))
                let ecs = try #require(ecsView(of: service.name, in: output))
                found += differences(kubernetes, ecs, service: service)
                compared += 1
            }
        }
        return (found, compared)
    }

    @Test("the fixture app's services and jobs render the same on Kubernetes and ECS, but for documented differences")
    func fixtureApp() throws {
        let (differences, compared) = try Self.check(FixtureApp.app, root: TestSupport.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(compared == 5)  // checkout, migrate, weekly-report, mailer, docs
    }

    @Test("the repository's services and jobs render the same on Kubernetes and ECS, but for documented differences")
    func repositoryApp() throws {
        let (differences, compared) = try Self.check(DashboardStacks.repositoryApp, root: TestSupport.repositoryRoot)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(compared == 5)  // api, migrate, web, worker, db-backup
    }

    @Test("a difference in a job's fields is reported", arguments: ["migrate", "weekly-report"])
    func detectsJobDifferences(_ name: String) throws {
        let (output, workloads) = try #require(try Self.bothPlatforms(FixtureApp.app, root: TestSupport.fixtures).first)
        let job = try #require(workloads.first { $0.name == name })
        let kubernetes = try #require(Self.kubernetesView(of: name, in: output, environment: job.environment))
        let ecs = try #require(Self.ecsView(of: name, in: output))
        #expect(Self.differences(kubernetes, ecs, service: job).isEmpty)
        for change in ["image", "secrets", "size", "role", "variables"] {
            var changed = ecs
            switch change {
            case "image": changed.containers[name]?.image += "-other"
            case "secrets": changed.containers[name]?.secrets["EXTRA"] = "secretsManager other#key"
            case "size": changed.size = "4096/8192"
            case "role": changed.role = "arn:aws:iam::012345678901:role/other"
            default: changed.containers[name]?.variables["EXTRA"] = "1"
            }
            #expect(!Self.differences(kubernetes, changed, service: job).isEmpty, "changing \(change) of \(name) went unnoticed")
        }
    }

    @Test("a difference in any compared field is reported", arguments: [
        "variables", "secrets", "image", "scaling", "role", "tags", "health", "size", "init image", "init command",
        "init secrets", "init order", "init limit", "starts after",
    ])
    func detectsDifferences(_ field: String) throws {
        let (output, services) = try #require(try Self.bothPlatforms(FixtureApp.app, root: TestSupport.fixtures).first)
        let service = try #require(services.first { $0.name == "checkout" })
        let kubernetes = try #require(Self.kubernetesView(of: "checkout", in: output, environment: service.environment))
        var ecs = try #require(Self.ecsView(of: "checkout", in: output))
        #expect(Self.differences(kubernetes, ecs, service: service).isEmpty)
        #expect(kubernetes.initSteps.map(\.name) == ["wait-for-database", "check-schema"])
        #expect(ecs.initSteps.map(\.after) == [[], ["wait-for-database"]])
        switch field {
        case "variables": ecs.containers["checkout"]?.variables["CART_TTL_MINUTES"] = "30"
        case "secrets": ecs.containers["checkout"]?.secrets["STRIPE_KEY"] = "parameterStore //shop/prod/stripe-key"
        case "image": ecs.containers["otel-collector"]?.image = "otel/opentelemetry-collector:latest"
        case "scaling": ecs.scaling = ecs.scaling.replacingOccurrences(of: "cpu 60", with: "cpu 70")
        case "role": ecs.role = "arn:aws:iam::012345678901:role/other"
        case "tags": ecs.tags["environment"] = "staging"
        case "health": ecs.containers["mailer"] = nil; ecs.containers["checkout"]?.health = nil
        case "init image": ecs.initSteps[0].image = "registry.example.com/shop/checkout:latest"
        case "init command": ecs.initSteps[0].entryPoint = ["/app/other"]
        case "init secrets": ecs.initSteps[1].secrets["REGISTRY_TOKEN"] = "parameterStore /shop/prod/other"
        case "init order": ecs.initSteps.reverse()
        case "init limit": ecs.initSteps[1].limit = "2048/4096"
        case "starts after": ecs.startsAfter["otel-collector"] = []
        default: ecs.size = "1024/2048"
        }
        let found = Self.differences(kubernetes, ecs, service: service)
        #expect(found.count >= 1, "changing \(field) on ECS went unnoticed")
    }
}
