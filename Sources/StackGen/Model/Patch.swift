/// A change to one rendered Kubernetes object, for the field stackgen does not model: RFC 6902 JSON Patch
/// operations or an RFC 7386 merge patch, applied after translation and before the rendered output is checked,
/// so the patched object must still pass every rule (restricted pod security, no plaintext credentials, the
/// environment's cost-allocation labels and namespace).
///
/// ```swift
/// Patch(.deployment("api"), because: "api must be scheduled before batch work when nodes are short", [
///     .add("/spec/template/spec/priorityClassName", "github-dashboard-critical"),
/// ])
/// Patch.merge(.deployment("web"), because: "…", ["spec": ["minReadySeconds": 10]])
/// ```
///
/// A path that does not exist, an object that is not rendered in the environment, or a failing `.test` is an
/// error naming the patch's file and line, the environment, the object and the path. An environment that renders
/// no Kubernetes output has nothing to patch, and skips the patch.
public struct Patch: Sendable, Hashable {
    /// What a patch does to its object.
    public enum Change: Sendable, Hashable {
        /// RFC 6902 operations, applied in order, all or none.
        case operations([JSONPatchOperation])
        /// An RFC 7386 merge patch.
        case merge(MergePatch)
    }

    /// The object patched.
    public let target: PatchTarget
    /// Why the patch is needed: a reviewer reads it beside the change.
    public let reason: String
    /// The operations or the merge patch.
    public let change: Change
    /// Where the patch is declared, for diagnostics.
    public let source: SourceLocation

    /// A JSON Patch.
    /// - Parameters:
    ///   - target: The object, by kind and name: `.deployment("api")`, `.kind("Ingress", named: "web")`.
    ///   - reason: Why stackgen's output needs the change.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    ///   - operations: The RFC 6902 operations, in order.
    public init(
        _ target: PatchTarget, because reason: String, filePath: String = #filePath, line: Int = #line,
        _ operations: [JSONPatchOperation]
    ) {
        self.init(target, reason: reason, change: .operations(operations), source: SourceLocation(file: filePath, line: line))
    }

    /// An RFC 7386 merge patch: objects merge member by member, `.remove` deletes a member (which must exist),
    /// anything else replaces what is there.
    /// - Parameters:
    ///   - target: The object, by kind and name.
    ///   - reason: Why stackgen's output needs the change.
    ///   - filePath: Where it is declared (filled in by the compiler).
    ///   - line: The line it is declared on (filled in by the compiler).
    ///   - members: The members to merge into the object.
    public static func merge(
        _ target: PatchTarget, because reason: String, filePath: String = #filePath, line: Int = #line,
        _ members: [String: MergePatch]
    ) -> Patch {
        Patch(target, reason: reason, change: .merge(.object(members)), source: SourceLocation(file: filePath, line: line))
    }

    private init(_ target: PatchTarget, reason: String, change: Change, source: SourceLocation) {
        self.target = target
        self.reason = reason
        self.change = change
        self.source = source
    }
}

/// A rendered Kubernetes object, by kind and name (`metadata.name`).
public struct PatchTarget: Sendable, Hashable, CustomStringConvertible {
    /// The object's `kind`, such as `Deployment`.
    public let kind: String
    /// The object's `metadata.name`.
    public let name: String

    /// Any kind.
    /// - Parameters:
    ///   - kind: The object's `kind`, such as `PodDisruptionBudget`.
    ///   - name: The object's `metadata.name`.
    public static func kind(_ kind: String, named name: String) -> PatchTarget { PatchTarget(kind: kind, name: name) }
    /// A service's Deployment.
    /// - Parameter name: The service's name.
    public static func deployment(_ name: String) -> PatchTarget { .kind("Deployment", named: name) }
    /// A service's Service.
    /// - Parameter name: The service's name.
    public static func service(_ name: String) -> PatchTarget { .kind("Service", named: name) }
    /// A service's Ingress.
    /// - Parameter name: The service's name.
    public static func ingress(_ name: String) -> PatchTarget { .kind("Ingress", named: name) }
    /// A service's HorizontalPodAutoscaler.
    /// - Parameter name: The service's name.
    public static func horizontalPodAutoscaler(_ name: String) -> PatchTarget {
        .kind("HorizontalPodAutoscaler", named: name)
    }
    /// A service's PodDisruptionBudget.
    /// - Parameter name: The service's name.
    public static func podDisruptionBudget(_ name: String) -> PatchTarget { .kind("PodDisruptionBudget", named: name) }

    /// `Deployment/api`.
    public var description: String { "\(kind)/\(name)" }
}

extension Patch: Component {
    /// `Deployment/api`: one patch per object (put all of an object's operations in one patch).
    public var name: String { target.description }
    /// Kubernetes: ECS output is rendered twice (the CLI inputs and the CloudFormation template), so a patch on
    /// one would leave the other behind.
    public var platforms: Set<Platform> { [.kubernetes] }
    /// `patch`.
    public var kind: String { "patch" }
    /// None: a patch runs nothing.
    public var workload: Service? { nil }
    /// None: environments do not configure patches.
    public var settingsSource: ComponentSettingsSource { .none }
}
