import Foundation
import StackGen

/// Prices what an environment uses besides its services and declared shared items: data transfer out to the
/// internet (`cost.dataTransferOutGB`, the expected month's, scaled with `load`), Secrets Manager secrets
/// (every distinct secret name the services reference), and ECR image storage (`cost.ecrStorageGB`). An item
/// with nothing to price is left out; the assumptions say so.
enum AccountCostEstimator {
    static func estimate(_ services: [ResolvedService], load: CostRange, context: PricingContext) -> [CostResource] {
        let environment = context.environment
        let settings = environment.cost
        var resources: [CostResource] = []
        func resource(_ name: String, _ type: String, _ summary: String, _ component: CostComponent) -> CostResource {
            CostResource(
                name: name, resourceType: type, platform: .shared, service: nil, summary: summary,
                tags: environment.tags, components: [component])
        }
        if let gb = settings?.dataTransferOutGB, gb > 0 {
            resources.append(resource(
                "data-transfer-out", "data-transfer",
                "\(Money.number(gb)) GB a month to the internet in the expected month",
                CostComponent(
                    name: "data out to the internet", unit: .gb, monthlyQuantity: load * gb,
                    listPrice: context.price(.dataTransferOut, for: settings?.location(of: "dataTransferOutGB")),
                    priceID: .dataTransferOut)))
        }
        let secrets = secretNames(services)
        if !secrets.isEmpty {
            resources.append(resource(
                "secrets", "secrets-manager",
                "\(secrets.count) Secrets Manager secret\(secrets.count == 1 ? "" : "s") the services reference: "
                    + secrets.joined(separator: ", "),
                CostComponent(
                    name: "secrets", unit: .secretMonth, monthlyQuantity: CostRange(Decimal(secrets.count)),
                    listPrice: context.price(.secret), priceID: .secret)))
        }
        if let gb = settings?.ecrStorageGB, gb > 0 {
            resources.append(resource(
                "ecr", "container-registry", "\(Money.number(gb)) GB of images in ECR",
                CostComponent(
                    name: "image storage", unit: .gbMonth, monthlyQuantity: CostRange(gb),
                    listPrice: context.price(.ecrStorage, for: settings?.location(of: "ecrStorageGB")),
                    priceID: .ecrStorage)))
        }
        return resources
    }

    /// Distinct Secrets Manager secret names the services' containers reference, sorted.
    static func secretNames(_ services: [ResolvedService]) -> [String] {
        let names = services.flatMap { service in
            service.service.allContainers.flatMap { $0.secrets.values.filter { $0.store == .secretsManager }.map(\.name) }
        }
        return Array(Set(names)).sorted()
    }
}
