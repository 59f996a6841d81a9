import Foundation
import Testing

@testable import StackGen

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

    // By hand: ECS api $36.0401 a task (2 → $72.0802, 4 → $144.1604); Kubernetes api $28.92519 a pod (2 →
    // $57.85038, 4 → $115.70077); EKS $73; database 730 × $0.018 + 20 × $0.115 = $15.44.
    static let productionLow = "218.37"
    static let productionHigh = "348.30"

    @Test("per service sums a service's platforms; per platform and per tag split the same total")
    func breakdowns() throws {
        let estimate = try Self.production()
        #expect(estimate.total.dollars == "$\(Self.productionLow) – $\(Self.productionHigh)")
        let byService = estimate.byService.map { "\($0.name) \($0.monthlyCost.dollars)" }
        #expect(byService == ["api $129.93 – $259.86", "eks-control-plane $73.00", "postgres $15.44"])
        #expect(estimate.byPlatform.map { "\($0.name) \($0.monthlyCost.dollars)" }
            == ["kubernetes $130.85 – $188.70", "ecs $72.08 – $144.16", "shared $15.44"])
        #expect(estimate.byPlatform.map(\.monthlyCost).total() == estimate.total)
        let owners = estimate.byTag.filter { $0.key == "owner" }.map { "\($0.value) \($0.monthlyCost.dollars)" }
        #expect(owners == ["data-team $15.44", "team $202.93 – $332.86"])
        #expect(estimate.byTag.filter { $0.key == "environment" }.map(\.monthlyCost) == [estimate.total])
        #expect(estimate.chartSegments.map(\.name) == ["api", "cluster control plane", "shared infrastructure"])
    }

    @Test("cost per user divides the month by the users the environment states")
    func perUser() throws {
        let estimate = try Self.production()
        let perUser = try #require(estimate.perUser)
        #expect(perUser.low == estimate.total.low / 4000)
        #expect(CostWords.perUser(perUser) == "$0.0546 – $0.0871")
    }

    @Test("--compare gives the difference and the growth factor per service and in total")
    func comparison() throws {
        let comparison = CostComparison(try Self.production(), against: try Self.staging())
        // Staging: $36.0401 + $15.44 = $51.4801.
        #expect(comparison.total.baseline == CostRange(T.d("51.4801")))
        #expect(CostWords.signed(comparison.total.difference) == "+$166.89 – +$296.82")
        // Growth: $218.37 / $51.48 = 4.24×; $348.30 / $51.48 = 6.77×.
        #expect(comparison.total.growth.text == "4.24× – 6.77×")
        #expect(comparison.usersGrowth == 10)
        let rows = comparison.byService.map { "\($0.name): \($0.growth.text)" }
        #expect(rows == ["api: 3.61× – 7.21×", "eks-control-plane: –", "postgres: 1×"])
        #expect(comparison.byService[1].baseline == nil)
        // Per user: $0.0546 against $0.1287: the larger environment is cheaper per user.
        #expect(try #require(comparison.perUser).growth.text == "0.42× – 0.68×")
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
