import Foundation
import StackGen

/// Decodes an environment's `cost:` section, reporting each mistake at its file position with a fix, like the
/// rest of the file. Instance and node names are checked against the price table (and the file's own
/// `cost.rates`), so a misspelt `db.t3.smal` is caught by `validate`, not only by `stackgen cost`.
struct CostSettingsDecoder {
    let reader: YAMLNodeReader
    let table: PriceTable

    static let keys = [
        "region", "spotDiscountPercent", "savingsPlanPercent", "rates", "kubernetes", "shared", "expected",
        "dataTransferOutGB", "ecrStorageGB",
    ]
    static let kubernetesKeys = [
        "nodeType", "clusters", "nodeVCPUs", "nodeMemoryGiB", "nodeDiskGiB", "maxPods", "reservedCPUMillicores",
        "reservedMemoryMiB", "daemonSetCPUMillicores", "daemonSetMemoryMiB", "daemonSetPods",
    ]

    /// The keys a shared item of `kind` takes besides `name` and `kind`.
    static func keys(for kind: SharedKind) -> [String] {
        switch kind {
        case .loadBalancer: ["count", "hours", "tags", "lcus", "zones", "internetFacing"]
        case .natGateway: ["count", "hours", "tags", "dataGB"]
        case .database: ["count", "hours", "tags", "instanceClass", "multiAZ", "storageGB"]
        case .cache: ["count", "hours", "tags", "nodeType"]
        case .logs: ["tags", "ingestedGB", "storedGB"]
        }
    }

    func decode(_ node: YAMLNode) -> CostSettings? {
        guard let pairs = reader.mapping(node, named: "cost", allowed: Self.keys) else { return nil }
        var settings = CostSettings(location: reader.location(of: node))
        // Rates first, whatever their place in the file, so names they price count as known below.
        if let rates = pairs.first(where: { $0.key == "rates" })?.value { settings.rates = decodeRates(rates) }
        for (key, value) in pairs {
            settings.keyLocations[key] = reader.location(of: value)
            switch key {
            case "region":
                guard let region = reader.string(value, named: "cost.region") else { continue }
                if AWSIdentifiers.isRegion(region) {
                    settings.region = region
                } else {
                    reader.error("`cost.region` `\(region)` is not an AWS region", at: value,
                                 fix: "use a region code such as `us-east-1`")
                }
            case "spotDiscountPercent":
                settings.spotDiscountPercent = decimal(value, named: "cost.spotDiscountPercent", in: 0...100)
            case "savingsPlanPercent":
                settings.savingsPlanPercent = decimal(value, named: "cost.savingsPlanPercent", in: 0...100)
            case "kubernetes": settings.kubernetes = decodeKubernetes(value, rates: settings.rates)
            case "shared": settings.shared = decodeShared(value, rates: settings.rates)
            case "expected": settings.expected = decodeExpected(value)
            case "dataTransferOutGB":
                settings.dataTransferOutGB = decimal(value, named: "cost.dataTransferOutGB", in: 0...100_000_000) ?? 0
            case "ecrStorageGB":
                settings.ecrStorageGB = decimal(value, named: "cost.ecrStorageGB", in: 0...100_000_000) ?? 0
            default: break
            }
        }
        return settings
    }

    // MARK: Rates

