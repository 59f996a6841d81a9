import Foundation
import StackGen

/// A stacked bar chart a browser can open. One bar per environment at its expected month; an environment that
/// renders two platforms at once (a migration's double run) also gets a bar per end state (one platform alone).
/// Each bar is stacked by platform — Kubernetes (hatched), then ECS, then shared items by kind — with a bracket
/// and total per platform beside it, a tick at the low figure and a dashed outline up to the ceiling (cut with
/// an arrow when it leaves the axis). A segment under `minimumSegmentPixels` joins its platform's `other`
/// segment, which the legend names. Colours are the Okabe–Ito palette for services and Paul Tol's for shared
/// kinds, both distinguishable with colour-blindness.
enum CostSVGRenderer {
    static let width = 1040.0
    static let height = 600.0
    static let plotLeft = 80.0
    static let plotRight = 760.0
    static let plotTop = 110.0
    static let plotBottom = 500.0
    static let minimumSegmentPixels = 4.0
    static let servicePalette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"]
    static let kindColours: [String: String] = [
        "idle capacity": "#BBBBBB", "node disks": "#8C8C8C", "EKS control plane": "#5A5A5A",
        "load balancer": "#332288", "NAT gateway": "#88CCEE", "database": "#44AA99", "cache": "#117733",
        "logs": "#999933", "data transfer out": "#AA4499", "secrets": "#882255", "image registry": "#DDCC77",
        "other": "#E8E8E8",
    ]

    /// One bar: a label and the resources it stacks.
    struct Bar {
        let label: String
        let caption: String
        let resources: [CostResource]
        let total: CostRange
        let doubleRun: Bool
    }

    /// Where a bar is drawn: its baseline and top in pixels, and the dollars the height spans.
    struct Frame {
        let bottom: Double
        let top: Double
        let dollars: Double

        var pixelsPerDollar: Double { (bottom - top) / dollars }
        func y(_ value: Double) -> Double { bottom - value * pixelsPerDollar }
    }

    /// One drawn piece of a bar.
    struct Segment {
        let name: String
        let platform: CostPlatform
        let colour: String
        let hatched: Bool
        let value: Decimal
        var members: [String] = []
    }

