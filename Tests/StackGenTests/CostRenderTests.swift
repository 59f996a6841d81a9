import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StackGen
@testable import StackGenCost

@Suite("Cost: output formats")
struct CostRenderTests {
    typealias T = CostTest

    static let schemaURL = TestSupport.repositoryRoot.appendingPathComponent("Schemas/cost-estimate.schema.json")

    func report() throws -> CostReport {
        CostReport(try CostBreakdownTests.production(), comparedWith: try CostBreakdownTests.staging())
    }

    func simple() throws -> CostReport {
        CostReport(try T.estimate([T.service("api")], yaml: T.yaml(services: "  api:\n    tag: \"1.0\"\n    replicas: 1")))
    }

    @Test("JSON conforms to Schemas/cost-estimate.schema.json, with and without --compare")
    func jsonSchema() throws {
        let validator = try CostSchemaValidator(schema: Data(contentsOf: Self.schemaURL))
        for report in [try report(), try simple()] {
            let json = CostJSONRenderer.render(report)
            #expect(try validator.problems(in: Data(json.utf8)) == [])
        }
    }

    @Test("the schema check is not vacuous: a broken document is refused")
    func schemaRefusesBrokenDocuments() throws {
        let validator = try CostSchemaValidator(schema: Data(contentsOf: Self.schemaURL))
        let json = CostJSONRenderer.render(try simple())
        let missing = json.replacingOccurrences(of: "\"priceTable\": {", with: "\"priceTabel\": {")
        #expect(try validator.problems(in: Data(missing.utf8)).contains("$: missing required `priceTable`"))
        let float = json.replacingOccurrences(of: "\"29.5504\"", with: "29.5504")
        let unrounded = json.replacingOccurrences(of: "\"36.0401\"", with: "\"36.040125\"")
        #expect(try validator.problems(in: Data(unrounded.utf8)).contains { $0.contains("totalMonthlyCost") })
        #expect(try validator.problems(in: Data(float.utf8)).contains {
            $0.hasSuffix(".monthlyCost.low: expected string, found a number")
        })
    }

    @Test("JSON is Infracost-shaped: resources → cost components with unit, quantity, price and exact cost")
    func jsonShape() throws {
        let json = CostJSONRenderer.render(try simple())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let project = try #require((document["projects"] as? [[String: Any]])?.first)
        let breakdown = try #require(project["breakdown"] as? [String: Any])
        let resource = try #require((breakdown["resources"] as? [[String: Any]])?.first)
        #expect(resource["name"] as? String == "api")
        #expect(resource["resourceType"] as? String == "ecs-fargate-service")
        let component = try #require((resource["costComponents"] as? [[String: Any]])?.first)
        #expect(component["name"] as? String == "vCPU")
        #expect(component["unit"] as? String == "vCPU-hour")
        #expect(component["price"] as? String == "0.04048000")
        #expect(component["priceId"] as? String == "fargate/x86_64/vcpu-hour")
        #expect(component["monthlyQuantity"] as? [String: String]
            == ["low": "730.0000", "expected": "730.0000", "high": "730.0000"])
        #expect(component["monthlyCost"] as? [String: String]
            == ["low": "29.5504", "expected": "29.5504", "high": "29.5504"])
        // $36.0401 a month exactly (29.5504 + 6.4897): four places hold it without rounding.
        #expect(breakdown["totalMonthlyCost"] as? [String: String]
            == ["low": "36.0401", "expected": "36.0401", "high": "36.0401"])
        let precision = try #require(document["precision"] as? [String: Any])
        #expect(precision["money"] as? Int == 4)
        #expect(precision["unitPrice"] as? Int == 8)
        #expect(precision["rounding"] as? String == "half away from zero")
        #expect(document["priceTable"] as? [String: String] == ["name": "aws-list-prices-2026-11", "date": "2026-11-27"])
        #expect(json.hasSuffix("}\n"))
    }

    @Test("JSON carries the comparison: difference and growth per service and in total")
    func jsonComparison() throws {
        let json = CostJSONRenderer.render(try report())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let comparison = try #require(document["comparison"] as? [String: Any])
        #expect(comparison["subject"] as? String == "production")
        #expect(comparison["baseline"] as? String == "staging")
        #expect(comparison["usersGrowth"] as? String == "10.0000")
        let drivers = try #require(comparison["drivers"] as? [[String: Any]])
        #expect(drivers.map { $0["name"] as? String }.last == "platform: Kubernetes alongside (double run)")
        let rows = try #require(comparison["byService"] as? [[String: Any]])
        let plane = try #require(rows.first { $0["name"] as? String == "eks-control-plane" })
        #expect(plane["baseline"] == nil)
        #expect(plane["growth"] as? [String: String] == [:])
    }

    @Test("Markdown is a pull-request comment: a comparison table, and every price in collapsed sections")
    func markdown() throws {
        let markdown = CostMarkdownRenderer.render(try report())
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines.first == "### Monthly cost: production compared with staging")
        #expect(lines.contains("| | production | staging | difference | growth |"))
        #expect(lines.contains(
            "| **total** | $303.88 · $303.88 · $519.32 | $51.48 | +$252.40 · +$252.40 · +$467.84 | 5.9× · 5.9× · 10.09× |"))
        #expect(lines.contains("| users a month | 4,000 | 400 | +3,600 | 10× |"))
        #expect(lines.filter { $0.hasPrefix("<details><summary>") }.count == 2)
        #expect(lines.filter { $0 == "</details>" }.count == 2)
        #expect(lines.contains("| api (ecs) | vCPU | 1,460 – 2,920 vCPU-hours | $0.04048 | $59.10 | $59.10 | $118.20 |"))
        // Every row of a table has as many cells as its header.
        var columns: Int?
        for line in lines {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if columns == nil { columns = cells }
            #expect(cells == columns, "\(line)")
        }
        #expect(CostMarkdownRenderer.cell("a|b<c>") == "a\\|b&lt;c&gt;")
    }

    @Test("SVG is well-formed XML with one bar per environment, stacked by service")
    func svg() throws {
        let svg = CostSVGRenderer.render(try report())
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.root == "svg")
        #expect(collector.texts.contains("production"))
        #expect(collector.texts.contains("staging"))
        // The double run and its end states are bars of their own, with the ceiling and the minimum.
        for caption in ["as declared: double run", "end state: Kubernetes only", "end state: ECS only", "400 users a month"] {
            #expect(collector.texts.contains(caption), "\(caption)")
        }
        #expect(collector.texts.contains("double run: both platforms"))
        #expect(collector.texts.contains("ceiling $519"))
        #expect(collector.texts.contains("expected $304"))
        #expect(collector.texts.contains("min $304"))
        // Platform brackets: each platform's total beside the bar.
        for label in ["Kubernetes $216", "ECS $72", "shared $15"] { #expect(collector.texts.contains(label), "\(label)") }
        // Legend: services, platform overhead and shared items by kind; small segments are a named `other`.
        for name in ["api", "idle capacity", "EKS control plane", "database"] {
            #expect(collector.texts.contains(name), "\(name)")
        }
        #expect(collector.texts.contains("other Kubernetes: node"))
        // Staging is too short at production's scale: it is drawn again, enlarged, in a panel above its bar.
        #expect(collector.texts.contains { $0.hasPrefix("staging, enlarged ") && $0.hasSuffix("×") })
        // Stacked segments have tooltips naming environment, bar, platform, segment and cost.
        #expect(collector.titles.contains("production (as declared: double run) · Kubernetes · api: $57.85 expected"))
        #expect(collector.titles.contains("staging (400 users a month) · shared · database: $15.44 expected"))
        #expect(CostSVGRenderer.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
        // Every segment (a rect with a tooltip) is at least 4 px tall.
        let heights = svg.components(separatedBy: "\n").filter { $0.hasPrefix("<rect") && $0.contains("<title>") }
            .compactMap { line -> Double? in
                guard let range = line.range(of: "height=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
        #expect(!heights.isEmpty)
        #expect(heights.allSatisfy { $0 >= CostSVGRenderer.minimumSegmentPixels }, "\(heights)")
    }

    @Test("the chart's axis uses a round step and reaches above the highest bar")
    func svgScale() {
        #expect(CostSVGRenderer.scale(1855.64) == (2000, 500))
        #expect(CostSVGRenderer.scale(110.21) == (120, 40) || CostSVGRenderer.scale(110.21) == (150, 50))
        #expect(CostSVGRenderer.scale(0) == (100, 20))
    }

    @Test("the terminal table shows every component, the total and the breakdowns")
    func table() throws {
        let text = CostTableRenderer.render(try simple())
        #expect(text.contains("api (ecs): 1 task of 1 vCPU / 2 GB, x86_64, on-demand"))
        #expect(text.contains("  vCPU                  730 vCPU-hours    $0.04048  $29.55    $29.55   $29.55"))
        #expect(text.contains("  memory                1,460 GB-hours   $0.004445   $6.49     $6.49    $6.49"))
        #expect(text.contains("TOTAL                                               $36.04    $36.04   $36.04"))
        #expect(text.contains("  api      $36.04    $36.04   $36.04"))
        #expect(text.contains("Prices: aws-list-prices-2026-11, checked 2026-11-27"))
        #expect(!text.contains(" \n"))
    }
}

/// Collects what an SVG document says, for assertions.
final class SVGCollector: NSObject, XMLParserDelegate {
    var root: String?
    var texts: [String] = []
    var titles: [String] = []
    private var current = ""
    private var element = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = name }
        element = name
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current) }
        if name == "title" { titles.append(current) }
        current = ""
    }
}
