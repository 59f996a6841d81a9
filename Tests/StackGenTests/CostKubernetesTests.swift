import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// Kubernetes figures re-derived by hand with the OpenCost method: the vCPU:GiB weight is OpenCost's default
/// $0.031611 / $0.004237 = 7.46070…; an m6i.large ($0.096/h, 2 vCPU, 8 GiB) gives $0.096 / (2 × 7.46070 + 8) =
/// $0.00418822 per GiB-hour and 7.46070 × that = $0.0312471 per vCPU-hour.
@Suite("Cost: Kubernetes")
struct CostKubernetesTests {
    typealias T = CostTest

    static let kubernetes = "cost:\n  kubernetes:\n    nodeType: m6i.large\n"

    /// `value` is within a millionth of a cent of `expected`.
    func close(_ value: Decimal, _ expected: String) -> Bool {
        let difference = value - T.d(expected)
        return difference.magnitude < T.d("0.00000001")
    }

    @Test("the OpenCost split gives per-vCPU and per-GiB rates that add back up to the node's price")
    func split() {
        let (perVCPU, perGiB) = OpenCostSplit.rates(hourlyPrice: T.d("0.096"), vcpus: 2, memoryGiB: 8)
        #expect(close(perGiB, "0.0041882246"))
        #expect(close(perVCPU, "0.0312471015"))
        #expect((2 * perVCPU + 8 * perGiB - T.d("0.096")).magnitude < T.d("0.000000000000000000001"))
        #expect(Money.unitPrice(perVCPU) == "$0.031247")
        #expect(Money.unitPrice(perGiB) == "$0.004188")
        // m7g.large, $0.0816/h, 2 vCPU, 8 GiB: $0.0816 / 22.92141 = $0.00355999 per GiB-hour.
        let (armVCPU, armGiB) = OpenCostSplit.rates(hourlyPrice: T.d("0.0816"), vcpus: 2, memoryGiB: 8)
        #expect(close(armGiB, "0.0035599909"))
        #expect(close(armVCPU, "0.0265600362"))
    }

    @Test("a pod of 1 vCPU and 2 GiB on m6i.large costs 730 × ($0.0312471 + 2 × $0.00418822) = $28.93")
    func onePod() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  api:\n    tag: \"1.0\"\n    replicas: 1", extra: Self.kubernetes))
        let api = try T.resource(estimate, "api", on: .kubernetes)
        #expect(api.resourceType == "kubernetes-deployment")
        #expect(try T.component(api, "vCPU requests").monthlyQuantity == CostRange(730))
        #expect(try T.component(api, "memory requests").monthlyQuantity == CostRange(1460))
        #expect(try T.component(api, "vCPU requests").priceID == .ec2("m6i.large"))
        #expect(close(api.monthlyCost.low, "28.9251920344"))
        #expect(api.monthlyCost.dollars == "$28.93")
        #expect(api.summary == "1 pod requesting 1 vCPU / 2 GiB: its share of the m6i.large nodes")
    }

    @Test("replicas from the minimum to the maximum give the low and high figures")
    func replicaRange() throws {
        let estimate = try T.estimate([T.service("web", size: .vcpu0_5_mem1gb)], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  web:\n    tag: \"1.0\"\n    replicas: {min: 3, max: 10}",
            extra: Self.kubernetes))
        let web = try T.resource(estimate, "web", on: .kubernetes)
        // 3 × 730 × (0.5 × $0.0312471 + 1 × $0.00418822) = $43.3878; × 10 pods = $144.6260.
        #expect(close(web.monthlyCost.low, "43.3877880516"))
        #expect(close(web.monthlyCost.high, "144.6259601722"))
    }

    @Test("requests are what the pod asks for: 256 CPU units are 250m, as rendered")
    func requestsAsRendered() throws {
        let estimate = try T.estimate([T.service("tiny", size: .vcpu0_25_mem0_5gb)], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  tiny:\n    tag: \"1.0\"\n    replicas: 1", extra: Self.kubernetes))
        let tiny = try T.resource(estimate, "tiny", on: .kubernetes)
        #expect(try T.component(tiny, "vCPU requests").monthlyQuantity == CostRange(T.d("182.5")))
        #expect(try T.component(tiny, "memory requests").monthlyQuantity == CostRange(365))
    }

    @Test("each EKS cluster's control plane costs 730 × $0.10 = $73.00")
    func controlPlane() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: "cost:\n  kubernetes:\n    nodeType: m6i.large\n    clusters: 2\n"))
        let plane = try T.resource(estimate, "eks-control-plane", on: .kubernetes)
        #expect(plane.service == nil)
        #expect(plane.monthlyCost == CostRange(146))
        #expect(plane.summary == "2 EKS clusters, standard support")
    }

    @Test("a Savings Plan lowers the node rates; a node type the table lacks can be given in full")
    func savingsAndCustomNode() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: """
                cost:
                  savingsPlanPercent: 25
                  rates:
                    "ec2/c7i.large/hour": 0.0893
                  kubernetes:
                    nodeType: c7i.large
                    nodeVCPUs: 2
                    nodeMemoryGiB: 4

                """))
        let vcpu = try T.component(T.resource(estimate, "api", on: .kubernetes), "vCPU requests")
        // $0.0893 / (2 × 7.46070 + 4) = $0.00471952 per GiB-hour; × 7.46070 = $0.0352110 per vCPU-hour; 25% off.
        #expect(close(vcpu.listPrice, "0.0352109555"))
        #expect(vcpu.discount == "Savings Plan")
        #expect(vcpu.price == vcpu.listPrice * 75 / 100)
        #expect(try T.resource(estimate, "eks-control-plane", on: .kubernetes).monthlyCost == CostRange(73))
    }

    @Test("a service declared for ECS only is not priced on Kubernetes")
    func platformSubset() throws {
        let ecsOnly = Service(
            "batch", image: "registry.example.com/batch", security: .restricted(runAsUser: 10001), platforms: [.ecs])
        let estimate = try T.estimate([T.service("api"), ecsOnly], yaml: T.yaml(
            platforms: "[kubernetes, ecs]",
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1\n  batch:\n    tag: \"1.0\"\n    replicas: 1",
            extra: Self.kubernetes))
        #expect(estimate.resources.map { "\($0.name)/\($0.platform.rawValue)" }
            == [
                "api/kubernetes", "api/ecs", "batch/ecs", "idle-capacity/kubernetes", "node-disks/kubernetes",
                "eks-control-plane/kubernetes",
            ])
    }

    @Test("an environment that renders Kubernetes without a node type says what to add")
    func noNodeType() {
        let findings = T.findings([T.service("api")], yaml: T.yaml(
            platforms: "[kubernetes]", services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: "cost:\n  region: us-east-1\n")).filter { $0.contains("error:") }
        #expect(findings == [
            "Environments/test.yaml:23:3: error: [test] the environment renders Kubernetes, but its node type is "
                + "unknown, so pods cannot be priced; add `kubernetes: {nodeType: m6i.large}` under `cost:` in "
                + "Environments/test.yaml"
        ])
    }
}
