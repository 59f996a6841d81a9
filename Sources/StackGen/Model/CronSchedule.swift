import Foundation

/// When a scheduled job runs: a five-field cron expression (`minute hour day-of-month month day-of-week`, as
/// Kubernetes reads it) and the IANA time zone it is read in.
///
/// Each platform has its own form: Kubernetes takes the five fields as written; EventBridge Scheduler takes six
/// (`cron(minute hour day-of-month month day-of-week year)`), with `?` in one of the two day fields, and numbers
/// the days of the week 1–7 from Sunday. `kubernetes()` and `eventBridge()` translate, or say why they cannot.
public struct CronSchedule: Sendable, Hashable {
    /// The expression as written.
    public let expression: String
    /// The IANA time zone it is read in, such as `Europe/Berlin`.
    public let timeZone: String

    /// - Parameters:
    ///   - expression: Five fields: `minute hour day-of-month month day-of-week`.
    ///   - timeZone: An IANA time zone (default `Etc/UTC`).
    public init(_ expression: String, timeZone: String = "Etc/UTC") {
        self.expression = expression
        self.timeZone = timeZone
    }

    /// The five fields, or why the expression is not five fields of cron syntax.
    private func fields() -> Result<[String], CronScheduleError> {
        let fields = expression.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count == 5 else {
            return .failure(CronScheduleError(
                reason: "`\(expression)` has \(fields.count) fields, not 5",
                fix: "write `minute hour day-of-month month day-of-week`, such as `0 3 * * *` (03:00 every day)"))
        }
        let allowed = Set("0123456789*,-/?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        for (field, name) in zip(fields, Self.fieldNames) {
            guard field.allSatisfy(allowed.contains) else {
                return .failure(CronScheduleError(
                    reason: "the \(name) field `\(field)` holds characters cron does not know",
                    fix: "use numbers, names, `*`, `,`, `-` and `/`"))
            }
            if field.contains("?") {
                return .failure(CronScheduleError(
                    reason: "the \(name) field `\(field)` uses `?`, which Kubernetes does not read",
                    fix: "use `*`; the EventBridge form gets its `?` from stackgen"))
            }
            for number in field.split(whereSeparator: { !$0.isNumber }).compactMap({ Int($0) }) {
                guard Self.ranges[name]!.contains(number) || field.contains("/") else {
                    return .failure(CronScheduleError(
                        reason: "the \(name) field `\(field)` has \(number), outside \(Self.ranges[name]!.lowerBound)–\(Self.ranges[name]!.upperBound)",
                        fix: "use a \(name) in \(Self.ranges[name]!.lowerBound)–\(Self.ranges[name]!.upperBound)"))
                }
            }
        }
        return .success(fields)
    }

    private static let fieldNames = ["minute", "hour", "day-of-month", "month", "day-of-week"]
    private static let ranges: [String: ClosedRange<Int>] = [
        "minute": 0...59, "hour": 0...23, "day-of-month": 1...31, "month": 1...12, "day-of-week": 0...7,
    ]

    /// The five-field form for a CronJob's `spec.schedule`.
    public func kubernetes() -> Result<String, CronScheduleError> {
        fields().map { $0.joined(separator: " ") }
    }

    /// The `cron(minute hour day-of-month month day-of-week year)` form of EventBridge Scheduler.
    public func eventBridge() -> Result<String, CronScheduleError> {
        fields().flatMap { fields in
            var (dayOfMonth, dayOfWeek) = (fields[2], fields[4])
            switch (dayOfMonth == "*", dayOfWeek == "*") {
            case (_, true): dayOfWeek = "?"
            case (true, false): dayOfMonth = "?"
            case (false, false):
                return .failure(CronScheduleError(
                    reason: "it names both a day of the month and a day of the week; cron runs on either, "
                        + "EventBridge cannot say \"either\"",
                    fix: "keep one of the two day fields and make the other `*`, or declare two scheduled jobs"))
            }
            guard let translated = Self.eventBridgeDaysOfWeek(dayOfWeek) else {
                return .failure(CronScheduleError(
                    reason: "the day-of-week field `\(dayOfWeek)` uses a step, which EventBridge numbers differently",
                    fix: "list the days, such as `1,3,5` or `MON,WED,FRI`"))
            }
            return .success("cron(\(fields[0]) \(fields[1]) \(dayOfMonth) \(fields[3]) \(translated) *)")
        }
    }

    /// Cron's days of the week (0–7, Sunday 0 and 7) as EventBridge's (1–7, Sunday 1); names and `?` as they are.
    private static func eventBridgeDaysOfWeek(_ field: String) -> String? {
        if field == "?" { return field }
        guard !field.contains("/") else { return nil }
        var result = ""
        var number = ""
        func flush() {
            if let day = Int(number) { result += String(day % 7 + 1) }
            number = ""
        }
        for character in field {
            if character.isNumber { number.append(character) } else { flush(); result.append(character) }
        }
        flush()
        return result
    }

    /// Why the time zone is not one both platforms know (`nil` when it is an IANA zone).
    public var timeZoneProblem: CronScheduleError? {
        guard timeZone.contains("/") || timeZone == "UTC", TimeZone(identifier: timeZone) != nil else {
            return CronScheduleError(
                reason: "`\(timeZone)` is not an IANA time zone",
                fix: "use a zone such as `Etc/UTC` or `Europe/Berlin`")
        }
        return nil
    }
}

/// Why a cron schedule cannot be used on a platform, and what to write instead.
public struct CronScheduleError: Error, Sendable, Hashable {
    /// What is wrong.
    public let reason: String
    /// What to write instead.
    public let fix: String

    /// - Parameters:
    ///   - reason: What is wrong.
    ///   - fix: What to write instead.
    public init(reason: String, fix: String) {
        self.reason = reason
        self.fix = fix
    }
}
