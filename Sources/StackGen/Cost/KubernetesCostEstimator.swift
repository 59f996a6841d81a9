import Foundation

/// Prices a service's Kubernetes pods from their resource requests × replicas (minimum and maximum), at node
/// rates from the environment's node type split by the OpenCost method (`OpenCostSplit`), and each EKS
/// cluster's control plane. A Savings Plan discount, if any, applies to the node rates; Fargate Spot does not
/// apply (pods run on the environment's on-demand nodes).
enum KubernetesCostEstimator {
    /// The node rates of an environment: per vCPU-hour and per GiB-hour, with how they were derived.
    struct NodeRates {
        let node: NodeType
        let perVCPU: Decimal
        let perGiB: Decimal
        let derivation: String
    }

    /// The node rates, or `nil` (with an error recorded) when the node type is missing or unknown.
    static func nodeRates(context: PricingContext) -> NodeRates? {
        let environment = context.environment
        guard let settings = environment.cost?.kubernetes else {
            context.record(.noNodeType(
                environment: environment.name, file: environment.file, at: environment.cost?.location))
            return nil
        }
        guard let node = settings.node else {
            context.record(.unknownNodeSize(
                environment: environment.name, nodeType: settings.nodeType, at: settings.location))
            return nil
        }
        let hourly = context.price(.ec2(node.name), for: settings.location)
        let (perVCPU, perGiB) = OpenCostSplit.rates(hourlyPrice: hourly, vcpus: node.vcpus, memoryGiB: node.memoryGiB)
        let derivation = "OpenCost split of \(node.name) at \(Money.unitPrice(hourly))/h over \(node.vcpus) vCPU and "
            + "\(node.memoryGiB) GiB (vCPU:GiB weight \(Money.number(OpenCostSplit.cpuToRAMRatio, places: 4)):1): "
            + "\(Money.unitPrice(perVCPU)) per vCPU-hour, \(Money.unitPrice(perGiB)) per GiB-hour"
        return NodeRates(node: node, perVCPU: perVCPU, perGiB: perGiB, derivation: derivation)
    }

    static func estimate(_ service: ResolvedService, rates: NodeRates, context: PricingContext) -> CostResource {
        let containers = service.service.containers.map { service.resources(of: $0) }
        let vcpus = Decimal(containers.map(\.cpu.millicores).reduce(0, +)) / 1000
        let memoryGiB = Decimal(containers.map(\.memory.mebibytes).reduce(0, +)) / 1024
        let pods = CostRange(low: Decimal(service.replicas.minimum), high: Decimal(service.replicas.maximum))
        let podHours = pods * context.hours
        let id = PriceID.ec2(rates.node.name)
        let discount = context.savingsPlanPercent
        return CostResource(
            name: service.name, resourceType: "kubernetes-deployment", platform: .kubernetes, service: service.name,
            summary: "\(service.replicas.counted("pod")) requesting \(Money.number(vcpus, places: 3)) "
                + "vCPU / \(Money.number(memoryGiB, places: 3)) GiB on \(rates.node.name) nodes",
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
