import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// Fargate figures re-derived by hand from the price table (us-east-1 unless said otherwise):
/// x86_64 $0.04048 per vCPU-hour and $0.004445 per GB-hour; arm64 $0.03238 and $0.00356; ephemeral storage
/// $0.000111 per GB-hour above 20 GB; 730 hours a month.
@Suite("Cost: ECS Fargate")
struct CostFargateTests {
    typealias T = CostTest

    @Test("1 vCPU + 2 GB x86 on-demand = $29.55 + $6.49 a month")
    func oneVCPUTwoGB() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(services: "  api:\n    tag: \"1.0\"\n    replicas: 1"))
        let api = try T.resource(estimate, "api", on: .ecs)
        let vcpu = try T.component(api, "vCPU")
        let memory = try T.component(api, "memory")
        // 1 vCPU × 730 h × $0.04048 = $29.5504; 2 GB × 730 h × $0.004445 = $6.4897.
        #expect(vcpu.monthlyQuantity == CostRange(730))
        #expect(vcpu.price == T.d("0.04048"))
        #expect(vcpu.monthlyCost == CostRange(T.d("29.5504")))
        #expect(memory.monthlyQuantity == CostRange(1460))
        #expect(memory.monthlyCost == CostRange(T.d("6.4897")))
        #expect(Money.dollars(vcpu.monthlyCost.low) == "$29.55")
        #expect(Money.dollars(memory.monthlyCost.low) == "$6.49")
        #expect(estimate.total == CostRange(T.d("36.0401")))
        #expect(api.summary == "1 task of 1 vCPU / 2 GB, x86_64, on-demand")
    }

    @Test("an autoscaled service costs its minimum (low) and maximum (high) task counts")
    func autoscaledRange() throws {
        let estimate = try T.estimate(
            [T.service("web", size: .vcpu0_5_mem1gb)],
            yaml: T.yaml(services: "  web:\n    tag: \"1.0\"\n    replicas: {min: 3, max: 12}"))
        let web = try T.resource(estimate, "web", on: .ecs)
        // vCPU: 0.5 × 730 × 3 = 1,095 and × 12 = 4,380 vCPU-hours at $0.04048 = $44.3256 and $177.3024.
        #expect(try T.component(web, "vCPU").monthlyCost == CostRange(low: T.d("44.3256"), high: T.d("177.3024")))
        // memory: 1 GB × 730 × 3 = 2,190 and × 12 = 8,760 GB-hours at $0.004445 = $9.73455 and $38.9382.
        #expect(try T.component(web, "memory").monthlyCost == CostRange(low: T.d("9.73455"), high: T.d("38.9382")))
        #expect(web.monthlyCost.dollars == "$54.06 – $216.24 (expected $54.06)")
    }

    @Test("ARM on Fargate Spot: the arm64 rate less the 70% Spot assumption")
    func armSpot() throws {
        let estimate = try T.estimate(
            [T.service("worker", size: .vcpu0_25_mem0_5gb, interruptible: true)],
            yaml: T.yaml(services: "  worker:\n    tag: \"1.0\"\n    replicas: 1\n    architecture: arm64\n    capacity: spot"))
        let worker = try T.resource(estimate, "worker", on: .ecs)
        let vcpu = try T.component(worker, "vCPU")
        // 0.25 vCPU × 730 h = 182.5 vCPU-hours × $0.03238 × 30% = $1.772805.
        #expect(vcpu.listPrice == T.d("0.03238"))
        #expect(vcpu.discountPercent == 70)
        #expect(vcpu.discount == "Fargate Spot")
        #expect(vcpu.price == T.d("0.009714"))
        #expect(vcpu.monthlyCost == CostRange(T.d("1.772805")))
        // 0.5 GB × 730 h = 365 GB-hours × $0.00356 × 30% = $0.38982.
        #expect(try T.component(worker, "memory").monthlyCost == CostRange(T.d("0.38982")))
    }

    @Test("an environment's own Spot discount and Savings Plan replace the defaults")
    func discounts() throws {
        let services = [T.service("api"), T.service("worker", interruptible: true)]
        let estimate = try T.estimate(services, yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1\n  worker:\n    tag: \"1.0\"\n    replicas: 1\n    capacity: spot",
            extra: "cost:\n  spotDiscountPercent: 60\n  savingsPlanPercent: 30\n"))
        // On-demand with a 30% Savings Plan: $29.5504 × 0.7 = $20.68528.
        let api = try T.component(T.resource(estimate, "api", on: .ecs), "vCPU")
        #expect(api.discount == "Savings Plan")
        #expect(api.monthlyCost == CostRange(T.d("20.68528")))
        // Spot at 60% off (a Savings Plan does not cover Spot): $29.5504 × 0.4 = $11.82016.
        let worker = try T.component(T.resource(estimate, "worker", on: .ecs), "vCPU")
        #expect(worker.discount == "Fargate Spot")
        #expect(worker.monthlyCost == CostRange(T.d("11.82016")))
        #expect(estimate.assumptions.contains { $0.contains("Fargate Spot tasks: 60% off vCPU and memory (set in Environments/test.yaml)") })
    }

    @Test("ephemeral storage is charged above the free 20 GB, per task")
    func ephemeralStorage() throws {
        let estimate = try T.estimate(
            [T.service("api", ephemeralStorageGiB: 50)],
            yaml: T.yaml(services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 2, max: 4}"))
        let storage = try T.component(T.resource(estimate, "api", on: .ecs), "ephemeral storage above 20 GB")
        // 30 GB × 730 h × 2 tasks = 43,800 GB-hours × $0.000111 = $4.8618; × 4 tasks = $9.7236.
        #expect(storage.monthlyQuantity == CostRange(low: 43_800, high: 87_600))
        #expect(storage.monthlyCost == CostRange(low: T.d("4.8618"), high: T.d("9.7236")))
        #expect(storage.priceID == .fargateEphemeralStorage)
    }

    @Test("20 GB of ephemeral storage or less adds no component")
    func freeStorage() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(services: "  api:\n    tag: \"1.0\"\n    replicas: 1"))
        #expect(try T.resource(estimate, "api", on: .ecs).components.map(\.name) == ["vCPU", "memory"])
    }

    @Test("a rate override replaces the table's price and is named as the source")
    func rateOverride() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: "cost:\n  rates:\n    \"fargate/x86_64/vcpu-hour\": 0.05\n"))
        #expect(try T.component(T.resource(estimate, "api", on: .ecs), "vCPU").monthlyCost == CostRange(T.d("36.5")))
        let entry = try #require(estimate.prices.first { $0.id == .fargateVCPU(.x86_64) })
        #expect(entry.source == "Environments/test.yaml:24:33 (cost.rates)")
        #expect(entry.note == "overridden in the environment file")
    }

    @Test("another region is priced from its own rows")
    func otherRegion() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1", extra: "cost:\n  region: eu-west-1\n"))
        #expect(estimate.region == "eu-west-1")
        #expect(estimate.prices.allSatisfy { $0.region == "eu-west-1" })
        #expect(estimate.total == CostRange(T.d("36.0401")))
    }

    @Test("a region the table does not cover names the missing price and how to add it")
    func uncoveredRegion() {
        let findings = T.findings([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1", extra: "cost:\n  region: ap-south-1\n"))
        #expect(findings.contains(
            "Environments/test.yaml:20:5: error: [test] price table aws-list-prices-2026-11 has no price "
                + "`fargate/x86_64/vcpu-hour` for ap-south-1; add `\"fargate/x86_64/vcpu-hour\": <US dollars>` under "
                + "`cost.rates` in Environments/test.yaml (the table covers eu-west-1, us-east-1)"))
    }
}
