import Foundation
import StackGen

/// Pods that no node of the environment's Kubernetes node type can hold would stay Pending forever: an error,
/// naming the service, the node type and what one node gives pods. A node type the price table does not price
/// is a warning telling how to add its rate (`validate` and `synth` go ahead; `stackgen cost` needs the rate).
enum NodeFitRules {
    static func check(_ environment: Environment, services: [ResolvedService]) -> [Diagnostic] {
        guard environment.renders(.kubernetes), let settings = environment.cost?.kubernetes,
            let capacity = settings.capacity
        else { return [] }
        let location = settings.location ?? environment.cost?.location ?? SourceLocation(file: environment.file)
        var findings: [Diagnostic] = []
        let priced = PriceTable.aws2026.entry(.ec2(settings.nodeType), region: pricedRegion(environment)) != nil
            || environment.cost?.rates.contains { $0.id == .ec2(settings.nodeType) } == true
        if !priced {
            findings.append(.warning(
                "node type `\(settings.nodeType)` has no price in table \(PriceTable.aws2026.name) for "
                    + "\(pricedRegion(environment)), so `stackgen cost` cannot price the nodes", at: location,
                path: environment.name,
                fix: "add `\"ec2/\(settings.nodeType)/hour\": <USD an hour>` under `cost.rates` (the on-demand Linux "
                    + "price from https://aws.amazon.com/ec2/pricing/on-demand/)"))
        }
        let larger = NodeType.known.filter { $0.architecture == capacity.node.architecture }
        for service in services where service.service.platforms.contains(.kubernetes) {
            let pod = KubernetesCostEstimator.pod(service)
            guard !capacity.fits(pod) else { continue }
            let fitting = larger.map { NodeCapacity(node: $0) }.filter { $0.fits(pod) }
                .sorted { ($0.node.vcpus, $0.node.memoryGiB, $0.node.name) < ($1.node.vcpus, $1.node.memoryGiB, $1.node.name) }
            let suggestion = fitting.first.map { ", such as `\($0.node.name)` (\($0.podRoom) for pods)" } ?? ""
            let cpu: String = Money.number(Decimal(pod.cpuMillicores) / 1000, places: 3)
            let memory: String = Money.number(Decimal(pod.memoryMiB) / 1024, places: 2)
            let message: String = "a pod of `\(service.name)` requests \(cpu) vCPU / \(memory) GiB, more than one "
                + "`\(capacity.node.name)` node gives pods"
            findings.append(service.settingsError(
                message + " (\(capacity.podRoom) after system reservations and DaemonSets); it would stay "
                    + "Pending",
                fix: "request at most \(capacity.podRoom) for `\(service.name)`, or set `cost.kubernetes.nodeType` to a "
                    + "node type that holds it" + suggestion))
        }
        return findings
    }

    private static func pricedRegion(_ environment: Environment) -> String {
        environment.cost?.region ?? environment.ecs?.region ?? "us-east-1"
    }
}
