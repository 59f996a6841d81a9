import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

@Suite("Cost: breakdowns and comparison")
struct CostBreakdownTests {
    typealias T = CostTest

    /// A small production-like environment: api on both platforms, 1 vCPU / 2 GB, 2–4 replicas; an m6i.large
    /// node pool; a database owned by another team; 4,000 users a month.
    static func production() throws -> CostEstimate {
        try T.estimate([T.service("api")], yaml: T.yaml(
            platforms: "[kubernetes, ecs]", services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 2, max: 4}",
            extra: """
                usersPerMonth: 4000
                cost:
                  kubernetes:
                    nodeType: m6i.large
                  shared:
                    - name: postgres
                      kind: database
                      instanceClass: db.t3.micro
                      storageGB: 20
                      tags:
                        owner: data-team

                """), name: "production")
    }

    /// A staging-like environment: api on ECS only, 1 vCPU / 2 GB, 1 replica; the same database; 400 users.
    static func staging() throws -> CostEstimate {
        try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: """
                usersPerMonth: 400
                cost:
                  shared:
                    - name: postgres
                      kind: database
                      instanceClass: db.t3.micro
                      storageGB: 20

                """), name: "staging")
    }

    // By hand: ECS api $36.0401 a task (2 → $72.0802, 4 → $144.1604). Kubernetes: one 1-vCPU pod a node (an
    // m6i.large gives pods 1.805 vCPU), so 2 → 4 nodes × 730 × $0.096 = $140.16 → $280.32, of which api's share
    // is $28.92519 a pod ($57.85038 → $115.70077) and idle the rest; node disks 2 → 4 × 20 GB × $0.08 = $3.20 →
    // $6.40; EKS $73; database 730 × $0.018 + 20 × $0.115 = $15.44.
    static let productionLow = "303.88"
    static let productionHigh = "519.32"

    @Test("per service sums a service's platforms; per platform and per tag split the same total")
    func breakdowns() throws {
        let estimate = try Self.production()
        #expect(estimate.total.dollars == "$\(Self.productionLow) – $\(Self.productionHigh) (expected $303.88)")
        let byService = estimate.byService.map { "\($0.name) \(CostWords.points($0.monthlyCost))" }
        #expect(byService == [
            "api $129.93 · $129.93 · $259.86", "idle-capacity $82.31 · $82.31 · $164.62",
            "node-disks $3.20 · $3.20 · $6.40", "eks-control-plane $73.00", "postgres $15.44",
        ])
        #expect(estimate.byPlatform.map { "\($0.name) \(CostWords.points($0.monthlyCost))" }
            == ["kubernetes $216.36 · $216.36 · $359.72", "ecs $72.08 · $72.08 · $144.16", "shared $15.44"])
        #expect(estimate.byPlatform.map(\.monthlyCost).total() == estimate.total)
        let owners = estimate.byTag.filter { $0.key == "owner" }.map { "\($0.value) \(CostWords.points($0.monthlyCost))" }
        #expect(owners == ["data-team $15.44", "team $288.44 · $288.44 · $503.88"])
        #expect(estimate.byTag.filter { $0.key == "environment" }.map(\.monthlyCost) == [estimate.total])
        #expect(estimate.scenarios.map { "\($0.name) \(CostWords.points($0.total))" }
            == ["Kubernetes only $231.80 · $231.80 · $375.16", "ECS only $87.52 · $87.52 · $159.60"])
    }

    @Test("cost per user divides the month by the users the environment states")
    func perUser() throws {
        let estimate = try Self.production()
        let perUser = try #require(estimate.perUser)
        #expect(perUser.low == estimate.total.low / 4000)
        #expect(CostWords.perUser(perUser) == "$0.0760 · $0.0760 · $0.1298")
    }

    @Test("--compare gives the difference and the growth factor per service and in total")
    func comparison() throws {
        let comparison = CostComparison(try Self.production(), against: try Self.staging())
        // Staging: $36.0401 + $15.44 = $51.4801.
        #expect(comparison.total.baseline == CostRange(T.d("51.4801")))
        #expect(CostWords.signed(comparison.total.difference) == "+$252.40 · +$252.40 · +$467.84")
        // Growth: $303.88 / $51.48 = 5.9×; $519.32 / $51.48 = 10.09×.
        #expect(comparison.total.growth.text == "5.9× · 5.9× · 10.09×")
        #expect(comparison.usersGrowth == 10)
        let rows = comparison.byService.map { "\($0.name): \($0.growth.text)" }
        #expect(rows == [
            "api: 3.61× · 3.61× · 7.21×", "idle-capacity: –", "node-disks: –", "eks-control-plane: –", "postgres: 1×",
        ])
        #expect(comparison.byService[1].baseline == nil)
        // Per user: $0.0760 against $0.1287: the larger environment is cheaper per user at the minimum.
        #expect(try #require(comparison.perUser).growth.text == "0.59× · 0.59× · 1.01×")
        // Like for like: production on ECS only ($72.0802 + $15.44) against staging: 1.7×.
        let like = try #require(comparison.likeForLike)
        #expect(like.subject == CostRange(low: T.d("87.5202"), high: T.d("159.6004")))
        #expect(like.growth.text == "1.7× · 1.7× · 3.1×")
    }

    @Test("the drivers add up to the difference: replicas, size, architecture, Spot and the double run")
    func drivers() throws {
        let comparison = CostComparison(try Self.production(), against: try Self.staging())
        let drivers = Dictionary(uniqueKeysWithValues: comparison.drivers.map { ($0.name, $0.change) })
        // ECS api: 1 → 2–4 tasks of the same size and architecture: +$36.0401 → +$108.1203.
        #expect(drivers["replicas"] == CostRange(low: T.d("36.0401"), high: T.d("108.1203")))
        #expect(drivers["size (vCPU and memory)"] == .zero)
        #expect(drivers["shared infrastructure and usage"] == .zero)
        // Everything Kubernetes is the double run.
        #expect(drivers["platform: Kubernetes alongside (double run)"]
            == comparison.subject.resources.filter { $0.platform == .kubernetes }.map(\.monthlyCost).total())
        #expect(comparison.drivers.map(\.change).total() == comparison.total.difference)
    }

    @Test("between two environments that both render Kubernetes, node costs are their own driver, not the double run")
    func driversBothKubernetes() throws {
        let production = try Self.production()
        let comparison = CostComparison(production, against: production)
        #expect(comparison.likeForLike == nil)
        #expect(comparison.drivers.map(\.name) == [
            "replicas", "size (vCPU and memory)", "architecture (x86_64 or arm64)", "Spot and Savings Plan",
            "shared infrastructure, usage and Kubernetes nodes",
        ])
        #expect(comparison.drivers.map(\.change).total() == .zero)
    }

    @Test("the same inputs give byte-identical output in every format")
    func deterministic() throws {
        for format in CostFormat.allCases {
            let first = format.render(CostReport(try Self.production(), comparedWith: try Self.staging()))
            let second = format.render(CostReport(try Self.production(), comparedWith: try Self.staging()))
            #expect(first == second, "\(format)")
        }
    }
}
