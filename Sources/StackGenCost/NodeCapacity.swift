import Foundation
import StackGen

/// What one Kubernetes node offers pods: its capacity less what the kubelet keeps back (kube-reserved and the
/// hard eviction threshold) and what the DaemonSets on every node request. Defaults follow the Amazon EKS
/// optimized AMI; an environment replaces any of them under `cost.kubernetes` (`NodeOverheadSettings`).
///
/// - Pods per node: `maxPods` of the node type (`NodeType.maxPodsSource`), 110 (the kubelet default) when unknown.
/// - CPU kept back: 6% of the first core, 1% of the second, 0.5% of the third and fourth, 0.25% of each further
///   core (the EKS AMI's kube-reserved formula, `reservedCPUSource`).
/// - Memory kept back: 255 MiB + 11 MiB per pod the node takes (kube-reserved), plus the 100 MiB hard eviction
///   threshold (`memory.available<100Mi`).
/// - DaemonSets: `aws-node` (Amazon VPC CNI, requests 25m CPU) and `kube-proxy` (100m CPU), no memory
///   requests: 2 pods, 125m CPU, 0 MiB a node.
package struct NodeCapacity: Sendable, Hashable {
    package let node: NodeType
    package let maxPods: Int
    package let reservedCPUMillicores: Int
    package let reservedMemoryMiB: Int
    package let daemonSetCPUMillicores: Int
    package let daemonSetMemoryMiB: Int
    package let daemonSetPods: Int

    package static let reservedCPUSource = "https://github.com/awslabs/amazon-eks-ami (bootstrap: "
        + "get_cpu_millicores_to_reserve, get_memory_mebibytes_to_reserve = 11 × maxPods + 255; "
        + "evictionHard memory.available<100Mi)"
    package static let daemonSetSource = "EKS default add-ons: aws-node requests cpu 25m "
        + "(github.com/aws/amazon-vpc-cni-k8s, config/master/aws-k8s-cni.yaml), kube-proxy requests cpu 100m"
    /// Cluster pods that are not DaemonSets but run on the nodes: CoreDNS, 2 replicas of 100m CPU / 70 MiB
    /// (the EKS `coredns` add-on's requests).
    package static let clusterPods: [PodRequest] = [
        PodRequest(owner: "coredns", cpuMillicores: 100, memoryMiB: 70),
        PodRequest(owner: "coredns", cpuMillicores: 100, memoryMiB: 70),
    ]

    package init(node: NodeType, settings: NodeOverheadSettings = NodeOverheadSettings()) {
        self.node = node
        let pods = settings.maxPods ?? node.maxPods ?? 110
        maxPods = pods
        reservedCPUMillicores = settings.reservedCPUMillicores ?? Self.eksReservedCPU(vcpus: node.vcpus)
        reservedMemoryMiB = settings.reservedMemoryMiB ?? (255 + 11 * pods + 100)
        daemonSetCPUMillicores = settings.daemonSetCPUMillicores ?? 125
        daemonSetMemoryMiB = settings.daemonSetMemoryMiB ?? 0
        daemonSetPods = settings.daemonSetPods ?? 2
    }

    /// CPU the EKS AMI keeps back for the kubelet and runtime, millicores.
    static func eksReservedCPU(vcpus: Int) -> Int {
        var tenths = 0  // tenths of a millicore
        for core in 1...max(1, vcpus) {
            tenths += core == 1 ? 600 : core == 2 ? 100 : core <= 4 ? 50 : 25
        }
        return (tenths + 9) / 10
    }

    /// CPU pods can request on one node, millicores.
    package var podCPUMillicores: Int { node.vcpus * 1000 - reservedCPUMillicores - daemonSetCPUMillicores }
    /// Memory pods can request on one node, MiB.
    package var podMemoryMiB: Int { node.memoryGiB * 1024 - reservedMemoryMiB - daemonSetMemoryMiB }
    /// Pods beside the DaemonSets one node takes.
    package var podSlots: Int { maxPods - daemonSetPods }

    /// Whether one pod requesting this much fits on an empty node.
    package func fits(_ pod: PodRequest) -> Bool {
        pod.cpuMillicores <= podCPUMillicores && pod.memoryMiB <= podMemoryMiB && podSlots >= 1
    }

    /// `1.805 vCPU / 7.34 GiB`: what one node gives pods, in words.
    package var podRoom: String {
        "\(Money.number(Decimal(podCPUMillicores) / 1000, places: 3)) vCPU / "
            + "\(Money.number(Decimal(podMemoryMiB) / 1024, places: 2)) GiB"
    }
}

/// One pod's requests (summed over its containers).
package struct PodRequest: Sendable, Hashable {
    /// The service (or system component) the pod belongs to.
    package let owner: String
    package let cpuMillicores: Int
    package let memoryMiB: Int

    package init(owner: String, cpuMillicores: Int, memoryMiB: Int) {
        self.owner = owner
        self.cpuMillicores = cpuMillicores
        self.memoryMiB = memoryMiB
    }
}

/// Places pods on nodes of one type the way a cluster autoscaler sizing a node group would at best: first fit
/// in decreasing order of CPU, then memory, then name (deterministic), opening a node when none has room. The
/// count is a lower bound for a real scheduler, which also spreads replicas across zones.
package enum NodePacker {
    /// The nodes `pods` need; a pod that fits no empty node is left out (validation reports it).
    package static func nodes(for pods: [PodRequest], on capacity: NodeCapacity) -> Int {
        let sorted = pods.filter(capacity.fits).sorted {
            ($0.cpuMillicores, $0.memoryMiB, $0.owner) > ($1.cpuMillicores, $1.memoryMiB, $1.owner)
        }
        var free: [(cpu: Int, memory: Int, slots: Int)] = []
        for pod in sorted {
            if let index = free.firstIndex(where: {
                $0.cpu >= pod.cpuMillicores && $0.memory >= pod.memoryMiB && $0.slots >= 1
            }) {
                free[index].cpu -= pod.cpuMillicores
                free[index].memory -= pod.memoryMiB
                free[index].slots -= 1
            } else {
                free.append((
                    capacity.podCPUMillicores - pod.cpuMillicores, capacity.podMemoryMiB - pod.memoryMiB,
                    capacity.podSlots - 1))
            }
        }
        return free.count
    }
}
