import Foundation
import DashboardStacks
import Testing

@testable import StackGen
@testable import StackGenCost

/// Traffic entry for any app: what the Kubernetes output of every environment routes, checked on the objects
/// synth writes, for the fixture app and this repository's app.
@Suite("Traffic entry")
struct TrafficEntryTests {
    /// Every environment of `root` rendered for `app`: the resolved services and, per service, the Kubernetes
    /// objects and the ECS service document.
    static func rendered(_ app: App, root: URL) throws -> [(ResolvedService, [KubernetesObject], Value?)] {
        let workspace = Workspace(root: root, output: root.appendingPathComponent("Manifests"), extensions: .cost)
        var result: [(ResolvedService, [KubernetesObject], Value?)] = []
        for name in workspace.environmentNames() {
            let environment = try workspace.loadEnvironment(name)
            let (services, findings) = Resolver.resolve(app, in: environment)
            #expect(!(findings + Validator.validate(environment, services: services)).containsErrors)
            for service in services {
                let objects = environment.renders(.kubernetes) && service.service.platforms.contains(.kubernetes)
                    ? KubernetesTranslators.all.flatMap { $0.translate(service) } : []
                let ecs = environment.ecs.flatMap { settings in
                    environment.renders(.ecs) && service.service.platforms.contains(.ecs)
                        ? ECSServiceTranslator.translate(service, settings: settings)?.value : nil
                }
                result.append((service, objects, ecs))
            }
        }
        return result
    }

    static let apps: [(String, App, URL)] = [
        ("fixture", FixtureApp.app, TestSupport.fixtures),
        ("repository", repositoryApp, TestSupport.repositoryRoot),
    ]

