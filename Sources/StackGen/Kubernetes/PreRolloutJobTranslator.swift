/// A job before a rollout on Kubernetes: a `batch/v1` Job that Argo CD runs as a `PreSync` hook, so the
/// service's new version rolls out only after it succeeds.
///
/// - Its name carries a hash of its spec, image reference included (`migrate-3f2a9c1b`): a new version is a new
///   Job, which runs again; the same version and settings keep the same name. Any other change to the pod (its
///   configuration, a variable) also gives a new name, because a Job's pod template cannot change in place:
///   `kubectl apply` and Flux would otherwise fail on the immutable field.
/// - Its ServiceAccount, ConfigMap and NetworkPolicy are `PreSync` hooks too, in an earlier wave, so they exist
///   when it starts (normal objects sync only after the hooks).
/// - `BeforeHookCreation` deletes the previous hook objects before a sync creates them again.
/// - `kubectl apply -k` and Flux ignore the annotations: the Job then runs beside the rollout, not before it
///   (README says how to order it with Flux).
extension Job: KubernetesComponent {
    package func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        guard let workload = resolved.workload else { return [] }
        let support = JobPodTranslator.supportingObjects(workload).map { Self.hook($0, wave: -1) }
        guard case .object(var metadata) = DeploymentTranslator.metadata(workload) else { return [] }
        let spec = JobPodTranslator.spec(
            workload, retries: retries, activeDeadlineSeconds: activeDeadlineSeconds,
            keepFinishedSeconds: keepFinishedSeconds)
        metadata["name"] = .string(Self.jobName(name, spec: spec))
        let job = Self.hook(
            KubernetesObject(apiVersion: "batch/v1", kind: "Job", metadata: .object(metadata), body: ["spec": spec]),
            wave: 0)
        return JobPodTranslator.files(support + [job], of: name)
    }

    /// `<name>-<first 8 hex digits of the SHA-256 of the spec as JSON>` (sorted keys: the same spec, the same name).
    static func jobName(_ name: String, spec: Value) -> String {
        "\(name)-\(SHA256.hex(JSONRenderer.render(spec)).prefix(8))"
    }

    /// `object` as an Argo CD `PreSync` hook in sync wave `wave`, replaced on each sync.
    static func hook(_ object: KubernetesObject, wave: Int) -> KubernetesObject {
        guard case .object(var metadata) = object.metadata else { return object }
        var annotations: [String: Value] = [:]
        if case .object(let existing)? = metadata["annotations"] { annotations = existing }
        annotations["argocd.argoproj.io/hook"] = "PreSync"
        annotations["argocd.argoproj.io/hook-delete-policy"] = "BeforeHookCreation"
        annotations["argocd.argoproj.io/sync-wave"] = .string(String(wave))
        metadata["annotations"] = .object(annotations)
        return KubernetesObject(
            apiVersion: object.apiVersion, kind: object.kind, metadata: .object(metadata), body: object.body)
    }
}
