import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// Settings `stackgen cost` accepts but warns about, amounts too large for 64 bits, and the items an estimate
/// used to leave out.
@Suite("Cost: guardrails, exact money and what used to be left out")
struct CostGuardrailTests {
    typealias T = CostTest

    static let shared = "  shared:\n    - {name: logs, kind: logs, ingestedGB: 1}\n"

    func warnings(_ cost: String, ecsRegion: Bool = true) -> [String] {
        T.findings([T.service("api")], yaml: T.yaml(services: "  api:\n    tag: \"1.0\"\n    replicas: 1", extra: cost))
            .filter { $0.contains(": warning: ") }
    }

    @Test("an override more than 3× off the table's price is a warning")
    func overrideFarOff() {
        let found = warnings("cost:\n  rates:\n    \"fargate/x86_64/vcpu-hour\": 1000000\n" + Self.shared)
        #expect(found == [
            "Environments/test.yaml:24:33: warning: [test] `cost.rates` sets `fargate/x86_64/vcpu-hour` to "
                + "$1000000.00, 24,703,557.31× the table's $0.04048 for us-east-1 (more than 3× off); check the unit "
                + "(USD per vCPU-hour) and the figure; remove the override to use the table's price"
        ])
        #expect(warnings("cost:\n  rates:\n    \"fargate/x86_64/vcpu-hour\": 0.05\n" + Self.shared).isEmpty)
        #expect(warnings("cost:\n  rates:\n    \"fargate/x86_64/vcpu-hour\": 0.01\n" + Self.shared).count == 1)
    }

    @Test("a Spot discount above 70% is a warning")
    func spotTooDeep() {
        #expect(warnings("cost:\n  spotDiscountPercent: 100\n" + Self.shared) == [
            "Environments/test.yaml:23:24: warning: [test] `cost.spotDiscountPercent` is 100%, above the 70% AWS "
                + "advertises for Fargate Spot; use an observed discount (us-east-1 Spot rates are about 69% off) or "
                + "leave it out"
        ])
        #expect(warnings("cost:\n  spotDiscountPercent: 70\n" + Self.shared).isEmpty)
    }

    @Test("a Savings Plan above what AWS offers is a warning")
    func savingsTooDeep() {
        #expect(warnings("cost:\n  savingsPlanPercent: 100\n" + Self.shared) == [
            "Environments/test.yaml:23:23: warning: [test] `cost.savingsPlanPercent` is 100%, above the 66% a Compute "
                + "Savings Plan offers (EC2 Instance Savings Plans reach 72% on EC2 only, not Fargate); use the rate of "
                + "the plan you hold (1 or 3 years, payment option) from https://aws.amazon.com/savingsplans/compute-pricing/"
        ])
        #expect(warnings("cost:\n  savingsPlanPercent: 30\n" + Self.shared).isEmpty)
    }

    @Test("a cost.region other than ecs.region is a warning")
    func regionMismatch() {
        #expect(warnings("cost:\n  region: eu-west-1\n" + Self.shared) == [
            "Environments/test.yaml:23:11: warning: [test] `cost.region` is eu-west-1 but the services run in "
                + "`ecs.region` us-east-1: the estimate uses eu-west-1 prices; remove `cost.region` to price us-east-1, "
                + "or make the two agree"
        ])
    }

    @Test("an environment without shared infrastructure is priced with a warning that says what is missing")
    func noShared() {
        let expected = "warning: [test] no shared infrastructure is declared: the estimate prices the services only, "
            + "without the load balancer, NAT gateway, database, cache or logs they use; declare them under "
            + "`cost.shared` in Environments/test.yaml (see README, \"The cost: section\")"
        #expect(warnings("").map { $0.replacingOccurrences(of: "Environments/test.yaml: ", with: "") } == [expected])
        #expect(warnings("cost:\n  savingsPlanPercent: 0\n").count == 1)
    }

    @Test("amounts beyond 64 bits print exactly in every format (no overflow to a negative figure)")
    func overflow() throws {
        // 1,000 load balancers × 730 h × 100,000,000 LCUs × $1,000,000 = $73,000,000,000,000,000,000, plus the
        // hours (1,000 × 730 × $0.0225 = $16,425) and two addresses each (1,000 × 1,460 × $0.005 = $7,300).
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: 1",
            extra: """
                cost:
                  rates:
                    "alb/lcu-hour": 1000000
                  shared:
                    - {name: alb, kind: load-balancer, count: 1000, lcus: 100000000}

                """))
        let alb = try T.resource(estimate, "alb", on: .shared)
        #expect(Money.dollars(alb.monthlyCost.low) == "$73,000,000,000,000,023,725.00")
        #expect(Money.dollars(-alb.monthlyCost.low) == "-$73,000,000,000,000,023,725.00")
        #expect(Money.wholeDollars(alb.monthlyCost.low) == "$73,000,000,000,000,023,725")
        let report = CostReport(estimate)
        // With the api task ($36.0401), the month is $73,000,000,000,000,023,761.0401.
        #expect(CostTableRenderer.render(report).contains("TOTAL") && CostTableRenderer.render(report)
            .contains("$73,000,000,000,000,023,761.04  $73,000,000,000,000,023,761.04"))
        #expect(CostMarkdownRenderer.render(report).contains("**$73,000,000,000,000,023,761.04**"))
        #expect(CostSVGRenderer.render(report).contains("$73,000,000,000,000,023,761"))
        #expect(CostJSONRenderer.render(report).contains("\"73000000000000023761.0401\""))
        #expect(!CostTableRenderer.render(report).contains("-$"))
    }

    @Test("money formats from the decimal digits: rounding half away from zero, grouping, fixed places")
    func moneyFormat() {
        #expect(Money.dollars(T.d("0.005")) == "$0.01")
        #expect(Money.dollars(T.d("-0.005")) == "-$0.01")
        #expect(Money.dollars(T.d("1234567.894")) == "$1,234,567.89")
        #expect(Money.dollars(0) == "$0.00")
        #expect(Money.fixed(T.d("350.4"), places: 4) == "350.4000")
        #expect(Money.fixed(T.d("0.00444549"), places: 4) == "0.0044")
        #expect(Money.fixed(T.d("2"), places: 0) == "2")
    }

    @Test("public IPv4, data transfer out, secrets from the stacks' references and ECR storage are priced")
    func leftOutItems() throws {
        let service = Service(
            "api", image: "registry.example.com/api",
            secrets: ["DB": .secretsManager("app/db", key: "password"), "KEY": .secretsManager("app/api", key: "key"),
                      "DB_USER": .secretsManager("app/db", key: "user"), "FLAG": .parameter("app/flags", key: "beta")],
            size: .vcpu1_mem2gb, security: .restricted(runAsUser: 10001))
        let estimate = try T.estimate([service], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 1, max: 3}",
            extra: """
                cost:
                  dataTransferOutGB: 100
                  ecrStorageGB: 5
                  expected:
                    services:
                      api: {replicas: 2}
                  shared:
                    - {name: alb, kind: load-balancer, zones: 3}
                    - {name: internal, kind: load-balancer, internetFacing: false}
                    - {name: nat, kind: nat-gateway, count: 2}

                """))
        // Two distinct Secrets Manager secrets (app/db twice, the parameter is not a secret): 2 × $0.40.
        let secrets = try T.resource(estimate, "secrets", on: .shared)
        #expect(secrets.monthlyCost == CostRange(T.d("0.8")))
        #expect(secrets.summary.hasSuffix("app/api, app/db"))
        // 100 GB out at $0.09 in the expected month (2 tasks); × 1/2 at the minimum, × 3/2 at the ceiling.
        #expect(try T.resource(estimate, "data-transfer-out", on: .shared).monthlyCost
            == CostRange(low: T.d("4.5"), expected: 9, high: T.d("13.5")))
        #expect(try T.resource(estimate, "ecr", on: .shared).monthlyCost == CostRange(T.d("0.5")))
        // Public IPv4: 3 zones of the internet-facing ALB, none for the internal one, one per NAT gateway.
        let ipv4: [CostComponent] = estimate.resources.flatMap { $0.components }.filter { $0.priceID == PriceID.publicIPv4 }
        #expect(ipv4.map { $0.monthlyQuantity.low } == [2190, 1460])
        #expect(ipv4.map { $0.monthlyCost }.total() == CostRange(T.d("18.25")))
        // The expected month: 2 tasks all month.
        #expect(try T.resource(estimate, "api", on: .ecs).monthlyCost.expected == 2 * T.d("36.0401"))
    }

    @Test("the expected month: off-peak and peak replicas, peak hours a day, kept within the service's bounds")
    func expectedMonth() throws {
        let estimate = try T.estimate([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 2, max: 10}",
            extra: "cost:\n  expected:\n    peakHoursPerDay: 6\n    services:\n      api: {replicas: 3, peakReplicas: 7}\n"
                + Self.shared))
        // 3 × 18/24 + 7 × 6/24 = 4 tasks on average.
        let api = try T.resource(estimate, "api", on: .ecs)
        #expect(api.monthlyCost == CostRange(low: 2 * T.d("36.0401"), expected: 4 * T.d("36.0401"), high: 10 * T.d("36.0401")))
        let outside = T.findings([T.service("api")], yaml: T.yaml(
            services: "  api:\n    tag: \"1.0\"\n    replicas: {min: 2, max: 10}",
            extra: "cost:\n  expected:\n    services:\n      api: {replicas: 12}\n      apx: {replicas: 1}\n" + Self.shared))
        #expect(outside.contains {
            $0.contains("error: [test/api] the expected month runs 12 replicas of `api`, outside its autoscaling "
                + "bounds 2–10; give `replicas` and `peakReplicas` from 2 to 10")
        })
        #expect(outside.contains {
            $0.contains("error: [test] `cost.expected.services` names `apx`, which the environment does not run; "
                + "did you mean `api`?")
        })
    }
}
