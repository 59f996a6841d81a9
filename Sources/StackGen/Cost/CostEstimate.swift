import Foundation

/// What an environment costs a month: every priced resource with its cost components, the assumptions behind
/// them, and the price table they came from. Modelled on Infracost's breakdown (resources → cost components
/// with unit, quantity, price and monthly cost), with a low (autoscaling minimum) and high (maximum) figure.
public struct CostEstimate: Sendable, Hashable {
    /// The environment's name: `production`.
    public let environment: String
    /// The environment file: `Environments/production.yaml`.
    public let file: String
    /// The AWS region priced.
    public let region: String
    public let usersPerMonth: Int?
    /// The platforms the environment renders.
    public let platforms: [Platform]
    /// The price table's name and date: `aws-list-prices-2026-11`, `2026-11-27`.
    public let priceTable: String
    public let priceTableDate: String
    /// Percent off on-demand assumed for Fargate Spot.
    public let spotDiscountPercent: Decimal
    /// Percent off on-demand compute from a Savings Plan.
    public let savingsPlanPercent: Decimal
    /// Every assumption behind the figures, in words.
    public let assumptions: [String]
    /// Every price the estimate used, sorted by name.
    public let prices: [PriceEntry]
    /// Services first (in declaration order, once per platform in the environment's order), then platform overhead, then
    /// shared items in file order.
    public let resources: [CostResource]

    public init(
        environment: String, file: String, region: String, usersPerMonth: Int?, platforms: [Platform],
        priceTable: String, priceTableDate: String, spotDiscountPercent: Decimal, savingsPlanPercent: Decimal,
        assumptions: [String], prices: [PriceEntry], resources: [CostResource]
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
    }

    /// The whole month, low and high.
    public var total: CostRange { resources.map(\.monthlyCost).total() }
}

/// Where a resource's cost belongs.
public enum CostPlatform: String, Sendable, Hashable, CaseIterable, Comparable {
    case kubernetes
    case ecs
    /// Infrastructure the environment file declares under `cost.shared`.
    case shared

    public static func < (lhs: CostPlatform, rhs: CostPlatform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One priced thing: a service on a platform, a cluster's control plane, or a shared item.
public struct CostResource: Sendable, Hashable {
    /// `api`, `eks-control-plane`, `postgres`.
    public let name: String
    /// `ecs-fargate-service`, `kubernetes-deployment`, `eks-cluster`, `load-balancer`, `nat-gateway`,
    /// `database`, `cache`, `logs`.
    public let resourceType: String
    public let platform: CostPlatform
    /// The service this resource runs, `nil` for platform overhead and shared items.
    public let service: String?
    /// What runs, in words: `3–12 tasks of 1 vCPU / 2 GB, x86_64, on-demand`.
    public let summary: String
    /// The tags the resource carries (the environment's, plus a shared item's own).
    public let tags: [String: String]
    public let components: [CostComponent]

    public init(
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
    public var monthlyCost: CostRange { components.map(\.monthlyCost).total() }

    /// The row a breakdown by service puts this resource in: the service's name, or the resource's own.
    public var group: String { service ?? name }
}

/// One line of a resource's bill: a quantity of a unit at a price.
public struct CostComponent: Sendable, Hashable {
    /// `vCPU`, `memory`, `ephemeral storage above 20 GB`, `load balancer`, `capacity units`.
    public let name: String
    public let unit: PriceUnit
    /// Units a month, low and high.
    public let monthlyQuantity: CostRange
    /// The price the unit was charged at, after `discountPercent`.
    public let price: Decimal
    /// The price before any discount (for a Kubernetes node share, the node rate the OpenCost split gives).
    public let listPrice: Decimal
    /// Percent off `listPrice`.
    public let discountPercent: Decimal
    /// Why there is a discount: `Fargate Spot`, `Savings Plan`.
    public let discount: String?
    /// The table row the price comes from.
    public let priceID: PriceID
    /// How `listPrice` was derived from the table, when it is not the table's figure itself.
    public let derivation: String?

    public init(
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
    public var monthlyCost: CostRange { monthlyQuantity * price }
}
