/// One Kubernetes object that belongs to the environment rather than to one service, with its file path inside
/// the environment's `kubernetes/` folder.
public struct KubernetesEnvironmentFile: Sendable, Hashable {
    public let path: String
    public let object: KubernetesObject

    public init(path: String, object: KubernetesObject) {
        self.path = path
        self.object = object
    }
}

/// Produces the environment-wide objects of one kind from every service the environment renders for Kubernetes.
public protocol KubernetesEnvironmentTranslator {
    static func translate(_ environment: Environment, services: [ResolvedService]) -> [KubernetesEnvironmentFile]
}

/// The environment-wide translators, in the order their files are listed (after the Namespace).
public enum KubernetesEnvironmentTranslators {
    public static var all: [any KubernetesEnvironmentTranslator.Type] {[
        ExternalSecretTranslator.self,
    ]}
}
