import Foundation
import StackGen

/// The terminal table: with `--compare`, the two environments side by side first, like for like and with the
/// drivers of the difference; then, for each environment, its end states (when it renders two platforms),
/// every resource and cost component (quantity × unit price = monthly cost at the low, expected and ceiling
/// points) and the breakdowns by service, platform, tag and user.
enum CostTableRenderer {
    static func render(_ report: CostReport) -> String {
        var sections: [String] = []
        if let comparison = report.comparison { sections.append(render(comparison)) }
        sections += report.estimates.map(render)
        return sections.joined(separator: "\n\n") + "\n"
    }

    static func render(_ comparison: CostComparison) -> String {
        let subject = comparison.subject.environment
        let baseline = comparison.baseline.environment
        var table = TextTable([.left, .right, .right, .right, .right])
        table.add(["MONTHLY (USD)", subject.uppercased(), baseline.uppercased(), "DIFFERENCE", "GROWTH"])
        table.rule()
        func add(_ row: CostComparison.Row, name: String? = nil) {
            table.add([
                name ?? row.name, row.subject.map(CostWords.points) ?? "–", row.baseline.map(CostWords.points) ?? "–",
                CostWords.signed(row.difference), row.growth.text,
            ])
        }
        for row in comparison.byService { add(row) }
        table.rule()
        add(comparison.total, name: "TOTAL")
        for row in comparison.byPlatform { add(row, name: "  \(row.name)") }
        if let likeForLike = comparison.likeForLike {
            table.rule()
            add(likeForLike)
        }
        if let perUser = comparison.perUser, let users = comparison.usersGrowth,
            let subjectUsers = comparison.subject.usersPerMonth, let baselineUsers = comparison.baseline.usersPerMonth
        {
            table.rule()
            table.add([
                "users a month", Money.number(Decimal(subjectUsers)), Money.number(Decimal(baselineUsers)),
                "+" + Money.number(Decimal(subjectUsers - baselineUsers)), "\(Money.number(users))×",
            ])
            table.add([
                "cost per user", CostWords.perUser(perUser.subject!), CostWords.perUser(perUser.baseline!),
                "", perUser.growth.text,
            ])
        }
        var lines = ["\(subject) compared with \(baseline): " + CostWords.pointsLegend, ""]
        lines.append(table.render())
        if let users = comparison.usersGrowth {
            lines.append("")
            lines.append(CostWords.growthSentence(comparison, users: users))
        }
        lines.append("")
        lines.append("What the difference is made of (each driver re-prices one change; they add up to the difference):")
        lines.append("")
        lines.append(rangeTable("DRIVER", comparison.drivers.map { ($0.name, $0.change) }, signed: true,
                                total: ("difference", comparison.total.difference)))
        return lines.joined(separator: "\n")
    }

    static func render(_ estimate: CostEstimate) -> String {
        var table = TextTable([.left, .right, .right, .right, .right, .right])
        table.add(["RESOURCE / COMPONENT", "QUANTITY A MONTH", "UNIT PRICE", "LOW", "EXPECTED", "CEILING"])
        table.rule()
        for resource in estimate.resources {
            table.add(["\(resource.name) (\(resource.platform.rawValue)): \(resource.summary)"])
            for component in resource.components {
                let discount = component.discount.map { " (\($0) −\(Money.number(component.discountPercent))%)" } ?? ""
                table.add([
                    "  " + component.name + discount,
                    "\(CostWords.quantity(component.monthlyQuantity)) \(component.unit.plural)",
                    Money.unitPrice(component.price), Money.dollars(component.monthlyCost.low),
                    Money.dollars(component.monthlyCost.expected), Money.dollars(component.monthlyCost.high),
                ])
            }
        }
        table.rule()
        table.add([
            "TOTAL", "", "", Money.dollars(estimate.total.low), Money.dollars(estimate.total.expected),
            Money.dollars(estimate.total.high),
        ])
        var lines = [
            "\(CostWords.title(estimate)): \(Money.dollars(estimate.total.expected)) expected a month "
                + "(\(Money.dollars(estimate.total.low)) at the minimum, ceiling \(Money.dollars(estimate.total.high)))",
            CostWords.pricing(estimate),
        ]
        if let nodes = estimate.kubernetesNodes {
            lines.append("Kubernetes nodes (low / expected / ceiling): \(nodes.words)")
        }
        if !estimate.scenarios.isEmpty {
            lines += ["", "End states (the environment renders \(estimate.platforms.count) platforms at once: a double run):", ""]
            lines.append(rangeTable(
                "SCENARIO",
                [("as declared (double run)", estimate.total)] + estimate.scenarios.map { ($0.name, $0.total) },
                signed: false, total: nil))
        }
        lines.append("")
        lines.append(table.render())
        lines.append("")
        lines.append(breakdowns(estimate))
        lines.append("")
        lines.append("Assumptions:")
        lines += estimate.assumptions.map { "  - \($0)" }
        lines.append("")
        lines.append("Prices used:")
        lines += estimate.prices.map { "  - " + CostWords.price($0) }
        return lines.joined(separator: "\n")
    }

