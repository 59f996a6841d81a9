import StackGen
import Testing

/// The cron schedule type: what it accepts and how it writes each platform's form, what it refuses and why, and
/// which time zone names it takes.
@Suite("Cron schedule")
struct CronScheduleTests {
    /// An accepted expression, its Kubernetes `spec.schedule` and its EventBridge `ScheduleExpression`.
    struct Accepted: CustomTestStringConvertible, Sendable {
        var expression: String
        var kubernetes: String
        var eventBridge: String
        var testDescription: String { expression }
    }

    static let accepted: [Accepted] = [
        .init(expression: "* * * * *", kubernetes: "* * * * *", eventBridge: "cron(* * * * ? *)"),
        .init(expression: "0 3 * * *", kubernetes: "0 3 * * *", eventBridge: "cron(0 3 * * ? *)"),
        .init(expression: "  30\t2  *   * * ", kubernetes: "30 2 * * *", eventBridge: "cron(30 2 * * ? *)"),
        .init(expression: "*/15 * * * *", kubernetes: "*/15 * * * *", eventBridge: "cron(0/15 * * * ? *)"),
        .init(expression: "5/10 * * * *", kubernetes: "5/10 * * * *", eventBridge: "cron(5/10 * * * ? *)"),
        .init(expression: "10-59/20 * * * *", kubernetes: "10-59/20 * * * *", eventBridge: "cron(10/20 * * * ? *)"),
        .init(expression: "0-30/10 * * * *", kubernetes: "0-30/10 * * * *", eventBridge: "cron(0,10,20,30 * * * ? *)"),
        .init(expression: "0 9-17 * * MON-FRI", kubernetes: "0 9-17 * * MON-FRI", eventBridge: "cron(0 9-17 ? * MON-FRI *)"),
        .init(expression: "0 9 * * mon-fri", kubernetes: "0 9 * * MON-FRI", eventBridge: "cron(0 9 ? * MON-FRI *)"),
        .init(expression: "0 9 * * 1-5", kubernetes: "0 9 * * 1-5", eventBridge: "cron(0 9 ? * 2-6 *)"),
        .init(expression: "0 0 * * 0", kubernetes: "0 0 * * 0", eventBridge: "cron(0 0 ? * 1 *)"),
        .init(expression: "0 0 * * 7", kubernetes: "0 0 * * 0", eventBridge: "cron(0 0 ? * 1 *)"),
        .init(expression: "0 0 * * 6", kubernetes: "0 0 * * 6", eventBridge: "cron(0 0 ? * 7 *)"),
        .init(expression: "0 0 * * 5-7", kubernetes: "0 0 * * 0,5,6", eventBridge: "cron(0 0 ? * 1,6,7 *)"),
        .init(expression: "0 0 * * 1-7", kubernetes: "0 0 * * 0-6", eventBridge: "cron(0 0 ? * 1-7 *)"),
        .init(expression: "0 0 * * SUN,3,FRI", kubernetes: "0 0 * * SUN,3,FRI", eventBridge: "cron(0 0 ? * SUN,4,FRI *)"),
        .init(expression: "0 0 * * */2", kubernetes: "0 0 * * */2", eventBridge: "cron(0 0 ? * 1,3,5,7 *)"),
        .init(expression: "0 0 * * 1-5/2", kubernetes: "0 0 * * 1-5/2", eventBridge: "cron(0 0 ? * 2,4,6 *)"),
        .init(expression: "0 0 * * 1/2", kubernetes: "0 0 * * 1/2", eventBridge: "cron(0 0 ? * 2,4,6 *)"),
        .init(expression: "0 12 1,15 * *", kubernetes: "0 12 1,15 * *", eventBridge: "cron(0 12 1,15 * ? *)"),
        .init(expression: "0 12 */2 * *", kubernetes: "0 12 */2 * *", eventBridge: "cron(0 12 1/2 * ? *)"),
        .init(expression: "0 12 */1 * MON", kubernetes: "0 12 */1 * MON", eventBridge: "cron(0 12 ? * MON *)"),
        .init(expression: "0 0 1 jan,Jul *", kubernetes: "0 0 1 JAN,JUL *", eventBridge: "cron(0 0 1 JAN,JUL ? *)"),
        .init(expression: "0 0 1 */3 *", kubernetes: "0 0 1 */3 *", eventBridge: "cron(0 0 1 1/3 ? *)"),
        .init(expression: "00 05 01 02 *", kubernetes: "0 5 1 2 *", eventBridge: "cron(0 5 1 2 ? *)"),
        .init(expression: "0 0 28-31 * *", kubernetes: "0 0 28-31 * *", eventBridge: "cron(0 0 28-31 * ? *)"),
        .init(expression: "@yearly", kubernetes: "@yearly", eventBridge: "cron(0 0 1 1 ? *)"),
        .init(expression: "@annually", kubernetes: "@annually", eventBridge: "cron(0 0 1 1 ? *)"),
        .init(expression: "@monthly", kubernetes: "@monthly", eventBridge: "cron(0 0 1 * ? *)"),
        .init(expression: "@weekly", kubernetes: "@weekly", eventBridge: "cron(0 0 ? * 1 *)"),
        .init(expression: "@daily", kubernetes: "@daily", eventBridge: "cron(0 0 * * ? *)"),
        .init(expression: "@midnight", kubernetes: "@midnight", eventBridge: "cron(0 0 * * ? *)"),
        .init(expression: " @Hourly ", kubernetes: "@hourly", eventBridge: "cron(0 * * * ? *)"),
    ]

