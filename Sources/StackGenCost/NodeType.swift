import Foundation
import StackGen

/// An EC2 instance type used as a Kubernetes node: what it offers, so its hourly price can be split into a
/// per-vCPU and a per-GiB rate (`OpenCostSplit`).
public struct NodeType: Sendable, Hashable {
    /// `m6i.large`.
    public let name: String
    public let vcpus: Int
    public let memoryGiB: Int
    public let architecture: Architecture
    /// Pods the node takes with the Amazon VPC CNI (ENIs × (IPv4 addresses per ENI − 1) + 2), `nil` when unknown.
    public let maxPods: Int?

    public init(name: String, vcpus: Int, memoryGiB: Int, architecture: Architecture, maxPods: Int? = nil) {
        self.name = name
        self.vcpus = vcpus
        self.memoryGiB = memoryGiB
        self.architecture = architecture
        self.maxPods = maxPods
    }

    /// Where the `maxPods` figures come from.
    public static let maxPodsSource = "https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/"
        + "eni-max-pods.txt (ENIs × (IPv4 addresses per ENI − 1) + 2)"

    /// The node types stackgen knows the size of (from the EC2 instance type pages) and the pod limit of
    /// (`maxPodsSource`); any other type needs its `nodeVCPUs` and `nodeMemoryGiB` in the environment file.
    public static let known: [NodeType] = [
        NodeType(name: "c6i.large", vcpus: 2, memoryGiB: 4, architecture: .x86_64, maxPods: 29),
        NodeType(name: "m6g.large", vcpus: 2, memoryGiB: 8, architecture: .arm64, maxPods: 29),
        NodeType(name: "m6i.large", vcpus: 2, memoryGiB: 8, architecture: .x86_64, maxPods: 29),
        NodeType(name: "m6i.xlarge", vcpus: 4, memoryGiB: 16, architecture: .x86_64, maxPods: 58),
        NodeType(name: "m7g.large", vcpus: 2, memoryGiB: 8, architecture: .arm64, maxPods: 29),
        NodeType(name: "m7g.xlarge", vcpus: 4, memoryGiB: 16, architecture: .arm64, maxPods: 58),
        NodeType(name: "r6i.large", vcpus: 2, memoryGiB: 16, architecture: .x86_64, maxPods: 29),
        NodeType(name: "t3.large", vcpus: 2, memoryGiB: 8, architecture: .x86_64, maxPods: 35),
        NodeType(name: "t3.medium", vcpus: 2, memoryGiB: 4, architecture: .x86_64, maxPods: 17),
    ]

    /// The known node type called `name`.
    public static func named(_ name: String) -> NodeType? { known.first { $0.name == name } }
}
