import Foundation
import StackGen

/// The machine-readable estimate, modelled on Infracost's JSON output: `projects[].breakdown.resources[]`, each
/// with `costComponents[]` (name, unit, monthly quantity, price, monthly cost). Numbers are decimal strings
/// rounded half away from zero from the exact decimals, never floating point, to the places `precision` states
/// (money 4, unit prices 8, quantities 4, ratios 4); every figure has a `low`, `expected` and `high` (ceiling)
/// point. The shape is documented and checked by `Schemas/cost-estimate.schema.json`.
enum CostJSONRenderer {
    /// Bumped when the shape changes incompatibly.
    static let version = "2"
    static let moneyPlaces = 4
    static let unitPricePlaces = 8
    static let quantityPlaces = 4
    static let ratioPlaces = 4

    static func money(_ value: Decimal) -> Value { .string(Money.fixed(value, places: moneyPlaces)) }
    static func unitPrice(_ value: Decimal) -> Value { .string(Money.fixed(value, places: unitPricePlaces)) }
    static func ratio(_ value: Decimal) -> Value { .string(Money.fixed(value, places: ratioPlaces)) }

    static func render(_ report: CostReport) -> String {
        let first = report.estimates[0]
        var document: [String: Value] = [
            "version": .string(version),
            "currency": "USD",
            "precision": [
                "money": .int(moneyPlaces), "unitPrice": .int(unitPricePlaces), "quantity": .int(quantityPlaces),
                "ratio": .int(ratioPlaces), "rounding": "half away from zero",
            ],
            "hoursPerMonth": .string(Money.exact(PriceTable.hoursPerMonth)),
            "priceTable": ["name": .string(first.priceTable), "date": .string(first.priceTableDate)],
            "projects": .array(report.estimates.map(project)),
            "totalMonthlyCost": range(first.total),
        ]
        if let comparison = report.comparison { document["comparison"] = self.comparison(comparison) }
        return JSONRenderer.render(.object(document))
    }

    /// A monthly amount in USD at the three points.
    static func range(_ range: CostRange) -> Value { points(range, places: moneyPlaces) }

    static func points(_ range: CostRange, places: Int) -> Value {
        [
            "low": .string(Money.fixed(range.low, places: places)),
            "expected": .string(Money.fixed(range.expected, places: places)),
            "high": .string(Money.fixed(range.high, places: places)),
        ]
    }

    private static func project(_ estimate: CostEstimate) -> Value {
        var summary: [String: Value] = [
            "byService": .array(estimate.byService.map(line)),
            "byPlatform": .array(estimate.byPlatform.map(line)),
            "byTag": .array(estimate.byTag.map {
                ["key": .string($0.key), "value": .string($0.value), "monthlyCost": range($0.monthlyCost)]
            }),
        ]
        if let perUser = estimate.perUser { summary["perUser"] = range(perUser) }
        var project: [String: Value] = [
            "name": .string(estimate.environment),
            "file": .string(estimate.file),
            "region": .string(estimate.region),
            "platforms": .strings(estimate.platforms.map(\.rawValue)),
            "spotDiscountPercent": .string(Money.exact(estimate.spotDiscountPercent)),
            "savingsPlanPercent": .string(Money.exact(estimate.savingsPlanPercent)),
            "assumptions": .strings(estimate.assumptions),
            "breakdown": [
                "resources": .array(estimate.resources.map(resource)),
                "totalMonthlyCost": range(estimate.total),
            ],
            "summary": .object(summary),
            "prices": .array(estimate.prices.map(price)),
        ]
        if let users = estimate.usersPerMonth { project["usersPerMonth"] = .int(users) }
        if let nodes = estimate.kubernetesNodes {
            project["kubernetesNodes"] = [
                "nodeType": .string(nodes.nodeType),
                "low": .int(nodes.low),
                "expected": .string(Money.fixed(nodes.nodeMonths.expected, places: quantityPlaces)),
                "high": .int(nodes.high),
                "expectedPhases": .array(nodes.phases.map {
                    ["shareOfMonth": ratio($0.share), "nodes": .int($0.nodes)]
                }),
            ]
        }
        if !estimate.scenarios.isEmpty {
            project["scenarios"] = .array(estimate.scenarios.map {
                ["name": .string($0.name), "platform": .string($0.platform.rawValue), "monthlyCost": range($0.total)]
            })
        }
        return .object(project)
    }

    private static func line(_ line: CostLine) -> Value {
        ["name": .string(line.name), "monthlyCost": range(line.monthlyCost)]
    }

    private static func resource(_ resource: CostResource) -> Value {
        var value: [String: Value] = [
            "name": .string(resource.name),
            "resourceType": .string(resource.resourceType),
            "platform": .string(resource.platform.rawValue),
            "summary": .string(resource.summary),
            "tags": .stringMap(resource.tags),
            "costComponents": .array(resource.components.map(component)),
            "monthlyCost": range(resource.monthlyCost),
        ]
        if let service = resource.service { value["service"] = .string(service) }
        return .object(value)
    }

    private static func component(_ component: CostComponent) -> Value {
        var value: [String: Value] = [
            "name": .string(component.name),
            "unit": .string(component.unit.rawValue),
            "monthlyQuantity": points(component.monthlyQuantity, places: quantityPlaces),
            "price": unitPrice(component.price),
            "listPrice": unitPrice(component.listPrice),
            "discountPercent": .string(Money.exact(component.discountPercent)),
            "priceId": .string(component.priceID.rawValue),
            "monthlyCost": range(component.monthlyCost),
        ]
        if let discount = component.discount { value["discount"] = .string(discount) }
        if let derivation = component.derivation { value["derivation"] = .string(derivation) }
        return .object(value)
    }

    private static func price(_ entry: PriceEntry) -> Value {
        var value: [String: Value] = [
            "id": .string(entry.id.rawValue),
            "region": .string(entry.region),
            "price": unitPrice(entry.price),
            "unit": .string(entry.unit.rawValue),
            "source": .string(entry.source),
            "checked": .string(entry.checked),
        ]
        if let note = entry.note { value["note"] = .string(note) }
        return .object(value)
    }

    private static func comparison(_ comparison: CostComparison) -> Value {
        func row(_ row: CostComparison.Row) -> Value {
            var value: [String: Value] = ["name": .string(row.name), "difference": range(row.difference)]
            if let subject = row.subject { value["subject"] = range(subject) }
            if let baseline = row.baseline { value["baseline"] = range(baseline) }
            var growth: [String: Value] = [:]
            if let low = row.growth.low { growth["low"] = ratio(low) }
            if let expected = row.growth.expected { growth["expected"] = ratio(expected) }
            if let high = row.growth.high { growth["high"] = ratio(high) }
            value["growth"] = .object(growth)
            return .object(value)
        }
        var value: [String: Value] = [
            "subject": .string(comparison.subject.environment),
            "baseline": .string(comparison.baseline.environment),
            "byService": .array(comparison.byService.map(row)),
            "byPlatform": .array(comparison.byPlatform.map(row)),
            "total": row(comparison.total),
        ]
        if let perUser = comparison.perUser { value["perUser"] = row(perUser) }
        if let users = comparison.usersGrowth { value["usersGrowth"] = ratio(users) }
        if let likeForLike = comparison.likeForLike { value["likeForLike"] = row(likeForLike) }
        value["drivers"] = .array(comparison.drivers.map { ["name": .string($0.name), "change": range($0.change)] })
        return .object(value)
    }
}
