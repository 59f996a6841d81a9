/// The security settings of a service's containers.
///
/// The default is Kubernetes' restricted Pod Security Standard: not root, no privilege escalation, all
/// capabilities dropped, the RuntimeDefault seccomp profile and a read-only root filesystem. Loosening it is
/// explicit and typed, and should carry a comment saying why.
public struct PodSecurity: Sendable, Hashable {
    /// The numeric user the containers run as; `nil` keeps the image's user (which must not be root).
    public var runAsUser: Int?
    /// Whether the root filesystem is read-only (writable paths get scratch volumes).
    public var readOnlyRootFilesystem: Bool
    /// Whether containers must run as a non-root user.
    public var runAsNonRoot: Bool

    /// A security profile.
    /// - Parameters:
    ///   - runAsUser: The numeric user the containers run as (ECS needs it to enforce a non-root user).
    ///   - readOnlyRootFilesystem: Whether the root filesystem is read-only.
    ///   - runAsNonRoot: Whether the platform refuses to run the containers as root.
    public init(runAsUser: Int? = nil, readOnlyRootFilesystem: Bool = true, runAsNonRoot: Bool = true) {
        self.runAsUser = runAsUser
        self.readOnlyRootFilesystem = readOnlyRootFilesystem
        self.runAsNonRoot = runAsNonRoot
    }

    /// The restricted profile, keeping the image's (non-root) user.
    public static let restricted = PodSecurity()

    /// The restricted profile, running as `user`.
    public static func restricted(runAsUser user: Int) -> PodSecurity { PodSecurity(runAsUser: user) }

    /// The restricted profile with a writable root filesystem, for images that write outside declared paths.
    public static func writableRootFilesystem(runAsUser user: Int? = nil) -> PodSecurity {
        PodSecurity(runAsUser: user, readOnlyRootFilesystem: false)
    }
}
