/// Spot capacity only for services that tolerate interruption.
enum CapacityRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        guard service.settings.capacity == .spot, !service.service.interruptible else { return [] }
        return [service.settingsError(
            "`capacity: spot` for a service that does not tolerate interruption",
            fix: "use `capacity: on-demand`, or declare the service with `interruptible: true`")]
    }
}
