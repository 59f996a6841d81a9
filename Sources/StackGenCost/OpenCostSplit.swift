import Foundation
import StackGen

/// Splits a node's hourly price into a price per vCPU-hour and a price per GiB-hour, the way OpenCost does when
/// it knows a node's total price but not its parts.
///
/// The method (OpenCost, `pkg/costmodel/costmodel.go`, `GetNodeCost`: "ramMultiple := cpu*cpuToRAMRatio + ramGB;
/// ramPrice = nodePrice / ramMultiple; cpuPrice = ramPrice * cpuToRAMRatio"; specification at
/// https://www.opencost.io/docs/specification):
///
/// 1. the ratio of a vCPU-hour to a GiB-hour is taken from OpenCost's default price sheet,
///    `configs/default.json` (CPU $0.031611 and RAM $0.004237 per hour, "based on GCP us-central1"), so
///    `ratio = 0.031611 / 0.004237 ≈ 7.4607`;
/// 2. `perGiB = nodePrice / (vCPUs × ratio + GiB)`;
/// 3. `perVCPU = perGiB × ratio`.
///
/// The two rates add back up to the node's price: `vCPUs × perVCPU + GiB × perGiB = nodePrice`. A pod is then
/// charged for what it requests (requests equal limits here), so idle node capacity, system pods and DaemonSets
/// are not in the figure — OpenCost reports those separately as idle cost.
package enum OpenCostSplit {
    /// OpenCost's default CPU price per vCPU-hour, used only for its ratio to the RAM price.
    package static let defaultCPUPrice: Decimal = Money.parse("0.031611")!
    /// OpenCost's default RAM price per GiB-hour, used only for its ratio to the CPU price.
    package static let defaultRAMPrice: Decimal = Money.parse("0.004237")!
    /// Where the defaults and the method are published.
    package static let source = "https://github.com/opencost/opencost (configs/default.json; pkg/costmodel/costmodel.go)"

    /// How much a vCPU-hour weighs against a GiB-hour.
    package static var cpuToRAMRatio: Decimal { defaultCPUPrice / defaultRAMPrice }

    /// The per-vCPU-hour and per-GiB-hour rates of a node costing `hourlyPrice`.
    package static func rates(hourlyPrice: Decimal, vcpus: Int, memoryGiB: Int) -> (perVCPU: Decimal, perGiB: Decimal) {
        let ratio = cpuToRAMRatio
        let perGiB = hourlyPrice / (Decimal(vcpus) * ratio + Decimal(memoryGiB))
        return (perGiB * ratio, perGiB)
    }
}
