import Foundation

/// Prices the shared infrastructure an environment file declares under `cost.shared`, from the quantities it
/// states (like an Infracost usage file). Shared items cost the same at both ends of the range, and no Spot or
/// Savings Plan discount applies to them.
enum SharedCostEstimator {
    static func estimate(_ item: SharedItem, context: PricingContext) -> CostResource {
        let count = Decimal(item.count)
        let hours = CostRange(count * item.hours)
        let location = item.location
        func component(_ name: String, _ unit: PriceUnit, _ quantity: Decimal, _ id: PriceID) -> CostComponent {
            CostComponent(
                name: name, unit: unit, monthlyQuantity: CostRange(quantity), listPrice: context.price(id, for: location),
                priceID: id)
        }
        let many = item.count == 1 ? "" : "\(item.count) × "
        let components: [CostComponent]
        let summary: String
        switch item.usage {
        case .loadBalancer(let capacityUnits):
            components = [
                component("load balancer", .hour, hours.low, .loadBalancerHour),
                component("capacity units", .lcuHour, hours.low * capacityUnits, .loadBalancerCapacityUnitHour),
            ]
            summary = "\(many)Application Load Balancer, \(Money.number(capacityUnits)) LCU on average"
        case .natGateway(let dataGB):
            components = [
                component("NAT gateway", .hour, hours.low, .natGatewayHour),
                component("data processed", .gb, dataGB, .natGatewayData),
            ]
            summary = "\(many)NAT gateway, \(Money.number(dataGB)) GB processed a month"
        case .database(let instanceClass, let multiAZ, let storageGB):
            components = [
                component("instance", .hour, hours.low, .database(instanceClass, multiAZ: multiAZ)),
                component("storage (gp3)", .gbMonth, count * storageGB, .databaseStorage(multiAZ: multiAZ)),
            ]
            summary = "\(many)RDS for PostgreSQL \(instanceClass)\(multiAZ ? " Multi-AZ" : ""), "
                + "\(Money.number(storageGB)) GB"
        case .cache(let nodeType):
            components = [component("node", .hour, hours.low, .cache(nodeType))]
            summary = "\(many)ElastiCache \(nodeType)"
        case .logs(let ingestedGB, let storedGB):
            components = [component("ingested", .gb, ingestedGB, .logsIngested)]
                + (storedGB > 0 ? [component("stored", .gbMonth, storedGB, .logsStored)] : [])
            summary = "CloudWatch Logs, \(Money.number(ingestedGB)) GB ingested and \(Money.number(storedGB)) GB "
                + "stored a month"
        }
        var tags = context.environment.tags
        tags.merge(item.tags) { _, own in own }
        return CostResource(
            name: item.name, resourceType: item.usage.kind.rawValue, platform: .shared, service: nil,
            summary: item.hours == PriceTable.hoursPerMonth || item.usage.kind == .logs
                ? summary : summary + ", \(Money.number(item.hours)) h a month",
            tags: tags, components: components)
    }
}
