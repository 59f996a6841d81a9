import Foundation
import StackGen

/// Prices the Kubernetes platform by its nodes: the environment's pods (requests summed over containers, plus
/// CoreDNS) are packed onto nodes of the declared type (`NodePacker`, `NodeCapacity`) for the low, expected and
/// high months; the bill is node-hours × the node's hourly price, plus each node's gp3 root volume and each
/// cluster's EKS control plane. Inside the node bill each service is allocated its requests at the OpenCost
/// per-vCPU and per-GiB rates (`OpenCostSplit`), and what no service requested (reservations, DaemonSets,
/// system pods, empty room) is its own `idle capacity` line, so the service rows and idle add up to the nodes.
/// A Savings Plan discount, if any, applies to the node price; Fargate Spot does not apply.
enum KubernetesCostEstimator {
    /// The node type, its room for pods and its rates.
    struct NodeRates {
        let capacity: NodeCapacity
        let hourly: Decimal
        let perVCPU: Decimal
        let perGiB: Decimal
        let derivation: String
        var node: NodeType { capacity.node }
    }

    /// The node rates, or `nil` (with an error recorded) when the node type is missing or unknown.
    static func nodeRates(context: PricingContext) -> NodeRates? {
        let environment = context.environment
        guard let settings = environment.cost?.kubernetes else {
            context.record(.noNodeType(
                environment: environment.name, file: environment.file, at: environment.cost?.location))
            return nil
        }
        guard let capacity = settings.capacity else {
            context.record(.unknownNodeSize(
                environment: environment.name, nodeType: settings.nodeType, at: settings.location))
            return nil
        }
        let node = capacity.node
        let hourly = context.price(.ec2(node.name), for: settings.location)
        let (perVCPU, perGiB) = OpenCostSplit.rates(hourlyPrice: hourly, vcpus: node.vcpus, memoryGiB: node.memoryGiB)
        let derivation = "OpenCost split of \(node.name) at \(Money.unitPrice(hourly))/h over \(node.vcpus) vCPU and "
            + "\(node.memoryGiB) GiB (vCPU:GiB weight \(Money.number(OpenCostSplit.cpuToRAMRatio, places: 4)):1): "
            + "\(Money.unitPrice(perVCPU)) per vCPU-hour, \(Money.unitPrice(perGiB)) per GiB-hour"
        return NodeRates(capacity: capacity, hourly: hourly, perVCPU: perVCPU, perGiB: perGiB, derivation: derivation)
    }

    /// One pod of `service`: what the scheduler reserves for it, its containers' requests together or, if more, the
    /// largest init container's (init containers run one at a time, before the containers).
    static func pod(_ service: ResolvedService) -> PodRequest {
        let containers = service.service.containers.map { service.resources(of: $0) }
        let steps = service.service.initSteps.map { service.resources(of: $0) }
        return PodRequest(
            owner: service.name,
            cpuMillicores: max(containers.map(\.cpu.millicores).reduce(0, +), steps.map(\.cpu.millicores).max() ?? 0),
            memoryMiB: max(containers.map(\.memory.mebibytes).reduce(0, +), steps.map(\.memory.mebibytes).max() ?? 0))
    }

    /// The nodes one phase of the month needs for `services`.
    static func nodes(_ services: [ResolvedService], phase: ExpectedMonth.Phase, capacity: NodeCapacity) -> Int {
        let pods = services.flatMap { service in Array(repeating: pod(service), count: phase.replicas(service)) }
        return NodePacker.nodes(for: pods + NodeCapacity.clusterPods, on: capacity)
    }

    /// The node counts of the low and high months and of each phase of the expected one.
    static func nodeCounts(_ services: [ResolvedService], month: ExpectedMonth, capacity: NodeCapacity) -> NodeCounts {
        NodeCounts(
            nodeType: capacity.node.name,
            low: nodes(services, phase: ExpectedMonth.low, capacity: capacity),
            phases: month.expectedPhases.map { (share: $0.share, nodes: nodes(services, phase: $0, capacity: capacity)) },
            high: nodes(services, phase: ExpectedMonth.high, capacity: capacity))
    }

    /// A service's share of the node bill: its requests × its pod-hours at the OpenCost rates.
    static func allocation(
        _ service: ResolvedService, rates: NodeRates, month: ExpectedMonth, context: PricingContext
    ) -> CostResource {
        let pod = pod(service)
        let vcpus = Decimal(pod.cpuMillicores) / 1000
        let memoryGiB = Decimal(pod.memoryMiB) / 1024
        let podHours = month.counts(service) * context.hours
        let id = PriceID.ec2(rates.node.name)
        let discount = context.savingsPlanPercent
        return CostResource(
            name: service.name, resourceType: "kubernetes-deployment", platform: .kubernetes, service: service.name,
            summary: "\(service.replicas.counted("pod")) requesting \(Money.number(vcpus, places: 3)) "
                + "vCPU / \(Money.number(memoryGiB, places: 3)) GiB: its share of the \(rates.node.name) nodes",
            tags: service.environment.tags,
            components: [
                CostComponent(
                    name: "vCPU requests", unit: .vcpuHour, monthlyQuantity: podHours * vcpus, listPrice: rates.perVCPU,
                    discountPercent: discount, discount: "Savings Plan", priceID: id, derivation: rates.derivation),
                CostComponent(
                    name: "memory requests", unit: .gibHour, monthlyQuantity: podHours * memoryGiB,
                    listPrice: rates.perGiB, discountPercent: discount, discount: "Savings Plan", priceID: id,
                    derivation: rates.derivation),
            ])
    }

