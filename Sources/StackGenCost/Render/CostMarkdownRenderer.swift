import Foundation
import StackGen

/// Markdown for a pull-request comment: the totals (side by side with `--compare`), the breakdown by service,
/// and every resource and price in a collapsed section per environment.
enum CostMarkdownRenderer {
    static func render(_ report: CostReport) -> String {
        var lines: [String] = []
        if let comparison = report.comparison {
            lines += render(comparison)
        } else {
            lines += summary(report.estimates[0])
        }
        for estimate in report.estimates {
            lines += [""] + details(estimate)
        }
        let first = report.estimates[0]
        lines += [
            "",
            "<sub>Prices: `\(first.priceTable)` (AWS list prices, checked \(first.priceTableDate)); 730 hours a month; "
                + "\(CostWords.pointsLegend). Estimated by `stackgen cost`.</sub>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ comparison: CostComparison) -> [String] {
        let subject = comparison.subject
        let baseline = comparison.baseline
        var lines = [
            "### Monthly cost: \(cell(subject.environment)) compared with \(cell(baseline.environment))",
            "",
            "| | \(cell(subject.environment)) | \(cell(baseline.environment)) | difference | growth |",
            "|---|---:|---:|---:|---:|",
        ]
        func add(_ row: CostComparison.Row, name: String) {
            lines.append("| \(name) | \(row.subject.map(CostWords.points) ?? "–") | "
                + "\(row.baseline.map(CostWords.points) ?? "–") | \(CostWords.signed(row.difference)) | \(row.growth.text) |")
        }
        for row in comparison.byService { add(row, name: cell(row.name)) }
        add(comparison.total, name: "**total**")
        for row in comparison.byPlatform { add(row, name: "↳ \(cell(row.name))") }
        if let likeForLike = comparison.likeForLike { add(likeForLike, name: cell(likeForLike.name)) }
        if let perUser = comparison.perUser, let users = comparison.usersGrowth,
            let subjectUsers = subject.usersPerMonth, let baselineUsers = baseline.usersPerMonth
        {
            lines.append("| users a month | \(Money.number(Decimal(subjectUsers))) | "
                + "\(Money.number(Decimal(baselineUsers))) | +\(Money.number(Decimal(subjectUsers - baselineUsers))) | "
                + "\(Money.number(users))× |")
            lines.append("| cost per user | \(CostWords.perUser(perUser.subject!)) | "
                + "\(CostWords.perUser(perUser.baseline!)) | | \(perUser.growth.text) |")
            lines += ["", CostWords.growthSentence(comparison, users: users)]
        }
        lines += ["", "| driver of the difference | low | expected | ceiling |", "|---|---:|---:|---:|"]
        for driver in comparison.drivers {
            lines.append("| \(cell(driver.name)) | " + driver.change.points.map { CostWords.signed($0) }
                .joined(separator: " | ") + " |")
        }
        return lines
    }

    private static func summary(_ estimate: CostEstimate) -> [String] {
        var lines = [
            "### Monthly cost: \(cell(CostWords.title(estimate))): \(estimate.total.dollars)",
            "",
            "| service or item | low | expected | ceiling |",
            "|---|---:|---:|---:|",
        ]
        for line in estimate.byService {
            lines.append("| \(cell(line.name)) | " + line.monthlyCost.points.map(Money.dollars).joined(separator: " | ") + " |")
        }
        lines.append("| **total** | " + estimate.total.points.map { "**\(Money.dollars($0))**" }.joined(separator: " | ")
            + " |")
        for scenario in estimate.scenarios {
            lines.append("| end state: \(cell(scenario.name)) | "
                + scenario.total.points.map(Money.dollars).joined(separator: " | ") + " |")
        }
        if let perUser = estimate.perUser {
            lines.append("| per user | " + perUser.points.map { CostWords.perUser(CostRange($0)) }.joined(separator: " | ")
                + " |")
        }
        return lines
    }

    private static func details(_ estimate: CostEstimate) -> [String] {
        var lines = [
            "<details><summary>\(html(CostWords.title(estimate))): every resource and price</summary>",
            "",
            "| resource | component | quantity a month | unit price | low | expected | ceiling |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for resource in estimate.resources {
            for (index, component) in resource.components.enumerated() {
                let name = index == 0 ? "\(cell(resource.name)) (\(resource.platform.rawValue))" : ""
                let discount = component.discount.map { " (\($0) −\(Money.number(component.discountPercent))%)" } ?? ""
                lines.append("| \(name) | \(cell(component.name + discount)) | "
                    + "\(CostWords.quantity(component.monthlyQuantity)) \(component.unit.plural) | "
                    + "\(Money.unitPrice(component.price)) | "
                    + component.monthlyCost.points.map(Money.dollars).joined(separator: " | ") + " |")
            }
        }
        lines.append("| **total** | | | | " + estimate.total.points.map { "**\(Money.dollars($0))**" }
            .joined(separator: " | ") + " |")
        lines += ["", "By platform: " + estimate.byPlatform.map { "\(cell($0.name)) \($0.monthlyCost.dollars)" }
            .joined(separator: " · ")]
        let (common, varying) = CostWords.commonTags(estimate)
        if !common.isEmpty {
            lines += ["", "Every resource carries " + common.map { "`\(cell($0))`" }.joined(separator: ", ") + "."]
        }
        if !varying.isEmpty {
            lines += ["", "By tag: " + varying.map { "`\(cell("\($0.key)=\($0.value)"))` \($0.monthlyCost.dollars)" }
                .joined(separator: " · ")]
        }
        lines += ["", "Assumptions:", ""] + estimate.assumptions.map { "- \(cell($0))" }
        lines += ["", "Prices used:", ""] + estimate.prices.map { "- \(cell(CostWords.price($0)))" }
        lines += ["", "</details>"]
        return lines
    }

    /// Text safe inside a table cell: pipes escaped, no line breaks, no HTML.
    static func cell(_ text: String) -> String {
        html(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
