import Foundation
import StackGen

/// One reason the subject costs more (or less) than the baseline, at each point of the month.
package struct CostDriver: Sendable, Hashable {
    /// `replicas`, `size`, `architecture`, `Spot and Savings Plan`, `services added or removed`,
    /// `shared infrastructure and usage`, `platform: Kubernetes alongside ECS (double run)`.
    package let name: String
    package let change: CostRange
}

/// Breaks the difference between two estimates into drivers that add up to it exactly. Each ECS service both
/// run is re-priced one change at a time (replica counts, then size, then architecture with its prices, then
/// the Spot or Savings Plan discount); storage and task addresses fall under size. Services only one side runs
/// are added or removed; everything else on the baseline's platforms is shared infrastructure and usage (and the
/// Kubernetes nodes, when both render Kubernetes: their cost depends on packing, not on one service); and
/// the platforms only the subject renders (a migration's double run) are the platform driver.
enum CostDrivers {
    static func drivers(_ subject: CostEstimate, against baseline: CostEstimate) -> [CostDriver] {
        var replicas = CostRange.zero
        var size = CostRange.zero
        var architecture = CostRange.zero
        var discount = CostRange.zero
        var services = CostRange.zero
        for footprint in subject.footprints {
            guard let base = baseline.footprints.first(where: { $0.name == footprint.name }) else {
                services = services + footprint.monthlyCost
                continue
            }
            let start = base.price()
            let withReplicas = base.price(tasks: footprint.tasks)
            let withSize = base.price(tasks: footprint.tasks, size: footprint)
            let withArchitecture = base.price(tasks: footprint.tasks, size: footprint, rates: footprint)
            let end = footprint.price()
            replicas = replicas + withReplicas - start
            architecture = architecture + withArchitecture - withSize
            discount = discount + end - withArchitecture
            // Size, plus what the formula leaves out (ephemeral storage, task addresses).
            size = size + withSize - withReplicas + (footprint.monthlyCost - base.monthlyCost) - (end - start)
        }
        for base in baseline.footprints where !subject.footprints.contains(where: { $0.name == base.name }) {
            services = services - base.monthlyCost
        }
        let likeForLike = likeForLikeTotal(subject, against: baseline)
        let serviceChanges = replicas + size + architecture + discount + services
        var drivers = [
            CostDriver(name: "replicas", change: replicas),
            CostDriver(name: "size (vCPU and memory)", change: size),
            CostDriver(name: "architecture (x86_64 or arm64)", change: architecture),
            CostDriver(name: "Spot and Savings Plan", change: discount),
        ]
        if services != .zero { drivers.append(CostDriver(name: "services added or removed", change: services)) }
        // Kubernetes shares, idle nodes and control planes count here when both environments render Kubernetes.
        let bothKubernetes = [subject, baseline].allSatisfy { estimate in
            estimate.resources.contains { $0.platform == .kubernetes }
        }
        drivers.append(CostDriver(
            name: bothKubernetes ? "shared infrastructure, usage and Kubernetes nodes" : "shared infrastructure and usage",
            change: likeForLike - baseline.total - serviceChanges))
        let extra = subject.total - likeForLike
        if extra != .zero {
            let platforms = platformsOnlyIn(subject, notIn: baseline).map(\.displayName).joined(separator: " and ")
            drivers.append(CostDriver(name: "platform: \(platforms) alongside (double run)", change: extra))
        }
        return drivers
    }

    /// The subject priced on the baseline's platforms only (with shared items): like for like.
    static func likeForLikeTotal(_ subject: CostEstimate, against baseline: CostEstimate) -> CostRange {
        let extra = Set(platformsOnlyIn(subject, notIn: baseline))
        return subject.resources.filter { !extra.contains($0.platform) }.map(\.monthlyCost).total()
    }

    /// Platforms the subject prices and the baseline does not.
    static func platformsOnlyIn(_ subject: CostEstimate, notIn baseline: CostEstimate) -> [CostPlatform] {
        CostPlatform.allCases.filter { platform in
            platform != .shared && subject.resources.contains { $0.platform == platform }
                && !baseline.resources.contains { $0.platform == platform }
        }
    }
}
