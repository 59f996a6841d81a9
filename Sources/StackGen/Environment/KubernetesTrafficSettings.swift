/// Whether the environment's load balancer faces the internet or only the VPC.
public enum LoadBalancerScheme: String, Sendable, Hashable, CaseIterable {
    case internetFacing = "internet-facing"
    case `internal`
}

/// `kubernetes.ingress`: the Application Load Balancer the AWS Load Balancer Controller runs for the
/// environment's routed services. Every routed service joins one ingress group, so they share one load balancer.
public struct IngressSettings: Sendable, Hashable {
    public var scheme: LoadBalancerScheme
    /// The `alb.ingress.kubernetes.io/group.name`: one load balancer for every Ingress that names it.
    public var group: String
    /// An ACM certificate: the load balancer then listens on HTTPS 443 and redirects HTTP 80 to it.
    public var certificateArn: String?
    /// The host routed services answer on unless their route names one.
    public var host: String?
    /// The CIDR blocks of the load balancer's subnets: pods admit connections from these (the load balancer
    /// sends traffic to pod IPs directly).
    public var sourceCIDRs: [IPv4CIDR]

    public init(
        scheme: LoadBalancerScheme, group: String, certificateArn: String? = nil, host: String? = nil,
        sourceCIDRs: [IPv4CIDR]
    ) {
        self.scheme = scheme
        self.group = group
        self.certificateArn = certificateArn
        self.host = host
        self.sourceCIDRs = sourceCIDRs
    }
}

/// `kubernetes.prometheus`: where the Prometheus that scrapes the services runs, and how it finds
/// `ServiceMonitor`s.
public struct PrometheusSettings: Sendable, Hashable {
    /// The namespace the Prometheus pods run in.
    public var namespace: String
    /// Labels of the Prometheus pods (NetworkPolicy admits them to the metrics ports).
    public var podLabels: [String: String]
    /// Labels the Prometheus' `serviceMonitorSelector` matches, such as `release: kube-prometheus-stack`.
    public var serviceMonitorLabels: [String: String]

    public init(namespace: String, podLabels: [String: String], serviceMonitorLabels: [String: String] = [:]) {
        self.namespace = namespace
        self.podLabels = podLabels
        self.serviceMonitorLabels = serviceMonitorLabels
    }
}

/// The traffic settings of `kubernetes:` (all optional): load balancer, scraper, availability zones and the
/// addresses of named egress destinations.
public struct KubernetesTrafficSettings: Sendable, Hashable {
    public var ingress: IngressSettings?
    public var prometheus: PrometheusSettings?
    /// The availability zones the nodes span; 2 or more makes zone spreading a scheduling requirement.
    public var zones: Int?
    /// Addresses of the destinations services name in `Egress.to(…)`, such as `postgres: [10.0.32.0/20]`.
    public var destinations: [String: [IPv4CIDR]]
    /// Where `kubernetes:` is, for diagnostics.
    public var location: SourceLocation?

    public init(
        ingress: IngressSettings? = nil, prometheus: PrometheusSettings? = nil, zones: Int? = nil,
        destinations: [String: [IPv4CIDR]] = [:], location: SourceLocation? = nil
    ) {
        self.ingress = ingress
        self.prometheus = prometheus
        self.zones = zones
        self.destinations = destinations
        self.location = location
    }
}
