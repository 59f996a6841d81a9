/// Decodes the traffic keys of an environment's `kubernetes:` section: `ingress`, `prometheus`, `zones` and
/// `destinations`.
struct KubernetesTrafficDecoder {
    let reader: YAMLNodeReader

    static let keys = ["ingress", "prometheus", "zones", "destinations"]
    static let ingressKeys = ["scheme", "group", "certificateArn", "host", "sourceCIDRs"]
    static let prometheusKeys = ["namespace", "podLabels", "serviceMonitorLabels"]

    func decode(_ pairs: [(key: String, value: YAMLNode)], of node: YAMLNode) -> KubernetesTrafficSettings {
        var settings = KubernetesTrafficSettings(location: reader.location(of: node))
        for (key, value) in pairs {
            switch key {
            case "ingress": settings.ingress = decodeIngress(value)
            case "prometheus": settings.prometheus = decodePrometheus(value)
            case "zones": settings.zones = reader.integer(value, named: "kubernetes.zones", in: 1...6)
            case "destinations": settings.destinations = decodeDestinations(value)
            default: break
            }
        }
        return settings
    }

    private func decodeIngress(_ node: YAMLNode) -> IngressSettings? {
        guard let pairs = reader.mapping(node, named: "kubernetes.ingress", allowed: Self.ingressKeys) else { return nil }
        reader.requireKeys(["scheme", "group", "sourceCIDRs"], in: pairs, of: node, named: "kubernetes.ingress")
        var scheme: LoadBalancerScheme?
        var group: String?
        var certificate: String?
        var host: String?
        var sources: [IPv4CIDR]?
        for (key, value) in pairs {
            switch key {
            case "scheme": scheme = reader.choice(value, named: "kubernetes.ingress.scheme")
            case "group":
                group = reader.string(value, named: "kubernetes.ingress.group")
                if let name = group, !Self.isGroupName(name) {
                    reader.error("`kubernetes.ingress.group` `\(name)` is not a valid ingress group name", at: value,
                                 fix: "use up to 63 lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit")
                }
            case "certificateArn":
                certificate = reader.string(value, named: "kubernetes.ingress.certificateArn")
                if let arn = certificate, !(arn.hasPrefix("arn:aws:acm:") && arn.contains(":certificate/")) {
                    reader.error("`kubernetes.ingress.certificateArn` `\(arn)` is not an ACM certificate ARN", at: value,
                                 fix: "use `arn:aws:acm:REGION:ACCOUNT:certificate/ID`")
                }
            case "host":
                host = reader.string(value, named: "kubernetes.ingress.host")
                if let name = host, !Self.isHostName(name) {
                    reader.error("`kubernetes.ingress.host` `\(name)` is not a DNS host name", at: value,
                                 fix: "use a lowercase name such as `dashboard.example.com`")
                }
            case "sourceCIDRs": sources = cidrs(value, named: "kubernetes.ingress.sourceCIDRs")
            default: break
            }
        }
        guard let scheme, let group, let sources else { return nil }
        return IngressSettings(
            scheme: scheme, group: group, certificateArn: certificate, host: host, sourceCIDRs: sources)
    }

    private func decodePrometheus(_ node: YAMLNode) -> PrometheusSettings? {
        guard let pairs = reader.mapping(node, named: "kubernetes.prometheus", allowed: Self.prometheusKeys) else {
            return nil
        }
        reader.requireKeys(["namespace", "podLabels"], in: pairs, of: node, named: "kubernetes.prometheus")
        var namespace: String?
        var podLabels: [String: String]?
        var monitorLabels: [String: String] = [:]
        for (key, value) in pairs {
            switch key {
            case "namespace":
                namespace = reader.string(value, named: "kubernetes.prometheus.namespace")
                if let name = namespace, let problem = Naming.dnsLabelProblem(name) {
                    reader.error("namespace `\(name)` \(problem)", at: value, fix: "use a DNS-1123 label")
                }
            case "podLabels": podLabels = labels(value, named: "kubernetes.prometheus.podLabels")
            case "serviceMonitorLabels":
                monitorLabels = labels(value, named: "kubernetes.prometheus.serviceMonitorLabels") ?? [:]
            default: break
            }
        }
        guard let namespace, let podLabels else { return nil }
        if podLabels.isEmpty, let node = pairs.first(where: { $0.key == "podLabels" })?.value {
            reader.error("`kubernetes.prometheus.podLabels` is empty: every pod in the namespace could scrape",
                         at: node, fix: "give the Prometheus pods' labels, such as `app.kubernetes.io/name: prometheus`")
        }
        return PrometheusSettings(namespace: namespace, podLabels: podLabels, serviceMonitorLabels: monitorLabels)
    }

    private func decodeDestinations(_ node: YAMLNode) -> [String: [IPv4CIDR]] {
        var destinations: [String: [IPv4CIDR]] = [:]
        for (name, value) in reader.mapping(node, named: "kubernetes.destinations") ?? [] {
            destinations[name] = cidrs(value, named: "kubernetes.destinations.\(name)")
        }
        return destinations
    }

    private func labels(_ node: YAMLNode, named name: String) -> [String: String]? {
        guard let pairs = reader.mapping(node, named: name) else { return nil }
        var labels: [String: String] = [:]
        for (key, value) in pairs { labels[key] = reader.string(value, named: "\(name).\(key)") }
        return labels
    }

    private func cidrs(_ node: YAMLNode, named name: String) -> [IPv4CIDR]? {
        guard let texts = reader.stringList(node, named: name) else { return nil }
        if texts.isEmpty { reader.error("`\(name)` is empty", at: node, fix: "list CIDR blocks such as `10.0.0.0/16`") }
        var blocks: [IPv4CIDR] = []
        for (text, item) in zip(texts, node.sequence ?? []) {
            if let block = IPv4CIDR(text) {
                blocks.append(block)
            } else {
                reader.error("`\(text)` in `\(name)` is not an IPv4 CIDR block", at: item,
                             fix: "use a network address and prefix length such as `10.0.32.0/20`")
            }
        }
        return blocks
    }

    /// `alb.ingress.kubernetes.io/group.name`: at most 63 characters, lowercase alphanumerics, `-` and `.`.
    static func isGroupName(_ text: String) -> Bool {
        (1...63).contains(text.count) && text.first!.isLetterOrDigit && text.last!.isLetterOrDigit
            && text.allSatisfy { $0.isLetterOrDigit || "-.".contains($0) }
    }

    /// A lowercase DNS name of dot-separated labels (a leading `*.` wildcard is allowed, as Ingress allows it).
    static func isHostName(_ text: String) -> Bool {
        let name = text.hasPrefix("*.") ? String(text.dropFirst(2)) : text
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return name.count <= 253 && labels.count >= 2 && labels.allSatisfy { Naming.dnsLabelProblem(String($0)) == nil }
    }
}

extension Character {
    /// A lowercase ASCII letter or a digit.
    fileprivate var isLetterOrDigit: Bool { isASCII && (isNumber || isLowercase) }
}
