/// One Kubernetes object of an environment between translation and rendering: what patches change and the
/// rendered-object rules check, before it becomes a file.
package struct RenderedKubernetesObject: Sendable {
    /// The file path inside the environment's `kubernetes/` folder.
    package let path: String
    /// The whole document.
    package var value: Value
    /// The component that declared it; `nil` for the environment's own objects (Namespace, policies, secrets).
    package let owner: ResolvedComponent?
    /// Whether the object lives outside any namespace (a Namespace, a PriorityClass, …).
    package let isClusterScoped: Bool
    /// The patches applied to it, in order.
    package var patches: [Patch] = []

    /// - Parameters:
    ///   - path: The file path inside `kubernetes/`.
    ///   - value: The document.
    ///   - owner: The component that declared it, if any.
    ///   - isClusterScoped: Whether it lives outside any namespace; by default, whether its kind is one of
    ///     Kubernetes' cluster-scoped kinds (`ResourceScope`).
    package init(path: String, value: Value, owner: ResolvedComponent?, isClusterScoped: Bool? = nil) {
        self.path = path
        self.value = value
        self.owner = owner
        self.isClusterScoped = isClusterScoped ?? (ResourceScope.of(kind: value.member("kind")?.text ?? "") == .cluster)
    }

    /// `kind`, or `""` when the document has none.
    package var kind: String { value.member("kind")?.text ?? "" }
    /// `metadata.name`, or `""` when the document has none.
    package var name: String { value.member("metadata")?.member("name")?.text ?? "" }
    /// `Deployment/api`.
    package var reference: String { "\(kind)/\(name)" }
    /// Where what it is now was declared: the last patch applied, or else the component.
    package var source: SourceLocation? { patches.last?.source ?? owner?.component.source }
}
