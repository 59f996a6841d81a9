import Foundation
import StackGen

/// Warnings about cost settings that are allowed but probably wrong: a price override far from the table, a
/// Spot discount above what AWS advertises, a Savings Plan deeper than AWS offers, a pricing region other than
/// the one the services run in, and an environment that declares no shared infrastructure.
enum CostGuardrails {
    /// How far (either way) an override may stray from the table's price before a warning.
    static let overrideFactor: Decimal = 3
    /// Fargate Spot: "up to a 70% discount" (https://aws.amazon.com/fargate/pricing/).
    static let maximumSpotPercent: Decimal = 70
    /// Compute Savings Plans (the kind that covers Fargate and EC2 in any family): "up to 66%"; EC2 Instance
    /// Savings Plans reach 72% for EC2 only (https://aws.amazon.com/savingsplans/compute-pricing/).
    static let maximumSavingsPlanPercent: Decimal = 66

    static func check(_ environment: Environment, table: PriceTable, region: String) -> [Diagnostic] {
        let file = SourceLocation(file: environment.file)
        let path = environment.name
        var warnings: [Diagnostic] = []
        guard let settings = environment.cost else {
            return [noSharedInfrastructure(environment)]
        }
        for rate in settings.rates {
            guard let listed = table.entry(rate.id, region: region)?.price, listed > 0 else { continue }
            let ratio = rate.price / listed
            if ratio > overrideFactor || ratio < 1 / overrideFactor {
                warnings.append(.warning(
                    "`cost.rates` sets `\(rate.id)` to \(Money.unitPrice(rate.price)), \(Money.number(ratio, places: 2))× "
                        + "the table's \(Money.unitPrice(listed)) for \(region) (more than \(Money.number(overrideFactor))× "
                        + "off)", at: rate.location ?? file, path: path,
                    fix: "check the unit (USD per \(PriceTable.unit(of: rate.id).rawValue)) and the figure; remove the "
                        + "override to use the table's price"))
            }
        }
        if let spot = settings.spotDiscountPercent, spot > maximumSpotPercent {
            warnings.append(.warning(
                "`cost.spotDiscountPercent` is \(Money.number(spot))%, above the \(Money.number(maximumSpotPercent))% "
                    + "AWS advertises for Fargate Spot", at: settings.location(of: "spotDiscountPercent") ?? file,
                path: path, fix: "use an observed discount (us-east-1 Spot rates are about 69% off) or leave it out"))
        }
        if let plan = settings.savingsPlanPercent, plan > maximumSavingsPlanPercent {
            warnings.append(.warning(
                "`cost.savingsPlanPercent` is \(Money.number(plan))%, above the \(Money.number(maximumSavingsPlanPercent))% "
                    + "a Compute Savings Plan offers (EC2 Instance Savings Plans reach 72% on EC2 only, not Fargate)",
                at: settings.location(of: "savingsPlanPercent") ?? file, path: path,
                fix: "use the rate of the plan you hold (1 or 3 years, payment option) from "
                    + "https://aws.amazon.com/savingsplans/compute-pricing/"))
        }
        if let costRegion = settings.region, let ecsRegion = environment.ecs?.region, costRegion != ecsRegion {
            warnings.append(.warning(
                "`cost.region` is \(costRegion) but the services run in `ecs.region` \(ecsRegion): the estimate uses "
                    + "\(costRegion) prices", at: settings.location(of: "region") ?? file, path: path,
                fix: "remove `cost.region` to price \(ecsRegion), or make the two agree"))
        }
        if settings.shared.isEmpty { warnings.append(noSharedInfrastructure(environment)) }
        return warnings
    }

    private static func noSharedInfrastructure(_ environment: Environment) -> Diagnostic {
        .warning(
            "no shared infrastructure is declared: the estimate prices the services only, without the load balancer, "
                + "NAT gateway, database, cache or logs they use",
            at: environment.cost?.location ?? SourceLocation(file: environment.file), path: environment.name,
            fix: "declare them under `cost.shared` in \(environment.file) (see README, \"The cost: section\")")
    }
}
