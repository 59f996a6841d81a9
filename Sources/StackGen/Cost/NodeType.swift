import Foundation

/// An EC2 instance type used as a Kubernetes node: what it offers, so its hourly price can be split into a
/// per-vCPU and a per-GiB rate (`OpenCostSplit`).
public struct NodeType: Sendable, Hashable {
    /// `m6i.large`.
    public let name: String
    public let vcpus: Int
    public let memoryGiB: Int
    public let architecture: Architecture

    public init(name: String, vcpus: Int, memoryGiB: Int, architecture: Architecture) {
        self.name = name
        self.vcpus = vcpus
        self.memoryGiB = memoryGiB
        self.architecture = architecture
    }

    /// The node types stackgen knows the size of (from the EC2 instance type pages); any other type needs its
    /// `nodeVCPUs` and `nodeMemoryGiB` in the environment file.
    public static let known: [NodeType] = [
        NodeType(name: "c6i.large", vcpus: 2, memoryGiB: 4, architecture: .x86_64),
        NodeType(name: "m6g.large", vcpus: 2, memoryGiB: 8, architecture: .arm64),
        NodeType(name: "m6i.large", vcpus: 2, memoryGiB: 8, architecture: .x86_64),
        NodeType(name: "m6i.xlarge", vcpus: 4, memoryGiB: 16, architecture: .x86_64),
        NodeType(name: "m7g.large", vcpus: 2, memoryGiB: 8, architecture: .arm64),
        NodeType(name: "m7g.xlarge", vcpus: 4, memoryGiB: 16, architecture: .arm64),
        NodeType(name: "r6i.large", vcpus: 2, memoryGiB: 16, architecture: .x86_64),
        NodeType(name: "t3.large", vcpus: 2, memoryGiB: 8, architecture: .x86_64),
        NodeType(name: "t3.medium", vcpus: 2, memoryGiB: 4, architecture: .x86_64),
    ]

    /// The known node type called `name`.
    public static func named(_ name: String) -> NodeType? { known.first { $0.name == name } }
}
