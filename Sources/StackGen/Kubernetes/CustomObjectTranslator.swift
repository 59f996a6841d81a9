/// Renders an object stackgen does not model (a `CustomResource`, or a document of an `Include`d file): its own
/// metadata with stackgen's labels (the environment's cost-allocation tags, `managed-by`, `part-of`) and the
/// environment's namespace unless it is cluster-scoped.
package enum CustomObjectTranslator {
    /// `custom-resources/<kind>-<name>.yaml`, kind lowercased: a folder no service's files share names with.
    package static func path(kind: String, name: String) -> String {
        "custom-resources/\(kind.lowercased())-\(name).yaml"
    }

    /// The object's file in `environment`.
    /// - Parameters:
    ///   - document: The object as declared: `apiVersion`, `kind`, `metadata` (name, labels, annotations) and the rest.
    ///   - scope: Whether it lives in the environment's namespace.
    ///   - stackName: The stack that declares it (`app.kubernetes.io/part-of`).
    ///   - environment: The environment rendered.
    package static func file(
        _ document: [String: Value], scope: ResourceScope, stackName: String, environment: Environment
    ) -> KubernetesEnvironmentFile {
        var members = document
        var metadata: [String: Value] = [:]
        if case .object(let declared) = document["metadata"] ?? .object([:]) { metadata = declared }
        var labels: [String: Value] = [:]
        if case .object(let declared) = metadata["labels"] ?? .object([:]) { labels = declared }
        labels["app.kubernetes.io/part-of"] = labels["app.kubernetes.io/part-of"] ?? .string(stackName)
        labels["app.kubernetes.io/managed-by"] = "stackgen"
        for (key, value) in environment.tags { labels[key] = .string(value) }
        metadata["labels"] = .object(labels)
        if scope == .namespaced { metadata["namespace"] = environment.kubernetes.map { .string($0.namespace) } }
        members["metadata"] = .object(metadata)
        let value = Value.object(members)
        let kind = value.member("kind")?.text ?? "", name = metadata["name"]?.text ?? ""
        let body = members.filter { !["apiVersion", "kind", "metadata"].contains($0.key) }
        return KubernetesEnvironmentFile(
            path: path(kind: kind, name: name),
            object: KubernetesObject(
                apiVersion: value.member("apiVersion")?.text ?? "", kind: kind, metadata: .object(metadata), body: body),
            isClusterScoped: scope == .cluster)
    }
}

extension CustomResource: KubernetesComponent {
    /// The object, with stackgen's labels and the environment's namespace.
    package func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        [CustomObjectTranslator.file(document, scope: scope, stackName: resolved.stackName, environment: resolved.environment)]
    }

    /// The object as declared, before stackgen's labels and namespace.
    var document: [String: Value] {
        var metadata: [String: Value] = ["name": .string(resourceName)]
        if !labels.isEmpty { metadata["labels"] = .stringMap(labels) }
        if !annotations.isEmpty { metadata["annotations"] = .stringMap(annotations) }
        var members = body
        members["apiVersion"] = .string(apiVersion)
        members["kind"] = .string(resourceKind)
        members["metadata"] = .object(metadata)
        return members
    }
}
