import Foundation
import StackGen

/// A ratio at each point of a range; a point is `nil` where the baseline is zero.
package struct CostGrowth: Sendable, Hashable {
    /// Subject ÷ baseline at the low end.
    package let low: Decimal?
    /// Subject ÷ baseline in the expected month.
    package let expected: Decimal?
    /// Subject ÷ baseline at the ceiling.
    package let high: Decimal?

    init(_ subject: CostRange, over baseline: CostRange) {
        low = baseline.low == 0 ? nil : subject.low / baseline.low
        expected = baseline.expected == 0 ? nil : subject.expected / baseline.expected
        high = baseline.high == 0 ? nil : subject.high / baseline.high
    }

    /// `7.92×`, `7.92× · 8.4× · 9.10×` (low · expected · ceiling), or `–` where undefined.
    package var text: String {
        func factor(_ value: Decimal?) -> String { value.map { "\(Money.number($0))×" } ?? "–" }
        return low == high && low == expected ? factor(low)
            : "\(factor(low)) · \(factor(expected)) · \(factor(high))"
    }
}

/// Two environments side by side: what `subject` costs against `baseline`, the difference (subject − baseline)
/// and the growth factor (subject ÷ baseline), per service, per platform and in total.
package struct CostComparison: Sendable, Hashable {
    /// One compared row; a side is `nil` where that environment has no such service or item.
    package struct Row: Sendable, Hashable {
        package let name: String
        package let subject: CostRange?
        package let baseline: CostRange?

        /// Subject − baseline; a missing side counts as zero.
        package var difference: CostRange { (subject ?? .zero) - (baseline ?? .zero) }
        /// Subject ÷ baseline.
        package var growth: CostGrowth { CostGrowth(subject ?? .zero, over: baseline ?? .zero) }
    }

    /// The environment priced: `production` in `stackgen cost production --compare staging`.
    package let subject: CostEstimate
    /// The environment it is compared with: `staging`.
    package let baseline: CostEstimate

    package init(_ subject: CostEstimate, against baseline: CostEstimate) {
        self.subject = subject
        self.baseline = baseline
    }

    /// Per service and item: the subject's order, then what only the baseline has.
    package var byService: [Row] { rows(subject.byService, baseline.byService) }

    /// Per platform, in platform order.
    package var byPlatform: [Row] { rows(subject.byPlatform, baseline.byPlatform) }

    /// The whole month.
    package var total: Row { Row(name: "total", subject: subject.total, baseline: baseline.total) }

    /// The subject on the baseline's platforms only, when it renders more (a migration's double run): the
    /// comparison like for like. `nil` when both render the same platforms.
    package var likeForLike: Row? {
        let extra = CostDrivers.platformsOnlyIn(subject, notIn: baseline)
        guard !extra.isEmpty else { return nil }
        let kept = CostPlatform.allCases.filter { platform in
            platform != .shared && !extra.contains(platform) && subject.resources.contains { $0.platform == platform }
        }
        return Row(
            name: "like for like (\(subject.environment) on \(kept.map { $0.displayName }.joined(separator: " and ")) only)",
            subject: CostDrivers.likeForLikeTotal(subject, against: baseline), baseline: baseline.total)
    }

    /// The difference in total, broken into drivers that add up to it.
    package var drivers: [CostDriver] { CostDrivers.drivers(subject, against: baseline) }

    /// Cost per user in each, when both state their users.
    package var perUser: Row? {
        guard let subjectPerUser = subject.perUser, let baselinePerUser = baseline.perUser else { return nil }
        return Row(name: "per user", subject: subjectPerUser, baseline: baselinePerUser)
    }

    /// How many times the subject's users the baseline's are, when both state them.
    package var usersGrowth: Decimal? {
        guard let subjectUsers = subject.usersPerMonth, let baselineUsers = baseline.usersPerMonth, baselineUsers > 0
        else { return nil }
        return Decimal(subjectUsers) / Decimal(baselineUsers)
    }

    private func rows(_ subjectLines: [CostLine], _ baselineLines: [CostLine]) -> [Row] {
        let names = subjectLines.map(\.name) + baselineLines.map(\.name).filter { name in
            !subjectLines.contains { $0.name == name }
        }
        return names.map { name in
            Row(
                name: name, subject: subjectLines.first { $0.name == name }?.monthlyCost,
                baseline: baselineLines.first { $0.name == name }?.monthlyCost)
        }
    }
}

/// What the renderers show: one estimate, or two with their comparison.
package struct CostReport: Sendable, Hashable {
    /// The estimates, the subject first.
    package let estimates: [CostEstimate]
    /// The two side by side, with `--compare`.
    package let comparison: CostComparison?

    /// One environment.
    package init(_ estimate: CostEstimate) {
        estimates = [estimate]
        comparison = nil
    }

    /// `subject` compared with `baseline`.
    package init(_ subject: CostEstimate, comparedWith baseline: CostEstimate) {
        estimates = [subject, baseline]
        comparison = CostComparison(subject, against: baseline)
    }
}
