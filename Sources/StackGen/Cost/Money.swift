import Foundation

/// Money and quantities are `Decimal`: base-10, so `0.04048 × 730` is exactly `29.5504`, and the same on every
/// machine. Sums and products of table prices are exact; the only inexact step is the division that splits a
/// node's hourly price into per-vCPU and per-GiB rates (`OpenCostSplit`), which keeps 38 significant digits.
/// Nothing is rounded until a renderer shows a figure: cents for money, more places for unit prices.
public enum Money {
    /// Parses a plain decimal number as written in an environment file or the price table (`0.04048`, `730`,
    /// `2.5`): digits with at most one `.`, no sign, exponent or grouping. `nil` for anything else.
    public static func parse(_ text: String) -> Decimal? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        // The text is checked to be digits and one `.`: no locale is needed, so none (and no ICU number
        // formatter, which every command would otherwise load with the environment files) is created.
        return Decimal(string: text, locale: nil)
    }

    /// `value` rounded half away from zero to `places` decimal places.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// `$1,234.56`: rounded to cents, with thousands separators; negative amounts as `-$5.00`.
    public static func dollars(_ value: Decimal) -> String {
        let cents = NSDecimalNumber(decimal: rounded(value, places: 2) * 100).int64Value
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        return "\(sign)$\(grouped(magnitude / 100)).\(twoDigits(magnitude % 100))"
    }

    /// `$1,235`: rounded to whole dollars, for chart labels.
    public static func wholeDollars(_ value: Decimal) -> String {
        let whole = NSDecimalNumber(decimal: rounded(value, places: 0)).int64Value
        return (whole < 0 ? "-$" : "$") + grouped(whole.magnitude)
    }

    /// A unit price as listed (`$0.04048`, `$0.10`), or rounded to `places` decimal places when it has more (a
    /// derived node rate such as `$0.031247`); at least `minimumPlaces` decimal places.
    public static func unitPrice(_ value: Decimal, places: Int = 6, minimumPlaces: Int = 2) -> String {
        var text = plain(rounded(value, places: places))
        if !text.contains(".") { text += "." }
        let decimals = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: ".")!)
        if decimals < minimumPlaces { text += String(repeating: "0", count: minimumPlaces - decimals) }
        return (text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text)
    }

    /// A quantity or factor rounded to `places` decimal places without trailing zeros: `2190`, `1.5`, `7.92`.
    public static func number(_ value: Decimal, places: Int = 2) -> String {
        let text = plain(rounded(value, places: places))
        guard let dot = text.firstIndex(of: ".") else { return grouped(text) }
        return grouped(String(text[..<dot])) + text[dot...]
    }

    /// The exact value in plain decimal notation, for JSON: `29.5504`, `0`, `-3.5`.
    public static func exact(_ value: Decimal) -> String { plain(value) }

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

    private static func grouped(_ value: UInt64) -> String { grouped(String(value)) }

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

    private static func twoDigits(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A monthly figure at the autoscaling minimum (`low`) and maximum (`high`); fixed counts give `low == high`.
public struct CostRange: Sendable, Hashable {
    public var low: Decimal
    public var high: Decimal

    public init(low: Decimal, high: Decimal) {
        self.low = low
        self.high = high
    }

    /// The same figure at both ends.
    public init(_ fixed: Decimal) {
        self.init(low: fixed, high: fixed)
    }

    /// Nothing at either end.
    public static let zero = CostRange(0)

    /// Whether both ends are the same.
    public var isFixed: Bool { low == high }

    public static func + (lhs: CostRange, rhs: CostRange) -> CostRange {
        CostRange(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    public static func - (lhs: CostRange, rhs: CostRange) -> CostRange {
        CostRange(low: lhs.low - rhs.low, high: lhs.high - rhs.high)
    }

    /// Both ends times `factor`.
    public static func * (lhs: CostRange, factor: Decimal) -> CostRange {
        CostRange(low: lhs.low * factor, high: lhs.high * factor)
    }

    /// `$10.00` or `$10.00 – $40.00`.
    public var dollars: String {
        isFixed ? Money.dollars(low) : "\(Money.dollars(low)) – \(Money.dollars(high))"
    }
}

extension Sequence where Element == CostRange {
    /// The sum of every range.
    public func total() -> CostRange { reduce(.zero, +) }
}
