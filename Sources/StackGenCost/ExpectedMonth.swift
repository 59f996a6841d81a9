import Foundation
import StackGen

/// The three months an estimate prices: every service at its autoscaling minimum (low), the expected month the
/// environment declares under `cost.expected` (replicas off-peak and at peak, peak hours a day), and every
/// service at its maximum (high, a ceiling no real month reaches). A service the environment does not list
/// runs its minimum in the expected month.
struct ExpectedMonth: Sendable {
    /// One stretch of the month with fixed replica counts: its share of the month and a count per service.
    struct Phase: Sendable {
        let share: Decimal
        let replicas: @Sendable (ResolvedService) -> Int
    }

    let usage: ExpectedUsage?

    init(_ environment: Environment) {
        usage = environment.cost?.expected
    }

    /// Off-peak and peak replicas of `service` in the expected month, kept within its autoscaling bounds.
    func replicas(of service: ResolvedService) -> (offPeak: Int, peak: Int) {
        let bounds = service.replicas.minimum...service.replicas.maximum
        guard let declared = usage?.services[service.name] else { return (bounds.lowerBound, bounds.lowerBound) }
        func clamp(_ count: Int) -> Int { min(max(count, bounds.lowerBound), bounds.upperBound) }
        return (clamp(declared.replicas), clamp(declared.peakReplicas))
    }

    /// The share of the month at peak.
    var peakShare: Decimal { usage?.peakShare ?? 0 }

    /// Replica counts of `service` at the three points (the expected one an average over the month).
    func counts(_ service: ResolvedService) -> CostRange {
        let (offPeak, peak) = replicas(of: service)
        return CostRange(
            low: Decimal(service.replicas.minimum),
            expected: Decimal(offPeak) * (1 - peakShare) + Decimal(peak) * peakShare,
            high: Decimal(service.replicas.maximum))
    }

    /// The phases of the expected month: off-peak, then peak (left out when there are no peak hours).
    var expectedPhases: [Phase] {
        let offPeak = Phase(share: 1 - peakShare) { replicas(of: $0).offPeak }
        let peak = Phase(share: peakShare) { replicas(of: $0).peak }
        return peakShare == 0 ? [offPeak] : peakShare == 1 ? [peak] : [offPeak, peak]
    }

    /// The low and high months as single phases.
    static let low = Phase(share: 1) { $0.replicas.minimum }
    static let high = Phase(share: 1) { $0.replicas.maximum }

    /// In words, for the assumptions.
    var description: String {
        guard let usage, !usage.services.isEmpty else {
            return "Expected = every service at its autoscaling minimum (no `cost.expected` declared)."
        }
        let names = usage.services.keys.sorted().map { name in
            let replicas = usage.services[name]!
            return replicas.peakReplicas == replicas.replicas
                ? "\(name) \(replicas.replicas)" : "\(name) \(replicas.replicas) (\(replicas.peakReplicas) at peak)"
        }
        return "Expected = the month declared under `cost.expected`: \(names.joined(separator: ", ")) replicas, "
            + "peaks \(Money.number(usage.peakHoursPerDay)) h a day at the same hours for every service; others at "
            + "their minimum. High = every service at its maximum all month: a ceiling, not a forecast."
    }
}