    static func render(_ report: CostReport) -> String {
        let bars = bars(report)
        let services = serviceNames(report.estimates)
        let maximumExpected = bars.map { double($0.total.expected) }.max() ?? 0
        let (top, step) = scale(maximumExpected * 1.12)
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
                + "viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"12\">",
            "<title>\(escape(title(report)))</title>",
            "<defs><pattern id=\"kubernetes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" "
                + "stroke-width=\"2\" stroke-opacity=\"0.55\"/></pattern></defs>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
            text(title(report), x: 20, y: 30, size: 18, weight: "bold"),
            text("Price table \(report.estimates[0].priceTable), checked \(report.estimates[0].priceTableDate) · 730 "
                 + "hours a month · USD a month · bars at the expected month", x: 20, y: 52, fill: "#555555"),
            text("Black tick: every service at its minimum · dashed: up to the ceiling (every service at its maximum "
                 + "all month) · hatched: on Kubernetes", x: 20, y: 68, fill: "#555555"),
        ]
        var tick = 0.0
        while tick <= top + step / 2 {
            let y = yPosition(tick, top: top)
            svg.append(line(plotLeft, y, plotRight, y, colour: "#e6e6e6"))
            svg.append(text(Money.wholeDollars(Decimal(tick)), x: plotLeft - 8, y: y + 4, anchor: "end", fill: "#555555"))
            tick += step
        }
        svg.append(line(plotLeft, plotBottom, plotRight, plotBottom, colour: "#333333"))
        let slot = (plotRight - plotLeft) / Double(max(bars.count, 1))
        let barWidth = min(74, slot * 0.42)
        var legend: [(name: String, colour: String, hatched: Bool)] = []
        for (index, bar) in bars.enumerated() {
            let x = plotLeft + slot * Double(index) + slot * 0.14
            let frame = Frame(bottom: plotBottom, top: plotTop, dollars: top)
            let (parts, segments) = draw(bar, x: x, width: barWidth, frame: frame, services: services)
            svg += parts
            if bars.count > 1, double(bar.total.expected) < top / 6 {
                svg += inset(bar, slotLeft: plotLeft + slot * Double(index), slotWidth: slot, barX: x,
                             barWidth: barWidth, mainTop: top, services: services)
            }
            for segment in segments {
                let name = segment.members.isEmpty ? segment.name
                    : "other \(segment.platform.displayName): " + segment.members.joined(separator: ", ")
                let key = segment.platform == .kubernetes && segment.hatched && servicesContain(services, segment.name)
                    ? segment.name : name
                if !legend.contains(where: { $0.name == key }) {
                    legend.append((key, segment.colour, segment.hatched && !servicesContain(services, segment.name)))
                }
            }
        }
        svg += drawLegend(legend, services: services)
        if let comparison = report.comparison, let users = comparison.usersGrowth {
            let growth = comparison.total.growth
            var lines = [
                "\(Money.number(users))× the users,", "\(growth.expected.map { Money.number($0) } ?? "–")× the cost",
            ]
            if let like = comparison.likeForLike, let expected = like.growth.expected {
                lines.append("like for like: \(Money.number(expected))×")
            }
            for (index, content) in lines.enumerated() {
                svg.append(text(content, x: plotRight + 110, y: height - 72 + Double(index) * 16, weight: "bold"))
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// The bars: each estimate as declared, followed by its end states when it renders two platforms.
    static func bars(_ report: CostReport) -> [Bar] {
        report.estimates.flatMap { estimate -> [Bar] in
            let users = estimate.usersPerMonth.map { "\(Money.number(Decimal($0))) users a month" } ?? estimate.region
            var bars = [Bar(
                label: estimate.environment, caption: estimate.scenarios.isEmpty ? users : "as declared: double run",
                resources: estimate.resources, total: estimate.total, doubleRun: !estimate.scenarios.isEmpty)]
            for scenario in estimate.scenarios {
                bars.append(Bar(
                    label: estimate.environment, caption: "end state: \(scenario.name)",
                    resources: estimate.resources.filter { $0.platform == scenario.platform || $0.platform == .shared },
                    total: scenario.total, doubleRun: false))
            }
            return bars
        }
    }

    /// The segments of a bar at the expected month, platform by platform, with small ones grouped into `other`.
    static func segments(_ bar: Bar, frame: Frame, services: [String]) -> [Segment] {
        var result: [Segment] = []
        for platform in CostPlatform.allCases {
            var pieces: [Segment] = []
            for resource in bar.resources where resource.platform == platform {
                let name = kind(of: resource)
                let value = resource.monthlyCost.expected
                guard value > 0 else { continue }
                if let index = pieces.firstIndex(where: { $0.name == name }) {
                    pieces[index] = Segment(
                        name: name, platform: platform, colour: pieces[index].colour, hatched: pieces[index].hatched,
                        value: pieces[index].value + value)
                } else {
                    pieces.append(Segment(
                        name: name, platform: platform, colour: colour(of: name, services: services),
                        hatched: platform == .kubernetes, value: value))
                }
            }
            let pixelsPerDollar = frame.pixelsPerDollar
            let small = pieces.filter { double($0.value) * pixelsPerDollar < minimumSegmentPixels }
            result += pieces.filter { double($0.value) * pixelsPerDollar >= minimumSegmentPixels }
            if !small.isEmpty {
                result.append(Segment(
                    name: "other", platform: platform, colour: kindColours["other"]!, hatched: false,
                    value: small.map(\.value).reduce(0, +), members: small.map(\.name)))
            }
        }
        return result
    }

    /// A bar too short to read at the chart's scale, drawn again larger in a framed panel above it.
    private static func inset(
        _ bar: Bar, slotLeft: Double, slotWidth: Double, barX: Double, barWidth: Double, mainTop: Double,
        services: [String]
    ) -> [String] {
        let panelLeft = slotLeft + 4
        let panelWidth = slotWidth - 8
        let panelTop = plotTop + 6
        let panelBottom = plotBottom - 90
        let dollars = max(double(bar.total.high), double(bar.total.expected)) * 1.04
        let frame = Frame(bottom: panelBottom - 10, top: panelTop + 58, dollars: dollars)
        let factor = Money.number(Decimal(Int((mainTop / dollars).rounded(.down))), places: 0)
        var parts = [
            "<rect x=\"\(f(panelLeft))\" y=\"\(f(panelTop))\" width=\"\(f(panelWidth))\" "
                + "height=\"\(f(panelBottom - panelTop))\" fill=\"#ffffff\" stroke=\"#999999\"/>",
            text("\(bar.label), enlarged \(factor)×", x: panelLeft + 6, y: panelTop + 14, size: 10, weight: "bold"),
            "<line x1=\"\(f(barX + barWidth / 2))\" y1=\"\(f(panelBottom))\" x2=\"\(f(barX + barWidth / 2))\" "
                + "y2=\"\(f(plotBottom - 58))\" stroke=\"#999999\" stroke-dasharray=\"2 2\"/>",
        ]
        let width = min(56, panelWidth * 0.38)
        parts += draw(bar, x: panelLeft + 34, width: width, frame: frame, services: services, inset: true).parts
        return parts
    }

    private static func draw(
        _ bar: Bar, x: Double, width: Double, frame: Frame, services: [String], inset: Bool = false
    ) -> (parts: [String], segments: [Segment]) {
        var parts: [String] = []
        let segments = segments(bar, frame: frame, services: services)
        var base = frame.bottom
        var platformSpans: [(platform: CostPlatform, from: Double, to: Double, value: Decimal)] = []
        for segment in segments {
            let heightPixels = max(minimumSegmentPixels, double(segment.value) * frame.pixelsPerDollar)
            let y = base - heightPixels
            let tooltip = "\(bar.label) (\(bar.caption)) · \(segment.platform.displayName) · \(segment.name)"
                + (segment.members.isEmpty ? "" : ": " + segment.members.joined(separator: ", "))
                + ": \(Money.dollars(segment.value)) expected"
            parts.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(heightPixels))\" "
                + "fill=\"\(segment.colour)\"><title>\(escape(tooltip))</title></rect>")
            if segment.hatched {
                parts.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(heightPixels))\" "
                    + "fill=\"url(#kubernetes)\"/>")
            }
            parts.append(line(x, y, x + width, y, colour: "#ffffff", widthPixels: 0.5))
            if heightPixels >= 12 {
                let amount = Money.wholeDollars(segment.value)
                let label = [segment.name + " " + amount, amount].first { Double($0.count) * 5.6 <= width - 6 }
                if let label {
                    parts.append(text(label, x: x + width / 2, y: y + heightPixels / 2 + 3.5, size: 10, anchor: "middle",
                                      fill: textColour(on: segment.colour), weight: "bold"))
                }
            }
            if let last = platformSpans.last, last.platform == segment.platform {
                platformSpans[platformSpans.count - 1] = (last.platform, last.from, y, last.value + segment.value)
            } else {
                platformSpans.append((segment.platform, base, y, segment.value))
            }
            base = y
        }
        // Platform brackets and totals beside the bar, labels kept 12 px apart.
        var labelYs: [Double] = []
        for span in platformSpans {
            let bracketX = x + width + 5
            parts.append("<path d=\"M\(f(bracketX)) \(f(span.from - 0.5)) h4 V\(f(span.to + 0.5)) h-4\" fill=\"none\" "
                + "stroke=\"#444444\" stroke-width=\"1\"/>")
            var labelY = (span.from + span.to) / 2 + 4
            if let previous = labelYs.last, previous - labelY < 12 { labelY = previous - 12 }
            labelYs.append(labelY)
            parts.append(text("\(span.platform.displayName) \(Money.wholeDollars(span.value))", x: bracketX + 8, y: labelY,
                              size: 10, fill: "#333333"))
        }
        // Low tick, ceiling outline, totals.
        let low = frame.y(double(bar.total.low))
        parts.append(line(x - 4, low, x + width + 4, low, colour: "#000000", widthPixels: 2))
        let expectedY = base
        let ceiling = double(bar.total.high)
        if bar.total.high > bar.total.expected {
            let ceilingY = max(frame.top - 24, frame.y(ceiling))
            parts.append("<rect x=\"\(f(x))\" y=\"\(f(ceilingY))\" width=\"\(f(width))\" height=\"\(f(expectedY - ceilingY))\" "
                + "fill=\"none\" stroke=\"#777777\" stroke-dasharray=\"4 3\"/>")
            if ceilingY <= frame.top - 24 {
                parts.append("<path d=\"M\(f(x + width / 2 - 6)) \(f(ceilingY + 8)) l6 -8 l6 8\" fill=\"none\" "
                    + "stroke=\"#777777\" stroke-width=\"1.5\"/>")
            }
            if expectedY - ceilingY < 18 {
                parts.append(text(
                    "expected \(Money.wholeDollars(bar.total.expected)) · ceiling \(Money.wholeDollars(bar.total.high))",
                    x: x + width / 2, y: ceilingY - 5, size: 10, anchor: "middle", weight: "bold"))
            } else {
                parts.append(text("ceiling \(Money.wholeDollars(bar.total.high))", x: x + width / 2, y: ceilingY - 4,
                                  size: 10, anchor: "middle", fill: "#555555"))
                parts.append(text("expected \(Money.wholeDollars(bar.total.expected))", x: x + width / 2,
                                  y: expectedY - 5, size: 10, anchor: "middle", weight: "bold"))
            }
        } else {
            parts.append(text(Money.wholeDollars(bar.total.expected), x: x + width / 2, y: expectedY - 5, size: 11,
                              anchor: "middle", weight: "bold"))
        }
        parts.append(text("min \(Money.wholeDollars(bar.total.low))", x: x - 6, y: low + 4, size: 9, anchor: "end",
                          fill: "#000000"))
        if inset { return (parts, segments) }
        if bar.doubleRun {
            parts.append(text("double run: both platforms", x: x + width / 2, y: plotBottom + 48, size: 10,
                              anchor: "middle", fill: "#B00020", weight: "bold"))
        }
        parts.append(text(bar.label, x: x + width / 2, y: plotBottom + 18, size: 13, anchor: "middle", weight: "bold"))
        parts.append(text(bar.caption, x: x + width / 2, y: plotBottom + 33, size: 10, anchor: "middle", fill: "#555555"))
        return (parts, segments)
    }

    private static func drawLegend(
        _ entries: [(name: String, colour: String, hatched: Bool)], services: [String]
    ) -> [String] {
        var parts = [text("Segments", x: plotRight + 110, y: plotTop - 16, weight: "bold")]
        var y = plotTop - 6
        for entry in entries {
            parts.append("<rect x=\"\(f(plotRight + 110))\" y=\"\(f(y))\" width=\"12\" height=\"12\" fill=\"\(entry.colour)\"/>")
            if entry.hatched {
                parts.append("<rect x=\"\(f(plotRight + 110))\" y=\"\(f(y))\" width=\"12\" height=\"12\" "
                    + "fill=\"url(#kubernetes)\"/>")
            }
            parts += wrapped(entry.name, x: plotRight + 128, y: y + 10, width: 22).enumerated().map { index, line in
                text(line, x: plotRight + 128, y: y + 10 + Double(index) * 13, size: 11)
            }
            y += 18 + Double(wrapped(entry.name, x: 0, y: 0, width: 22).count - 1) * 13
        }
        return parts
    }

    /// The words of `content` in lines of at most `width` characters.
    private static func wrapped(_ content: String, x: Double, y: Double, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in content.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A resource's segment: its service, or its kind for overhead and shared items.
    static func kind(of resource: CostResource) -> String {
        if let service = resource.service { return service }
        switch resource.resourceType {
        case "kubernetes-idle": return "idle capacity"
        case "ebs-volume": return "node disks"
        case "eks-cluster": return "EKS control plane"
        case "load-balancer": return "load balancer"
        case "nat-gateway": return "NAT gateway"
        case "database": return "database"
        case "cache": return "cache"
        case "logs": return "logs"
        case "data-transfer": return "data transfer out"
        case "secrets-manager": return "secrets"
        case "container-registry": return "image registry"
        default: return resource.resourceType
        }
    }

    private static func colour(of name: String, services: [String]) -> String {
        if let index = services.firstIndex(of: name) { return servicePalette[index % servicePalette.count] }
        return kindColours[name] ?? "#AAAAAA"
    }

    private static func servicesContain(_ services: [String], _ name: String) -> Bool { services.contains(name) }

    /// Service names in first-seen order over every estimate.
    private static func serviceNames(_ estimates: [CostEstimate]) -> [String] {
        var names: [String] = []
        for estimate in estimates {
            for resource in estimate.resources {
                if let service = resource.service, !names.contains(service) { names.append(service) }
            }
        }
        return names
    }

    private static func title(_ report: CostReport) -> String {
        if let comparison = report.comparison {
            return "Monthly cost: \(comparison.subject.environment) compared with \(comparison.baseline.environment)"
        }
        return "Monthly cost: \(report.estimates[0].environment)"
    }

    /// Black on light colours, white on dark ones (by relative luminance).
    private static func textColour(on colour: String) -> String {
        let hex = colour.dropFirst()
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return "#000000" }
        let red = Double((value >> 16) & 0xFF), green = Double((value >> 8) & 0xFF), blue = Double(value & 0xFF)
        return 0.299 * red + 0.587 * green + 0.114 * blue > 150 ? "#000000" : "#ffffff"
    }

    /// The axis top and tick step: a round step (1, 2 or 5 × a power of ten) giving about five ticks.
    static func scale(_ maximum: Double) -> (top: Double, step: Double) {
        guard maximum > 0 else { return (100, 20) }
        let raw = maximum / 5
        let magnitude = pow(10, floor(log10(raw)))
        let residual = raw / magnitude
        let step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude
        return ((maximum / step).rounded(.up) * step, step)
    }

    private static func yPosition(_ value: Double, top: Double) -> Double {
        plotBottom - value / top * (plotBottom - plotTop)
    }

    /// A chart coordinate from an exact amount (drawing only; every printed figure comes from the decimal).
    private static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// A coordinate with one decimal place, the same on every machine.
    private static func f(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, colour: String, widthPixels: Double = 1
    ) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(colour)\" "
            + "stroke-width=\"\(f(widthPixels))\"/>"
    }

    private static func text(
        _ content: String, x: Double, y: Double, size: Int = 12, anchor: String = "start", fill: String = "#222222",
        weight: String = "normal"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" "
            + "fill=\"\(fill)\">\(escape(content))</text>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
