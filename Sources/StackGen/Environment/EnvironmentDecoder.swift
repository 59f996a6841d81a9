/// Decodes the composed YAML of one environment file into an `Environment`, key by key.
struct EnvironmentDecoder {
    let reader: YAMLNodeReader
    let name: String
    /// The sections other targets decode, by their key.
    var sections: [any EnvironmentSectionDecoder] = []

    static let topLevelKeys = [
        "production", "usersPerMonth", "platforms", "tags", "kubernetes", "ecs", "defaults", "services", "jobs",
    ]
    static let ecsKeys = [
        "cluster", "region", "account", "subnets", "securityGroups", "executionRoleArn", "taskRoleArn", "logGroup",
        "assignPublicIp", "logRetentionDays", "loadBalancerArn", "alarmTopicArn", "rollbackOnAlarms",
        "imagesDeclareVolumes", "schedulerRoleArn",
    ]
    static let defaultKeys = ["architecture", "capacity"]
    static let serviceKeys = [
        "tag", "digest", "cpu", "memory", "replicas", "architecture", "capacity", "targetGroupArn", "roleArn", "config",
    ]
    /// A job's settings: a service's, less what only a long-running service has.
    static let jobKeys = serviceKeys.filter { $0 != "replicas" && $0 != "targetGroupArn" }
    static let kubernetesKeys = ["namespace", "externalSecrets"]

    func decode(_ root: YAMLNode) -> Environment? {
        guard let pairs = reader.mapping(
            root, named: "environment file", allowed: Self.topLevelKeys + sections.map(\.key)) else {
            return nil
        }
        reader.requireKeys(["platforms", "tags", "services"], in: pairs, of: root, named: "environment file")
        var environment = Environment(name: name, file: reader.file, platforms: [], tags: [:], services: [:])
        var defaults = Defaults()
        // Defaults first, whatever their place in the file, so services see them.
        if let node = pairs.first(where: { $0.key == "defaults" })?.value { defaults = decodeDefaults(node) }
        for (key, value) in pairs {
            switch key {
            case "production": environment.isProduction = reader.boolean(value, named: key) ?? false
            case "usersPerMonth": environment.usersPerMonth = reader.integer(value, named: key, in: 1...1_000_000_000)
            case "platforms": environment.platforms = decodePlatforms(value)
            case "tags": (environment.tags, environment.tagLocations) = decodeTags(value)
            case "kubernetes": environment.kubernetes = decodeKubernetes(value)
            case "ecs": environment.ecs = decodeECS(value)
            case "services": environment.services = decodeServices(value, defaults: defaults)
            case "jobs": environment.jobs = decodeServices(value, defaults: defaults, section: "jobs")
            default:
                if let section = sections.first(where: { $0.key == key }) {
                    environment.sections[key] = section.decode(value, reader: reader)
                }
            }
        }
        checkPlatformSettings(environment, root: root, pairs: pairs)
        return environment
    }

    private struct Defaults {
        var architecture: Architecture = .x86_64
        var capacity: Capacity = .onDemand
    }

    private func decodeDefaults(_ node: YAMLNode) -> Defaults {
        var defaults = Defaults()
        for (key, value) in reader.mapping(node, named: "defaults", allowed: Self.defaultKeys) ?? [] {
            switch key {
            case "architecture": defaults.architecture = reader.choice(value, named: key) ?? defaults.architecture
            case "capacity": defaults.capacity = reader.choice(value, named: key) ?? defaults.capacity
            default: break
            }
        }
        return defaults
    }

    private func decodePlatforms(_ node: YAMLNode) -> [Platform] {
        guard let sequence = node.sequence else {
            reader.error("`platforms` must be a list such as `[kubernetes, ecs]`", at: node)
            return []
        }
        var platforms: [Platform] = []
        for item in sequence {
            guard let platform: Platform = reader.choice(item, named: "platforms item") else { continue }
            if platforms.contains(platform) {
                reader.error("`\(platform.rawValue)` is listed twice in `platforms`", at: item)
            }
            platforms.append(platform)
        }
        if platforms.isEmpty, !sequence.isEmpty || node.sequence != nil {
            reader.error("`platforms` is empty", at: node, fix: "list `kubernetes`, `ecs` or both")
        }
        return Array(Set(platforms)).sorted()
    }

