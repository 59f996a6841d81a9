import Foundation
import StackGen

/// One price: what a unit of something costs in a region, where the figure comes from and when it was checked.
public struct PriceEntry: Sendable, Hashable {
    public let id: PriceID
    /// The AWS region code, such as `us-east-1`.
    public let region: String
    /// US dollars per `unit`, before any discount.
    public let price: Decimal
    public let unit: PriceUnit
    /// Where the figure is published (a URL), or the environment file position of an override.
    public let source: String
    /// The day the figure was last checked against its source, `YYYY-MM-DD`.
    public let checked: String
    /// How the figure was confirmed, or why it could not be.
    public let note: String?

    public init(
        id: PriceID, region: String, price: Decimal, unit: PriceUnit, source: String, checked: String,
        note: String? = nil
    ) {
        self.id = id
        self.region = region
        self.price = price
        self.unit = unit
        self.source = source
        self.checked = checked
        self.note = note
    }
}

/// A dated, sourced table of list prices. Estimates never reach the network: every figure comes from a table
/// compiled into stackgen (`PriceTable.aws2026`) or from an environment's `cost.rates` overrides.
public struct PriceTable: Sendable {
    /// Names the table in every estimate, such as `aws-list-prices-2026-11`.
    public let name: String
    /// The day the table was compiled, `YYYY-MM-DD`.
    public let date: String
    /// `USD`.
    public let currency: String
    /// Every price, by name and region.
    public let entries: [PriceEntry]
    /// The Fargate Spot discount assumed unless an environment states its own, percent off on-demand.
    public let spotDiscountPercent: Decimal
    /// Where the Spot assumption comes from.
    public let spotDiscountSource: String

    public init(
        name: String, date: String, currency: String = "USD", entries: [PriceEntry], spotDiscountPercent: Decimal,
        spotDiscountSource: String
    ) {
        self.name = name
        self.date = date
        self.currency = currency
        self.entries = entries
        self.spotDiscountPercent = spotDiscountPercent
        self.spotDiscountSource = spotDiscountSource
        names = InstanceNames(entries)
    }

    /// The instance names by prefix, worked out from `entries` the first time they are asked for.
    private let names: InstanceNames

    /// Hours in a month, the convention AWS pricing pages and calculators use (8,760 / 12).
    public static let hoursPerMonth: Decimal = 730

    /// The entry for `id` in `region`, if the table has one.
    public func entry(_ id: PriceID, region: String) -> PriceEntry? {
        entries.first { $0.id == id && $0.region == region }
    }

    /// The regions the table covers, sorted.
    public var regions: [String] { Array(Set(entries.map(\.region))).sorted() }

    /// Every price name in the table, sorted.
    public var priceIDs: [PriceID] { Array(Set(entries.map(\.id))).sorted() }

    /// The instance names the table prices under `prefix` (`ec2`, `rds`, `elasticache`), sorted.
    func instanceNames(_ prefix: String) -> [String] { names.byPrefix[prefix]?.sorted ?? [] }

    /// Whether the table prices instance `name` under `prefix` (`ec2`, `rds`, `elasticache`).
    func pricesInstance(_ name: String, prefix: String) -> Bool { names.byPrefix[prefix]?.set.contains(name) ?? false }

    /// This table with `overrides` replacing (or adding) prices in `region`.
    public func overriding(_ overrides: [RateOverride], region: String) -> PriceTable {
        var entries = self.entries
        for override in overrides {
            let unit = entries.first { $0.id == override.id }?.unit ?? Self.unit(of: override.id)
            entries.removeAll { $0.id == override.id && $0.region == region }
            entries.append(PriceEntry(
                id: override.id, region: region, price: override.price, unit: unit,
                source: override.location.map { "\($0) (cost.rates)" } ?? "cost.rates", checked: date,
                note: "overridden in the environment file"))
        }
        return PriceTable(
            name: name, date: date, currency: currency, entries: entries, spotDiscountPercent: spotDiscountPercent,
            spotDiscountSource: spotDiscountSource)
    }

    /// The unit a price name implies.
    static func unit(of id: PriceID) -> PriceUnit {
        let raw = id.rawValue
        if raw.hasSuffix("/vcpu-hour") { return .vcpuHour }
        if raw.hasSuffix("gb-hour") { return .gbHour }
        if raw.hasSuffix("gb-month") { return .gbMonth }
        if raw.hasSuffix("secret-month") { return .secretMonth }
        if raw.hasSuffix("/lcu-hour") { return .lcuHour }
        if raw.hasSuffix("/gb") || raw.hasSuffix("-gb") { return .gb }
        return .hour
    }
}

/// A table's instance names under each prefix (`ec2/<name>/hour` → `ec2`: `<name>`), found once, when first
/// needed: environment files check their node types and instance classes against them on every load.
private final class InstanceNames: Sendable {
    private let entries: [PriceEntry]
    private let lock = NSLock()
    nonisolated(unsafe) private var found: [String: (sorted: [String], set: Set<String>)]?

    init(_ entries: [PriceEntry]) { self.entries = entries }

    var byPrefix: [String: (sorted: [String], set: Set<String>)] {
        lock.lock()
        defer { lock.unlock() }
        if let found { return found }
        var names: [String: Set<String>] = [:]
        for entry in entries {
            let parts = entry.id.rawValue.split(separator: "/")
            guard parts.count == 3, parts[1] != "storage" else { continue }
            names[String(parts[0]), default: []].insert(String(parts[1]))
        }
        let result = names.mapValues { (sorted: $0.sorted(), set: $0) }
        found = result
        return result
    }
}
