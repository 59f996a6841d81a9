import Foundation
import DashboardStacks
import Testing

@testable import StackGen
@testable import StackGenCost

/// Kubernetes priced by nodes, re-derived here without the packer: the repository's production environment, the
/// node-fit rule, and the EKS reservation formulas.
@Suite("Cost: Kubernetes nodes")
struct CostNodeTests {
    typealias T = CostTest

    func production() throws -> CostEstimate {
        let workspace = Workspace(root: TestSupport.repositoryRoot, extensions: .cost)
        return try #require(CostEstimator(app: repositoryApp).estimate(try workspace.loadEnvironment("production")).estimate)
    }

    @Test("production's node count and bill re-derive from the environment by an independent calculation")
    func productionByHand() throws {
        let estimate = try production()
        // An m6i.large: 2,000m CPU less the EKS AMI's 6% of the first core and 1% of the second (70m) and the
        // aws-node (25m) and kube-proxy (100m) DaemonSets: 1,805m for pods. Memory: 8,192 MiB less 255 + 11 × 29
        // pods (kube-reserved) and 100 MiB (eviction): 7,518 MiB, more than any mix of these pods needs.
        let podCPU = 2000 - (60 + 10) - (25 + 100)
        #expect(podCPU == 1805)
        let capacity = NodeCapacity(node: try #require(NodeType.named("m6i.large")))
        #expect(capacity.podCPUMillicores == podCPU)
        #expect(capacity.podMemoryMiB == 8192 - (255 + 11 * 29 + 100))
        // api and worker pods request 1,000m, so no two share a node (2,000m > 1,805m); each such node keeps
        // 805m, room for one 500m web pod and the two 100m CoreDNS pods. Web pods beyond those share fresh nodes
        // three at a time (1,500m). So nodes = whole-vCPU pods + ⌈(web pods − whole-vCPU pods) / 3⌉.
        func nodes(api: Int, web: Int, worker: Int) -> Int {
            let whole = api + worker
            let extraWeb = max(0, web - whole)
            return whole + (extraWeb + 2) / 3
        }
        let low = nodes(api: 3, web: 3, worker: 2)
        let offPeak = nodes(api: 4, web: 3, worker: 2)
        let peak = nodes(api: 8, web: 5, worker: 3)
        let high = nodes(api: 12, web: 10, worker: 6)
        #expect((low, offPeak, peak, high) == (5, 6, 11, 18))
        let counts = try #require(estimate.kubernetesNodes)
        #expect(counts.low == low)
        #expect(counts.high == high)
        #expect(counts.phases.map(\.nodes) == [offPeak, peak])
        // The bill: node-hours × $0.096 + 20 GB gp3 × $0.08 a node-month + $73 control plane. The expected month
        // has 4 peak hours a day: 20/24 of it on 6 nodes, 4/24 on 11.
        let expectedNodes = Decimal(offPeak) * 20 / 24 + Decimal(peak) * 4 / 24
        func bill(_ nodeMonths: Decimal) -> Decimal {
            nodeMonths * 730 * T.d("0.096") + nodeMonths * 20 * T.d("0.08") + 73
        }
        let kubernetes = estimate.resources.filter { $0.platform == .kubernetes }.map(\.monthlyCost).total()
        #expect(Money.rounded(kubernetes.low, places: 10) == bill(5))
        #expect(Money.rounded(kubernetes.high, places: 10) == bill(18))
        #expect(Money.rounded(kubernetes.expected, places: 10) == Money.rounded(bill(expectedNodes), places: 10))
        #expect(Money.dollars(kubernetes.low) == "$431.40")
        #expect(Money.dollars(kubernetes.high) == "$1,363.24")
        // Inside the node bill, the services' shares and idle add up to node-hours × price.
        let compute = estimate.resources.filter { $0.platform == .kubernetes && $0.resourceType != "ebs-volume"
            && $0.resourceType != "eks-cluster" }.map(\.monthlyCost).total()
        #expect(Money.rounded(compute.low, places: 10) == 5 * 730 * T.d("0.096"))
        #expect(Money.rounded(compute.high, places: 10) == 18 * 730 * T.d("0.096"))
    }

    @Test("the EKS reservation formula: 70m on 2 vCPU, 80m on 4; memory from max pods")
    func reservations() throws {
        #expect(NodeCapacity.eksReservedCPU(vcpus: 2) == 70)
        #expect(NodeCapacity.eksReservedCPU(vcpus: 4) == 80)
        #expect(NodeCapacity.eksReservedCPU(vcpus: 8) == 90)
        let xlarge = NodeCapacity(node: try #require(NodeType.named("m6i.xlarge")))
        #expect(xlarge.reservedMemoryMiB == 255 + 11 * 58 + 100)
        #expect(xlarge.podRoom == "3.795 vCPU / 15.03 GiB")
        // An environment can replace each default.
        let custom = NodeCapacity(
            node: try #require(NodeType.named("m6i.large")),
            settings: NodeOverheadSettings(maxPods: 110, daemonSetCPUMillicores: 300, daemonSetMemoryMiB: 512))
        #expect(custom.reservedMemoryMiB == 255 + 11 * 110 + 100)
        #expect(custom.podCPUMillicores == 2000 - 70 - 300)
        #expect(custom.podMemoryMiB == 8192 - (255 + 1210 + 100) - 512)
    }

    @Test("the packer fills nodes first-fit by size and respects the pod limit")
    func packer() throws {
        let capacity = NodeCapacity(node: try #require(NodeType.named("t3.medium")))  // 17 pods, 2 DaemonSet pods
        let tiny = Array(repeating: PodRequest(owner: "tiny", cpuMillicores: 10, memoryMiB: 16), count: 31)
        #expect(NodePacker.nodes(for: tiny, on: capacity) == 3)  // 15 pods a node
        let mixed = [1000, 500, 500, 1000, 200].map { PodRequest(owner: "p\($0)", cpuMillicores: $0, memoryMiB: 256) }
        #expect(NodePacker.nodes(for: mixed, on: NodeCapacity(node: try #require(NodeType.named("m6i.large")))) == 2)
    }

    @Test("a pod no node can hold is an error in validate, synth and cost, naming service, node type and what fits")
    func podTooLarge() throws {
        let yaml = T.yaml(
            platforms: "[kubernetes]", services: "  big:\n    tag: \"1.0\"\n    replicas: 1",
            extra: "cost:\n  kubernetes:\n    nodeType: m6i.large\n  shared:\n    - {name: logs, kind: logs, ingestedGB: 1}\n")
        let environment = try TestSupport.environment(yaml, name: "test")
        let big = T.service("big", size: .vcpu2_mem12gb)
        let app = App(stacks: [Stack("demo") { _ in [big] }])
        let (services, _) = Resolver.resolve(app, in: environment)
        let expected = "a pod of `big` requests 2 vCPU / 12 GiB, more than one `m6i.large` node gives pods "
            + "(1.805 vCPU / 7.34 GiB after system reservations and DaemonSets); it would stay Pending; request at "
            + "most 1.805 vCPU / 7.34 GiB for `big`, or set `cost.kubernetes.nodeType` to a node type that holds "
            + "it, such as `m6i.xlarge` (3.795 vCPU / 15.03 GiB for pods)"
        // validate and synth run the same rules, with the ones StackGenCost registers.
        let rules = Validator.environmentRules + PipelineExtensions.cost.environmentRules
        let validation = Validator.validate(environment, services: services, environmentRules: rules)
        #expect(validation.contains { $0.severity == .error && $0.description.hasSuffix(expected) }, "\(validation.map(\.description))")
        let synthesis = Synthesizer(app: app).render(environment, environmentRules: rules)
        #expect(synthesis.diagnostics.contains { $0.description.hasSuffix(expected) })
        // cost refuses to price it.
        let (estimate, findings) = CostEstimator(app: app).estimate(environment)
        #expect(estimate == nil)
        #expect(findings.contains { $0.description.hasSuffix(expected) })
    }

    @Test("a node type the table does not price is a warning that tells how to add the rate")
    func unpricedNodeType() throws {
        let yaml = T.yaml(
            platforms: "[kubernetes]", services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: "cost:\n  kubernetes:\n    nodeType: c7i.large\n    nodeVCPUs: 2\n    nodeMemoryGiB: 4\n")
        let findings = T.findings([T.service("api")], yaml: yaml)
        #expect(findings.contains {
            $0.contains("warning: [test] node type `c7i.large` has no price in table aws-list-prices-2026-11 for "
                + "us-east-1, so `stackgen cost` cannot price the nodes; add `\"ec2/c7i.large/hour\": <USD an hour>` "
                + "under `cost.rates`")
        })
        #expect(findings.contains { $0.contains("error: [test] price table aws-list-prices-2026-11 has no price `ec2/c7i.large/hour`") })
    }
}