    private func decodeTags(_ node: YAMLNode) -> ([String: String], [String: (key: SourceLocation, value: SourceLocation)]) {
        var tags: [String: String] = [:]
        var locations: [String: (key: SourceLocation, value: SourceLocation)] = [:]
        for (keyNode, value) in node.mapping ?? [] {
            if let key = keyNode.scalar?.text { locations[key] = (reader.location(of: keyNode), reader.location(of: value)) }
        }
        for (key, value) in reader.mapping(node, named: "tags") ?? [] {
            tags[key] = reader.string(value, named: "tags.\(key)")
        }
        if node.mapping != nil {
            let missing = Environment.requiredTags.filter { tags[$0] == nil }
            if !missing.isEmpty {
                reader.error(
                    "required cost-allocation tags are missing: " + missing.joined(separator: ", "), at: node,
                    fix: "add them under `tags:`")
            }
        }
        return (tags, locations)
    }

    private func decodeKubernetes(_ node: YAMLNode) -> KubernetesSettings? {
        let allowed = Self.kubernetesKeys + KubernetesTrafficDecoder.keys
        guard let pairs = reader.mapping(node, named: "kubernetes", allowed: allowed) else { return nil }
        reader.requireKeys(["namespace"], in: pairs, of: node, named: "kubernetes")
        let traffic = KubernetesTrafficDecoder(reader: reader).decode(pairs, of: node)
        guard let value = pairs.first(where: { $0.key == "namespace" })?.value,
            let namespace = reader.string(value, named: "namespace")
        else {
            return nil
        }
        let externalSecrets = pairs.first { $0.key == "externalSecrets" }.flatMap {
            ExternalSecretSettingsDecoder(reader: reader).decode($0.value)
        }
        if let problem = Naming.dnsLabelProblem(namespace) {
            reader.error("namespace `\(namespace)` \(problem)", at: value, fix: "use a DNS-1123 label")
        }
        return KubernetesSettings(
            namespace: namespace, externalSecrets: externalSecrets, traffic: traffic, location: reader.location(of: node))
    }

    private func decodeECS(_ node: YAMLNode) -> ECSSettings? {
        guard let pairs = reader.mapping(node, named: "ecs", allowed: Self.ecsKeys) else { return nil }
        let required = ["cluster", "region", "account", "subnets", "securityGroups", "executionRoleArn", "logGroup"]
        reader.requireKeys(required, in: pairs, of: node, named: "ecs")
        var values: [String: String] = [:]
        var lists: [String: [String]] = [:]
        var assignPublicIp = false
        var flags: [String: Bool] = [:]
        var retention = ECSSettings.defaultLogRetentionDays
        for (key, value) in pairs {
            switch key {
            case "rollbackOnAlarms", "imagesDeclareVolumes": flags[key] = reader.boolean(value, named: key) ?? false
            case "logRetentionDays": retention = logRetention(value) ?? retention
            case "subnets", "securityGroups":
                lists[key] = reader.stringList(value, named: key)
                if lists[key]?.isEmpty == true {
                    reader.error("`\(key)` is empty; ECS services need at least one", at: value, fix: "list at least one ID")
                    lists[key] = nil
                }
            case "assignPublicIp": assignPublicIp = reader.boolean(value, named: key) ?? false
            default: values[key] = reader.string(value, named: key)
            }
        }
        guard let cluster = values["cluster"], let region = values["region"], let account = values["account"],
            let subnets = lists["subnets"], let securityGroups = lists["securityGroups"],
            let executionRoleArn = values["executionRoleArn"], let logGroup = values["logGroup"]
        else { return nil }
        if account.count != 12 || !account.allSatisfy(\.isASCIIDigit),
            let accountNode = pairs.first(where: { $0.key == "account" })?.value
        {
            reader.error("`account` must be a 12-digit AWS account ID, not `\(account)`", at: accountNode,
                         fix: "quote it so leading zeros survive: account: \"012345678901\"")
        }
        checkECSIdentifiers(pairs, account: account)
        return ECSSettings(
            cluster: cluster, region: region, account: account, subnets: subnets, securityGroups: securityGroups,
            executionRoleArn: executionRoleArn, taskRoleArn: values["taskRoleArn"], logGroup: logGroup,
            assignPublicIp: assignPublicIp, logRetentionDays: retention, loadBalancerArn: values["loadBalancerArn"],
            alarmTopicArn: values["alarmTopicArn"], rollbackOnAlarms: flags["rollbackOnAlarms"] ?? false,
            imagesDeclareVolumes: flags["imagesDeclareVolumes"] ?? false, schedulerRoleArn: values["schedulerRoleArn"])
    }

