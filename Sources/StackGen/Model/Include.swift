/// A YAML or JSON file of Kubernetes objects kept in the repository (`kubernetes/priorityclass.yaml`), rendered
/// by stackgen like a `CustomResource`: each document gets stackgen's labels (the environment's cost-allocation
/// tags) and the environment's namespace (unless its kind is cluster-scoped), is checked for structure and
/// names, written deterministically as `kubernetes/custom-resources/<kind>-<name>.yaml` and listed in
/// `kustomization.yaml`.
///
/// ```swift
/// Include("kubernetes/priorityclass.yaml")
/// ```
///
/// The path is relative to the repository root (the folder holding `Environments/`, or `--root`), so one prebuilt
/// binary reads the checkout it runs on. A file that cannot be read or parsed, or a document that is not a
/// Kubernetes object, is an error naming the file and line.
public struct Include: Sendable, Hashable {
    /// The file, relative to the repository root.
    public let path: String
    /// Whether its objects live in the environment's namespace; `nil` decides per document by kind.
    public let scope: ResourceScope?
    /// Where it is declared, for diagnostics.
    public let source: SourceLocation
    /// Where it renders: Kubernetes.
    public let platforms: Set<Platform> = [.kubernetes]

    /// An included file.
    /// - Parameters:
    ///   - path: The file, relative to the repository root, such as `kubernetes/priorityclass.yaml`.
    ///   - scope: `.namespaced` or `.cluster` for every object in it; by default, cluster for Kubernetes'
    ///     cluster-scoped kinds and namespaced for every other.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    public init(_ path: String, scope: ResourceScope? = nil, filePath: String = #filePath, line: Int = #line) {
        self.path = path
        self.scope = scope
        self.source = SourceLocation(file: filePath, line: line)
    }
}

extension Include: Component {
    /// The file's path.
    public var name: String { path }
    /// `include`.
    public var kind: String { "include" }
    /// None: it runs no pod stackgen models.
    public var workload: Service? { nil }
    /// None: environments do not configure it.
    public var settingsSource: ComponentSettingsSource { .none }
}
