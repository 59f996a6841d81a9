/// `kustomization.yaml`: lists every rendered Kubernetes file so `kubectl apply -k`, Argo CD and Flux read the
/// folder as it is.
package enum KustomizationTranslator {
    package static func translate(resources: [String]) -> Value {
        [
            "apiVersion": "kustomize.config.k8s.io/v1beta1",
            "kind": "Kustomization",
            "resources": .strings(resources),
        ]
    }
}
