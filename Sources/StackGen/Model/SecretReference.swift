/// A value that lives in a secret store and reaches the container as an environment variable.
///
/// On Kubernetes it becomes a `secretKeyRef` to the Secret `kubernetesSecretName`, key `key`, which an
/// External Secrets `ExternalSecret` rendered beside it creates from the store. On ECS it becomes
/// `secrets[].valueFrom`: the Secrets Manager secret `name` with JSON key `key`, or the SSM parameter
/// `/name/key`, in the environment's region and account.
///
/// Secret names are per environment: two environments reading the same secret is an error unless the
/// reference is marked `sharedAcrossEnvironments()`.
public struct SecretReference: Sendable, Hashable {
    /// Where the value is stored.
    public enum Store: String, Sendable, Hashable {
        case secretsManager
        case parameterStore
    }

    /// The secret's name in its store (a Secrets Manager secret or an SSM parameter path).
    public var name: String
    /// The JSON key inside a Secrets Manager secret, or the Kubernetes Secret key for a parameter.
    public var key: String
    /// Secrets Manager or SSM Parameter Store.
    public var store: Store
    /// Whether several environments may read this same secret on purpose (for example one read-only license key).
    public var isShared: Bool

    /// A reference; `.secretsManager(_:key:)` and `.parameter(_:key:)` are the usual spellings.
    /// - Parameters:
    ///   - name: The secret's name in its store.
    ///   - key: The key inside it.
    ///   - store: Where it is kept.
    ///   - isShared: Whether environments may deliberately share it.
    public init(name: String, key: String, store: Store, isShared: Bool = false) {
        self.name = name
        self.key = key
        self.store = store
        self.isShared = isShared
    }

    /// The JSON key `key` of the Secrets Manager secret `name`.
    public static func secretsManager(_ name: String, key: String) -> SecretReference {
        SecretReference(name: name, key: key, store: .secretsManager)
    }

    /// The SSM parameter `/name/key` (SecureString). A leading `/` in `name` is allowed and not doubled.
    public static func parameter(_ name: String, key: String) -> SecretReference {
        SecretReference(name: name, key: key, store: .parameterStore)
    }

    /// The same reference, allowed to be read by several environments.
    public func sharedAcrossEnvironments() -> SecretReference {
        var copy = self
        copy.isShared = true
        return copy
    }

    /// The full SSM parameter name, `/name/key`, with exactly one `/` at the start.
    public var parameterName: String {
        "/" + String(name.drop { $0 == "/" }) + "/" + key
    }

    /// The name of the Kubernetes Secret the value is synced into: the store's name with any leading `/` removed
    /// and other `/` replaced by `-` (`/shop/prod` → `shop-prod`), since Secret names cannot contain `/`.
    public var kubernetesSecretName: String {
        String(name.drop { $0 == "/" }).replacingOccurrences(of: "/", with: "-")
    }
}
