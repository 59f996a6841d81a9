import Foundation
import StackGen

/// The output formats of `stackgen cost`.
package enum CostFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// Infracost-style resources and cost components; shape in `Schemas/cost-estimate.schema.json`.
    case json
    /// Tables for a pull-request comment.
    case markdown
    /// A stacked bar chart, one bar per environment, stacked by service.
    case svg

    /// Renders `report` in this format.
    package func render(_ report: CostReport) -> String {
        switch self {
        case .table: CostTableRenderer.render(report)
        case .json: CostJSONRenderer.render(report)
        case .markdown: CostMarkdownRenderer.render(report)
        case .svg: CostSVGRenderer.render(report)
        }
    }
}

/// Wording the text renderers share.
enum CostWords {
    /// `production (us-east-1, 10,000 users a month)`.
    static func title(_ estimate: CostEstimate) -> String {
        let users = estimate.usersPerMonth.map { ", \(Money.number(Decimal($0))) users a month" } ?? ""
        return "\(estimate.environment) (\(estimate.region)\(users))"
    }

    /// `Prices: aws-list-prices-2026-11, checked 2026-11-27 · 730 h a month · Fargate Spot 70% off · no Savings Plan`.
    static func pricing(_ estimate: CostEstimate) -> String {
        let savings = estimate.savingsPlanPercent == 0
            ? "no Savings Plan" : "Savings Plan \(Money.number(estimate.savingsPlanPercent))% off"
        return "Prices: \(estimate.priceTable), checked \(estimate.priceTableDate) · 730 h a month · "
            + "Fargate Spot \(Money.number(estimate.spotDiscountPercent))% off · \(savings)"
    }

    /// What the three figures of a range are, for headings.
    static let pointsLegend = "figures are low · expected · ceiling (low: every service at its autoscaling minimum "
        + "all month; expected: the month declared under `cost.expected`; ceiling: every service at its maximum all "
        + "month)"

    /// `2,190` or `2,190 – 8,760`: a quantity's low and ceiling (the expected quantity is in the JSON).
    static func quantity(_ range: CostRange) -> String {
        range.low == range.high ? Money.number(range.low, places: 3)
            : "\(Money.number(range.low, places: 3)) – \(Money.number(range.high, places: 3))"
    }

    /// `$10.00` or `$10.00 · $12.00 · $40.00` (low · expected · ceiling).
    static func points(_ range: CostRange) -> String {
        range.isFixed ? Money.dollars(range.low) : range.points.map(Money.dollars).joined(separator: " · ")
    }

    /// `+$12.00` / `-$3.00`, for differences.
    static func signed(_ value: Decimal) -> String { value > 0 ? "+" + Money.dollars(value) : Money.dollars(value) }

    static func signed(_ range: CostRange) -> String {
        range.isFixed ? signed(range.low) : range.points.map { signed($0) }.joined(separator: " · ")
    }

    /// `$0.0832` or `$0.0832 · $0.09 · $0.1904`: a cost per user, to a hundredth of a cent.
    static func perUser(_ range: CostRange) -> String {
        func text(_ value: Decimal) -> String { Money.unitPrice(value, places: 4, minimumPlaces: 4) }
        return range.isFixed ? text(range.low) : range.points.map(text).joined(separator: " · ")
    }

    /// `10× the users costs 7.6× as much in the expected month (…); like for like (on ECS only) 4.2×.`
    static func growthSentence(_ comparison: CostComparison, users: Decimal) -> String {
        func factor(_ value: Decimal?) -> String { value.map { "\(Money.number($0))×" } ?? "–" }
        let total = comparison.total.growth
        var text = "\(Money.number(users))× the users costs \(factor(total.expected)) as much in the expected month "
            + "(\(factor(total.low)) at the minimum, \(factor(total.high)) at the ceiling)"
        if let like = comparison.likeForLike {
            text += "; like for like, without the double run, \(factor(like.growth.expected)) "
                + "(\(factor(like.growth.low)) – \(factor(like.growth.high)))"
        }
        return text + "."
    }

    /// `ec2/m6i.large/hour, us-east-1: $0.096 per hour; checked 2026-11-27 against <source>; <note>`: one price the
    /// estimate used, dated, with its source and whether it was confirmed.
    static func price(_ entry: PriceEntry) -> String {
        "\(entry.id), \(entry.region): \(Money.unitPrice(entry.price)) per \(entry.unit.rawValue); checked "
            + "\(entry.checked) against \(entry.source)" + (entry.note.map { "; \($0)" } ?? "")
    }

    /// Tag keys every resource carries with a single value, as `key=value`.
    static func commonTags(_ estimate: CostEstimate) -> (common: [String], varying: [CostTagLine]) {
        let lines = estimate.byTag
        var common: [String] = []
        var varying: [CostTagLine] = []
        for key in Array(Set(lines.map(\.key))).sorted() {
            let values = lines.filter { $0.key == key }
            if values.count == 1, values[0].monthlyCost == estimate.total,
                estimate.resources.allSatisfy({ $0.tags[key] != nil })
            {
                common.append("\(key)=\(values[0].value)")
            } else {
                varying += values
            }
        }
        return (common, varying)
    }
}
