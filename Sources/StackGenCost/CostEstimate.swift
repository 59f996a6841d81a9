import Foundation
import StackGen

/// What an environment costs a month: every priced resource with its cost components, the assumptions behind
/// them, and the price table they came from. Modelled on Infracost's breakdown (resources → cost components
/// with unit, quantity, price and monthly cost), with a low (autoscaling minimum) and high (maximum) figure.
package struct CostEstimate: Sendable, Hashable {
    /// The environment's name: `production`.
    package let environment: String
    /// The environment file: `Environments/production.yaml`.
    package let file: String
    /// The AWS region priced.
    package let region: String
    package let usersPerMonth: Int?
    /// The platforms the environment renders.
    package let platforms: [Platform]
    /// The price table's name and date: `aws-list-prices-2026-11`, `2026-11-27`.
    package let priceTable: String
    package let priceTableDate: String
    /// Percent off on-demand assumed for Fargate Spot.
    package let spotDiscountPercent: Decimal
    /// Percent off on-demand compute from a Savings Plan.
    package let savingsPlanPercent: Decimal
    /// Every assumption behind the figures, in words.
    package let assumptions: [String]
    /// Every price the estimate used, sorted by name.
    package let prices: [PriceEntry]
    /// Services first (in declaration order, once per platform in the environment's order), then platform overhead, then
    /// shared items in file order.
    package let resources: [CostResource]
    /// The Kubernetes nodes the services need, when the environment renders Kubernetes.
    package let kubernetesNodes: NodeCounts?
    /// What each ECS service runs, for the comparison's growth drivers.
    package let footprints: [ServiceFootprint]

    package init(
        environment: String, file: String, region: String, usersPerMonth: Int?, platforms: [Platform],
        priceTable: String, priceTableDate: String, spotDiscountPercent: Decimal, savingsPlanPercent: Decimal,
        assumptions: [String], prices: [PriceEntry], resources: [CostResource], kubernetesNodes: NodeCounts? = nil,
        footprints: [ServiceFootprint] = []
    ) {
        self.environment = environment
        self.file = file
        self.region = region
        self.usersPerMonth = usersPerMonth
        self.platforms = platforms
        self.priceTable = priceTable
        self.priceTableDate = priceTableDate
        self.spotDiscountPercent = spotDiscountPercent
        self.savingsPlanPercent = savingsPlanPercent
        self.assumptions = assumptions
        self.prices = prices
        self.resources = resources
        self.kubernetesNodes = kubernetesNodes
        self.footprints = footprints
    }

    /// The whole month, low, expected and high.
    package var total: CostRange { resources.map(\.monthlyCost).total() }

    /// For an environment rendering more than one platform (a migration's double run), the end states: each
    /// platform alone with the shared items, in platform order. Empty for a single platform.
    package var scenarios: [CostScenario] {
        let rendered = CostPlatform.allCases.filter { platform in
            platform != .shared && resources.contains { $0.platform == platform }
        }
        guard rendered.count > 1 else { return [] }
        return rendered.map { platform in
            CostScenario(
                name: "\(platform.displayName) only", platform: platform,
                total: resources.filter { $0.platform == platform || $0.platform == .shared }.map(\.monthlyCost).total())
        }
    }
}

/// One end state of a migration: the environment on one platform, with its shared items.
package struct CostScenario: Sendable, Hashable {
    /// `ECS only`.
    package let name: String
    package let platform: CostPlatform
    package let total: CostRange
}

/// What one ECS service runs, enough to re-price it with another replica count, size, architecture or discount.
package struct ServiceFootprint: Sendable, Hashable {
    package let name: String
    package let tasks: CostRange
    package let vcpus: Decimal
    package let memoryGB: Decimal
    package let architecture: Architecture
    /// The list prices the service's architecture has in the estimate (after `cost.rates`).
    package let vcpuRate: Decimal
    package let gbRate: Decimal
    /// Spot or Savings Plan, percent off.
    package let discountPercent: Decimal
    /// The whole resource's monthly cost (with storage and public IPs).
    package let monthlyCost: CostRange

    /// Tasks × size × rates × discount, for `tasks`, `vcpus`… taken from `self` or replaced.
    func price(
        tasks: CostRange? = nil, size: ServiceFootprint? = nil, rates: ServiceFootprint? = nil,
        discount: ServiceFootprint? = nil
    ) -> CostRange {
        let size = size ?? self
        let rates = rates ?? self
        let perTaskHour = (size.vcpus * rates.vcpuRate + size.memoryGB * rates.gbRate)
            * (100 - (discount ?? self).discountPercent) / 100
        return (tasks ?? self.tasks) * (PriceTable.hoursPerMonth * perTaskHour)
    }
}

