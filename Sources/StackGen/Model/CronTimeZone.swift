import Foundation

/// Checks a schedule's time zone: an IANA name (`Area/Location`, or `UTC`) that both Kubernetes `spec.timeZone`
/// (Go's `time.LoadLocation`; `Local` refused) and EventBridge `ScheduleExpressionTimezone` read the same way.
///
/// Short names such as `EST` or `CET` are refused even where the time zone database has them: they are legacy
/// fixed-offset or ambiguous names (`EST` never observes daylight saving time, `IST` is three zones), and Foundation
/// on Linux answers for abbreviations (`PST`) that are not IANA names at all. Known names are looked up with
/// Foundation's `TimeZone(identifier:)`, so the system's time zone database must be installed (`tzdata`).
enum CronTimeZone {
    /// Regions for the abbreviations teams write most often.
    private static let regions: [String: String] = [
        "EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
        "MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
        "GMT": "Etc/UTC", "BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
        "EET": "Europe/Athens", "WET": "Europe/Lisbon", "JST": "Asia/Tokyo", "AEST": "Australia/Sydney",
    ]

    /// Why `name` cannot be used, or `nil` when it is a valid IANA name.
    static func problem(with name: String) -> CronScheduleError? {
        if name == "UTC" { return nil }
        if name.isEmpty || name.contains(where: \.isWhitespace) {
            return CronScheduleError(
                reason: "time zone `\(name)` is not an IANA time zone name",
                fix: "write a name such as \"Etc/UTC\" or \"Europe/London\", without spaces")
        }
        if !name.contains("/") {
            let region = regions[name.uppercased()].map { "\"\($0)\"" } ?? "the region's name, such as \"America/New_York\""
            return CronScheduleError(
                reason: "time zone `\(name)` is an abbreviation or legacy name, not a region: it may ignore daylight "
                    + "saving time or mean different zones",
                fix: "write \(region) (an IANA Area/Location name), or \"Etc/UTC\"")
        }
        guard let zone = TimeZone(identifier: name), zone.identifier == name else {
            let known = TimeZone.knownTimeZoneIdentifiers
            let hint = Suggestion.closest(to: name, in: known).map { "did you mean \"\($0)\"? " } ?? ""
            return CronScheduleError(
                reason: "time zone `\(name)` is not in the IANA time zone database",
                fix: hint + "names are case-sensitive Area/Location pairs such as \"Europe/London\"")
        }
        return nil
    }
}
