import Foundation
import StackGen

/// Prices a service's ECS Fargate tasks: vCPU-hours and GB-hours at the rate for the task's architecture,
/// ephemeral storage above the 20 GB every task gets, 730 hours a month, at the autoscaling minimum (low) and
/// maximum (high). Spot tasks get the Spot discount (vCPU and memory only); on-demand tasks get the Savings
/// Plan discount, if any (vCPU and memory only, as Compute Savings Plans apply to Fargate compute).
enum FargateCostEstimator {
    /// Storage every Fargate task gets without charge, GB.
    static let freeEphemeralStorageGB = 20

    static func estimate(_ service: ResolvedService, month: ExpectedMonth, context: PricingContext) -> CostResource {
        let size = service.size
        let architecture = service.settings.architecture
        let vcpus = Decimal(size.cpuUnits) / 1024
        let memoryGB = Decimal(size.memoryMiB) / 1024
        let tasks = month.counts(service)
        let taskHours = tasks * context.hours
        let (discountPercent, discount): (Decimal, String?) = switch service.settings.capacity {
        case .spot: (context.spotDiscountPercent, "Fargate Spot")
        case .onDemand: (context.savingsPlanPercent, "Savings Plan")
        }
        let location = service.settings.location
        var components = [
            CostComponent(
                name: "vCPU", unit: .vcpuHour, monthlyQuantity: taskHours * vcpus,
                listPrice: context.price(.fargateVCPU(architecture), for: location),
                discountPercent: discountPercent, discount: discount, priceID: .fargateVCPU(architecture)),
            CostComponent(
                name: "memory", unit: .gbHour, monthlyQuantity: taskHours * memoryGB,
                listPrice: context.price(.fargateMemory(architecture), for: location),
                discountPercent: discountPercent, discount: discount, priceID: .fargateMemory(architecture)),
        ]
        if let storage = service.service.ephemeralStorageGiB, storage > freeEphemeralStorageGB {
            components.append(CostComponent(
                name: "ephemeral storage above \(freeEphemeralStorageGB) GB", unit: .gbHour,
                monthlyQuantity: taskHours * Decimal(storage - freeEphemeralStorageGB),
                listPrice: context.price(.fargateEphemeralStorage, for: location),
                priceID: .fargateEphemeralStorage))
        }
        if service.environment.ecs?.assignPublicIp == true {
            components.append(CostComponent(
                name: "public IPv4 address", unit: .hour, monthlyQuantity: taskHours,
                listPrice: context.price(.publicIPv4, for: location), priceID: .publicIPv4))
        }
        let storage = service.service.ephemeralStorageGiB.map { ", \($0) GB storage" } ?? ""
        return CostResource(
            name: service.name, resourceType: "ecs-fargate-service", platform: .ecs, service: service.name,
            summary: "\(service.replicas.counted("task")) of \(Money.number(vcpus)) vCPU / "
                + "\(Money.number(memoryGB)) GB\(storage), \(architecture.rawValue), \(service.settings.capacity.rawValue)",
            tags: service.environment.tags, components: components)
    }

    /// What the service runs, for the comparison's growth drivers.
    static func footprint(
        _ service: ResolvedService, month: ExpectedMonth, context: PricingContext, cost: CostRange
    ) -> ServiceFootprint {
        let architecture = service.settings.architecture
        let discount = service.settings.capacity == .spot ? context.spotDiscountPercent : context.savingsPlanPercent
        return ServiceFootprint(
            name: service.name, tasks: month.counts(service), vcpus: Decimal(service.size.cpuUnits) / 1024,
            memoryGB: Decimal(service.size.memoryMiB) / 1024, architecture: architecture,
            vcpuRate: context.price(.fargateVCPU(architecture)), gbRate: context.price(.fargateMemory(architecture)),
            discountPercent: discount, monthlyCost: cost)
    }
}