    @Test("an accepted expression has both forms", arguments: accepted)
    func acceptedExpression(_ row: Accepted) throws {
        let schedule = CronSchedule(row.expression)
        #expect(try schedule.kubernetes().get() == row.kubernetes)
        #expect(try schedule.eventBridge().get() == row.eventBridge)
    }

    /// A refused expression, the words its reason must contain, and whether Kubernetes accepts it alone.
    struct Refused: CustomTestStringConvertible, Sendable {
        var expression: String
        var reason: String
        var fix: String
        /// What Kubernetes alone accepts (EventBridge cannot express it), `nil` when neither does.
        var kubernetesOnly: String? = nil
        var testDescription: String { expression }
    }

    static let refused: [Refused] = [
        .init(expression: "", reason: "the schedule is empty", fix: "five fields"),
        .init(expression: "   ", reason: "the schedule is empty", fix: "five fields"),
        .init(expression: "0 3 * *", reason: "found 4 fields", fix: "exactly five fields"),
        .init(expression: "0 0 3 * * *", reason: "a seconds field is not supported", fix: "exactly five fields"),
        .init(expression: "0 3 ? * MON *", reason: "looks like an EventBridge expression", fix: "drop the year"),
        .init(expression: "0 3 * * * 2027", reason: "looks like an EventBridge expression", fix: "drop the year"),
        .init(expression: "@every 1h", reason: "`@every 1h` is an interval", fix: "*/15 * * * *"),
        .init(expression: "@reboot", reason: "`@reboot` is not a schedule macro", fix: "@"),
        .init(expression: "@dayly", reason: "`@dayly` is not a schedule macro", fix: "did you mean `@daily`?"),
        .init(expression: "CRON_TZ=Europe/London 0 3 * * *", reason: "`CRON_TZ=Europe/London`", fix: "timeZone: \"Europe/London\""),
        .init(expression: "TZ=UTC 0 3 * * *", reason: "`TZ=UTC` inside the expression", fix: "timeZone: \"UTC\""),
        .init(expression: "60 * * * *", reason: "minute `60`: 60 is out of range", fix: "write 0-59"),
        .init(expression: "0 24 * * *", reason: "hour `24`: 24 is out of range", fix: "write 0-23"),
        .init(expression: "0 0 0 * *", reason: "day-of-month `0`: 0 is out of range", fix: "write 1-31"),
        .init(expression: "0 0 32 * *", reason: "day-of-month `32`: 32 is out of range", fix: "write 1-31"),
        .init(expression: "0 0 1 13 *", reason: "month `13`: 13 is out of range", fix: "1-12 or JAN-DEC"),
        .init(expression: "0 0 * * 8", reason: "day-of-week `8`: 8 is out of range", fix: "0 and 7 are Sunday"),
        .init(expression: "0 0 * * MONDAY", reason: "`MONDAY` is not a day-of-week name", fix: "SUN-SAT"),
        .init(expression: "0 0 1 JAM *", reason: "`JAM` is not a month name", fix: "did you mean `JAN`?"),
        .init(expression: "0 0 * MON *", reason: "`MON` is not a month name", fix: "JAN-DEC"),
        .init(expression: "x 0 * * *", reason: "minute `x`: `x` is not a number", fix: "write 0-59"),
        .init(expression: "-5 0 * * *", reason: "minute `-5`: a value is missing", fix: "write 0-59"),
        .init(expression: "0 0 ? * MON", reason: "`?` is EventBridge syntax", fix: "write `*`"),
        .init(expression: "0 0 L * *", reason: "extensions L, W or #", fix: "28-31"),
        .init(expression: "0 0 15W * *", reason: "extensions L, W or #", fix: "plain values"),
        .init(expression: "0 0 * * 5L", reason: "extensions L, W or #", fix: "plain values"),
        .init(expression: "0 0 * * MON#2", reason: "extensions L, W or #", fix: "plain values"),
        .init(expression: "0 22-2 * * *", reason: "hour `22-2`: the range `22-2` runs backwards", fix: "22-23,0-2"),
        .init(expression: "0 0 * * FRI-MON", reason: "runs backwards", fix: "FRI-6,0-MON"),
        .init(expression: "1-2-3 * * * *", reason: "`1-2-3` has more than one `-`", fix: "FROM-TO"),
        .init(expression: "*/5/2 * * * *", reason: "`*/5/2` has more than one `/`", fix: "one step"),
        .init(expression: "*/0 * * * *", reason: "the step 0 in `*/0` must be between 1 and 59", fix: "at least 1"),
        .init(expression: "*/90 * * * *", reason: "the step 90 in `*/90` must be between 1 and 59", fix: "single value"),
        .init(expression: "*/x * * * *", reason: "the step `x` in `*/x` is not a number", fix: "*/5"),
        .init(expression: "1,,2 * * * *", reason: "a list item is empty", fix: "extra comma"),
        .init(expression: "1, * * * *", reason: "a list item is empty", fix: "extra comma"),
        .init(expression: "*,5 * * * *", reason: "`*` already selects every value", fix: "`*` alone"),
        .init(
            expression: "0-58/2,1-57/2 0-22/2,1-21/2 1-29/2 * *", reason: "characters, over the limit of 256",
            fix: "steps from the start", kubernetesOnly: "0-58/2,1-57/2 0-22/2,1-21/2 1-29/2 * *"),
        .init(expression: "0 0 * * 7/2", reason: "`7/2` starts after Saturday", fix: "0/2"),
        .init(
            expression: "0 0 13 * FRI", reason: "day-of-month `13` and day-of-week `FRI` are both restricted",
            fix: "declare two schedules", kubernetesOnly: "0 0 13 * FRI"),
        .init(
            expression: "0 0 1-7 * */2", reason: "day-of-month `1-7` and day-of-week `*/2` are both restricted",
            fix: "restrict one of them", kubernetesOnly: "0 0 1-7 * */2"),
    ]

