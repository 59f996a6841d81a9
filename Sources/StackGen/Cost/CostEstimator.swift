import Foundation

/// Estimates what environments cost a month, from the same resolved services `synth` renders and the prices
/// in a `PriceTable`. Nothing reaches the network.
public struct CostEstimator: Sendable {
    /// The stacks whose services are priced.
    public let app: App
    /// The prices, before an environment's overrides.
    public let table: PriceTable

    public init(app: App, table: PriceTable = .aws2026) {
        self.app = app
        self.table = table
    }

    /// The estimate for `environment`, or every finding that prevents one: the environment's own errors (an
    /// environment `synth` refuses is not priced) and every price or setting the estimate lacks. Warnings come
    /// back with the estimate.
    public func estimate(_ environment: Environment) -> (estimate: CostEstimate?, diagnostics: [Diagnostic]) {
        let (services, resolveFindings) = Resolver.resolve(app, in: environment)
        let findings = resolveFindings + Validator.validate(environment, services: services)
        guard !findings.containsErrors else { return (nil, findings) }
        guard let region = environment.cost?.region ?? environment.ecs?.region else {
            return (nil, findings + [CostError.noRegion(environment: environment.name, file: environment.file).diagnostic])
        }
        let context = PricingContext(environment: environment, table: table, region: region)
        var resources: [CostResource] = []
        let nodeRates = environment.renders(.kubernetes) ? KubernetesCostEstimator.nodeRates(context: context) : nil
        for service in services {
            for platform in environment.platforms where service.service.platforms.contains(platform) {
                switch platform {
                case .ecs: resources.append(FargateCostEstimator.estimate(service, context: context))
                case .kubernetes:
                    if let nodeRates {
                        resources.append(KubernetesCostEstimator.estimate(service, rates: nodeRates, context: context))
                    }
                }
            }
        }
        if environment.renders(.kubernetes) { resources.append(KubernetesCostEstimator.controlPlane(context: context)) }
        for item in environment.cost?.shared ?? [] {
            resources.append(SharedCostEstimator.estimate(item, context: context))
        }
        guard context.errors.isEmpty else { return (nil, findings + context.errors.map(\.diagnostic)) }
        let estimate = CostEstimate(
            environment: environment.name, file: environment.file, region: region,
            usersPerMonth: environment.usersPerMonth, platforms: environment.platforms, priceTable: table.name,
            priceTableDate: table.date, spotDiscountPercent: context.spotDiscountPercent,
            savingsPlanPercent: context.savingsPlanPercent,
            assumptions: assumptions(environment, context: context, nodeRates: nodeRates),
            prices: context.usedPrices, resources: resources)
        return (estimate, findings)
    }

    private func assumptions(
        _ environment: Environment, context: PricingContext, nodeRates: KubernetesCostEstimator.NodeRates?
    ) -> [String] {
        let file = environment.file
        var lines = [
            "Prices: \(table.name) (AWS list prices in USD, checked \(table.date)) for \(context.region)"
                + ((environment.cost?.rates.isEmpty ?? true) ? "" : ", with the overrides in \(file) `cost.rates`")
                + "; no network access at run time.",
            "730 hours a month (8,760 / 12); every resource runs all month. Low = autoscaling minimum, high = "
                + "autoscaling maximum; fixed replica counts are the same at both ends.",
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
            lines.append(
                "Kubernetes: each pod costs its requests (equal to its limits) × replicas, at per-vCPU and per-GiB "
                    + "rates from the node type's hourly price split by the OpenCost method (\(OpenCostSplit.source)): "
                    + nodeRates.derivation + ". Idle node capacity, system pods, DaemonSets and node volumes are not "
                    + "included. Plus the EKS control plane per cluster.")
        }
        lines.append(context.savingsPlanPercent == 0
            ? "Savings Plans: none; on-demand list prices."
            : "Savings Plan: \(Money.number(context.savingsPlanPercent))% off on-demand Fargate vCPU and memory and EC2 "
                + "node rates (not Spot, control planes or shared items).")
        if !(environment.cost?.shared.isEmpty ?? true) {
            lines.append("Shared items: the quantities declared under `cost.shared` in \(file).")
        }
        lines.append(
            "Not included: data transfer out of AWS, public IPv4 addresses, ECR, Secrets Manager, backups, support "
                + "plans and taxes.")
        return lines
    }
}