    private func decodeRates(_ node: YAMLNode) -> [RateOverride] {
        guard let mapping = node.mapping else {
            reader.error("`cost.rates` must be a mapping of price names to US dollars, such as "
                         + "`\"fargate/x86_64/vcpu-hour\": 0.04048`", at: node)
            return []
        }
        let known = table.priceIDs.map(\.rawValue)
        var rates: [RateOverride] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.text else {
                reader.error("keys in `cost.rates` must be price names", at: keyNode)
                continue
            }
            guard let id = PriceID(parsing: key) else {
                reader.error("`cost.rates` has no price named `\(key)`", at: keyNode,
                             fix: Suggestion.closest(to: key, in: known).map { "did you mean `\($0)`?" }
                                 ?? "name a price from the table (for example `fargate/arm64/vcpu-hour`), or an "
                                 + "instance price such as `ec2/<type>/hour`, `rds/<class>/hour` or "
                                 + "`elasticache/<type>/hour`")
                continue
            }
            guard let price = decimal(value, named: "cost.rates.\(key)", in: 0...1_000_000) else { continue }
            rates.append(RateOverride(id: id, price: price, location: reader.location(of: value)))
        }
        return rates.sorted { $0.id < $1.id }
    }

    // MARK: Kubernetes

    private func decodeKubernetes(_ node: YAMLNode, rates: [RateOverride]) -> KubernetesCostSettings? {
        guard let pairs = reader.mapping(node, named: "cost.kubernetes", allowed: Self.kubernetesKeys) else {
            return nil
        }
        reader.requireKeys(["nodeType"], in: pairs, of: node, named: "cost.kubernetes")
        var nodeType: (String, YAMLNode)?
        var settings = KubernetesCostSettings(nodeType: "", location: reader.location(of: node))
        for (key, value) in pairs {
            switch key {
            case "nodeType": nodeType = reader.string(value, named: "cost.kubernetes.nodeType").map { ($0, value) }
            case "clusters":
                settings.clusters = reader.integer(value, named: "cost.kubernetes.clusters", in: 1...100) ?? 1
            case "nodeVCPUs":
                settings.nodeVCPUs = reader.integer(value, named: "cost.kubernetes.nodeVCPUs", in: 1...1024)
            case "nodeMemoryGiB":
                settings.nodeMemoryGiB = reader.integer(value, named: "cost.kubernetes.nodeMemoryGiB", in: 1...32768)
            case "nodeDiskGiB":
                settings.nodeDiskGiB = reader.integer(value, named: "cost.kubernetes.nodeDiskGiB", in: 1...16384) ?? 20
            case "maxPods": settings.overhead.maxPods = reader.integer(value, named: "cost.kubernetes.maxPods", in: 1...1000)
            case "reservedCPUMillicores":
                settings.overhead.reservedCPUMillicores = reader.integer(value, named: "cost.kubernetes.\(key)", in: 0...100_000)
            case "reservedMemoryMiB":
                settings.overhead.reservedMemoryMiB = reader.integer(value, named: "cost.kubernetes.\(key)", in: 0...1_000_000)
            case "daemonSetCPUMillicores":
                settings.overhead.daemonSetCPUMillicores = reader.integer(value, named: "cost.kubernetes.\(key)", in: 0...100_000)
            case "daemonSetMemoryMiB":
                settings.overhead.daemonSetMemoryMiB = reader.integer(value, named: "cost.kubernetes.\(key)", in: 0...1_000_000)
            case "daemonSetPods":
                settings.overhead.daemonSetPods = reader.integer(value, named: "cost.kubernetes.\(key)", in: 0...100)
            default: break
            }
        }
        guard let (name, nameNode) = nodeType else { return nil }
        settings.nodeType = name
        if (settings.nodeVCPUs == nil) != (settings.nodeMemoryGiB == nil) {
            reader.error("`cost.kubernetes` gives only one of `nodeVCPUs` and `nodeMemoryGiB`", at: node,
                         fix: "give both, or neither for a node type stackgen knows")
        }
        // A node type stackgen knows the size of is accepted even without a price: `stackgen cost` then asks for
        // the rate (and the node-fit rule warns), while `validate` and `synth` go ahead.
        if settings.node == nil {
            let known = NodeType.known.map(\.name)
            let close = Suggestion.closest(to: name, in: known).map { "; or did you mean `\($0)`?" } ?? ""
            reader.error(
                "the size of node type `\(name)` is unknown", at: nameNode,
                fix: "give `nodeVCPUs:` and `nodeMemoryGiB:` under `cost.kubernetes` and its price as "
                    + "`\"ec2/\(name)/hour\": <USD an hour>` under `cost.rates` (from "
                    + "https://aws.amazon.com/ec2/pricing/on-demand/)\(close)")
        }
        if let capacity = settings.capacity, capacity.podCPUMillicores <= 0 || capacity.podMemoryMiB <= 0
            || capacity.podSlots <= 0
        {
            reader.error(
                "node type `\(name)` leaves no room for pods after its reservations and DaemonSets "
                    + "(\(capacity.podRoom), \(capacity.podSlots) pods)", at: node,
                fix: "lower the reservations under `cost.kubernetes`, or use a larger node type")
        }
        return settings
    }

    // MARK: Shared items

    private func decodeShared(_ node: YAMLNode, rates: [RateOverride]) -> [SharedItem] {
        guard let sequence = node.sequence else {
            reader.error("`cost.shared` must be a list of items, each with `name:` and `kind:`", at: node)
            return []
        }
        var items: [SharedItem] = []
        for (index, itemNode) in sequence.enumerated() {
            guard let item = decodeSharedItem(itemNode, index: index, rates: rates) else { continue }
            if items.contains(where: { $0.name == item.name }) {
                reader.error("`cost.shared` has two items named `\(item.name)`", at: itemNode,
                             fix: "give each shared item its own name")
                continue
            }
            items.append(item)
        }
        return items
    }

    private func decodeSharedItem(_ node: YAMLNode, index: Int, rates: [RateOverride]) -> SharedItem? {
        let raw = node.mapping ?? []
        let nameText = raw.first { $0.key.scalar?.text == "name" }?.value.scalar?.text
        let label = "cost.shared.\(nameText ?? String(index))"
        let kindNode = raw.first { $0.key.scalar?.text == "kind" }?.value
        let kind: SharedKind? = kindNode.flatMap { reader.choice($0, named: "\(label).kind") }
        let anyKind = Array(Set(SharedKind.allCases.flatMap(Self.keys(for:)))).sorted()
        let allowed = ["name", "kind"] + (kind.map(Self.keys(for:)) ?? anyKind)
        guard let pairs = reader.mapping(node, named: label, allowed: allowed) else { return nil }
        reader.requireKeys(["name", "kind"], in: pairs, of: node, named: label)
        guard let kind, let nameNode = pairs.first(where: { $0.key == "name" })?.value,
            let name = reader.string(nameNode, named: "\(label).name")
        else { return nil }
        if let problem = Naming.dnsLabelProblem(name) {
            reader.error("shared item name `\(name)` \(problem)", at: nameNode, fix: "use a name such as `postgres`")
        }
        var item = SharedItem(name: name, usage: .logs(ingestedGB: 0, storedGB: 0), location: reader.location(of: node))
        var values: [String: Decimal] = [:]
        var text: [String: (String, YAMLNode)] = [:]
        var multiAZ = false
        var internetFacing = true
        var zones = 2
        for (key, value) in pairs {
            let field = "\(label).\(key)"
            switch key {
            case "name", "kind": break
            case "count": item.count = reader.integer(value, named: field, in: 1...1000) ?? 1
            case "hours": item.hours = decimal(value, named: field, in: 0...744) ?? PriceTable.hoursPerMonth
            case "tags": item.tags = decodeTags(value, named: field)
            case "multiAZ": multiAZ = reader.boolean(value, named: field) ?? false
            case "internetFacing": internetFacing = reader.boolean(value, named: field) ?? true
            case "zones": zones = reader.integer(value, named: field, in: 1...6) ?? 2
            case "instanceClass", "nodeType": text[key] = reader.string(value, named: field).map { ($0, value) }
            default: values[key] = decimal(value, named: field, in: 0...100_000_000)
            }
        }
        switch kind {
        case .loadBalancer:
            item.usage = .loadBalancer(capacityUnits: values["lcus"] ?? 1, zones: zones, internetFacing: internetFacing)
        case .natGateway: item.usage = .natGateway(dataGB: values["dataGB"] ?? 0)
        case .logs:
            reader.requireKeys(["ingestedGB"], in: pairs, of: node, named: label)
            item.usage = .logs(ingestedGB: values["ingestedGB"] ?? 0, storedGB: values["storedGB"] ?? 0)
        case .database:
            reader.requireKeys(["instanceClass"], in: pairs, of: node, named: label)
            guard let (instanceClass, classNode) = text["instanceClass"] else { return nil }
            checkPriced(instanceClass, prefix: "rds", at: classNode, rates: rates, what: "database instance class",
                        example: "\"rds/\(instanceClass)/hour\"")
            item.usage = .database(instanceClass: instanceClass, multiAZ: multiAZ, storageGB: values["storageGB"] ?? 20)
        case .cache:
            reader.requireKeys(["nodeType"], in: pairs, of: node, named: label)
            guard let (nodeType, typeNode) = text["nodeType"] else { return nil }
            checkPriced(nodeType, prefix: "elasticache", at: typeNode, rates: rates, what: "cache node type",
                        example: "\"elasticache/\(nodeType)/hour\"")
            item.usage = .cache(nodeType: nodeType)
        }
        return item
    }

    // MARK: Expected month

    private func decodeExpected(_ node: YAMLNode) -> ExpectedUsage? {
        guard let pairs = reader.mapping(node, named: "cost.expected", allowed: ["peakHoursPerDay", "services"]) else {
            return nil
        }
        var expected = ExpectedUsage(location: reader.location(of: node))
        for (key, value) in pairs {
            switch key {
            case "peakHoursPerDay":
                expected.peakHoursPerDay = decimal(value, named: "cost.expected.peakHoursPerDay", in: 0...24) ?? 0
            case "services":
                for (name, serviceNode) in reader.mapping(value, named: "cost.expected.services") ?? [] {
                    let label = "cost.expected.services.\(name)"
                    guard let fields = reader.mapping(serviceNode, named: label, allowed: ["replicas", "peakReplicas"])
                    else { continue }
                    reader.requireKeys(["replicas"], in: fields, of: serviceNode, named: label)
                    var replicas: Int?
                    var peak: Int?
                    for (field, fieldNode) in fields {
                        let count = reader.integer(fieldNode, named: "\(label).\(field)", in: 0...10_000)
                        if field == "replicas" { replicas = count } else { peak = count }
                    }
                    guard let replicas else { continue }
                    expected.services[name] = ExpectedReplicas(
                        replicas: replicas, peakReplicas: peak, location: reader.location(of: serviceNode))
                }
            default: break
            }
        }
        return expected
    }

    private func decodeTags(_ node: YAMLNode, named name: String) -> [String: String] {
        var tags: [String: String] = [:]
        for (key, value) in reader.mapping(node, named: name) ?? [] {
            tags[key] = reader.string(value, named: "\(name).\(key)")
        }
        return tags
    }

    /// Reports `name` when neither the table nor the file's `cost.rates` prices it.
    private func checkPriced(_ name: String, prefix: String, at node: YAMLNode, rates: [RateOverride], what: String,
                             example: String) {
        guard !table.pricesInstance(name, prefix: prefix),
            !rates.contains(where: { instanceName(of: $0.id, prefix: prefix) == name })
        else { return }
        let known = table.instanceNames(prefix)
        reader.error(
            "\(what) `\(name)` is not in price table \(table.name)", at: node,
            fix: Suggestion.closest(to: name, in: known).map { "did you mean `\($0)`?" }
                ?? "use one of \(known.joined(separator: ", ")), or add \(example): <price> under `cost.rates`")
    }

    private func instanceName(of id: PriceID, prefix: String) -> String? {
        let parts = id.rawValue.split(separator: "/").map(String.init)
        return parts.count == 3 && parts[0] == prefix ? parts[1] : nil
    }

    // MARK: Numbers

    /// A plain decimal number within `range` (`0.5`, `730`), or `nil` with a diagnostic.
    private func decimal(_ node: YAMLNode, named name: String, in range: ClosedRange<Decimal>) -> Decimal? {
        guard let text = reader.string(node, named: name) else { return nil }
        guard let value = Money.parse(text) else {
            reader.error("`\(name)` must be a number such as `0.5`, not `\(text)`", at: node)
            return nil
        }
        guard range.contains(value) else {
            reader.error("`\(name)` is \(text), outside \(Money.exact(range.lowerBound))…\(Money.exact(range.upperBound))",
                         at: node, fix: "use a value in that range")
            return nil
        }
        return value
    }
}
