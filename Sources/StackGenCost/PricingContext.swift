import Foundation
import StackGen

/// The prices and discounts one environment is estimated with: the table with the environment's overrides,
/// its region, and its Spot and Savings Plans percentages. Looking up a price it lacks records a `CostError`
/// (and gives 0), so one run reports every missing price at once.
final class PricingContext {
    let environment: Environment
    let table: PriceTable
    let region: String
    let spotDiscountPercent: Decimal
    let savingsPlanPercent: Decimal
    private(set) var errors: [CostError] = []
    private(set) var used: [PriceID: PriceEntry] = [:]

    init(environment: Environment, table: PriceTable, region: String) {
        self.environment = environment
        self.region = region
        let settings = environment.cost
        self.table = table.overriding(settings?.rates ?? [], region: region)
        self.spotDiscountPercent = settings?.spotDiscountPercent ?? table.spotDiscountPercent
        self.savingsPlanPercent = settings?.savingsPlanPercent ?? 0
    }

    /// The list price of `id` in the region; records a `CostError` pointing at `location` when there is none.
    func price(_ id: PriceID, for location: SourceLocation? = nil) -> Decimal {
        if let entry = table.entry(id, region: region) {
            used[id] = entry
            return entry.price
        }
        let error = CostError.missingPrice(
            environment: environment.name, id: id, region: region, table: table.name, covered: table.regions,
            at: location ?? environment.cost?.location, file: environment.file)
        if !errors.contains(error) { errors.append(error) }
        return 0
    }

    func record(_ error: CostError) {
        if !errors.contains(error) { errors.append(error) }
    }

    func recordAll(_ errors: [CostError]) { errors.forEach(record) }

    /// The prices looked up so far, sorted by name.
    var usedPrices: [PriceEntry] { used.values.sorted { $0.id < $1.id } }

    /// Hours a month.
    var hours: Decimal { PriceTable.hoursPerMonth }
}
