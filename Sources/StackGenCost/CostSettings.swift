import Foundation
import StackGen

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
    /// The expected month: replicas off-peak and at peak, and the peak hours a day.
    public var expected: ExpectedUsage?
    /// GB a month sent from the environment to the internet, in the expected month.
    public var dataTransferOutGB: Decimal
    /// GB of images kept in ECR for the environment.
    public var ecrStorageGB: Decimal
    /// Where `cost:` starts in the environment file.
    public var location: SourceLocation?
    /// Where each key of `cost:` is, by key (`region`, `spotDiscountPercent`, …), for warnings that point at it.
    public var keyLocations: [String: SourceLocation]

    public init(
        region: String? = nil, spotDiscountPercent: Decimal? = nil, savingsPlanPercent: Decimal? = nil,
        rates: [RateOverride] = [], kubernetes: KubernetesCostSettings? = nil, shared: [SharedItem] = [],
        expected: ExpectedUsage? = nil, dataTransferOutGB: Decimal = 0, ecrStorageGB: Decimal = 0,
        location: SourceLocation? = nil, keyLocations: [String: SourceLocation] = [:]
    ) {
        self.region = region
        self.spotDiscountPercent = spotDiscountPercent
        self.savingsPlanPercent = savingsPlanPercent
        self.rates = rates
        self.kubernetes = kubernetes
        self.shared = shared
        self.expected = expected
        self.dataTransferOutGB = dataTransferOutGB
        self.ecrStorageGB = ecrStorageGB
        self.location = location
        self.keyLocations = keyLocations
    }

    /// The location of `key` under `cost:`, else of `cost:` itself.
    public func location(of key: String) -> SourceLocation? { keyLocations[key] ?? location }
}

/// The month `stackgen cost` calls expected: each service runs `replicas` off-peak and `peakReplicas` for
/// `peakHoursPerDay` hours a day (peaks at the same hours for every service). A service not listed runs its
/// autoscaling minimum all month.
public struct ExpectedUsage: Sendable, Hashable {
    /// Hours a day at peak, 0…24.
    public var peakHoursPerDay: Decimal
    /// Per service name.
    public var services: [String: ExpectedReplicas]
    public var location: SourceLocation?

    public init(peakHoursPerDay: Decimal = 0, services: [String: ExpectedReplicas] = [:], location: SourceLocation? = nil) {
        self.peakHoursPerDay = peakHoursPerDay
        self.services = services
        self.location = location
    }

    /// The share of the month at peak.
    public var peakShare: Decimal { peakHoursPerDay / 24 }
}

/// One service's replicas in the expected month.
public struct ExpectedReplicas: Sendable, Hashable {
    /// Replicas off-peak.
    public var replicas: Int
    /// Replicas at peak; `replicas` when not given.
    public var peakReplicas: Int
    public var location: SourceLocation?

    public init(replicas: Int, peakReplicas: Int? = nil, location: SourceLocation? = nil) {
        self.replicas = replicas
        self.peakReplicas = peakReplicas ?? replicas
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
    /// What each node keeps from pods, replacing the node type's defaults (`NodeOverhead`) field by field.
    public var overhead: NodeOverheadSettings
    /// The gp3 root volume of each node, GiB; 20 (the EKS managed node group default) when not given.
    public var nodeDiskGiB: Int
    public var location: SourceLocation?

    public init(
        nodeType: String, clusters: Int = 1, nodeVCPUs: Int? = nil, nodeMemoryGiB: Int? = nil,
        overhead: NodeOverheadSettings = NodeOverheadSettings(), nodeDiskGiB: Int = 20, location: SourceLocation? = nil
    ) {
        self.nodeType = nodeType
        self.clusters = clusters
        self.nodeVCPUs = nodeVCPUs
        self.nodeMemoryGiB = nodeMemoryGiB
        self.overhead = overhead
        self.nodeDiskGiB = nodeDiskGiB
        self.location = location
    }

    /// The node's size: the known type's, or the one the file gives.
    public var node: NodeType? {
        if let nodeVCPUs, let nodeMemoryGiB {
            let known = NodeType.named(nodeType)
            return NodeType(
                name: nodeType, vcpus: nodeVCPUs, memoryGiB: nodeMemoryGiB,
                architecture: known?.architecture ?? .x86_64, maxPods: known?.maxPods)
        }
        return NodeType.named(nodeType)
    }

    /// What one node offers pods: the node type with the overhead defaults and the file's replacements.
    package var capacity: NodeCapacity? { node.map { NodeCapacity(node: $0, settings: overhead) } }
}

/// Replacements for a node type's default overhead (`NodeOverhead.defaults`); `nil` keeps the default.
public struct NodeOverheadSettings: Sendable, Hashable {
    public var maxPods: Int?
    public var reservedCPUMillicores: Int?
    public var reservedMemoryMiB: Int?
    public var daemonSetCPUMillicores: Int?
    public var daemonSetMemoryMiB: Int?
    public var daemonSetPods: Int?

    public init(
        maxPods: Int? = nil, reservedCPUMillicores: Int? = nil, reservedMemoryMiB: Int? = nil,
        daemonSetCPUMillicores: Int? = nil, daemonSetMemoryMiB: Int? = nil, daemonSetPods: Int? = nil
    ) {
        self.maxPods = maxPods
        self.reservedCPUMillicores = reservedCPUMillicores
        self.reservedMemoryMiB = reservedMemoryMiB
        self.daemonSetCPUMillicores = daemonSetCPUMillicores
        self.daemonSetMemoryMiB = daemonSetMemoryMiB
        self.daemonSetPods = daemonSetPods
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
    /// An Application Load Balancer with an average of `capacityUnits` LCUs in use each hour, in `zones`
    /// availability zones; an internet-facing one has a public IPv4 address in each zone.
    case loadBalancer(capacityUnits: Decimal, zones: Int, internetFacing: Bool)
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
