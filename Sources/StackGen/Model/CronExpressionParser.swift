/// Reads the five-field Kubernetes/Unix cron form into a `CronExpression`, refusing what robfig/cron's standard parser
/// (the Kubernetes CronJob controller's) refuses, plus what it accepts but no other platform reads the same way.
extension CronExpression {
    /// The macros robfig/cron accepts (`parser.go` `parseDescriptor`), with the fields they stand for.
    static let macros: [(name: String, fields: String)] = [
        ("@yearly", "0 0 1 1 *"), ("@annually", "0 0 1 1 *"), ("@monthly", "0 0 1 * *"), ("@weekly", "0 0 * * 0"),
        ("@daily", "0 0 * * *"), ("@midnight", "0 0 * * *"), ("@hourly", "0 * * * *"),
    ]

    /// Parses an expression or macro.
    /// - Parameter text: Five fields separated by white space, or a macro.
    /// - Returns: The expression, or why it is not valid.
    static func parse(_ text: String) -> Result<CronExpression, CronScheduleError> {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            return .failure(
                CronScheduleError(
                    reason: "the schedule is empty",
                    fix: "write five fields `minute hour day-of-month month day-of-week`, such as \"0 3 * * *\""))
        }
        if let prefix = ["CRON_TZ=", "TZ="].first(where: { trimmed.hasPrefix($0) }) {
            let zone = trimmed.dropFirst(prefix.count).prefix { !$0.isWhitespace }
            return .failure(
                CronScheduleError(
                    reason: "`\(prefix)\(zone)` inside the expression is not supported: Kubernetes refuses it and "
                        + "EventBridge has no such syntax",
                    fix: "remove the prefix and pass the zone separately: timeZone: \"\(zone)\""))
        }
        if trimmed.hasPrefix("@") { return parseMacro(trimmed) }
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 5 else { return .failure(wrongFieldCount(words)) }
        var fields: [[CronTerm]] = []
        for field in CronField.allCases {
            switch parseField(words[field.rawValue], field) {
            case .success(let terms): fields.append(terms)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(CronExpression(fields: fields, macro: nil))
    }

    private static func parseMacro(_ text: String) -> Result<CronExpression, CronScheduleError> {
        let name = text.lowercased()
        if name.hasPrefix("@every") {
            return .failure(
                CronScheduleError(
                    reason: "`\(text)` is an interval, not a time of day: EventBridge cron has no equivalent and the "
                        + "runs would drift from the clock",
                    fix: "write the interval as five fields, such as \"*/15 * * * *\" for every 15 minutes"))
        }
        guard let macro = macros.first(where: { $0.name == name }) else {
            return .failure(
                CronScheduleError(
                    reason: "`\(text)` is not a schedule macro",
                    fix: Suggestion.hint(for: name, in: macros.map(\.name)) + " or five fields"))
        }
        return parse(macro.fields).map { CronExpression(fields: $0.fields, macro: macro.name) }
    }

    private static func wrongFieldCount(_ words: [String]) -> CronScheduleError {
        let found = "found \(words.count) field\(words.count == 1 ? "" : "s") in `\(words.joined(separator: " "))`"
        let yearLike = words.last.map { $0.count >= 4 && $0.allSatisfy { $0.isASCIIDigit || $0 == "-" } } ?? false
        if words.count == 6, words.contains("?") || yearLike {
            return CronScheduleError(
                reason: "expected the five-field Kubernetes form, " + found
                    + " (this looks like an EventBridge expression with a year field)",
                fix: "drop the year and write `*` for `?`; stackgen writes the EventBridge form itself")
        }
        return CronScheduleError(
            reason: "expected five fields `minute hour day-of-month month day-of-week`, " + found
                + (words.count == 6 ? " (a seconds field is not supported)" : ""),
            fix: "write exactly five fields, such as \"0 3 * * *\" for 03:00 every day, or a macro such as @daily")
    }

    private static func parseField(_ text: String, _ field: CronField) -> Result<[CronTerm], CronScheduleError> {
        if text.contains("?") {
            return .failure(
                CronScheduleError(
                    reason: "\(field.label) `\(text)`: `?` is EventBridge syntax, not part of the Kubernetes form",
                    fix: "write `*`; stackgen writes `?` in the EventBridge form where it is needed"))
        }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var terms: [CronTerm] = []
        for item in items {
            switch parseTerm(item, field, in: text) {
            case .success(let term): terms.append(term)
            case .failure(let error): return .failure(error)
            }
        }
        if terms.count > 1, terms.contains(where: \.isWildcard) {
            return .failure(
                CronScheduleError(
                    reason: "\(field.label) `\(text)`: `*` already selects every value, so the list means `*`",
                    fix: "write `*` alone, or list only the values you mean"))
        }
        return .success(terms)
    }

    private static func parseTerm(_ item: String, _ field: CronField, in text: String)
        -> Result<CronTerm, CronScheduleError>
    {
        func failure(_ reason: String, _ fix: String) -> Result<CronTerm, CronScheduleError> {
            .failure(CronScheduleError(reason: "\(field.label) `\(text)`: " + reason, fix: fix))
        }
        if item.isEmpty { return failure("a list item is empty", "remove the extra comma") }
        let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 2 { return failure("`\(item)` has more than one `/`", "write one step, such as */15") }
        var step = 1
        if parts.count == 2 {
            let width = field.span.upperBound - field.span.lowerBound
            guard let written = Int(parts[1]), parts[1].allSatisfy(\.isASCIIDigit) else {
                return failure("the step `\(parts[1])` in `\(item)` is not a number", "write a step such as */5")
            }
            guard (1...width).contains(written) else {
                return failure(
                    "the step \(written) in `\(item)` must be between 1 and \(width)",
                    written == 0 ? "write a step of at least 1" : "write a single value instead of a step this large")
            }
            step = written
        }
        let span: CronTerm.Span
        if parts[0] == "*" {
            span = .all
        } else {
            let bounds = parts[0].split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard bounds.count <= 2 else {
                return failure("`\(parts[0])` has more than one `-`", "write a range as FROM-TO, such as 1-5")
            }
            var values: [CronValue] = []
            for bound in bounds {
                switch parseValue(bound, field) {
                case .success(let value): values.append(value)
                case .failure(let error):
                    return failure(error.reason, error.fix)
                }
            }
            if values.count == 2 {
                let (from, to) = (values[0], values[1])
                if from.number > to.number {
                    return failure(
                        "the range `\(parts[0])` runs backwards (wrap-around ranges are not allowed)",
                        "split it in two: \(from.text)-\(field.endText),\(field.startText)-\(to.text)")
                }
                span = .range(from, to)
            } else {
                if values[0].number == 7, field == .dayOfWeek, parts.count == 2 {
                    return failure("`\(item)` starts after Saturday", "write 0/\(step) (0 is Sunday)")
                }
                span = .single(values[0])
            }
        }
        return .success(CronTerm(span: span, step: step, hasStep: parts.count == 2))
    }

    private static func parseValue(_ text: String, _ field: CronField) -> Result<CronValue, CronScheduleError> {
        if text.isEmpty {
            return .failure(CronScheduleError(reason: "a value is missing", fix: "write \(field.acceptedDescription)"))
        }
        if text.allSatisfy(\.isASCIIDigit), let number = Int(text) {
            guard field.accepted.contains(number) else {
                return .failure(
                    CronScheduleError(
                        reason: "\(number) is out of range", fix: "write \(field.acceptedDescription)"))
            }
            return .success(CronValue(number: number, name: nil))
        }
        if let number = field.number(named: text) {
            return .success(CronValue(number: number, name: text.uppercased()))
        }
        return .failure(unknownValue(text, field))
    }

    /// Why a word is not a value: an EventBridge/Quartz extension, a name from another field, or a typo.
    private static func unknownValue(_ text: String, _ field: CronField) -> CronScheduleError {
        let upper = text.uppercased()
        let isExtension = upper == "L" || upper == "LW" || upper.contains("#")
            || (upper.count > 1 && (upper.hasSuffix("L") || upper.hasSuffix("W"))
                && upper.dropLast().allSatisfy(\.isASCIIDigit))
        if isExtension {
            return CronScheduleError(
                reason: "`\(text)` uses the EventBridge/Quartz extensions L, W or #, which Kubernetes refuses",
                fix: "write plain values, such as 28-31 for the last days of the month; a schedule must run the "
                    + "same on both platforms")
        }
        if field.names.isEmpty {
            return CronScheduleError(reason: "`\(text)` is not a number", fix: "write \(field.acceptedDescription)")
        }
        return CronScheduleError(
            reason: "`\(text)` is not a \(field.label) name",
            fix: Suggestion.hint(for: upper, in: field.names) + " (\(field.acceptedDescription))")
    }
}

extension CronField {
    /// The first value, as a number, for fixes.
    fileprivate var startText: String { String(span.lowerBound) }
    /// The last value, as a number, for fixes.
    fileprivate var endText: String { String(span.upperBound) }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
