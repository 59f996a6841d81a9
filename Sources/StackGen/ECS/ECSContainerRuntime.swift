/// The parts of an ECS container definition that govern how it stops and how it is scraped.
enum ECSContainerRuntime {
    /// `stopTimeout`: seconds between SIGTERM and SIGKILL. A task on Fargate Spot gets the full two minutes of
    /// the interruption notice (the most Fargate accepts); any other task the time the service says it needs.
    /// ECS deregisters a task from its target group and waits for the draining to finish before SIGTERM, so no
    /// delay is added for the load balancer (Kubernetes needs its `preStop` delay for that).
    static func stopTimeout(of service: ResolvedService) -> Int {
        if service.settings.capacity == .spot { return Shutdown.fargateMaximumSeconds }
        return min(service.service.shutdownSeconds, Shutdown.fargateMaximumSeconds)
    }

    /// The docker labels the CloudWatch agent's ECS Prometheus service discovery reads (`sd_port_label`,
    /// `sd_metrics_path_label`, `sd_job_name_label` in its `docker_label` configuration), on the container that
    /// serves the metrics.
    static func dockerLabels(of container: Container, in service: ResolvedService) -> [String: String]? {
        guard let metrics = service.service.metrics, let (owner, port) = service.service.metricsPort,
            owner.name == container.name
        else { return nil }
        return [
            "ECS_PROMETHEUS_EXPORTER_PORT": String(port.number),
            "ECS_PROMETHEUS_METRICS_PATH": metrics.path,
            "ECS_PROMETHEUS_JOB_NAME": service.name,
        ]
    }
}
