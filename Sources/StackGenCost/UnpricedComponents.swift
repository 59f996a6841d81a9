import StackGen

/// The components an estimate does not price: scheduled jobs and jobs before a rollout run for as long as their
/// work takes, which nothing in the stacks or environment files says. Rather than leave them out silently, the
/// estimate warns which ones it leaves out (the Secrets Manager secrets they read are priced with the services'
/// when they share them).
enum UnpricedComponents {
    /// A warning naming every component of `resolved` that runs pods or tasks and is not a service, or none.
    /// Custom resources and patches run nothing, so cost nothing of their own.
    static func warning(_ resolved: ResolvedEnvironment) -> Diagnostic? {
        let unpriced = resolved.components.filter { $0.workload != nil && !($0.component is Service) }
        guard !unpriced.isEmpty else { return nil }
        let names = unpriced.map { "\($0.component.kind) `\($0.name)`" }.joined(separator: ", ")
        return .warning(
            "the estimate does not price \(names): each run costs its size for as long as it runs, which the "
                + "environment does not say",
            at: SourceLocation(file: resolved.environment.file), path: resolved.environment.name,
            fix: "add their expected run time × size to the figures by hand (README, \"Jobs and cost\")")
    }
}
