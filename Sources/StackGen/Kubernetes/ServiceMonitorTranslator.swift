/// A monitoring.coreos.com/v1 `ServiceMonitor` for a service with a metrics endpoint: the Prometheus Operator
/// scrapes the named metrics port of the service's `Service` (which `ServiceTranslator` gives that port, and
/// renders headless for a worker that has no other reason for a Service). It carries the labels the
/// environment's Prometheus selects ServiceMonitors by.
///
/// A `ServiceMonitor` rather than a `PodMonitor`: the pods' endpoints then appear in one place (the Service),
/// and every Prometheus Operator installation selects ServiceMonitors, while PodMonitor selection is often off.
package enum ServiceMonitorTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        guard let metrics = service.service.metrics, service.service.metricsPort != nil,
            let prometheus = service.environment.kubernetes?.traffic.prometheus,
            case .object(var metadata) = service.kubernetesMetadata
        else { return [] }
        var labels = service.labels
        labels.merge(prometheus.serviceMonitorLabels) { own, _ in own }
        metadata["labels"] = .stringMap(labels)
        let spec: Value = [
            "selector": ["matchLabels": .stringMap(service.selectorLabels)],
            "endpoints": [
                [
                    "port": .string(metrics.port),
                    "path": .string(metrics.path),
                    "scheme": "http",
                    "interval": .string("\(metrics.intervalSeconds)s"),
                ]
            ],
        ]
        return [KubernetesObject(
            apiVersion: "monitoring.coreos.com/v1", kind: "ServiceMonitor", metadata: .object(metadata),
            body: ["spec": spec])]
    }
}
