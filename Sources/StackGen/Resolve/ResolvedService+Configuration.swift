extension ResolvedService {
    /// The service's configuration in this environment: its own values, each replaced by the environment's
    /// override when that is a value of the same type (a mismatch is a validation error, so never rendered).
    public var configuration: [String: String] {
        var values: [String: String] = [:]
        for (key, declared) in service.configuration {
            let override = settings.configuration[key].flatMap { declared.sameType(from: $0.text) }
            values[key] = (override ?? declared).text
        }
        return values
    }
}