    @Test("a refused expression says why and what to write", arguments: refused)
    func refusedExpression(_ row: Refused) {
        let schedule = CronSchedule(row.expression)
        guard case .failure(let error) = schedule.eventBridge() else {
            Issue.record("EventBridge accepted `\(row.expression)`")
            return
        }
        #expect(error.reason.contains(row.reason), "\(error.reason)")
        #expect(error.fix.contains(row.fix), "\(error.fix)")
        switch (schedule.kubernetes(), row.kubernetesOnly) {
        case (.success(let form), let expected?): #expect(form == expected)
        case (.failure(let kubernetesError), nil): #expect(kubernetesError == error)
        case (let result, let expected): Issue.record("Kubernetes gave \(result), expected \(String(describing: expected))")
        }
    }

    /// A time zone and the words of its problem (`nil` when valid).
    struct Zone: CustomTestStringConvertible, Sendable {
        var name: String
        var reason: String?
        var fix: String?
        var testDescription: String { name.isEmpty ? "(empty)" : name }
    }

    static let zones: [Zone] = [
        .init(name: "Etc/UTC"), .init(name: "UTC"), .init(name: "Europe/London"), .init(name: "America/New_York"),
        .init(name: "America/Argentina/Buenos_Aires"), .init(name: "Asia/Kolkata"), .init(name: "Etc/GMT+5"),
        .init(name: "EST", reason: "abbreviation or legacy name", fix: "\"America/New_York\""),
        .init(name: "PST", reason: "abbreviation or legacy name", fix: "\"America/Los_Angeles\""),
        .init(name: "cet", reason: "abbreviation or legacy name", fix: "\"Europe/Berlin\""),
        .init(name: "IST", reason: "abbreviation or legacy name", fix: "region's name"),
        .init(name: "Local", reason: "abbreviation or legacy name", fix: "Area/Location"),
        .init(name: "", reason: "not an IANA time zone name", fix: "Etc/UTC"),
        .init(name: "Europe/ London", reason: "not an IANA time zone name", fix: "without spaces"),
        .init(name: "Europe/Londn", reason: "not in the IANA time zone database", fix: "did you mean \"Europe/London\"?"),
        .init(name: "europe/london", reason: "not in the IANA time zone database", fix: "case-sensitive"),
        .init(name: "Mars/Olympus_Mons", reason: "not in the IANA time zone database", fix: "Area/Location"),
    ]

    @Test("a time zone is an IANA region name", arguments: zones)
    func timeZone(_ row: Zone) {
        let problem = CronSchedule("0 3 * * *", timeZone: row.name).timeZoneProblem
        #expect(problem?.reason.contains(row.reason ?? "") ?? (row.reason == nil), "\(String(describing: problem))")
        #expect(problem?.fix.contains(row.fix ?? "") ?? (row.fix == nil), "\(String(describing: problem))")
    }

    @Test("the default time zone is UTC and is valid")
    func defaultTimeZone() {
        let schedule = CronSchedule("@daily")
        #expect(schedule.timeZone == "Etc/UTC")
        #expect(schedule.timeZoneProblem == nil)
        #expect(schedule.expression == "@daily")
    }
}
