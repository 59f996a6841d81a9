import Foundation
import StackGen

/// Names one price in a `PriceTable`: `fargate/x86_64/vcpu-hour`, `ec2/m6i.large/hour`, `alb/lcu-hour`.
///
/// Environment files use the same names to override a price (`cost.rates`), and every cost component in the
/// output names the price it used, so a figure can be traced back to its row in the table.
public struct PriceID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    private init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Fargate vCPU per hour, by CPU architecture (Linux).
    public static func fargateVCPU(_ architecture: Architecture) -> PriceID {
        PriceID("fargate/\(architecture.rawValue)/vcpu-hour")
    }

    /// Fargate memory per GB per hour, by CPU architecture (Linux).
    public static func fargateMemory(_ architecture: Architecture) -> PriceID {
        PriceID("fargate/\(architecture.rawValue)/gb-hour")
    }

    /// Fargate ephemeral storage above the 20 GB every task gets, per GB per hour.
    public static let fargateEphemeralStorage = PriceID("fargate/ephemeral-storage/gb-hour")
    /// The EKS control plane, per cluster per hour (standard support).
    public static let eksCluster = PriceID("eks/cluster-hour")
    /// An Application Load Balancer, per hour.
    public static let loadBalancerHour = PriceID("alb/hour")
    /// Application Load Balancer capacity units, per LCU per hour.
    public static let loadBalancerCapacityUnitHour = PriceID("alb/lcu-hour")
    /// A NAT gateway, per hour.
    public static let natGatewayHour = PriceID("nat-gateway/hour")
    /// Data a NAT gateway processes, per GB.
    public static let natGatewayData = PriceID("nat-gateway/gb")
    /// CloudWatch Logs ingestion, per GB.
    public static let logsIngested = PriceID("logs/ingested-gb")
    /// CloudWatch Logs storage, per GB per month.
    public static let logsStored = PriceID("logs/stored-gb-month")

    /// EBS General Purpose (gp3) volume storage (a node's root volume), per GB per month.
    public static let ebsGP3 = PriceID("ebs/gp3/gb-month")
    /// A public IPv4 address, per hour (NAT gateways, internet-facing load balancer zones, tasks with a public IP).
    public static let publicIPv4 = PriceID("vpc/public-ipv4-hour")
    /// Data transfer out from the region to the internet, per GB (first 10 TB a month tier).
    public static let dataTransferOut = PriceID("data-transfer/internet-out-gb")
    /// A Secrets Manager secret, per secret per month.
    public static let secret = PriceID("secretsmanager/secret-month")
    /// ECR private repository storage, per GB per month.
    public static let ecrStorage = PriceID("ecr/storage-gb-month")

    /// An EC2 instance (a Kubernetes node), Linux on-demand, per hour.
    public static func ec2(_ instanceType: String) -> PriceID { PriceID("ec2/\(instanceType)/hour") }

    /// An RDS for PostgreSQL instance, per hour; Multi-AZ counts the standby.
    public static func database(_ instanceClass: String, multiAZ: Bool) -> PriceID {
        PriceID("rds/\(instanceClass)/\(multiAZ ? "multi-az-hour" : "hour")")
    }

    /// RDS General Purpose (gp3) storage, per GB per month; Multi-AZ stores it twice.
    public static func databaseStorage(multiAZ: Bool) -> PriceID {
        PriceID("rds/storage/\(multiAZ ? "multi-az-gb-month" : "gb-month")")
    }

    /// An ElastiCache node, per hour.
    public static func cache(_ nodeType: String) -> PriceID { PriceID("elasticache/\(nodeType)/hour") }

    /// Recognises a price name as written in an environment file: one of the fixed names, or an instance price
    /// (`ec2/<type>/hour`, `rds/<class>/hour`, `rds/<class>/multi-az-hour`, `elasticache/<type>/hour`) for a
    /// type the table may not list. `nil` when `text` has none of these shapes.
    public init?(parsing text: String) {
        if Self.fixed.contains(where: { $0.rawValue == text }) {
            self.init(text)
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, Self.isInstanceName(parts[1]) else { return nil }
        switch (parts[0], parts[2]) {
        case ("ec2", "hour"), ("rds", "hour"), ("rds", "multi-az-hour"), ("elasticache", "hour"):
            guard parts[0] != "rds" || parts[1].hasPrefix("db."), parts[0] != "elasticache" || parts[1].hasPrefix("cache.")
            else { return nil }
            self.init(text)
        default:
            return nil
        }
    }

    /// Every name that is not an instance price.
    static let fixed: [PriceID] = Architecture.allCases.flatMap { [fargateVCPU($0), fargateMemory($0)] } + [
        fargateEphemeralStorage, eksCluster, loadBalancerHour, loadBalancerCapacityUnitHour, natGatewayHour,
        natGatewayData, logsIngested, logsStored, databaseStorage(multiAZ: false), databaseStorage(multiAZ: true),
        ebsGP3, publicIPv4, dataTransferOut, secret, ecrStorage,
    ]

    /// `m6i.large`, `db.t3.micro`: lowercase letters, digits, `.` and `-`.
    static func isInstanceName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.contains(".")
            && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
    }

    public var description: String { rawValue }

    public static func < (lhs: PriceID, rhs: PriceID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a price is per.
public enum PriceUnit: String, Sendable, Hashable, CaseIterable {
    case vcpuHour = "vCPU-hour"
    case gbHour = "GB-hour"
    case gibHour = "GiB-hour"
    case hour = "hour"
    case lcuHour = "LCU-hour"
    case gb = "GB"
    case gbMonth = "GB-month"
    case secretMonth = "secret-month"

    /// The unit of a monthly quantity: `vCPU-hours`, `GB`.
    public var plural: String {
        switch self {
        case .gb: "GB"
        case .gbMonth: "GB-months"
        case .secretMonth: "secret-months"
        default: rawValue + "s"
        }
    }
}
