/// One Kubernetes object, ready to render as its own file.
package struct KubernetesObject: Sendable, Hashable {
    package let apiVersion: String
    package let kind: String
    package let metadata: Value
    /// Everything after `metadata` (`spec`, …).
    package let body: [String: Value]

    package init(apiVersion: String, kind: String, metadata: Value, body: [String: Value]) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.body = body
    }

    /// The whole document.
    package var value: Value {
        var members = body
        members["apiVersion"] = .string(apiVersion)
        members["kind"] = .string(kind)
        members["metadata"] = metadata
        return .object(members)
    }

    /// The file name inside the service's folder: `deployment.yaml`, `horizontalpodautoscaler.yaml`.
    package var fileName: String { kind.lowercased() + ".yaml" }
}

/// Produces the Kubernetes objects of one kind for a service, or none when the kind does not apply.
package protocol KubernetesTranslator {
    static func translate(_ service: ResolvedService) -> [KubernetesObject]
}

/// The translators run for every service, in the order their files are listed.
package enum KubernetesTranslators {
    package static var all: [any KubernetesTranslator.Type] {[
        ServiceAccountTranslator.self,
        ConfigMapTranslator.self,
        DeploymentTranslator.self,
        ServiceTranslator.self,
        IngressTranslator.self,
        HorizontalPodAutoscalerTranslator.self,
        PodDisruptionBudgetTranslator.self,
        NetworkPolicyTranslator.self,
        ServiceMonitorTranslator.self,
    ]}
}

extension ResolvedService {
    /// `metadata` for an object named after the service, in the environment's namespace.
    var kubernetesMetadata: Value {
        [
            "name": .string(name),
            "namespace": .string(environment.kubernetes?.namespace ?? "default"),
            "labels": .stringMap(labels),
        ]
    }
}
