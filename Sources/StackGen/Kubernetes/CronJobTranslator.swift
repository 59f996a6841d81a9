/// A scheduled job on Kubernetes: a `batch/v1` CronJob (schedule, time zone, concurrency, deadlines, history),
/// its ServiceAccount, ConfigMap and NetworkPolicy. Labels and cost tags are on the CronJob, the job template and
/// the pod template.
extension ScheduledJob: KubernetesComponent {
    package func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        guard let workload = resolved.workload, case .success(let expression) = schedule.kubernetes() else { return [] }
        let jobTemplate: Value = [
            "metadata": ["labels": .stringMap(workload.labels)],
            "spec": JobPodTranslator.spec(workload, retries: retries, activeDeadlineSeconds: activeDeadlineSeconds),
        ]
        let cronJob = KubernetesObject(
            apiVersion: "batch/v1", kind: "CronJob", metadata: DeploymentTranslator.metadata(workload),
            body: ["spec": [
                "schedule": .string(expression),
                "timeZone": .string(schedule.timeZone),
                "concurrencyPolicy": .string(concurrency.rawValue),
                "startingDeadlineSeconds": .int(startingDeadlineSeconds),
                "successfulJobsHistoryLimit": .int(successfulRunsKept),
                "failedJobsHistoryLimit": .int(failedRunsKept),
                "jobTemplate": jobTemplate,
            ]])
        return JobPodTranslator.files(JobPodTranslator.supportingObjects(workload) + [cronJob], of: name)
    }
}
