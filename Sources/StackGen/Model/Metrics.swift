/// A Prometheus endpoint a service serves, scraped on Kubernetes through a `ServiceMonitor` and on ECS by the
/// CloudWatch agent's Prometheus service discovery (docker labels).
public struct MetricsEndpoint: Sendable, Hashable {
    /// The name of a port one of the service's containers declares, such as `metrics`.
    public var port: String
    /// The HTTP path of the metrics, such as `/metrics`.
    public var path: String
    /// Seconds between scrapes.
    public var intervalSeconds: Int

    /// Where a scraper reads the service's metrics.
    /// - Parameters:
    ///   - port: The name of the port that serves them.
    ///   - path: The HTTP path.
    ///   - intervalSeconds: Seconds between scrapes.
    public init(port: String, path: String = "/metrics", intervalSeconds: Int = 30) {
        self.port = port
        self.path = path
        self.intervalSeconds = intervalSeconds
    }

    /// Prometheus metrics on the port named `port`, at `path`.
    public static func prometheus(port: String = "metrics", path: String = "/metrics", intervalSeconds: Int = 30)
        -> MetricsEndpoint
    {
        MetricsEndpoint(port: port, path: path, intervalSeconds: intervalSeconds)
    }
}

extension Service {
    /// The container and port the metrics endpoint names, if both exist.
    public var metricsPort: (container: Container, port: Port)? {
        guard let metrics else { return nil }
        for container in containers {
            if let port = container.ports.first(where: { $0.name == metrics.port }) { return (container, port) }
        }
        return nil
    }
}
