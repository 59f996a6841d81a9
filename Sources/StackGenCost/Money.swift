import Foundation
import StackGen

/// Money and quantities are `Decimal`: base-10, so `0.04048 × 730` is exactly `29.5504`, and the same on every
/// machine. Sums and products of table prices are exact; the only inexact step is the division that splits a
/// node's hourly price into per-vCPU and per-GiB rates (`OpenCostSplit`), which keeps 38 significant digits.
/// Nothing is rounded until a renderer shows a figure: cents for money, more places for unit prices.
package enum Money {
    /// Parses a plain decimal number as written in an environment file or the price table (`0.04048`, `730`,
    /// `2.5`): digits with at most one `.`, no sign, exponent or grouping. `nil` for anything else.
    package static func parse(_ text: String) -> Decimal? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        // The text is checked to be digits and one `.`: no locale is needed, so none (and no ICU number
        // formatter, which every command would otherwise load with the environment files) is created.
        return Decimal(string: text, locale: nil)
    }

    /// `value` rounded half away from zero to `places` decimal places.
    package static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// `$1,234.56`: rounded to cents, with thousands separators; negative amounts as `-$5.00`. Formatted from
    /// the decimal digits themselves, so amounts of any size print exactly (no 64-bit conversion).
    package static func dollars(_ value: Decimal) -> String {
        let (sign, whole, fraction) = parts(value, places: 2)
        return "\(sign)$\(grouped(whole)).\(fraction)"
    }

    /// `$1,235`: rounded to whole dollars, for chart labels.
    package static func wholeDollars(_ value: Decimal) -> String {
        let (sign, whole, _) = parts(value, places: 0)
        return "\(sign)$\(grouped(whole))"
    }

    /// `value` rounded to exactly `places` decimal places in plain notation (`350.4000`), for JSON.
    package static func fixed(_ value: Decimal, places: Int) -> String {
        let (sign, whole, fraction) = parts(value, places: places)
        return sign + whole + (places > 0 ? "." + fraction : "")
    }

    /// The sign (`-` or empty), the whole digits and exactly `places` fraction digits of `value` rounded.
    private static func parts(_ value: Decimal, places: Int) -> (sign: String, whole: String, fraction: String) {
        let rounded = rounded(value, places: places)
        let text = plain(rounded)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var fraction = pieces.count > 1 ? pieces[1] : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        return (negative ? "-" : "", pieces[0], fraction)
    }

    /// A unit price as listed (`$0.04048`, `$0.10`), or rounded to `places` decimal places when it has more (a
    /// derived node rate such as `$0.031247`); at least `minimumPlaces` decimal places.
    package static func unitPrice(_ value: Decimal, places: Int = 6, minimumPlaces: Int = 2) -> String {
        var text = plain(rounded(value, places: places))
        if !text.contains(".") { text += "." }
        let decimals = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: ".")!)
        if decimals < minimumPlaces { text += String(repeating: "0", count: minimumPlaces - decimals) }
        return (text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text)
    }

    /// A quantity or factor rounded to `places` decimal places without trailing zeros: `2190`, `1.5`, `7.92`.
    package static func number(_ value: Decimal, places: Int = 2) -> String {
        let text = plain(rounded(value, places: places))
        guard let dot = text.firstIndex(of: ".") else { return grouped(text) }
        return grouped(String(text[..<dot])) + text[dot...]
    }

    /// The exact value in plain decimal notation, for JSON: `29.5504`, `0`, `-3.5`.
    package static func exact(_ value: Decimal) -> String { plain(value) }

    /// Plain decimal notation (Foundation writes `Decimal` without an exponent), trailing zeros removed.
    private static func plain(_ value: Decimal) -> String {
        if value.isZero { return "0" }
        var text = value.magnitude.description
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return (value < 0 ? "-" : "") + text
    }

    private static func grouped(_ digits: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? String(digits.dropFirst()) : digits)
        var result = ""
        for (index, character) in body.enumerated() {
            if index > 0, (body.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (negative ? "-" : "") + result
    }
}

/// A monthly figure at three points: the autoscaling minimum all month (`low`), the expected month from the
/// environment's declared replicas and peak hours (`expected`), and every service at its maximum all month
/// (`high`, a ceiling). Fixed counts give the same figure at all three.
package struct CostRange: Sendable, Hashable {
    package var low: Decimal
    package var expected: Decimal
    package var high: Decimal

    package init(low: Decimal, expected: Decimal, high: Decimal) {
        self.low = low
        self.expected = expected
        self.high = high
    }

    /// The same figure at every point.
    package init(_ fixed: Decimal) {
        self.init(low: fixed, expected: fixed, high: fixed)
    }

    /// Nothing at any point.
    package static let zero = CostRange(0)

    /// Whether every point is the same.
    package var isFixed: Bool { low == high && low == expected }

    /// The three points, in order.
    package var points: [Decimal] { [low, expected, high] }

    /// Applies `transform` to each point.
    package func map(_ transform: (Decimal) -> Decimal) -> CostRange {
        CostRange(low: transform(low), expected: transform(expected), high: transform(high))
    }

    /// Combines two ranges point by point.
    package func combined(with other: CostRange, _ operation: (Decimal, Decimal) -> Decimal) -> CostRange {
        CostRange(
            low: operation(low, other.low), expected: operation(expected, other.expected),
            high: operation(high, other.high))
    }

    package static func + (lhs: CostRange, rhs: CostRange) -> CostRange { lhs.combined(with: rhs, +) }

    package static func - (lhs: CostRange, rhs: CostRange) -> CostRange { lhs.combined(with: rhs, -) }

    /// Point-by-point product (quantities × per-point factors).
    package static func * (lhs: CostRange, rhs: CostRange) -> CostRange { lhs.combined(with: rhs, *) }

    /// Every point times `factor`.
    package static func * (lhs: CostRange, factor: Decimal) -> CostRange { lhs.map { $0 * factor } }

    /// `$10.00`, or `$10.00 – $40.00 (expected $15.00)`.
    package var dollars: String {
        isFixed ? Money.dollars(low)
            : "\(Money.dollars(low)) – \(Money.dollars(high)) (expected \(Money.dollars(expected)))"
    }
}

extension Sequence where Element == CostRange {
    /// The sum of every range.
    package func total() -> CostRange { reduce(.zero, +) }
}
