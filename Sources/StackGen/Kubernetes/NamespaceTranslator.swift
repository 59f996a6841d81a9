/// The environment's Namespace, labelled so the Pod Security admission controller enforces the restricted
/// standard on everything in it.
package enum NamespaceTranslator {
    package static func translate(_ environment: Environment, namespace: String) -> KubernetesObject {
        var labels = environment.tags
        labels["app.kubernetes.io/managed-by"] = "stackgen"
        for mode in ["enforce", "audit", "warn"] {
            labels["pod-security.kubernetes.io/\(mode)"] = "restricted"
        }
        // The AWS Load Balancer Controller then adds a readiness gate to pods behind a load balancer: a new pod
        // counts as ready (and a rollout moves on) only once the load balancer reports its target healthy.
        if environment.kubernetes?.traffic.ingress != nil {
            labels["elbv2.k8s.aws/pod-readiness-gate-inject"] = "enabled"
        }
        return KubernetesObject(
            apiVersion: "v1", kind: "Namespace",
            metadata: ["name": .string(namespace), "labels": .stringMap(labels)], body: [:])
    }
}
