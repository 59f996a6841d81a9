/// One of the five fields of a Kubernetes/Unix cron expression, with the values and names it accepts.
enum CronField: Int, CaseIterable, Sendable {
    case minute, hour, dayOfMonth, month, dayOfWeek

    /// The field's name in messages.
    var label: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .dayOfMonth: "day-of-month"
        case .month: "month"
        case .dayOfWeek: "day-of-week"
        }
    }

    /// The values `*` and `N/step` cover. Day-of-week is 0–6 (Sunday first), as in robfig/cron's bounds.
    var span: ClosedRange<Int> {
        switch self {
        case .minute: 0...59
        case .hour: 0...23
        case .dayOfMonth: 1...31
        case .month: 1...12
        case .dayOfWeek: 0...6
        }
    }

    /// The values a user may write: the span, plus 7 for Sunday in day-of-week as Unix cron allows.
    var accepted: ClosedRange<Int> { self == .dayOfWeek ? 0...7 : span }

    /// Three-letter names and their numbers (matched case-insensitively), in order.
    var names: [String] {
        switch self {
        case .month: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        case .dayOfWeek: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
        default: []
        }
    }

    /// The number a name stands for.
    func number(named name: String) -> Int? {
        guard let index = names.firstIndex(of: name.uppercased()) else { return nil }
        return self == .month ? index + 1 : index
    }

    /// What a user may write in this field, for messages.
    var acceptedDescription: String {
        switch self {
        case .month: "1-12 or JAN-DEC"
        case .dayOfWeek: "0-7 or SUN-SAT (0 and 7 are Sunday)"
        default: "\(span.lowerBound)-\(span.upperBound)"
        }
    }
}

/// A value as written: its number and, when written as a name, the upper-case name.
struct CronValue: Sendable, Hashable {
    var number: Int
    var name: String?

    /// The name when there is one, otherwise the number.
    var text: String { name ?? String(number) }
}

/// One comma-separated item of a field: `*`, `5`, `1-5`, `5/10` or `1-5/2`, each with an optional step.
struct CronTerm: Sendable, Hashable {
    /// Which values the item starts from, before the step.
    enum Span: Sendable, Hashable {
        /// `*`: every value of the field.
        case all
        /// `N`: one value (with a step, `N/step` means from N to the field's end).
        case single(CronValue)
        /// `A-B`.
        case range(CronValue, CronValue)
    }

    var span: Span
    /// 1 when no step was written.
    var step: Int
    /// Whether a step was written (`N/step` differs from `N`).
    var hasStep: Bool

    /// The numbers the item selects, in order (day-of-week 7 stays 7).
    func values(in field: CronField) -> [Int] {
        let (low, high): (Int, Int)
        switch span {
        case .all: (low, high) = (field.span.lowerBound, field.span.upperBound)
        case .single(let value): (low, high) = (value.number, hasStep ? field.span.upperBound : value.number)
        case .range(let from, let to): (low, high) = (from.number, to.number)
        }
        return Array(stride(from: low, through: high, by: step))
    }

    /// Whether the item is a bare `*`.
    var isWildcard: Bool { span == .all && step == 1 }
}

/// A parsed five-field expression (a macro is expanded into its fields and remembered for the Kubernetes form).
struct CronExpression: Sendable, Hashable {
    /// The items of each field, indexed by `CronField.rawValue`.
    var fields: [[CronTerm]]
    /// The macro as written (lower case), such as `@daily`, when the expression was one.
    var macro: String?

    /// The items of one field.
    subscript(field: CronField) -> [CronTerm] { fields[field.rawValue] }

    /// Whether a field is a bare `*` (robfig/cron then matches days on the other day field alone).
    func isWildcard(_ field: CronField) -> Bool { self[field].count == 1 && self[field][0].isWildcard }
}
