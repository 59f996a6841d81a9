/// A reviewed exception to one check of a policy scanner, declared next to the service it concerns.
///
/// Rendered as a `checkov.io/skipN: CHECK=reason` annotation on the service's Deployment, where checkov reads it.
public struct PolicyException: Sendable, Hashable {
    /// The check's ID, such as `CKV_K8S_35`.
    public var check: String
    /// Why the check does not apply; shown in checkov's report.
    public var reason: String

    /// A reviewed exception.
    /// - Parameters:
    ///   - check: The check's ID, such as `CKV_K8S_35`.
    ///   - reason: Why the check does not apply.
    public init(check: String, reason: String) {
        self.check = check
        self.reason = reason
    }

    /// An exception to checkov check `check`.
    public static func checkov(_ check: String, because reason: String) -> PolicyException {
        PolicyException(check: check, reason: reason)
    }
}