    @Test("every exposed Service is the backend of an Ingress, or its service is explicitly internal-only",
          arguments: [0, 1])
    func exposedServicesAreRouted(_ index: Int) throws {
        let (label, app, root) = Self.apps[index]
        let rendered = try Self.rendered(app, root: root)
        var checked = 0
        for (service, objects, _) in rendered {
            let backends = objects.filter { $0.kind == "Ingress" }.flatMap { ingress -> [(String, Int)] in
                guard case .array(let rules)? = ingress.value["spec", "rules"] else { return [] }
                return rules.flatMap { rule -> [(String, Int)] in
                    guard case .array(let paths)? = rule["http", "paths"] else { return [] }
                    return paths.compactMap { path in
                        guard case .string(let name)? = path["backend", "service", "name"],
                            case .int(let port)? = path["backend", "service", "port", "number"]
                        else { return nil }
                        return (name, port)
                    }
                }
            }
            for object in objects where object.kind == "Service" && object.value["spec", "clusterIP"] != "None" {
                checked += 1
                guard case .array(let ports)? = object.value["spec", "ports"] else {
                    Issue.record("\(label) \(service.path): a Service without ports")
                    continue
                }
                let servicePorts = ports.compactMap { port -> Int? in
                    if case .int(let number)? = port["port"] { return number }
                    return nil
                }
                let routed = backends.contains { $0.0 == service.name && servicePorts.contains($0.1) }
                #expect(routed || service.service.route == .internalOnly,
                        "\(label) \(service.path): its Service is the backend of no Ingress and it is not internal-only")
                if service.service.route == .internalOnly {
                    #expect(!routed, "\(label) \(service.path): internal-only, yet an Ingress routes to it")
                }
            }
        }
        #expect(checked >= 2, "\(label): the app has exposed services to check")
    }

    @Test("the load balancer reaches the same container port on Kubernetes and ECS, and checks the same path",
          arguments: [0, 1])
    func samePortOnBothPlatforms(_ index: Int) throws {
        let (label, app, root) = Self.apps[index]
        var compared = 0
        for (service, objects, ecs) in try Self.rendered(app, root: root) where service.service.isRouted {
            let containerPorts = Dictionary(
                service.service.container.ports.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
            if let ingress = objects.first(where: { $0.kind == "Ingress" }),
                let kubernetesService = objects.first(where: { $0.kind == "Service" })
            {
                // Ingress → Service port → named targetPort → container port: the pod IP and port the ALB targets.
                let servicePort = ingress.value["spec", "rules", "0", "http", "paths", "0", "backend", "service", "port", "number"]
                guard case .array(let ports)? = kubernetesService.value["spec", "ports"],
                    let port = ports.first(where: { $0["port"] == servicePort }),
                    case .string(let targetName)? = port["targetPort"], let kubernetesTarget = containerPorts[targetName]
                else {
                    Issue.record("\(label) \(service.path): the Ingress backend does not lead to a container port")
                    continue
                }
                if let ecs, case .int(let ecsPort)? = ecs["loadBalancers", "0", "containerPort"] {
                    #expect(ecsPort == kubernetesTarget, "\(label) \(service.path)")
                    compared += 1
                }
                let path = ingress.value["metadata", "annotations", "alb.ingress.kubernetes.io/healthcheck-path"]
                #expect(path == service.service.loadBalancerHealthCheckPath.map(Value.string))
                let readiness = objects.first { $0.kind == "Deployment" }?
                    .value["spec", "template", "spec", "containers", "0", "readinessProbe", "httpGet", "path"]
                #expect(readiness == path, "\(label) \(service.path): the ALB and the readiness probe ask the same path")
            }
        }
        #expect(compared >= 1, "\(label): a service routed on both platforms was compared")
    }

    @Test("every ServiceMonitor scrapes a named port of a Service selecting the same pods, which the NetworkPolicy opens to the scraper",
          arguments: [0, 1])
    func scrapedPortsExist(_ index: Int) throws {
        let (label, app, root) = Self.apps[index]
        var monitors = 0
        for (service, objects, _) in try Self.rendered(app, root: root) {
            for monitor in objects where monitor.kind == "ServiceMonitor" {
                monitors += 1
                let selected = objects.first {
                    $0.kind == "Service" && $0.value["spec", "selector"] == monitor.value["spec", "selector", "matchLabels"]
                }
                guard let selected, case .array(let ports)? = selected.value["spec", "ports"],
                    case .string(let name)? = monitor.value["spec", "endpoints", "0", "port"],
                    let port = ports.first(where: { $0["name"] == .string(name) })
                else {
                    Issue.record("\(label) \(service.path): the ServiceMonitor's port is on no Service selecting its pods")
                    continue
                }
                let containerPort = service.service.containers.flatMap(\.ports).first { $0.name == name }?.number
                let policy = objects.first { $0.kind == "NetworkPolicy" }
                guard case .array(let rules)? = policy?.value["spec", "ingress"] else {
                    Issue.record("\(label) \(service.path): no NetworkPolicy ingress")
                    continue
                }
                let scraperRule = rules.first { $0["from", "0", "namespaceSelector"] != nil }
                #expect(scraperRule?["ports", "0", "port"] == containerPort.map(Value.int), "\(label) \(service.path)")
                #expect(port["targetPort"] == .string(name))
            }
        }
        #expect(monitors >= 1, "\(label): the app has metrics to check")
    }

    @Test("longer path prefixes are evaluated first in the shared load balancer")
    func groupOrder() {
        #expect(IngressTranslator.order(of: "/") == 1000)
        #expect(IngressTranslator.order(of: "/graphql") < IngressTranslator.order(of: "/"))
        #expect(IngressTranslator.order(of: "/a/b") < IngressTranslator.order(of: "/graphql"))
    }

    @Test("the namespace injects readiness gates only where a load balancer routes")
    func readinessGates() throws {
        let label = "elbv2.k8s.aws/pod-readiness-gate-inject"
        let withIngress = try TestSupport.environment(TrafficTestSupport.environmentYAML(kubernetes: TrafficTestSupport.ingress))
        #expect(NamespaceTranslator.translate(withIngress, namespace: "demo").metadata["labels", label] == "enabled")
        let without = try TestSupport.environment(TrafficTestSupport.environmentYAML())
        #expect(NamespaceTranslator.translate(without, namespace: "demo").metadata["labels", label] == nil)
    }
}
