import Foundation

/// A stacked bar chart a browser can open: one bar per environment, stacked by service (then the cluster
/// control plane and shared infrastructure) at the autoscaling minimum, with a dashed extension up to the
/// maximum. Colours are the Okabe–Ito palette, which stays distinguishable with colour-blindness.
enum CostSVGRenderer {
    static let width = 760.0
    static let height = 480.0
    static let plotLeft = 90.0
    static let plotRight = 540.0
    static let plotTop = 100.0
    static let plotBottom = 410.0
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"]

    static func render(_ report: CostReport) -> String {
        let estimates = report.estimates
        let segments = segmentNames(estimates)
        let colours = Dictionary(uniqueKeysWithValues: segments.enumerated().map { index, name in
            (name, colour(for: name, index: index))
        })
        let maximum = estimates.map { double($0.total.high) }.max() ?? 0
        let (top, step) = scale(maximum)
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
                + "viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"12\">",
            "<title>\(escape(title(report)))</title>",
            "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
            text(title(report), x: 20, y: 30, size: 18, weight: "bold"),
            text("Price table \(estimates[0].priceTable), checked \(estimates[0].priceTableDate) · 730 hours a month",
                 x: 20, y: 52, size: 12, fill: "#555555"),
            text("Solid: at the autoscaling minimum · dashed: up to the maximum", x: 20, y: 68, size: 12,
                 fill: "#555555"),
        ]
        // Axis and grid.
        var tick = 0.0
        while tick <= top + step / 2 {
            let y = yPosition(tick, top: top)
            svg.append("<line x1=\"\(f(plotLeft))\" y1=\"\(f(y))\" x2=\"\(f(plotRight))\" y2=\"\(f(y))\" "
                + "stroke=\"#e0e0e0\" stroke-width=\"1\"/>")
            svg.append(text(Money.wholeDollars(Decimal(tick)), x: plotLeft - 8, y: y + 4, anchor: "end", fill: "#555555"))
            tick += step
        }
        svg.append("<line x1=\"\(f(plotLeft))\" y1=\"\(f(plotBottom))\" x2=\"\(f(plotRight))\" y2=\"\(f(plotBottom))\" "
            + "stroke=\"#333333\" stroke-width=\"1\"/>")
        svg.append(text("USD a month", x: 20, y: plotTop - 14, fill: "#555555"))
        // Bars.
        let slot = (plotRight - plotLeft) / Double(estimates.count)
        let barWidth = min(120, slot * 0.5)
        for (index, estimate) in estimates.enumerated() {
            let x = plotLeft + slot * (Double(index) + 0.5) - barWidth / 2
            svg += bar(estimate, x: x, width: barWidth, top: top, colours: colours)
        }
        // Legend.
        svg.append(text("Stacked by", x: plotRight + 40, y: plotTop + 4, weight: "bold"))
        for (index, name) in segments.enumerated() {
            let y = plotTop + 20 + Double(index) * 22
            svg.append("<rect x=\"\(f(plotRight + 40))\" y=\"\(f(y))\" width=\"14\" height=\"14\" "
                + "fill=\"\(colours[name]!)\"/>")
            svg.append(text(name, x: plotRight + 62, y: y + 11))
        }
        let legendBottom = plotTop + 20 + Double(segments.count) * 22
        svg.append("<rect x=\"\(f(plotRight + 40))\" y=\"\(f(legendBottom))\" width=\"14\" height=\"14\" "
            + "fill=\"#f2f2f2\" stroke=\"#777777\" stroke-dasharray=\"4 3\"/>")
        svg.append(text("up to the maximum", x: plotRight + 62, y: legendBottom + 11))
        if let comparison = report.comparison, let users = comparison.usersGrowth {
            svg.append(text("\(Money.number(users))× the users,", x: plotRight + 40, y: legendBottom + 44, weight: "bold"))
            svg.append(text("\(comparison.total.growth.text) the cost", x: plotRight + 40, y: legendBottom + 60,
                            weight: "bold"))
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    private static func bar(
        _ estimate: CostEstimate, x: Double, width: Double, top: Double, colours: [String: String]
    ) -> [String] {
        var parts: [String] = []
        var base = 0.0
        for segment in estimate.chartSegments {
            let value = double(segment.monthlyCost.low)
            guard value > 0 else { continue }
            let y = yPosition(base + value, top: top)
            let heightPixels = yPosition(base, top: top) - y
            parts.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(heightPixels))\" "
                + "fill=\"\(colours[segment.name]!)\" stroke=\"#ffffff\" stroke-width=\"1\">"
                + "<title>\(escape("\(estimate.environment) · \(segment.name): \(segment.monthlyCost.dollars)"))"
                + "</title></rect>")
            let amount = Money.wholeDollars(segment.monthlyCost.low)
            let fitting = ["\(segment.name) \(amount)", amount].first { Double($0.count) * 6 <= width - 8 }
            if heightPixels >= 16, let fitting {
                parts.append(text(
                    fitting, x: x + width / 2, y: y + heightPixels / 2 + 4, size: 10, anchor: "middle",
                    fill: label(on: colours[segment.name]!)))
            }
            base += value
        }
        let low = double(estimate.total.low)
        let high = double(estimate.total.high)
        if high > low {
            let y = yPosition(high, top: top)
            parts.append("<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" "
                + "height=\"\(f(yPosition(low, top: top) - y))\" fill=\"#f2f2f2\" stroke=\"#777777\" "
                + "stroke-dasharray=\"4 3\"/>")
        }
        let totalY = yPosition(max(low, high), top: top) - 8
        parts.append(text(estimate.total.dollars, x: x + width / 2, y: totalY, anchor: "middle", weight: "bold"))
        parts.append(text(estimate.environment, x: x + width / 2, y: plotBottom + 20, size: 13, anchor: "middle",
                          weight: "bold"))
        if let users = estimate.usersPerMonth {
            parts.append(text("\(Money.number(Decimal(users))) users a month", x: x + width / 2, y: plotBottom + 36,
                              size: 11, anchor: "middle", fill: "#555555"))
        }
        return parts
    }

    private static func title(_ report: CostReport) -> String {
        if let comparison = report.comparison {
            return "Monthly cost: \(comparison.subject.environment) compared with \(comparison.baseline.environment)"
        }
        return "Monthly cost: \(report.estimates[0].environment)"
    }

    /// Segment names in first-seen order over every estimate.
    private static func segmentNames(_ estimates: [CostEstimate]) -> [String] {
        var names: [String] = []
        for estimate in estimates {
            for segment in estimate.chartSegments where !names.contains(segment.name) { names.append(segment.name) }
        }
        return names.filter { $0 != "cluster control plane" && $0 != "shared infrastructure" }
            + names.filter { $0 == "cluster control plane" } + names.filter { $0 == "shared infrastructure" }
    }

    private static func colour(for name: String, index: Int) -> String {
        switch name {
        case "cluster control plane": "#BBBBBB"
        case "shared infrastructure": "#888888"
        default: palette[index % palette.count]
        }
    }

    /// Black on light colours, white on dark ones.
    private static func label(on colour: String) -> String {
        ["#E69F00", "#56B4E9", "#F0E442", "#BBBBBB"].contains(colour) ? "#000000" : "#ffffff"
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

    private static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

    /// A coordinate with one decimal place, the same on every machine.
    private static func f(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func text(
        _ content: String, x: Double, y: Double, size: Int = 12, anchor: String = "start", weight: String = "normal",
        fill: String = "#222222"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" "
            + "fill=\"\(fill)\">\(escape(content))</text>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
