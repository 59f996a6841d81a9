import Foundation

/// The terminal table: with `--compare`, the two environments side by side first; then, for each environment,
/// every resource and cost component (quantity × unit price = monthly cost) and the breakdowns by service,
/// platform, tag and user.
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
        table.add([
            "MONTHLY (USD)", subject.uppercased(), baseline.uppercased(), "DIFFERENCE", "GROWTH",
        ])
        table.rule()
        func add(_ row: CostComparison.Row, name: String? = nil) {
            table.add([
                name ?? row.name, row.subject?.dollars ?? "–", row.baseline?.dollars ?? "–",
                CostWords.signed(row.difference), row.growth.text,
            ])
        }
        for row in comparison.byService { add(row) }
        table.rule()
        add(comparison.total, name: "TOTAL")
        for row in comparison.byPlatform { add(row, name: "  \(row.name)") }
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
        var lines = ["\(subject) compared with \(baseline): low = autoscaling minimum, high = maximum", ""]
        lines.append(table.render())
        if let users = comparison.usersGrowth {
            let total = comparison.total.growth
            lines.append("")
            lines.append("\(Money.number(users))× the users costs \(total.text) as much.")
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ estimate: CostEstimate) -> String {
        var table = TextTable([.left, .right, .right, .right, .right])
        table.add(["RESOURCE / COMPONENT", "QUANTITY A MONTH", "UNIT PRICE", "LOW", "HIGH"])
        table.rule()
        for resource in estimate.resources {
            table.add(["\(resource.name) (\(resource.platform.rawValue)): \(resource.summary)"])
            for component in resource.components {
                let discount = component.discount.map { " (\($0) −\(Money.number(component.discountPercent))%)" } ?? ""
                table.add([
                    "  " + component.name + discount,
                    "\(CostWords.quantity(component.monthlyQuantity)) \(component.unit.plural)",
                    Money.unitPrice(component.price), Money.dollars(component.monthlyCost.low),
                    Money.dollars(component.monthlyCost.high),
                ])
            }
        }
        table.rule()
        table.add(["TOTAL", "", "", Money.dollars(estimate.total.low), Money.dollars(estimate.total.high)])
        var lines = ["\(CostWords.title(estimate)): \(estimate.total.dollars) a month", CostWords.pricing(estimate), ""]
        lines.append(table.render())
        lines.append("")
        lines.append(breakdowns(estimate))
        lines.append("")
        lines.append("Assumptions:")
        lines += estimate.assumptions.map { "  - \($0)" }
        return lines.joined(separator: "\n")
    }

    private static func breakdowns(_ estimate: CostEstimate) -> String {
        var table = TextTable([.left, .right, .right])
        table.add(["BREAKDOWN", "LOW", "HIGH"])
        table.rule()
        func add(_ name: String, _ cost: CostRange) {
            table.add(["  " + name, Money.dollars(cost.low), Money.dollars(cost.high)])
        }
        table.add(["by service"])
        for line in estimate.byService { add(line.name, line.monthlyCost) }
        table.add(["by platform"])
        for line in estimate.byPlatform { add(line.name, line.monthlyCost) }
        let (common, varying) = CostWords.commonTags(estimate)
        table.add(["by tag" + (common.isEmpty ? "" : " (every resource carries \(common.joined(separator: ", ")))")])
        for line in varying { add("\(line.key)=\(line.value)", line.monthlyCost) }
        if let perUser = estimate.perUser, let users = estimate.usersPerMonth {
            table.add([
                "per user (\(Money.number(Decimal(users))) users a month)",
                Money.unitPrice(perUser.low, places: 4, minimumPlaces: 4),
                Money.unitPrice(perUser.high, places: 4, minimumPlaces: 4),
            ])
        }
        return table.render()
    }
}
