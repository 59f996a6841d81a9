/// When a scheduled component runs: a cron expression in the five-field Kubernetes/Unix form and the IANA time zone
/// it is read in.
///
/// The expression is `minute hour day-of-month month day-of-week`, with `*`, lists (`1,15`), ranges (`1-5`), steps
/// (`*/15`, `0-30/10`, `5/10`), month names (`JAN`–`DEC`), day names (`SUN`–`SAT`, 0 and 7 both Sunday) and the macros
/// `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`.
///
/// It is rendered two ways:
/// - Kubernetes: `CronJob` `spec.schedule`, parsed by the CronJob controller with robfig/cron v3's standard parser
///   (github.com/robfig/cron, `parser.go` `ParseStandard`, `spec.go` bounds: day-of-week 0–6, names case-insensitive,
///   `N/step` meaning `N-max/step`; when both day-of-month and day-of-week are restricted a day matching either runs).
///   The zone goes in `spec.timeZone` (kubernetes.io, CronJob "Time zones": `CRON_TZ=`/`TZ=` inside the schedule is
///   not supported; kubernetes/kubernetes#116252 makes the API server refuse it on create).
/// - EventBridge Scheduler: `ScheduleExpression` `cron(minutes hours day-of-month month day-of-week year)` and
///   `ScheduleExpressionTimezone` (docs.aws.amazon.com, EventBridge "Cron expressions reference": six fields,
///   day-of-week 1–7 = SUN–SAT, `/` not allowed in day-of-week, one of day-of-month and day-of-week must be `?`).
///
/// What one platform cannot express is refused with the reason and the fix rather than changed silently.
public struct CronSchedule: Sendable, Hashable {
    /// The five-field expression or macro, as written.
    public let expression: String
    /// The IANA time zone the expression is read in, such as `Europe/London`.
    public let timeZone: String

    /// A schedule.
    /// - Parameters:
    ///   - expression: Five fields (`minute hour day-of-month month day-of-week`) or a macro such as `@daily`.
    ///   - timeZone: An IANA time zone name such as `America/New_York`; UTC when omitted.
    public init(_ expression: String, timeZone: String = "Etc/UTC") {
        self.expression = expression
        self.timeZone = timeZone
    }

    /// The expression for a Kubernetes `CronJob`'s `spec.schedule`: single spaces between fields, names upper case,
    /// and day-of-week 7 written as 0 (the controller's parser accepts 0–6 only).
    /// - Returns: The schedule, or why the expression is not valid.
    public func kubernetes() -> Result<String, CronScheduleError> {
        CronExpression.parse(expression).map { $0.kubernetesForm }
    }

    /// The expression for EventBridge Scheduler's `ScheduleExpression`, such as `cron(0 3 ? * MON-FRI *)`.
    /// - Returns: The schedule, or why it is not valid or has no EventBridge equivalent.
    public func eventBridge() -> Result<String, CronScheduleError> {
        CronExpression.parse(expression).flatMap { EventBridgeCron.translate($0) }
    }

    /// Why `timeZone` is not a usable IANA time zone name on both platforms, or `nil` when it is.
    public var timeZoneProblem: CronScheduleError? {
        CronTimeZone.problem(with: timeZone)
    }
}

/// Why a schedule or its time zone cannot be used, and what to write instead.
public struct CronScheduleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the field and the value.
    public let reason: String
    /// What to write instead.
    public let fix: String

    /// An error.
    /// - Parameters:
    ///   - reason: What is wrong, naming the field and the value.
    ///   - fix: What to write instead.
    public init(reason: String, fix: String) {
        self.reason = reason
        self.fix = fix
    }

    /// `reason; fix`.
    public var description: String { "\(reason); \(fix)" }
}