    /// A table of named ranges with LOW, EXPECTED and CEILING columns.
    private static func rangeTable(
        _ heading: String, _ rows: [(String, CostRange)], signed: Bool, total: (String, CostRange)?
    ) -> String {
        var table = TextTable([.left, .right, .right, .right])
        table.add([heading, "LOW", "EXPECTED", "CEILING"])
        table.rule()
        func money(_ value: Decimal) -> String { signed ? CostWords.signed(value) : Money.dollars(value) }
        for (name, range) in rows { table.add([name, money(range.low), money(range.expected), money(range.high)]) }
        if let (name, range) = total {
            table.rule()
            table.add([name, money(range.low), money(range.expected), money(range.high)])
        }
        return table.render()
    }

    private static func breakdowns(_ estimate: CostEstimate) -> String {
        var table = TextTable([.left, .right, .right, .right])
        table.add(["BREAKDOWN", "LOW", "EXPECTED", "CEILING"])
        table.rule()
        func add(_ name: String, _ cost: CostRange) {
            table.add(["  " + name, Money.dollars(cost.low), Money.dollars(cost.expected), Money.dollars(cost.high)])
        }
        table.add(["by service"])
        for line in estimate.byService { add(line.name, line.monthlyCost) }
        if estimate.byPlatform.count > 2 {
            return platformColumns(estimate) + "\n\n" + rest(table, estimate)
        }
        return rest(table, estimate)
    }

    /// The expected month per service and item, one column per platform, with each platform's total.
    private static func platformColumns(_ estimate: CostEstimate) -> String {
        let platforms = estimate.byPlatform.compactMap { CostPlatform(rawValue: $0.name) }
        var table = TextTable([.left] + Array(repeating: .right, count: platforms.count + 1))
        table.add(["EXPECTED MONTH BY PLATFORM"] + platforms.map { $0.displayName.uppercased() } + ["TOTAL"])
        table.rule()
        for (name, costs) in estimate.byServiceAndPlatform {
            table.add([name] + platforms.map { costs[$0].map { Money.dollars($0.expected) } ?? "–" }
                + [Money.dollars(costs.values.map(\.expected).reduce(0, +))])
        }
        table.rule()
        table.add(["TOTAL"] + estimate.byPlatform.map { Money.dollars($0.monthlyCost.expected) }
            + [Money.dollars(estimate.total.expected)])
        return table.render()
    }

    private static func rest(_ breakdown: TextTable, _ estimate: CostEstimate) -> String {
        var table = breakdown
        func add(_ name: String, _ cost: CostRange) {
            table.add(["  " + name, Money.dollars(cost.low), Money.dollars(cost.expected), Money.dollars(cost.high)])
        }
        table.add(["by platform"])
        for line in estimate.byPlatform { add(line.name, line.monthlyCost) }
        let (common, varying) = CostWords.commonTags(estimate)
        table.add(["by tag" + (common.isEmpty ? "" : " (every resource carries \(common.joined(separator: ", ")))")])
        for line in varying { add("\(line.key)=\(line.value)", line.monthlyCost) }
        if let perUser = estimate.perUser, let users = estimate.usersPerMonth {
            table.add(["per user (\(Money.number(Decimal(users))) users a month)"] + perUser.points.map {
                Money.unitPrice($0, places: 4, minimumPlaces: 4)
            })
        }
        return table.render()
    }
}
