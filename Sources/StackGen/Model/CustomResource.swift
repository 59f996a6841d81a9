/// A Kubernetes object stackgen does not model (a KEDA `ScaledObject`, an Argo `Rollout`, a `PriorityClass`),
/// declared in a stack with a typed body and rendered beside the rest: stackgen adds its labels (the environment's
/// cost-allocation tags) and the environment's namespace, checks its structure and names, and lists it in
/// `kustomization.yaml`.
///
/// ```swift
/// CustomResource(apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", name: "github-dashboard-critical",
///                body: ["value": 100000, "preemptionPolicy": "Never", "description": "user-facing requests"])
/// ```
///
/// It renders as `kubernetes/custom-resources/<kind>-<name>.yaml` (kind lowercased). Conformance checks it
/// against a strict schema when `Schemas/crds/` has one for its apiVersion and kind, or when it is a built-in kind.
public struct CustomResource: Sendable, Hashable {
    /// `group/version`, such as `keda.sh/v1alpha1`, or `v1` for the core group.
    public let apiVersion: String
    /// The object's kind, such as `ScaledObject`.
    public let resourceKind: String
    /// `metadata.name`: a DNS-1123 subdomain.
    public let resourceName: String
    /// Everything beside `apiVersion`, `kind` and `metadata` (`spec`, or a PriorityClass's `value`).
    public let body: [String: Value]
    /// Labels beside stackgen's (which they may not replace).
    public let labels: [String: String]
    /// `metadata.annotations`.
    public let annotations: [String: String]
    /// Whether it lives in the environment's namespace or outside any.
    public let scope: ResourceScope
    /// Where it is declared, for diagnostics.
    public let source: SourceLocation
    /// Where it renders: Kubernetes.
    public let platforms: Set<Platform> = [.kubernetes]

    /// A custom resource.
    /// - Parameters:
    ///   - apiVersion: `group/version`, such as `keda.sh/v1alpha1`.
    ///   - kind: The object's kind, such as `ScaledObject`.
    ///   - name: `metadata.name`.
    ///   - scope: `.namespaced` or `.cluster`; by default, cluster for Kubernetes' cluster-scoped kinds
    ///     (`PriorityClass`, `ClusterRole`, …) and namespaced for every other.
    ///   - labels: Labels beside stackgen's.
    ///   - annotations: `metadata.annotations`.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    ///   - body: Everything beside `apiVersion`, `kind` and `metadata`.
    public init(
        apiVersion: String, kind: String, name: String, scope: ResourceScope? = nil, labels: [String: String] = [:],
        annotations: [String: String] = [:], filePath: String = #filePath, line: Int = #line, body: [String: Value]
    ) {
        self.apiVersion = apiVersion
        self.resourceKind = kind
        self.resourceName = name
        self.body = body
        self.labels = labels
        self.annotations = annotations
        self.scope = scope ?? ResourceScope.of(kind: kind)
        self.source = SourceLocation(file: filePath, line: line)
    }
}

extension CustomResource: Component {
    /// `PriorityClass/github-dashboard-critical`: unique beside services and jobs of the same name.
    public var name: String { "\(resourceKind)/\(resourceName)" }
    /// `custom resource`.
    public var kind: String { "custom resource" }
    /// None: it runs no pod stackgen models.
    public var workload: Service? { nil }
    /// None: environments do not configure it.
    public var settingsSource: ComponentSettingsSource { .none }
}

/// Whether a Kubernetes object lives in a namespace.
public enum ResourceScope: Sendable, Hashable {
    /// In the environment's namespace.
    case namespaced
    /// Outside any namespace (a `PriorityClass`, a `ClusterRole`).
    case cluster

    /// The cluster-scoped kinds of the Kubernetes API and of common add-ons.
    public static let clusterScopedKinds: Set<String> = [
        "Namespace", "Node", "PersistentVolume", "PriorityClass", "StorageClass", "CSIDriver", "CSINode",
        "VolumeAttachment", "IngressClass", "RuntimeClass", "ClusterRole", "ClusterRoleBinding",
        "CustomResourceDefinition", "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "FlowSchema", "PriorityLevelConfiguration",
        "CertificateSigningRequest", "ClusterSecretStore", "ClusterIssuer", "ClusterExternalSecret",
    ]

    /// `.cluster` for the kinds of `clusterScopedKinds`, `.namespaced` for every other.
    /// - Parameter kind: The object's kind.
    public static func of(kind: String) -> ResourceScope { clusterScopedKinds.contains(kind) ? .cluster : .namespaced }
}
