import Foundation

/// What an environment file says about cost planning (`cost:`): the region to price, discounts, price overrides,
/// the Kubernetes node type, and the shared infrastructure the services use. Only `stackgen cost` reads it.
public struct CostSettings: Sendable, Hashable {
    /// The region to price; `ecs.region` when not given.
    public var region: String?
    /// Percent off on-demand for Fargate Spot tasks; the price table's assumption when not given.
    public var spotDiscountPercent: Decimal?
    /// Percent off on-demand compute (Fargate and EC2 nodes) from a Compute Savings Plan; 0 when not given.
    public var savingsPlanPercent: Decimal?
    /// Prices that replace the table's in this environment's region, sorted by name.
    public var rates: [RateOverride]
    /// How the Kubernetes platform is priced; required when the environment renders Kubernetes.
    public var kubernetes: KubernetesCostSettings?
    /// Shared infrastructure, priced from the declared quantities, in file order.
    public var shared: [SharedItem]
    /// Where `cost:` starts in the environment file.
    public var location: SourceLocation?

    public init(
        region: String? = nil, spotDiscountPercent: Decimal? = nil, savingsPlanPercent: Decimal? = nil,
        rates: [RateOverride] = [], kubernetes: KubernetesCostSettings? = nil, shared: [SharedItem] = [],
        location: SourceLocation? = nil
    ) {
        self.region = region
        self.spotDiscountPercent = spotDiscountPercent
        self.savingsPlanPercent = savingsPlanPercent
        self.rates = rates
        self.kubernetes = kubernetes
        self.shared = shared
        self.location = location
    }
}

/// One price replaced for an environment: `"fargate/arm64/vcpu-hour": 0.03238`.
public struct RateOverride: Sendable, Hashable {
    public var id: PriceID
    /// US dollars per unit.
    public var price: Decimal
    public var location: SourceLocation?

    public init(id: PriceID, price: Decimal, location: SourceLocation? = nil) {
        self.id = id
        self.price = price
        self.location = location
    }
}

/// The nodes an environment's Kubernetes services run on, and how many clusters there are.
public struct KubernetesCostSettings: Sendable, Hashable {
    /// The EC2 instance type of the nodes, such as `m6i.large`.
    public var nodeType: String
    /// EKS clusters, each paying for its control plane.
    public var clusters: Int
    /// vCPUs of a node type stackgen does not know.
    public var nodeVCPUs: Int?
    /// Memory (GiB) of a node type stackgen does not know.
    public var nodeMemoryGiB: Int?
    public var location: SourceLocation?

    public init(
        nodeType: String, clusters: Int = 1, nodeVCPUs: Int? = nil, nodeMemoryGiB: Int? = nil,
        location: SourceLocation? = nil
    ) {
        self.nodeType = nodeType
        self.clusters = clusters
        self.nodeVCPUs = nodeVCPUs
        self.nodeMemoryGiB = nodeMemoryGiB
        self.location = location
    }

    /// The node's size: the known type's, or the one the file gives.
    public var node: NodeType? {
        if let nodeVCPUs, let nodeMemoryGiB {
            return NodeType(
                name: nodeType, vcpus: nodeVCPUs, memoryGiB: nodeMemoryGiB,
                architecture: NodeType.named(nodeType)?.architecture ?? .x86_64)
        }
        return NodeType.named(nodeType)
    }
}

/// A piece of shared infrastructure declared with its expected usage, like an Infracost usage file.
public struct SharedItem: Sendable, Hashable {
    /// Unique within the environment: `alb`, `postgres`.
    public var name: String
    public var usage: SharedUsage
    /// How many identical items: NAT gateways in three zones are `count: 3`.
    public var count: Int
    /// Hours each runs a month; 730 (always on) when not given.
    public var hours: Decimal
    /// Tags beyond the environment's, for the per-tag breakdown.
    public var tags: [String: String]
    public var location: SourceLocation?

    public init(
        name: String, usage: SharedUsage, count: Int = 1, hours: Decimal = PriceTable.hoursPerMonth,
        tags: [String: String] = [:], location: SourceLocation? = nil
    ) {
        self.name = name
        self.usage = usage
        self.count = count
        self.hours = hours
        self.tags = tags
        self.location = location
    }
}

/// What a shared item is, with the quantities that price it.
public enum SharedUsage: Sendable, Hashable {
    /// An Application Load Balancer with an average of `capacityUnits` LCUs in use each hour.
    case loadBalancer(capacityUnits: Decimal)
    /// A NAT gateway processing `dataGB` a month (all gateways together).
    case natGateway(dataGB: Decimal)
    /// An RDS for PostgreSQL instance with `storageGB` of gp3 storage.
    case database(instanceClass: String, multiAZ: Bool, storageGB: Decimal)
    /// An ElastiCache node.
    case cache(nodeType: String)
    /// CloudWatch Logs: GB ingested a month and GB kept.
    case logs(ingestedGB: Decimal, storedGB: Decimal)

    /// The `kind:` that declares it.
    public var kind: SharedKind {
        switch self {
        case .loadBalancer: .loadBalancer
        case .natGateway: .natGateway
        case .database: .database
        case .cache: .cache
        case .logs: .logs
        }
    }
}

/// The kinds of shared item an environment file can declare.
public enum SharedKind: String, Sendable, Hashable, CaseIterable {
    case loadBalancer = "load-balancer"
    case natGateway = "nat-gateway"
    case database
    case cache
    case logs
}
