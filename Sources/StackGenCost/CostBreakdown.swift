import Foundation
import StackGen

/// One row of a breakdown: a name and its monthly cost.
package struct CostLine: Sendable, Hashable {
    package let name: String
    package let monthlyCost: CostRange
}

/// One row of the breakdown by tag: every resource carrying `key: value`.
package struct CostTagLine: Sendable, Hashable {
    package let key: String
    package let value: String
    package let monthlyCost: CostRange
}

extension CostEstimate {
    /// Per service (summing its platforms), then each resource that is not a service (control plane, shared
    /// items), in resource order.
    package var byService: [CostLine] { lines(grouping: \.group) }

    /// Per platform, in platform order (`kubernetes`, `ecs`, `shared`), leaving out those with no resources.
    package var byPlatform: [CostLine] {
        CostPlatform.allCases.compactMap { platform in
            let resources = resources.filter { $0.platform == platform }
            guard !resources.isEmpty else { return nil }
            return CostLine(name: platform.rawValue, monthlyCost: resources.map(\.monthlyCost).total())
        }
    }

    /// Per service or item (as `byService`), split into the platforms it runs on: the per-platform columns.
    package var byServiceAndPlatform: [(name: String, platforms: [CostPlatform: CostRange])] {
        byService.map { line in
            var platforms: [CostPlatform: CostRange] = [:]
            for resource in resources where resource.group == line.name {
                platforms[resource.platform, default: .zero] = platforms[resource.platform, default: .zero]
                    + resource.monthlyCost
            }
            return (line.name, platforms)
        }
    }

    /// Per tag value, sorted by key then value. A resource without the key is not counted under it.
    package var byTag: [CostTagLine] {
        var totals: [String: [String: CostRange]] = [:]
        for resource in resources {
            for (key, value) in resource.tags {
                totals[key, default: [:]][value, default: .zero] = totals[key]?[value].map { $0 + resource.monthlyCost }
                    ?? resource.monthlyCost
            }
        }
        return totals.keys.sorted().flatMap { key in
            totals[key]!.keys.sorted().map { CostTagLine(key: key, value: $0, monthlyCost: totals[key]![$0]!) }
        }
    }

    /// The whole month divided by the users the environment expects a month, when it states them.
    package var perUser: CostRange? {
        guard let users = usersPerMonth, users > 0 else { return nil }
        return total.map { $0 / Decimal(users) }
    }

    /// The segments a stacked chart shows: each service, then the cluster control planes, then all shared
    /// infrastructure together.
    package var chartSegments: [CostLine] {
        lines { resource in
            resource.service ?? (resource.platform == .shared ? "shared infrastructure" : "cluster control plane")
        }
    }

    private func lines(grouping key: (CostResource) -> String) -> [CostLine] {
        var order: [String] = []
        var totals: [String: CostRange] = [:]
        for resource in resources {
            let name = key(resource)
            if totals[name] == nil { order.append(name) }
            totals[name, default: .zero] = totals[name, default: .zero] + resource.monthlyCost
        }
        return order.map { CostLine(name: $0, monthlyCost: totals[$0]!) }
    }
}
