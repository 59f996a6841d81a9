/// A kind of component that renders Kubernetes objects. The synthesizer finds it by dynamic cast, writes each file
/// under the environment's `kubernetes/` folder and lists it in `kustomization.yaml`.
package protocol KubernetesComponent: Component {
    /// The component's objects in one environment, each with its path inside `kubernetes/`
    /// (by convention `<component name>/<kind>.yaml`).
    func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile]
}

extension Service: KubernetesComponent {
    /// Every translator of `KubernetesTranslators`, in order, each file in the service's folder.
    package func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        guard let service = resolved.workload else { return [] }
        return KubernetesTranslators.all.flatMap { $0.translate(service) }.map {
            KubernetesEnvironmentFile(path: "\(name)/\($0.fileName)", object: $0)
        }
    }
}