    /// `logRetentionDays`: one of the values CloudWatch Logs accepts.
    private func logRetention(_ node: YAMLNode) -> Int? {
        guard let days = reader.integer(node, named: "logRetentionDays", in: 1...3653) else { return nil }
        guard CloudWatchLogRetention.allowedDays.contains(days) else {
            let nearest = CloudWatchLogRetention.allowedDays.min { abs($0 - days) < abs($1 - days) } ?? 30
            reader.error("`logRetentionDays` \(days) is not a retention CloudWatch Logs accepts", at: node,
                         fix: "use \(nearest) (allowed: \(CloudWatchLogRetention.allowedDays.map(String.init).joined(separator: ", ")))")
            return nil
        }
        return days
    }

    /// Reports each ECS value whose shape AWS would refuse, at its position in the file.
    private func checkECSIdentifiers(_ pairs: [(key: String, value: YAMLNode)], account: String) {
        for (key, node) in pairs {
            let values = node.sequence.map { $0.map { ($0.scalar?.text ?? "", $0) } } ?? [(node.scalar?.text ?? "", node)]
            for (value, valueNode) in values {
                let problem: (String, String)? = switch key {
                case "region" where !AWSIdentifiers.isRegion(value):
                    ("`region` `\(value)` is not an AWS region", "use a region code such as `us-east-1`")
                case "cluster" where !AWSIdentifiers.isClusterName(value):
                    ("`cluster` `\(value)` is not a valid ECS cluster name", "use letters, digits, `-` and `_`")
                case "subnets" where !AWSIdentifiers.isResourceID(value, prefix: "subnet"):
                    ("`\(value)` is not a subnet ID", "use IDs such as `subnet-0a1b2c3d4e5f60001`")
                case "securityGroups" where !AWSIdentifiers.isResourceID(value, prefix: "sg"):
                    ("`\(value)` is not a security group ID", "use IDs such as `sg-0a1b2c3d4e5f60001`")
                case "executionRoleArn", "taskRoleArn", "schedulerRoleArn":
                    AWSIdentifiers.isRoleARN(value, account: account) ? nil
                        : ("`\(key)` `\(value)` is not an IAM role ARN in account \(account)",
                           "use `arn:aws:iam::\(account):role/NAME`")
                case "loadBalancerArn" where ECSLoadBalancerDimension.suffix(ofLoadBalancer: value) == nil:
                    ("`loadBalancerArn` `\(value)` is not an Application Load Balancer ARN",
                     "use `arn:aws:elasticloadbalancing:<region>:\(account):loadbalancer/app/NAME/ID`")
                case "alarmTopicArn" where !value.hasPrefix("arn:aws:sns:"):
                    ("`alarmTopicArn` `\(value)` is not an SNS topic ARN", "use `arn:aws:sns:<region>:\(account):NAME`")
                case "logGroup" where !AWSIdentifiers.isLogGroup(value):
                    ("`logGroup` `\(value)` is not a valid log group name", "use letters, digits and `._-/#`")
                default: nil
                }
                if let (message, fix) = problem { reader.error(message, at: valueNode, fix: fix) }
            }
        }
    }

    /// The entries of `services:` or `jobs:`, by name.
    private func decodeServices(_ node: YAMLNode, defaults: Defaults, section: String = "services") -> [String: ServiceSettings] {
        var services: [String: ServiceSettings] = [:]
        for (serviceName, value) in reader.mapping(node, named: section) ?? [] {
            let decoder = ServiceSettingsDecoder(
                reader: reader, path: "\(name)/\(serviceName)", architecture: defaults.architecture,
                capacity: defaults.capacity, section: section)
            services[serviceName] = decoder.decode(value)
        }
        return services
    }

    private func checkPlatformSettings(_ environment: Environment, root: YAMLNode, pairs: [(key: String, value: YAMLNode)]) {
        if environment.renders(.kubernetes), !pairs.contains(where: { $0.key == "kubernetes" }) {
            reader.error("`platforms` lists kubernetes but there is no `kubernetes:` section", at: root,
                         fix: "add `kubernetes: {namespace: …}`")
        }
        if environment.renders(.ecs), !pairs.contains(where: { $0.key == "ecs" }) {
            reader.error("`platforms` lists ecs but there is no `ecs:` section", at: root,
                         fix: "add `ecs:` with cluster, region, account, subnets, securityGroups, executionRoleArn, logGroup")
        }
    }
}