    /// The node capacity no service requested: the node-hours' vCPU and GiB less the services' requests, at the
    /// same rates, so that it and the allocations add up to the node bill.
    static func idle(
        _ services: [ResolvedService], counts: NodeCounts, rates: NodeRates, month: ExpectedMonth,
        context: PricingContext
    ) -> CostResource {
        let nodeHours = counts.nodeMonths * context.hours
        var requestedVCPU = CostRange.zero
        var requestedGiB = CostRange.zero
        for service in services {
            let pod = pod(service)
            let podHours = month.counts(service) * context.hours
            requestedVCPU = requestedVCPU + podHours * (Decimal(pod.cpuMillicores) / 1000)
            requestedGiB = requestedGiB + podHours * (Decimal(pod.memoryMiB) / 1024)
        }
        let id = PriceID.ec2(rates.node.name)
        let discount = context.savingsPlanPercent
        let capacity = rates.capacity
        return CostResource(
            name: "idle-capacity", resourceType: "kubernetes-idle", platform: .kubernetes, service: nil,
            summary: "\(counts.words) nodes; each gives pods \(capacity.podRoom) and \(capacity.podSlots) pods after "
                + "\(capacity.reservedCPUMillicores)m CPU / \(capacity.reservedMemoryMiB) MiB reserved and "
                + "\(capacity.daemonSetPods) DaemonSet pods (\(capacity.daemonSetCPUMillicores)m CPU / "
                + "\(capacity.daemonSetMemoryMiB) MiB); idle = node capacity no service requested",
            tags: context.environment.tags,
            components: [
                CostComponent(
                    name: "vCPU not requested by services", unit: .vcpuHour,
                    monthlyQuantity: nodeHours * Decimal(rates.node.vcpus) - requestedVCPU, listPrice: rates.perVCPU,
                    discountPercent: discount, discount: "Savings Plan", priceID: id, derivation: rates.derivation),
                CostComponent(
                    name: "memory not requested by services", unit: .gibHour,
                    monthlyQuantity: nodeHours * Decimal(rates.node.memoryGiB) - requestedGiB, listPrice: rates.perGiB,
                    discountPercent: discount, discount: "Savings Plan", priceID: id, derivation: rates.derivation),
            ])
    }

    /// Each node's gp3 root volume, for the node-hours of each month.
    static func disks(counts: NodeCounts, context: PricingContext) -> CostResource {
        let settings = context.environment.cost?.kubernetes
        let size = settings?.nodeDiskGiB ?? 20
        return CostResource(
            name: "node-disks", resourceType: "ebs-volume", platform: .kubernetes, service: nil,
            summary: "a \(size) GiB gp3 root volume per node (\(counts.words) nodes)",
            tags: context.environment.tags,
            components: [
                CostComponent(
                    name: "gp3 storage", unit: .gbMonth, monthlyQuantity: counts.nodeMonths * Decimal(size),
                    listPrice: context.price(.ebsGP3, for: settings?.location), priceID: .ebsGP3)
            ])
    }

    /// The EKS control plane of every cluster.
    static func controlPlane(context: PricingContext) -> CostResource {
        let environment = context.environment
        let clusters = environment.cost?.kubernetes?.clusters ?? 1
        return CostResource(
            name: "eks-control-plane", resourceType: "eks-cluster", platform: .kubernetes, service: nil,
            summary: "\(clusters) EKS cluster\(clusters == 1 ? "" : "s"), standard support",
            tags: environment.tags,
            components: [
                CostComponent(
                    name: "control plane", unit: .hour, monthlyQuantity: CostRange(Decimal(clusters) * context.hours),
                    listPrice: context.price(.eksCluster, for: environment.cost?.kubernetes?.location),
                    priceID: .eksCluster)
            ])
    }
}

/// How many nodes the Kubernetes services need: at the minimum, in each phase of the expected month, and at
/// the maximum.
package struct NodeCounts: Sendable, Hashable {
    package let nodeType: String
    package let low: Int
    /// The expected month's phases: share of the month and nodes.
    package let phases: [(share: Decimal, nodes: Int)]
    package let high: Int

    package static func == (lhs: NodeCounts, rhs: NodeCounts) -> Bool {
        lhs.nodeType == rhs.nodeType && lhs.low == rhs.low && lhs.high == rhs.high
            && lhs.phases.map(\.nodes) == rhs.phases.map(\.nodes) && lhs.phases.map(\.share) == rhs.phases.map(\.share)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(nodeType)
        hasher.combine(low)
        hasher.combine(high)
        hasher.combine(phases.map(\.nodes))
    }

    /// Nodes running all month, on average, at each point.
    package var nodeMonths: CostRange {
        CostRange(
            low: Decimal(low), expected: phases.map { $0.share * Decimal($0.nodes) }.reduce(0, +), high: Decimal(high))
    }

    /// `5 / 7 (10 at peak) / 18 m6i.large`.
    package var words: String {
        let expected = phases.count == 2 ? "\(phases[0].nodes) (\(phases[1].nodes) at peak)" : "\(phases[0].nodes)"
        return "\(low) / \(expected) / \(high) \(nodeType)"
    }
}
