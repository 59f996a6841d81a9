import Foundation
import StackGen
@testable import StackGenCost
import DashboardStacks
import StackGenTesting
import Testing

/// One service behaves the same on EKS and ECS: for every environment that renders both platforms, of any app,
/// each service's Kubernetes and ECS renderings are read back and compared field by field (image, command,
/// variables including configuration, secret sources, ports, health checks, sizes, scaling bounds and targets,
/// role, tags, routed port). A difference fails unless it is one of `PlatformDifference.documented`.
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
    }

    // MARK: reading the renderings back

    static func kubernetesView(of name: String, in output: RenderedOutput, environment: Environment) -> View? {
        guard let deployment = output.object("Deployment", named: name) else { return nil }
        let pod = member(deployment, "spec", "template", "spec")
        var view = View()
        var totalCPU = 0
        var totalMemory = 0
        for container in member(pod, "containers") as? [Any] ?? [] {
            var item = ContainerView()
            item.image = member(container, "image") as? String ?? ""
            item.entryPoint = member(container, "command") as? [String]
            item.arguments = member(container, "args") as? [String]
            for variable in member(container, "env") as? [Any] ?? [] {
                let variableName = member(variable, "name") as? String ?? ""
                if let value = member(variable, "value") as? String {
                    item.variables[variableName] = value
                } else if let reference = member(variable, "valueFrom", "secretKeyRef") {
                    item.secrets[variableName] = secretSource(reference, in: output, environment: environment)
                }
            }
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
        if let autoscaler = output.object("HorizontalPodAutoscaler", named: name) {
            let targets = (member(autoscaler, "spec", "metrics") as? [Any] ?? []).map { metric in
                "\(member(metric, "resource", "name") ?? "") \(member(metric, "resource", "target", "averageUtilization") ?? "")"
            }
            view.scaling = "\(member(autoscaler, "spec", "minReplicas") ?? "")–\(member(autoscaler, "spec", "maxReplicas") ?? "") "
                + targets.sorted().joined(separator: ", ")
        } else {
            view.scaling = "fixed \(member(deployment, "spec", "replicas") ?? "")"
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
        guard let task = output.ecsDocuments["ecs/\(name)/task-definition.json"],
            let service = output.ecsDocuments["ecs/\(name)/service.json"]
        else { return nil }
        var view = View()
        for container in member(task, "containerDefinitions") as? [Any] ?? [] {
            var item = ContainerView()
            item.image = member(container, "image") as? String ?? ""
            item.entryPoint = member(container, "entryPoint") as? [String]
            item.arguments = member(container, "command") as? [String]
            for variable in member(container, "environment") as? [Any] ?? [] {
                item.variables[member(variable, "name") as? String ?? ""] = member(variable, "value") as? String
            }
            for secret in member(container, "secrets") as? [Any] ?? [] {
                item.secrets[member(secret, "name") as? String ?? ""] = secretSource(arn: member(secret, "valueFrom") as? String ?? "")
            }
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
        compare("scaling", kubernetes.scaling, ecs.scaling)
        compare("role", kubernetes.role, ecs.role)
        compare("tags", kubernetes.tags, ecs.tags)
        compare("routedPort", kubernetes.routedPort, ecs.routedPort)
        return lines
    }

    /// Every environment of the app at `root` that renders both platforms, rendered and read back, with its
    /// resolved services.
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
            results.append((try RenderedOutput(files: files), Resolver.resolve(app, in: environment).services))
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

    @Test("the fixture app's services render the same on Kubernetes and ECS, but for documented differences")
    func fixtureApp() throws {
        let (differences, compared) = try Self.check(FixtureApp.app, root: TestSupport.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(compared == 3)
    }

    @Test("the repository's services render the same on Kubernetes and ECS, but for documented differences")
    func repositoryApp() throws {
        let (differences, compared) = try Self.check(DashboardStacks.repositoryApp, root: TestSupport.repositoryRoot)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
        #expect(compared == 3)
    }

    @Test("a difference in any compared field is reported", arguments: [
        "variables", "secrets", "image", "scaling", "role", "tags", "health", "size",
    ])
    func detectsDifferences(_ field: String) throws {
        let (output, services) = try #require(try Self.bothPlatforms(FixtureApp.app, root: TestSupport.fixtures).first)
        let service = try #require(services.first { $0.name == "checkout" })
        let kubernetes = try #require(Self.kubernetesView(of: "checkout", in: output, environment: service.environment))
        var ecs = try #require(Self.ecsView(of: "checkout", in: output))
        #expect(Self.differences(kubernetes, ecs, service: service).isEmpty)
        switch field {
        case "variables": ecs.containers["checkout"]?.variables["CART_TTL_MINUTES"] = "30"
        case "secrets": ecs.containers["checkout"]?.secrets["STRIPE_KEY"] = "parameterStore //shop/prod/stripe-key"
        case "image": ecs.containers["otel-collector"]?.image = "otel/opentelemetry-collector:latest"
        case "scaling": ecs.scaling = ecs.scaling.replacingOccurrences(of: "cpu 60", with: "cpu 70")
        case "role": ecs.role = "arn:aws:iam::012345678901:role/other"
        case "tags": ecs.tags["environment"] = "staging"
        case "health": ecs.containers["mailer"] = nil; ecs.containers["checkout"]?.health = nil
        default: ecs.size = "1024/2048"
        }
        let found = Self.differences(kubernetes, ecs, service: service)
        #expect(found.count >= 1, "changing \(field) on ECS went unnoticed")
    }
}
