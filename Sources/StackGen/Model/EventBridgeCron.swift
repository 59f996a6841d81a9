/// Translates a Kubernetes/Unix cron expression into EventBridge Scheduler's six-field `cron(...)` form.
///
/// EventBridge rules (docs.aws.amazon.com/eventbridge/latest/userguide/eb-cron-expressions.html, also the
/// EventBridge Scheduler User Guide "Schedule types"): fields `minutes hours day-of-month month day-of-week year`;
/// `*` may not stand in both day fields, one of them must be `?`; day-of-week is 1–7 for SUN–SAT and takes no `/`;
/// a step is written `start/increment`.
enum EventBridgeCron {
    /// `ScheduleExpression`'s length limit (EventBridge Scheduler API reference, `CreateSchedule`).
    static let maximumLength = 256

    /// The `cron(...)` expression, or why the schedule has no EventBridge equivalent.
    static func translate(_ expression: CronExpression) -> Result<String, CronScheduleError> {
        let dayOfMonth: String
        let dayOfWeek: String
        switch (expression.isWildcard(.dayOfMonth), expression.isWildcard(.dayOfWeek)) {
        case (true, true):
            (dayOfMonth, dayOfWeek) = ("*", "?")
        case (true, false):
            (dayOfMonth, dayOfWeek) = ("?", weekdays(expression[.dayOfWeek]))
        case (false, true):
            (dayOfMonth, dayOfWeek) = (field(expression[.dayOfMonth], .dayOfMonth), "?")
        case (false, false):
            let writtenDays = expression[.dayOfMonth].map { $0.text(in: .dayOfMonth) }.joined(separator: ",")
            let writtenWeekdays = expression[.dayOfWeek].map { $0.text(in: .dayOfWeek) }.joined(separator: ",")
            return .failure(
                CronScheduleError(
                    reason: "day-of-month `\(writtenDays)` and day-of-week `\(writtenWeekdays)` are both restricted: "
                        + "Kubernetes runs on a day matching either, and EventBridge cannot restrict both",
                    fix: "restrict one of them and write `*` in the other, or declare two schedules"))
        }
        let fields = [
            field(expression[.minute], .minute), field(expression[.hour], .hour), dayOfMonth,
            field(expression[.month], .month), dayOfWeek, "*",
        ]
        let form = "cron(\(fields.joined(separator: " ")))"
        guard form.count <= maximumLength else {
            return .failure(
                CronScheduleError(
                    reason: "the EventBridge form `\(form)` is \(form.count) characters, over the limit of "
                        + "\(maximumLength) (steps inside a range become lists of values)",
                    fix: "use steps from the start of a field (such as */2 or 1/2) or fewer values"))
        }
        return .success(form)
    }

    /// Minute, hour, day-of-month or month: the same grammar except steps, which start from a value.
    private static func field(_ terms: [CronTerm], _ field: CronField) -> String {
        terms.map { term in
            guard term.hasStep else { return term.text(in: field) }
            switch term.span {
            case .all: return "\(field.span.lowerBound)/\(term.step)"
            case .single(let value): return "\(value.number)/\(term.step)"
            case .range(let from, let to) where to.number == field.span.upperBound:
                return "\(from.number)/\(term.step)"
            case .range:
                return term.values(in: field).map(String.init).joined(separator: ",")
            }
        }.joined(separator: ",")
    }

    /// Day-of-week: numbers move from 0–7 (Sunday 0 and 7) to 1–7 (Sunday 1); names stay; steps become lists.
    private static func weekdays(_ terms: [CronTerm]) -> String {
        terms.map { term in
            let values = term.values(in: .dayOfWeek)
            if !term.hasStep, !values.contains(7) {
                switch term.span {
                case .all: return "*"
                case .single(let value): return shifted(value)
                case .range(let from, let to): return "\(shifted(from))-\(shifted(to))"
                }
            }
            return CronExpression.compressed(values.map { $0 % 7 + 1 })
        }.joined(separator: ",")
    }

    private static func shifted(_ value: CronValue) -> String { value.name ?? String(value.number % 7 + 1) }
}
