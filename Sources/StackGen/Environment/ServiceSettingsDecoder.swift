/// Decodes one entry of an environment's `services:` (or `jobs:`) mapping.
struct ServiceSettingsDecoder {
    let reader: YAMLNodeReader
    /// `environment/service`, for diagnostics.
    let path: String
    let architecture: Architecture
    let capacity: Capacity
    /// `services` or `jobs`: a job has no `replicas` (each run is one task) and no target group.
    var section = "services"

    func decode(_ node: YAMLNode) -> ServiceSettings? {
        guard let pairs = reader.mapping(
            node, named: "\(section).\(path.split(separator: "/").last!)",
            allowed: EnvironmentDecoder.serviceKeys,
            path: path)
        else { return nil }
        var settings = ServiceSettings(
            image: .tag(""), architecture: architecture, capacity: capacity, location: reader.location(of: node))
        var tag: String?
        var digest: String?
        var cpu: (Int, YAMLNode)?
        var memory: (Int, YAMLNode)?
        for (key, value) in pairs {
            if section == "jobs", !EnvironmentDecoder.jobKeys.contains(key) {
                reader.error(
                    "`\(key)` is not a job setting", at: value, path: path,
                    fix: "remove it: each run of a job is one pod or task, not behind a load balancer")
                continue
            }
            switch key {
            case "tag": tag = reader.string(value, named: key, path: path)
            case "digest": digest = reader.string(value, named: key, path: path)
            case "cpu": cpu = reader.integer(value, named: key, in: 1...1_000_000, path: path).map { ($0, value) }
            case "memory":
                memory = reader.integer(value, named: key, in: 1...10_000_000, path: path).map { ($0, value) }
            case "replicas": settings.replicas = decodeReplicas(value) ?? settings.replicas
            case "architecture": settings.architecture = reader.choice(value, named: key, path: path) ?? architecture
            case "capacity": settings.capacity = reader.choice(value, named: key, path: path) ?? capacity
            case "targetGroupArn": settings.targetGroupArn = reader.string(value, named: key, path: path)
            case "roleArn": settings.roleArn = decodeRoleArn(value)
            case "config": settings.configuration = decodeConfiguration(value)
            default: break
            }
        }
        if section == "services", !pairs.contains(where: { $0.key == "replicas" }) {
            reader.error("no `replicas`", at: node, path: path, fix: "add `replicas: 2` or `replicas: {min: 3, max: 10}`")
        }
        switch (tag, digest) {
        case (let tag?, let digest?): settings.image = .tagAndDigest(tag: tag, digest: digest)
        case (let tag?, nil): settings.image = .tag(tag)
        case (nil, let digest?): settings.image = .digest(digest)
        case (nil, nil):
            reader.error("no image version", at: node, path: path,
                         fix: "add `tag: \"1.2.3\"`, `digest: \"sha256:…\"`, or both")
            return nil
        }
        settings.size = decodeSize(cpu: cpu, memory: memory, node: node)
        return settings
    }

    private func decodeSize(cpu: (Int, YAMLNode)?, memory: (Int, YAMLNode)?, node: YAMLNode) -> FargateSize? {
        switch (cpu, memory) {
        case (nil, nil):
            return nil
        case (let (cpu, cpuNode)?, nil):
            reader.error("`cpu` is \(cpu) but there is no `memory`", at: cpuNode, path: path,
                         fix: "add `memory:` (MiB), one of \(memoryChoices(cpu))")
            return nil
        case (nil, let (_, memoryNode)?):
            reader.error("`memory` is set but there is no `cpu`", at: memoryNode, path: path,
                         fix: "add `cpu:` (CPU units, 1024 = 1 vCPU), one of \(listed(FargateSize.validCPUUnits))")
            return nil
        case (let (cpu, cpuNode)?, let (memory, memoryNode)?):
            if let size = FargateSize(cpuUnits: cpu, memoryMiB: memory) { return size }
            if FargateSize.validMemory(forCPUUnits: cpu).isEmpty {
                reader.error("cpu \(cpu) is not a Fargate size", at: cpuNode, path: path,
                             fix: "use one of \(listed(FargateSize.validCPUUnits)) CPU units")
                return nil
            }
            let fitting = FargateSize.allCases.first { $0.memoryMiB == memory && $0.cpuUnits > cpu }
            let alternative = fitting.map { "use .\($0.rawValue) (cpu: \($0.cpuUnits)) or change memory" }
            reader.error(
                "memory \(memory) MiB is not valid with \(cpu) CPU units on Fargate (valid: \(memoryChoices(cpu)))",
                at: memoryNode, path: path, fix: alternative ?? "pick one of the valid memory values")
            return nil
        }
    }

    private func memoryChoices(_ cpu: Int) -> String {
        let choices = FargateSize.validMemory(forCPUUnits: cpu)
        return choices.isEmpty ? "none: \(cpu) is not a Fargate CPU value" : listed(choices)
    }

    private func listed(_ values: [Int]) -> String { values.map(String.init).joined(separator: ", ") }

    private func decodeRoleArn(_ node: YAMLNode) -> String? {
        guard let arn = reader.string(node, named: "roleArn", path: path) else { return nil }
        let account = arn.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first.map(String.init) ?? ""
        guard account.count == 12, account.allSatisfy(\.isASCIIDigit), AWSIdentifiers.isRoleARN(arn, account: account)
        else {
            reader.error("`roleArn` `\(arn)` is not an IAM role ARN", at: node, path: path,
                         fix: "use `arn:aws:iam::<12-digit account>:role/NAME`")
            return nil
        }
        return arn
    }

    /// `config: {KEY: value, …}`: each value as written; its type is checked against the service's declaration later.
    private func decodeConfiguration(_ node: YAMLNode) -> [String: ConfigOverride] {
        var values: [String: ConfigOverride] = [:]
        for (key, value) in reader.mapping(node, named: "config", path: path) ?? [] {
            guard let text = reader.string(value, named: "config.\(key)", path: path) else { continue }
            values[key] = ConfigOverride(text: text, location: reader.location(of: value))
        }
        return values
    }

    private func decodeReplicas(_ node: YAMLNode) -> Replicas? {
        if node.scalar != nil {
            return reader.integer(node, named: "replicas", in: 0...1000, path: path).map { .fixed($0) }
        }
        guard let pairs = reader.mapping(node, named: "replicas", allowed: ["min", "max"], path: path) else {
            return nil
        }
        reader.requireKeys(["min", "max"], in: pairs, of: node, named: "replicas", path: path)
        var bounds: [String: Int] = [:]
        for (key, value) in pairs {
            bounds[key] = reader.integer(value, named: "replicas.\(key)", in: 1...1000, path: path)
        }
        guard let min = bounds["min"], let max = bounds["max"] else { return nil }
        guard min <= max else {
            reader.error("`replicas.min` (\(min)) is larger than `replicas.max` (\(max))", at: node, path: path,
                         fix: "swap them")
            return nil
        }
        return min == max ? .fixed(min) : .autoscaled(min: min, max: max)
    }
}
