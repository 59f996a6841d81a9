import Foundation
import StackGen

/// Estimates what environments cost a month, from the same resolved services `synth` renders and the prices
/// in a `PriceTable`. Nothing reaches the network.
package struct CostEstimator: Sendable {
    /// The stacks whose services are priced.
    package let app: App
    /// The prices, before an environment's overrides.
    package let table: PriceTable

    package init(app: App, table: PriceTable = .aws2026) {
        self.app = app
        self.table = table
    }

    /// The estimate for `environment`, or every finding that prevents one: the environment's own errors (an
    /// environment `synth` refuses is not priced) and every price or setting the estimate lacks. Warnings come
    /// back with the estimate.
    package func estimate(_ environment: Environment) -> (estimate: CostEstimate?, diagnostics: [Diagnostic]) {
        estimate(Pipeline.resolve(
            environment, app: app,
            environmentRules: Validator.environmentRules + PipelineExtensions.cost.environmentRules))
    }

    /// The estimate for an environment the front half resolved and validated, or every finding that prevents one
    /// (its own errors, and every price or setting the estimate lacks). Warnings come back with the estimate.
    /// - Parameter resolved: The environment, its services and its findings.
    package func estimate(_ resolved: ResolvedEnvironment) -> (estimate: CostEstimate?, diagnostics: [Diagnostic]) {
        let (environment, services, findings) = (resolved.environment, resolved.services, resolved.diagnostics)
        guard !findings.containsErrors else { return (nil, findings) }
        guard let region = environment.cost?.region ?? environment.ecs?.region else {
            return (nil, findings + [CostError.noRegion(environment: environment.name, file: environment.file).diagnostic])
        }
        let context = PricingContext(environment: environment, table: table, region: region)
        let month = ExpectedMonth(environment)
        context.recordAll(expectedErrors(environment, services: services))
        let load = Self.load(services, month: month, environment: environment)
        var resources: [CostResource] = []
        var footprints: [ServiceFootprint] = []
        let kubernetesServices = environment.renders(.kubernetes)
            ? services.filter { $0.service.platforms.contains(.kubernetes) } : []
        let nodeRates = environment.renders(.kubernetes) ? KubernetesCostEstimator.nodeRates(context: context) : nil
        for service in services {
            for platform in environment.platforms where service.service.platforms.contains(platform) {
                switch platform {
                case .ecs:
                    let resource = FargateCostEstimator.estimate(service, month: month, context: context)
                    resources.append(resource)
                    footprints.append(FargateCostEstimator.footprint(
                        service, month: month, context: context, cost: resource.monthlyCost))
                case .kubernetes:
                    if let nodeRates {
                        resources.append(KubernetesCostEstimator.allocation(
                            service, rates: nodeRates, month: month, context: context))
                    }
                }
            }
        }
        var nodeCounts: NodeCounts?
        if environment.renders(.kubernetes) {
            if let nodeRates {
                let counts = KubernetesCostEstimator.nodeCounts(
                    kubernetesServices, month: month, capacity: nodeRates.capacity)
                nodeCounts = counts
                resources.append(KubernetesCostEstimator.idle(
                    kubernetesServices, counts: counts, rates: nodeRates, month: month, context: context))
                resources.append(KubernetesCostEstimator.disks(counts: counts, context: context))
            }
            resources.append(KubernetesCostEstimator.controlPlane(context: context))
        }
        for item in environment.cost?.shared ?? [] {
            resources.append(SharedCostEstimator.estimate(item, load: load, context: context))
        }
        resources += AccountCostEstimator.estimate(services, load: load, context: context)
        let warnings = CostGuardrails.check(environment, table: table, region: region)
            + [UnpricedComponents.warning(resolved)].compactMap { $0 }
        guard context.errors.isEmpty else { return (nil, findings + warnings + context.errors.map(\.diagnostic)) }
        let estimate = CostEstimate(
            environment: environment.name, file: environment.file, region: region,
            usersPerMonth: environment.usersPerMonth, platforms: environment.platforms, priceTable: table.name,
            priceTableDate: table.date, spotDiscountPercent: context.spotDiscountPercent,
            savingsPlanPercent: context.savingsPlanPercent,
            assumptions: assumptions(
                environment, context: context, nodeRates: nodeRates, month: month, load: load,
                secrets: AccountCostEstimator.secretNames(services)),
            prices: context.usedPrices, resources: resources, kubernetesNodes: nodeCounts, footprints: footprints)
        return (estimate, findings + warnings)
    }

    /// How busy the month is at each point against the expected month: the services' requested vCPU-hours
    /// (each service once, on its first platform) over the expected month's. Usage-priced quantities scale by it.
    static func load(_ services: [ResolvedService], month: ExpectedMonth, environment: Environment) -> CostRange {
        var vcpuTasks = CostRange.zero
        for service in services {
            vcpuTasks = vcpuTasks + month.counts(service) * (Decimal(service.size.cpuUnits) / 1024)
        }
        guard vcpuTasks.expected > 0 else { return CostRange(1) }
        return CostRange(low: vcpuTasks.low / vcpuTasks.expected, expected: 1, high: vcpuTasks.high / vcpuTasks.expected)
    }

    /// `cost.expected.services` entries that name no service or step outside the service's bounds.
    private func expectedErrors(_ environment: Environment, services: [ResolvedService]) -> [CostError] {
        guard let usage = environment.cost?.expected else { return [] }
        var errors: [CostError] = []
        for name in usage.services.keys.sorted() {
            let declared = usage.services[name]!
            guard let service = services.first(where: { $0.name == name }) else {
                errors.append(.unknownExpectedService(
                    environment: environment.name, name: name, known: services.map(\.name), at: declared.location))
                continue
            }
            let bounds = service.replicas.minimum...service.replicas.maximum
            for count in [declared.replicas, declared.peakReplicas] where !bounds.contains(count) {
                errors.append(.expectedOutOfBounds(
                    environment: environment.name, service: name, count: count, bounds: bounds, at: declared.location))
            }
        }
        return errors
    }

    private func assumptions(
        _ environment: Environment, context: PricingContext, nodeRates: KubernetesCostEstimator.NodeRates?,
        month: ExpectedMonth, load: CostRange, secrets: [String]
    ) -> [String] {
        let file = environment.file
        var lines = [
            "Prices: \(table.name) (AWS list prices in USD, checked \(table.date)) for \(context.region)"
                + ((environment.cost?.rates.isEmpty ?? true) ? "" : ", with the overrides in \(file) `cost.rates`")
                + "; no network access at run time.",
            "730 hours a month (8,760 / 12). Low = every service at its autoscaling minimum all month; fixed replica "
                + "counts are the same at every point. " + month.description,
            "Usage-priced quantities (load-balancer capacity units, NAT data, logs, data transfer out) are the "
                + "expected month's as declared, scaled by the services' requested vCPU: ×"
                + "\(Money.number(load.low, places: 3)) at the low end, ×\(Money.number(load.high, places: 3)) at the high.",
            "Amounts are exact decimals, rounded to cents only for display, so shown parts can differ from a shown "
                + "total by a cent.",
        ]
        if environment.renders(.ecs) {
            let spotSource = environment.cost?.spotDiscountPercent == nil
                ? "the table's assumption: \(table.spotDiscountSource)" : "set in \(file)"
            lines.append(
                "ECS: Fargate Linux by architecture; vCPU = CPU units / 1024, GB = MiB / 1024; ephemeral storage is "
                    + "charged above the 20 GB every task gets. Fargate Spot tasks: "
                    + "\(Money.number(context.spotDiscountPercent))% off vCPU and memory (\(spotSource)).")
        }
        if let nodeRates {
            let capacity = nodeRates.capacity
            lines.append(
                "Kubernetes is priced by nodes: the pods' requests (plus 2 CoreDNS pods of 100m / 70 MiB) are packed "
                    + "first-fit-decreasing onto \(capacity.node.name) nodes giving pods \(capacity.podRoom) and "
                    + "\(capacity.podSlots) pods each: \(capacity.node.vcpus) vCPU / \(capacity.node.memoryGiB) GiB less "
                    + "\(capacity.reservedCPUMillicores)m CPU and \(capacity.reservedMemoryMiB) MiB kept by the kubelet "
                    + "(EKS AMI formula for \(capacity.maxPods) pods: \(NodeCapacity.reservedCPUSource)) and "
                    + "\(capacity.daemonSetPods) DaemonSet pods of \(capacity.daemonSetCPUMillicores)m CPU / "
                    + "\(capacity.daemonSetMemoryMiB) MiB (\(NodeCapacity.daemonSetSource)); max pods from "
                    + "\(NodeType.maxPodsSource). The node bill (node-hours × \(Money.unitPrice(nodeRates.hourly))/h) "
                    + "is allocated to services by their requests at the OpenCost rates (\(OpenCostSplit.source)): "
                    + nodeRates.derivation + "; what no service requested is `idle-capacity`. Each node has a "
                    + "\(environment.cost?.kubernetes?.nodeDiskGiB ?? 20) GiB gp3 root volume; each cluster an EKS "
                    + "control plane. The count is a lower bound: a scheduler spreading replicas across zones may "
                    + "need more.")
        }
        lines.append(context.savingsPlanPercent == 0
            ? "Savings Plans: none; on-demand list prices."
            : "Savings Plan: \(Money.number(context.savingsPlanPercent))% off on-demand Fargate vCPU and memory and EC2 "
                + "node rates (not Spot, control planes or shared items).")
        if !(environment.cost?.shared.isEmpty ?? true) {
            lines.append("Shared items: the quantities declared under `cost.shared` in \(file).")
        }
        let settings = environment.cost
        lines.append(
            "Public IPv4 addresses: one per NAT gateway, per zone of an internet-facing load balancer"
                + (environment.ecs?.assignPublicIp == true ? " and per ECS task (assignPublicIp)" : "")
                + ", at $0.005 an hour.")
        lines.append(
            "Data transfer out: " + ((settings?.dataTransferOutGB ?? 0) > 0
                ? "\(Money.number(settings!.dataTransferOutGB)) GB a month declared (`cost.dataTransferOutGB`)."
                : "none declared (`cost.dataTransferOutGB`)."))
        lines.append(
            "Secrets Manager: " + (secrets.isEmpty ? "the services reference no secret."
                : "\(secrets.count) distinct secret\(secrets.count == 1 ? "" : "s") the services reference, API calls "
                    + "not priced."))
        lines.append(
            "ECR: " + ((settings?.ecrStorageGB ?? 0) > 0
                ? "\(Money.number(settings!.ecrStorageGB)) GB of images declared (`cost.ecrStorageGB`)."
                : "no image storage declared (`cost.ecrStorageGB`)."))
        lines.append("Not included: backups and snapshots, support plans, taxes and credits.")
        return lines
    }
}
