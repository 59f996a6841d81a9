/// The environment's Namespace, labelled so the Pod Security admission controller enforces the restricted
/// standard on everything in it.
public enum NamespaceTranslator {
    public static func translate(_ environment: Environment, namespace: String) -> KubernetesObject {
        var labels = environment.tags
        labels["app.kubernetes.io/managed-by"] = "stackgen"
        for mode in ["enforce", "audit", "warn"] {
            labels["pod-security.kubernetes.io/\(mode)"] = "restricted"
        }
        return KubernetesObject(
            apiVersion: "v1", kind: "Namespace",
            metadata: ["name": .string(namespace), "labels": .stringMap(labels)], body: [:])
    }
}
