/// A value that lives in a secret store and reaches the container as an environment variable.
///
/// On Kubernetes it becomes a `secretKeyRef` to the Secret `name`, key `key` (synced from the store, for
/// example by External Secrets). On ECS it becomes `secrets[].valueFrom`: the Secrets Manager secret `name`
/// with JSON key `key`, or the SSM parameter `/name/key`, in the environment's region and account.
public struct SecretReference: Sendable, Hashable {
    /// Where ECS reads the value.
    public enum Store: String, Sendable, Hashable {
        case secretsManager
        case parameterStore
    }

    public var name: String
    public var key: String
    public var store: Store

    public init(name: String, key: String, store: Store) {
        self.name = name
        self.key = key
        self.store = store
    }

    /// The JSON key `key` of the Secrets Manager secret `name`.
    public static func secretsManager(_ name: String, key: String) -> SecretReference {
        SecretReference(name: name, key: key, store: .secretsManager)
    }

    /// The SSM parameter `/name/key` (SecureString).
    public static func parameter(_ name: String, key: String) -> SecretReference {
        SecretReference(name: name, key: key, store: .parameterStore)
    }
}