/// Where a resource's cost belongs.
package enum CostPlatform: String, Sendable, Hashable, CaseIterable, Comparable {
    case kubernetes
    case ecs
    /// Infrastructure the environment file declares under `cost.shared`.
    case shared

    /// `Kubernetes`, `ECS`, `shared`.
    package var displayName: String {
        switch self {
        case .kubernetes: "Kubernetes"
        case .ecs: "ECS"
        case .shared: "shared"
        }
    }

    package static func < (lhs: CostPlatform, rhs: CostPlatform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One priced thing: a service on a platform, a cluster's control plane, or a shared item.
package struct CostResource: Sendable, Hashable {
    /// `api`, `eks-control-plane`, `postgres`.
    package let name: String
    /// `ecs-fargate-service`, `kubernetes-deployment`, `eks-cluster`, `load-balancer`, `nat-gateway`,
    /// `database`, `cache`, `logs`.
    package let resourceType: String
    package let platform: CostPlatform
    /// The service this resource runs, `nil` for platform overhead and shared items.
    package let service: String?
    /// What runs, in words: `3–12 tasks of 1 vCPU / 2 GB, x86_64, on-demand`.
    package let summary: String
    /// The tags the resource carries (the environment's, plus a shared item's own).
    package let tags: [String: String]
    package let components: [CostComponent]

    package init(
        name: String, resourceType: String, platform: CostPlatform, service: String?, summary: String,
        tags: [String: String], components: [CostComponent]
    ) {
        self.name = name
        self.resourceType = resourceType
        self.platform = platform
        self.service = service
        self.summary = summary
        self.tags = tags
        self.components = components
    }

    /// The sum of the components.
    package var monthlyCost: CostRange { components.map(\.monthlyCost).total() }

    /// The row a breakdown by service puts this resource in: the service's name, or the resource's own.
    package var group: String { service ?? name }
}

/// One line of a resource's bill: a quantity of a unit at a price.
package struct CostComponent: Sendable, Hashable {
    /// `vCPU`, `memory`, `ephemeral storage above 20 GB`, `load balancer`, `capacity units`.
    package let name: String
    package let unit: PriceUnit
    /// Units a month, low and high.
    package let monthlyQuantity: CostRange
    /// The price the unit was charged at, after `discountPercent`.
    package let price: Decimal
    /// The price before any discount (for a Kubernetes node share, the node rate the OpenCost split gives).
    package let listPrice: Decimal
    /// Percent off `listPrice`.
    package let discountPercent: Decimal
    /// Why there is a discount: `Fargate Spot`, `Savings Plan`.
    package let discount: String?
    /// The table row the price comes from.
    package let priceID: PriceID
    /// How `listPrice` was derived from the table, when it is not the table's figure itself.
    package let derivation: String?

    package init(
        name: String, unit: PriceUnit, monthlyQuantity: CostRange, listPrice: Decimal, discountPercent: Decimal = 0,
        discount: String? = nil, priceID: PriceID, derivation: String? = nil
    ) {
        self.name = name
        self.unit = unit
        self.monthlyQuantity = monthlyQuantity
        self.listPrice = listPrice
        self.discountPercent = discountPercent
        self.discount = discountPercent == 0 ? nil : discount
        self.price = listPrice * (100 - discountPercent) / 100
        self.priceID = priceID
        self.derivation = derivation
    }

    /// Quantity times price, low and high.
    package var monthlyCost: CostRange { monthlyQuantity * price }
}
