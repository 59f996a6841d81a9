import Foundation
import StackGen

/// Prices the shared infrastructure an environment file declares under `cost.shared`, from the quantities it
/// states (like an Infracost usage file). Hourly items cost the same in every month; usage-priced quantities
/// (load-balancer capacity units, NAT data, logs) are the expected month's and scale with `load`, the services'
/// requested vCPU at each point over the expected month's. No Spot or Savings Plan discount applies.
enum SharedCostEstimator {
    static func estimate(_ item: SharedItem, load: CostRange, context: PricingContext) -> CostResource {
        let count = Decimal(item.count)
        let hours = count * item.hours
        let location = item.location
        func component(_ name: String, _ unit: PriceUnit, _ quantity: Decimal, _ id: PriceID, scaled: Bool = false)
            -> CostComponent
        {
            CostComponent(
                name: name, unit: unit, monthlyQuantity: scaled ? load * quantity : CostRange(quantity),
                listPrice: context.price(id, for: location), priceID: id)
        }
        let many = item.count == 1 ? "" : "\(item.count) × "
        let components: [CostComponent]
        let summary: String
        switch item.usage {
        case .loadBalancer(let capacityUnits, let zones, let internetFacing):
            components = [
                component("load balancer", .hour, hours, .loadBalancerHour),
                component("capacity units", .lcuHour, hours * capacityUnits, .loadBalancerCapacityUnitHour, scaled: true),
            ] + (internetFacing
                ? [component("public IPv4 (one per zone)", .hour, hours * Decimal(zones), .publicIPv4)] : [])
            summary = "\(many)\(internetFacing ? "internet-facing" : "internal") Application Load Balancer in "
                + "\(zones) zones, \(Money.number(capacityUnits)) LCU on average in the expected month"
        case .natGateway(let dataGB):
            components = [
                component("NAT gateway", .hour, hours, .natGatewayHour),
                component("data processed", .gb, dataGB, .natGatewayData, scaled: true),
                component("public IPv4 (one per gateway)", .hour, hours, .publicIPv4),
            ]
            summary = "\(many)NAT gateway, \(Money.number(dataGB)) GB processed in the expected month"
        case .database(let instanceClass, let multiAZ, let storageGB):
            components = [
                component("instance", .hour, hours, .database(instanceClass, multiAZ: multiAZ)),
                component("storage (gp3)", .gbMonth, count * storageGB, .databaseStorage(multiAZ: multiAZ)),
            ]
            summary = "\(many)RDS for PostgreSQL \(instanceClass)\(multiAZ ? " Multi-AZ" : ""), "
                + "\(Money.number(storageGB)) GB"
        case .cache(let nodeType):
            components = [component("node", .hour, hours, .cache(nodeType))]
            summary = "\(many)ElastiCache \(nodeType)"
        case .logs(let ingestedGB, let storedGB):
            components = [component("ingested", .gb, ingestedGB, .logsIngested, scaled: true)]
                + (storedGB > 0 ? [component("stored", .gbMonth, storedGB, .logsStored, scaled: true)] : [])
            summary = "CloudWatch Logs, \(Money.number(ingestedGB)) GB ingested and \(Money.number(storedGB)) GB "
                + "stored in the expected month"
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
