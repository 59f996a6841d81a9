import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// Shared items re-derived by hand from the us-east-1 table: ALB $0.0225/h + $0.008/LCU-h; NAT gateway
/// $0.045/h + $0.045/GB; RDS db.t3.small Multi-AZ $0.072/h, gp3 Multi-AZ $0.23/GB-month; ElastiCache
/// cache.t3.small $0.034/h; CloudWatch Logs $0.50/GB ingested, $0.03/GB-month stored.
@Suite("Cost: shared items")
struct CostSharedTests {
    typealias T = CostTest

    static let shared = """
        cost:
          shared:
            - name: alb
              kind: load-balancer
              lcus: 2
            - name: nat
              kind: nat-gateway
              count: 3
              dataGB: 200
            - name: postgres
              kind: database
              instanceClass: db.t3.small
              multiAZ: true
              storageGB: 100
              tags:
                owner: data-team
            - name: redis
              kind: cache
              nodeType: cache.t3.small
              count: 2
              tags:
                owner: data-team
            - name: logs
              kind: logs
              ingestedGB: 30
              storedGB: 30
            - name: batch-lb
              kind: load-balancer
              hours: 100
              lcus: 0.5

        """

    func estimate() throws -> CostEstimate {
        try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 2, max: 4}", extra: Self.shared))
    }

    @Test("each kind is priced from its declared quantities")
    func kinds() throws {
        let estimate = try estimate()
        // ALB: 730 h × $0.0225 = $16.425; 2 LCU × 730 h × $0.008 = $11.68; internet-facing in 2 zones (the
        // default): 2 public IPv4 addresses × 730 h × $0.005 = $7.30.
        let alb = try T.resource(estimate, "alb", on: .shared)
        #expect(alb.components.map(\.monthlyCost.low) == [T.d("16.425"), T.d("11.68"), T.d("7.3")])
        // NAT: 3 × 730 h × $0.045 = $98.55; 200 GB × $0.045 = $9; one address per gateway 3 × 730 × $0.005 =
        // $10.95. At the ceiling api runs 4 tasks instead of the expected 2, so 400 GB: +$9.
        #expect(try T.resource(estimate, "nat", on: .shared).monthlyCost == CostRange(low: T.d("118.5"), high: T.d("127.5")))
        // RDS: 730 h × $0.072 = $52.56; 100 GB × $0.23 = $23.
        let postgres = try T.resource(estimate, "postgres", on: .shared)
        #expect(postgres.components.map(\.priceID.rawValue) == ["rds/db.t3.small/multi-az-hour", "rds/storage/multi-az-gb-month"])
        #expect(postgres.monthlyCost == CostRange(T.d("75.56")))
        // ElastiCache: 2 × 730 h × $0.034 = $49.64.
        #expect(try T.resource(estimate, "redis", on: .shared).monthlyCost == CostRange(T.d("49.64")))
        // Logs: 30 GB × $0.50 + 30 GB-months × $0.03 = $15.90; twice that at the ceiling.
        #expect(try T.resource(estimate, "logs", on: .shared).monthlyCost == CostRange(low: T.d("15.9"), high: T.d("31.8")))
        // A part-time ALB: 100 h × $0.0225 + 0.5 × 100 × $0.008 + 2 × 100 × $0.005 = $3.65; LCUs doubled: $4.05.
        #expect(try T.resource(estimate, "batch-lb", on: .shared).monthlyCost == CostRange(low: T.d("3.65"), high: T.d("4.05")))
    }

    @Test("hourly items cost the same at every point, usage scales with the services; tags are the environment's plus their own")
    func fixedAndTagged() throws {
        let estimate = try estimate()
        for name in ["postgres", "redis"] { #expect(try T.resource(estimate, name, on: .shared).monthlyCost.isFixed) }
        let alb = try T.resource(estimate, "alb", on: .shared)
        #expect(try T.component(alb, "load balancer").monthlyCost.isFixed)
        // api runs 2–4 tasks with none declared under `cost.expected`: expected = low, the ceiling twice as busy.
        #expect(try T.component(alb, "capacity units").monthlyQuantity == CostRange(low: 1460, high: 2920))
        let postgres = try T.resource(estimate, "postgres", on: .shared)
        #expect(postgres.tags["owner"] == "data-team")
        #expect(postgres.tags["cost-allocation"] == "demo")
        #expect(try T.resource(estimate, "alb", on: .shared).tags["owner"] == "team")
    }
}
