/// One Kubernetes object that belongs to the environment rather than to one service, with its file path inside
/// the environment's `kubernetes/` folder.
package struct KubernetesEnvironmentFile: Sendable, Hashable {
    package let path: String
    package let object: KubernetesObject
    /// Whether the object lives outside any namespace; `nil` leaves it to its kind (`ResourceScope`).
    package let isClusterScoped: Bool?

    package init(path: String, object: KubernetesObject, isClusterScoped: Bool? = nil) {
        self.path = path
        self.object = object
        self.isClusterScoped = isClusterScoped
    }
}

/// Produces the environment-wide objects of one kind from every service the environment renders for Kubernetes.
package protocol KubernetesEnvironmentTranslator {
    static func translate(_ environment: Environment, services: [ResolvedService]) -> [KubernetesEnvironmentFile]
}

/// The environment-wide translators, in the order their files are listed (after the Namespace).
package enum KubernetesEnvironmentTranslators {
    package static var all: [any KubernetesEnvironmentTranslator.Type] {[
        ExternalSecretTranslator.self,
    ]}
}
