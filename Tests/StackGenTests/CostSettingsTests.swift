import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// The `cost:` section of an environment file: decoded into typed settings, and every mistake reported with
/// file:line:column and a fix, like the rest of the file.
@Suite("Cost: environment settings")
struct CostSettingsTests {
    typealias T = CostTest

    static let services = "  api:\n    tag: \"1.0\"\n    replicas: 1"

    /// The diagnostics of an environment whose `cost:` section is `cost`.
    func findings(_ cost: String) -> (yaml: String, messages: [String]) {
        let yaml = T.yaml(services: Self.services, extra: cost)
        return (yaml, TestSupport.loadDiagnostics(yaml).map(\.description))
    }

    /// `Environments/test.yaml:<line>:<column>` of the `occurrence`th line containing `needle` in `yaml`.
    func position(of needle: String, in yaml: String, occurrence: Int = 1) -> String {
        var seen = 0
        for (index, line) in yaml.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) {
                seen += 1
                if seen == occurrence {
                    return "Environments/test.yaml:\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1)"
                }
            }
        }
        return "not found: \(needle)"
    }

    @Test("a complete section decodes into typed settings")
    func decodes() throws {
        let environment = try TestSupport.environment(T.yaml(services: Self.services, extra: """
            cost:
              region: us-east-1
              spotDiscountPercent: 65
              savingsPlanPercent: 30.5
              rates:
                "alb/hour": 0.03
              kubernetes:
                nodeType: m7g.large
                clusters: 2
              shared:
                - name: nat
                  kind: nat-gateway
                  count: 2
                  hours: 360
                  dataGB: 12.5
                - name: postgres
                  kind: database
                  instanceClass: db.t4g.micro
                  multiAZ: true

            """))
        let cost = try #require(environment.cost)
        #expect(cost.region == "us-east-1")
        #expect(cost.spotDiscountPercent == 65)
        #expect(cost.savingsPlanPercent == T.d("30.5"))
        #expect(cost.rates == [RateOverride(id: .loadBalancerHour, price: T.d("0.03"), location: cost.rates.first?.location)])
        #expect(cost.kubernetes?.nodeType == "m7g.large")
        #expect(cost.kubernetes?.clusters == 2)
        #expect(cost.kubernetes?.node?.architecture == .arm64)
        #expect(cost.shared.map(\.name) == ["nat", "postgres"])
        #expect(cost.shared[0].usage == .natGateway(dataGB: T.d("12.5")))
        #expect(cost.shared[0].count == 2)
        #expect(cost.shared[0].hours == 360)
        #expect(cost.shared[1].usage == .database(instanceClass: "db.t4g.micro", multiAZ: true, storageGB: 20))
        #expect(cost.shared[1].hours == 730)
    }

    @Test("an environment without `cost:` still loads; `cost` is nil")
    func optional() throws {
        #expect(try TestSupport.environment(T.yaml(services: Self.services)).cost == nil)
    }

    @Test("a misspelt key is an error at its position with a did-you-mean")
    func unknownKey() {
        let (yaml, messages) = findings("cost:\n  sahred: []\n")
        #expect(messages == ["\(position(of: "sahred", in: yaml)): error: [test] unknown key `sahred` in `cost`; did you mean `shared`?"])
    }

    @Test("a key another kind takes is an error listing what this kind takes")
    func keyOfAnotherKind() {
        let (yaml, messages) = findings("cost:\n  shared:\n    - name: nat\n      kind: nat-gateway\n      lcus: 2\n")
        #expect(messages == [
            "\(position(of: "lcus", in: yaml)): error: [test] unknown key `lcus` in `cost.shared.nat`; expected one of: "
                + "count, dataGB, hours, kind, name, tags"
        ])
    }

    @Test("an unknown kind suggests the nearest")
    func unknownKind() {
        let (yaml, messages) = findings("cost:\n  shared:\n    - name: alb\n      kind: load-balancr\n")
        #expect(messages.first
            == "\(position(of: "load-balancr", in: yaml)): error: [test] `cost.shared.alb.kind` cannot be `load-balancr`; "
                + "did you mean `load-balancer`?")
    }

    @Test("an instance class the table does not price suggests the nearest")
    func unknownInstanceClass() {
        let (yaml, messages) = findings(
            "cost:\n  shared:\n    - name: postgres\n      kind: database\n      instanceClass: db.t3.smal\n")
        #expect(messages == [
            "\(position(of: "db.t3.smal", in: yaml)): error: [test] database instance class `db.t3.smal` is not in "
                + "price table aws-list-prices-2026-11; did you mean `db.t3.small`?"
        ])
    }

    @Test("an instance class priced in `cost.rates` is accepted")
    func instanceClassFromRates() {
        let (_, messages) = findings("""
            cost:
              shared:
                - name: postgres
                  kind: database
                  instanceClass: db.r6g.large
              rates:
                "rds/db.r6g.large/hour": 0.26

            """)
        #expect(messages.isEmpty)
    }

    @Test("a node type stackgen does not know asks for its size and price, and suggests a near name")
    func unknownNodeType() {
        let (yaml, messages) = findings("cost:\n  kubernetes:\n    nodeType: m6i.larg\n")
        #expect(messages == [
            "\(position(of: "m6i.larg", in: yaml)): error: [test] the size of node type `m6i.larg` is unknown; give "
                + "`nodeVCPUs:` and `nodeMemoryGiB:` under `cost.kubernetes` and its price as "
                + "`\"ec2/m6i.larg/hour\": <USD an hour>` under `cost.rates` (from "
                + "https://aws.amazon.com/ec2/pricing/on-demand/); or did you mean `m6i.large`?"
        ])
        let (otherYAML, other) = findings("cost:\n  kubernetes:\n    nodeType: x2iedn.32xlarge\n")
        #expect(other.first?.hasPrefix("\(position(of: "x2iedn", in: otherYAML)): error: [test] the size of node type `x2iedn.32xlarge`") == true)
        #expect(other.first?.hasSuffix("(from https://aws.amazon.com/ec2/pricing/on-demand/)") == true)
    }

    @Test("a misspelt price name in `cost.rates` suggests the right one")
    func unknownRate() {
        let (yaml, messages) = findings("cost:\n  rates:\n    \"fargate/x86/vcpu-hour\": 0.04\n")
        #expect(messages == [
            "\(position(of: "\"fargate/x86", in: yaml)): error: [test] `cost.rates` has no price named "
                + "`fargate/x86/vcpu-hour`; did you mean `fargate/x86_64/vcpu-hour`?"
        ])
    }

    @Test("numbers must be plain decimals within range")
    func numbers() {
        let (yaml, messages) = findings("""
            cost:
              spotDiscountPercent: 120
              savingsPlanPercent: 1e1
              shared:
                - name: nat
                  kind: nat-gateway
                  dataGB: lots

            """)
        #expect(messages == [
            "\(position(of: "120", in: yaml)): error: [test] `cost.spotDiscountPercent` is 120, outside 0…100; use a value in that range",
            "\(position(of: "1e1", in: yaml)): error: [test] `cost.savingsPlanPercent` must be a number such as `0.5`, not `1e1`",
            "\(position(of: "lots", in: yaml)): error: [test] `cost.shared.nat.dataGB` must be a number such as `0.5`, not `lots`",
        ])
    }

    @Test("shared items need a name and a kind, and names are unique")
    func sharedNames() {
        let (yaml, messages) = findings("""
            cost:
              shared:
                - kind: cache
                  nodeType: cache.t3.micro
                - name: logs
                  kind: logs
                  ingestedGB: 1
                - name: logs
                  kind: logs
                  ingestedGB: 2

            """)
        // Both are reported where the item's mapping starts, after `- `.
        #expect(messages == [
            "\(position(of: "kind: cache", in: yaml)): error: [test] `cost.shared.0` is missing `name`; add `name:`",
            "\(position(of: "name: logs", in: yaml, occurrence: 2)): error: [test] `cost.shared` has two items named "
                + "`logs`; give each shared item its own name",
        ])
    }

    @Test("a region that is not an AWS region code is refused")
    func badRegion() {
        let (yaml, messages) = findings("cost:\n  region: Virginia\n")
        #expect(messages == [
            "\(position(of: "Virginia", in: yaml)): error: [test] `cost.region` `Virginia` is not an AWS region; use a region code such as `us-east-1`"
        ])
    }
}
