/// Cost-allocation tags reach every Kubernetes object as labels and every ECS resource as AWS tags, so they must
/// be valid as both wherever they are rendered. Each finding points at the tag's key or value in the file.
enum TagRules {
    /// AWS's limits for tags on a resource (ECS task definitions and services, Application Auto Scaling targets).
    static let awsKeyLength = 128, awsValueLength = 256, awsTagsPerResource = 50
    /// Tags stackgen adds to every ECS resource beside the environment's own (none today).
    static let tagsAddedOnECS = 0

    static func check(_ environment: Environment, _ services: [ResolvedService]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let file = SourceLocation(file: environment.file)
        for (fullKey, fullValue) in environment.tags.sorted(by: { $0.key < $1.key }) {
            let key = shown(fullKey), value = shown(fullValue)
            let location = environment.tagLocations[fullKey]
            func error(_ message: String, onKey: Bool, fix: String) {
                findings.append(.error(message, at: (onKey ? location?.key : location?.value) ?? file,
                                       path: environment.name, fix: fix))
            }
            if environment.renders(.kubernetes) {
                if let problem = Naming.labelKeyProblem(fullKey) {
                    error("tag key `\(key)` \(problem), so it cannot be a Kubernetes label", onKey: true, fix: "rename the tag")
                }
                if let problem = Naming.labelValueProblem(fullValue) {
                    error("tag `\(key)` value `\(value)` \(problem), so it cannot be a Kubernetes label", onKey: false,
                          fix: "use a value such as `platform-team`")
                }
            }
            if environment.renders(.ecs) {
                if let problem = awsKeyProblem(fullKey) {
                    error("tag key `\(key)` \(problem), so AWS refuses it as a tag", onKey: true, fix: "rename the tag")
                }
                if let problem = awsValueProblem(fullValue) {
                    error("tag `\(key)` value `\(value)` \(problem), so AWS refuses it as a tag", onKey: false,
                          fix: "use a value such as `platform-team`")
                }
            }
        }
        let count = environment.tags.count + tagsAddedOnECS
        if environment.renders(.ecs), count > awsTagsPerResource {
            let first = environment.tags.keys.sorted().compactMap { environment.tagLocations[$0]?.key }.min { ($0.line ?? 0) < ($1.line ?? 0) }
            findings.append(.error(
                "\(count) tags per ECS resource, more than AWS's limit of \(awsTagsPerResource)", at: first ?? file,
                path: environment.name, fix: "remove \(count - awsTagsPerResource) of the tags"))
        }
        return findings
    }

    /// Why AWS would refuse `key` as a tag key: 1–128 characters of letters, digits, spaces and `_ . : / = + - @`,
    /// not starting with `aws:`.
    static func awsKeyProblem(_ key: String) -> String? {
        if key.isEmpty { return "is empty" }
        if key.count > awsKeyLength { return "is \(key.count) characters long, more than \(awsKeyLength)" }
        if key.lowercased().hasPrefix("aws:") { return "starts with `aws:`, which AWS reserves" }
        return characterProblem(key)
    }

    /// Why AWS would refuse `value` as a tag value: 1–256 characters of letters, digits, spaces and
    /// `_ . : / = + - @` (an empty value allocates nothing, so stackgen refuses it too).
    static func awsValueProblem(_ value: String) -> String? {
        if value.isEmpty { return "is empty" }
        if value.count > awsValueLength { return "is \(value.count) characters long, more than \(awsValueLength)" }
        return characterProblem(value)
    }

    /// A key or value as a message quotes it: the first 40 characters of a long one.
    private static func shown(_ text: String) -> String {
        text.count > 48 ? "\(text.prefix(40))…" : text
    }

    private static func characterProblem(_ text: String) -> String? {
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == " "
                || "_.:/=+-@".unicodeScalars.contains(scalar)
        }
        return allowed ? nil : "may hold only letters, digits, spaces and `_ . : / = + - @`"
    }
}
