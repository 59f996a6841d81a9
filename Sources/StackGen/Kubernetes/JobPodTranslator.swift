/// What a CronJob and a Job share: the Job spec around the pod template of services (restricted security, own
/// ServiceAccount, resources, scratch volumes), and the objects the pod needs beside it.
enum JobPodTranslator {
    /// A `batch/v1` Job spec: one pod, restarted never (a failed pod is replaced, up to `retries` times), stopped
    /// after `activeDeadlineSeconds`.
    static func spec(
        _ workload: ResolvedService, retries: Int, activeDeadlineSeconds: Int, keepFinishedSeconds: Int? = nil
    ) -> Value {
        guard case .object(var template) = PodTemplateTranslator.translate(workload),
            case .object(var pod) = template["spec"]
        else { return [:] }
        pod["restartPolicy"] = "Never"
        template["spec"] = .object(pod)
        var spec: [String: Value] = [
            "backoffLimit": .int(retries),
            "activeDeadlineSeconds": .int(activeDeadlineSeconds),
            "template": .object(template),
        ]
        if let keepFinishedSeconds { spec["ttlSecondsAfterFinished"] = .int(keepFinishedSeconds) }
        return .object(spec)
    }

    /// The ServiceAccount, the configuration's ConfigMap (if any) and the NetworkPolicy of the job's pods, as a
    /// service has them.
    static func supportingObjects(_ workload: ResolvedService) -> [KubernetesObject] {
        let translators: [any KubernetesTranslator.Type] = [
            ServiceAccountTranslator.self, ConfigMapTranslator.self, NetworkPolicyTranslator.self,
        ]
        return translators.flatMap { $0.translate(workload) }
    }

    /// Each object as a file in the component's folder.
    static func files(_ objects: [KubernetesObject], of name: String) -> [KubernetesEnvironmentFile] {
        objects.map { KubernetesEnvironmentFile(path: "\(name)/\($0.fileName)", object: $0) }
    }
}
