import ArgumentParser
import Foundation
import DashboardStacks
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StackGen
@testable import StackGenCost
@testable import StackGenCLI

/// `stackgen cost`, run in-process on this repository's stacks and environments.
@Suite("Cost: command line")
struct CostCommandTests {
    let root = TestSupport.repositoryRoot.path

    func produce(_ arguments: [String]) throws -> String {
        let command = try CostCommand.parse(arguments)
        return try StackGenCLI.$app.withValue(repositoryApp) { try command.produce() }
    }

    func estimates() throws -> (production: CostEstimate, staging: CostEstimate) {
        let workspace = Workspace(root: TestSupport.repositoryRoot, extensions: .cost)
        let estimator = CostEstimator(app: repositoryApp)
        let production = try #require(estimator.estimate(try workspace.loadEnvironment("production")).estimate)
        let staging = try #require(estimator.estimate(try workspace.loadEnvironment("staging")).estimate)
        return (production, staging)
    }

    @Test("the estimate warns which jobs it leaves unpriced, and prices only the services")
    func unpricedJobs() throws {
        let workspace = Workspace(root: TestSupport.repositoryRoot, extensions: .cost)
        let (estimate, diagnostics) = CostEstimator(app: repositoryApp).estimate(try workspace.loadEnvironment("production"))
        #expect(diagnostics.map(\.description).contains(
            "Environments/production.yaml: warning: [production] the estimate does not price job `migrate`, scheduled "
                + "job `db-backup`: each run costs its size for as long as it runs, which the environment does not say; "
                + "add their expected run time × size to the figures by hand (README, \"Jobs and cost\")"))
        #expect(try #require(estimate).resources.allSatisfy { !["migrate", "db-backup"].contains($0.name) })
        let (_, staging) = CostEstimator(app: repositoryApp).estimate(try workspace.loadEnvironment("staging"))
        #expect(staging.map(\.message).contains { $0.contains("does not price job `migrate`:") })
    }

    @Test("production --compare staging prints the comparison, then every resource of both")
    func compareTable() throws {
        let text = try produce(["production", "--compare", "staging", "--root", root])
        let (production, staging) = try estimates()
        #expect(text.hasPrefix("production compared with staging: figures are low · expected · ceiling"))
        #expect(text.contains("production (us-east-1, 10,000 users a month): \(Money.dollars(production.total.expected)) "
            + "expected a month (\(Money.dollars(production.total.low)) at the minimum, ceiling "
            + "\(Money.dollars(production.total.high)))"))
        #expect(text.contains("staging (us-east-1, 1,000 users a month): \(Money.dollars(staging.total.expected)) expected"))
        #expect(text.contains("10× the users costs 10.28× as much in the expected month"))
        #expect(text.contains("like for like (production on ECS only)"))
        #expect(text.contains("Kubernetes nodes (low / expected / ceiling): 5 / 6 (11 at peak) / 18 m6i.large"))
        #expect(text.contains("Prices: aws-list-prices-2026-11, checked 2026-11-27"))
        // Both platforms in production, ECS only in staging; the shared items each environment declares.
        #expect(production.byPlatform.map(\.name) == ["kubernetes", "ecs", "shared"])
        #expect(staging.byPlatform.map(\.name) == ["ecs", "shared"])
        #expect(staging.resources.filter { $0.platform == .shared }.map(\.name)
            == ["alb", "nat", "postgres", "redis", "logs", "data-transfer-out", "secrets", "ecr"])
    }

    @Test("README's reconciliation with the hand estimates quotes the figures the code computes")
    func readmeReconciliation() throws {
        let readme = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let (production, staging) = try estimates()
        let ecsOnly = try #require(production.scenarios.first { $0.platform == .ecs }).total
        let kubernetesOnly = try #require(production.scenarios.first { $0.platform == .kubernetes }).total
        func range(_ total: CostRange) -> String {
            "(\(Money.dollars(total.low)) – \(Money.dollars(total.high)))"
        }
        #expect(readme.contains("**\(Money.dollars(staging.total.expected))** (ceiling \(Money.dollars(staging.total.high)))"))
        #expect(readme.contains("**\(Money.dollars(ecsOnly.expected))** \(range(ecsOnly))"))
        #expect(readme.contains("\(Money.dollars(kubernetesOnly.expected)) \(range(kubernetesOnly))"))
        #expect(readme.contains("**\(Money.dollars(production.total.expected))** \(range(production.total))"))
        let comparison = CostComparison(production, against: staging)
        #expect(readme.contains("10× the users costs \(Money.number(comparison.total.growth.expected!))× as much"))
        #expect(readme.contains("it is \(Money.number(comparison.likeForLike!.growth.expected!))×"))
    }

    @Test("the repository's staging figures re-derive by hand from the price table")
    func stagingByHand() throws {
        let staging = try estimates().staging
        // api 1–2 and web 1 tasks of 0.25 vCPU / 0.5 GB arm64: 182.5 × $0.03238 + 365 × $0.00356 = $7.20875 each;
        // worker on Spot: × 30% = $2.162625. Shared: ALB 730 × $0.0225 + 730 × $0.008 + 2 zones' public IPv4 1,460
        // × $0.005 = $29.565; NAT 730 × $0.045 + 20 × $0.045 + one address 730 × $0.005 = $37.40; db.t3.micro 730 ×
        // $0.018 + 20 × $0.115 = $15.44; cache.t3.micro 730 × $0.017 = $12.41; logs 5 × $0.50 + 2 × $0.03 = $2.56;
        // 15 GB out × $0.09 = $1.35; one secret (`github-dashboard`) $0.40; 4 GB of images × $0.10 = $0.40.
        let low = CostTest.d("7.20875") * 2 + CostTest.d("2.162625") + CostTest.d("29.565") + CostTest.d("37.40")
            + CostTest.d("15.44") + CostTest.d("12.41") + CostTest.d("2.56") + CostTest.d("1.35") + CostTest.d("0.80")
        // Ceiling: api's second task, and the usage-priced items (LCUs $5.84, NAT data $0.90, logs $2.56, data out
        // $1.35) × 4/3, as the services request 1 vCPU at most against 0.75 expected.
        let high = low + CostTest.d("7.20875") + CostTest.d("10.65") / 3
        #expect(staging.total.low == low)
        #expect(staging.total.expected == low)
        #expect(Money.rounded(staging.total.high, places: 10) == Money.rounded(high, places: 10))
        #expect(staging.total.dollars == "$116.11 – $126.86 (expected $116.11)")
    }

    @Test("every format renders the repository's comparison; JSON conforms to the schema; SVG parses")
    func formats() throws {
        let validator = try CostSchemaValidator(
            schema: Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Schemas/cost-estimate.schema.json")))
        let json = try produce(["production", "--compare", "staging", "--format", "json", "--root", root])
        #expect(try validator.problems(in: Data(json.utf8)) == [])
        let markdown = try produce(["production", "--compare", "staging", "--format", "markdown", "--root", root])
        #expect(markdown.hasPrefix("### Monthly cost: production compared with staging\n"))
        let svg = try produce(["production", "--compare", "staging", "--format", "svg", "--root", root])
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        let single = try produce(["staging", "--format", "json", "--root", root])
        #expect(try validator.problems(in: Data(single.utf8)) == [])
    }

    @Test("--out writes the output to a file")
    func outFile() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cost.svg")
        let command = try CostCommand.parse(["staging", "--format", "svg", "--out", file.path, "--root", root])
        try StackGenCLI.$app.withValue(repositoryApp) { try command.run() }
        #expect(try String(contentsOf: file, encoding: .utf8) == (try produce(["staging", "--format", "svg", "--root", root])))
    }

    @Test("an unknown environment exits 64", arguments: [["prod"], ["staging", "--compare", "prod"]])
    func unknownEnvironment(_ arguments: [String]) throws {
        #expect {
            try produce(arguments + ["--root", root])
        } throws: { error in
            CostCommand.exitCode(for: error) == .validationFailure
        }
    }

    @Test("usage errors exit 64", arguments: [
        ["staging", "--format", "pdf"], ["staging", "--compare", "staging"], [], ["staging", "production"],
    ])
    func usage(_ arguments: [String]) {
        #expect {
            _ = try CostCommand.parse(arguments)
        } throws: { error in
            CostCommand.exitCode(for: error) == .validationFailure
        }
    }

    @Test("an environment that cannot be priced exits 1")
    func unpriceable() throws {
        let copy = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent("Environments/production.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    nodeType: m6i.large", with: "    nodeType: m6i.lrage")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try produce(["production", "--root", copy.path])
        } throws: { error in
            CostCommand.exitCode(for: error) == .failure
        }
    }
}
