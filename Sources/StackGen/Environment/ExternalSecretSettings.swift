/// How the Kubernetes output gets its Secrets: the External Secrets Operator stores that read AWS Secrets
/// Manager and SSM Parameter Store (`kubernetes.externalSecrets` in the environment file).
///
/// stackgen references stores the platform team runs (usually a `ClusterSecretStore` per AWS service, authenticated
/// with the operator's own IRSA role); it does not render the store, whose credentials are cluster
/// infrastructure. A namespaced `SecretStore` is referenced the same way with `kind: SecretStore`.
public struct ExternalSecretSettings: Sendable, Hashable {
    /// The store for `.secretsManager` references, if any service uses one.
    public var secretsManager: SecretStoreReference?
    /// The store for `.parameter` references, if any service uses one.
    public var parameterStore: SecretStoreReference?
    /// How often the operator re-reads the store (a Go duration such as `1h` or `15m`).
    public var refreshInterval: String

    public init(
        secretsManager: SecretStoreReference? = nil, parameterStore: SecretStoreReference? = nil,
        refreshInterval: String = ExternalSecretSettings.defaultRefreshInterval
    ) {
        self.secretsManager = secretsManager
        self.parameterStore = parameterStore
        self.refreshInterval = refreshInterval
    }

    /// One hour, the External Secrets Operator's own default.
    public static let defaultRefreshInterval = "1h"

    /// The store that serves `store`.
    public func reference(for store: SecretReference.Store) -> SecretStoreReference? {
        switch store {
        case .secretsManager: secretsManager
        case .parameterStore: parameterStore
        }
    }
}

/// A `ClusterSecretStore` or namespaced `SecretStore`, by kind and name.
public struct SecretStoreReference: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case clusterSecretStore = "ClusterSecretStore"
        case secretStore = "SecretStore"
    }

    public var kind: Kind
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }
}
