/// Produces objects that belong to the environment's namespace as a whole rather than to one service; each is
/// written as `kubernetes/<kind>-<name>.yaml`.
package protocol KubernetesNamespaceTranslator {
    static func translate(_ environment: Environment, namespace: String, services: [ResolvedService]) -> [KubernetesObject]
}

/// The namespace-wide translators, in the order their files are listed.
package enum KubernetesNamespaceTranslators {
    package static var all: [any KubernetesNamespaceTranslator.Type] {[
        NamespacePolicyTranslator.self,
    ]}
}

/// Two NetworkPolicies for the whole namespace: `default-deny` (no pod accepts or opens a connection unless a
/// service's own policy allows it) and `allow-dns` (every pod may query kube-dns in `kube-system`, UDP and TCP 53).
package enum NamespacePolicyTranslator: KubernetesNamespaceTranslator {
    package static func translate(
        _ environment: Environment, namespace: String, services: [ResolvedService]
    ) -> [KubernetesObject] {
        var labels = environment.tags
        labels["app.kubernetes.io/managed-by"] = "stackgen"
        func metadata(_ name: String) -> Value {
            ["name": .string(name), "namespace": .string(namespace), "labels": .stringMap(labels)]
        }
        let deny: Value = ["podSelector": [:], "policyTypes": ["Ingress", "Egress"]]
        let dns: Value = [
            "podSelector": [:],
            "policyTypes": ["Egress"],
            "egress": [
                [
                    "to": [
                        [
                            "namespaceSelector": ["matchLabels": ["kubernetes.io/metadata.name": "kube-system"]],
                            "podSelector": ["matchLabels": ["k8s-app": "kube-dns"]],
                        ]
                    ],
                    "ports": [["port": 53, "protocol": "UDP"], ["port": 53, "protocol": "TCP"]],
                ]
            ],
        ]
        return [
            KubernetesObject(
                apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: metadata("default-deny"),
                body: ["spec": deny]),
            KubernetesObject(
                apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: metadata("allow-dns"),
                body: ["spec": dns]),
        ]
    }
}

extension KubernetesObject {
    /// The file name of a namespace-wide object: `networkpolicy-default-deny.yaml`.
    var namespaceFileName: String {
        guard case .object(let members) = metadata, case .string(let name)? = members["name"] else { return fileName }
        return "\(kind.lowercased())-\(name).yaml"
    }
}
