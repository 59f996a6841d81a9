/// The stacks' `Patch` components of one environment, by the object they change: applied to each object between
/// translation and the rendered-object rules, as the object is translated (so no more than one component's objects
/// are held at a time).
package struct KubernetesPatcher: Sendable {
    private let patches: [String: Patch]
    private let environment: Environment

    /// - Parameters:
    ///   - components: The environment's Kubernetes components; the `Patch`es among them are applied (one per
    ///     object: the resolver refuses two components of one name).
    ///   - environment: The environment rendered.
    package init(_ components: [ResolvedComponent], in environment: Environment) {
        let patches = components.compactMap { $0.component as? Patch }
        self.patches = Dictionary(patches.map { ($0.target.description, $0) }, uniquingKeysWith: { first, _ in first })
        self.environment = environment
    }

    /// Applies the patch of `object`, if there is one, and returns a finding when it does not apply (the object
    /// is then left as it was).
    package func apply(to object: inout RenderedKubernetesObject) -> [Diagnostic] {
        guard !patches.isEmpty, let patch = patches[object.reference] else { return [] }
        do throws(JSONPatchFailure) {
            let patched = try Self.apply(patch.change, to: object.value)
            let addressing = { (value: Value) in
                [value.member("apiVersion"), value.member("kind"), value.member("metadata")?.member("name")]
            }
            guard addressing(patched) == addressing(object.value) else {
                return [error(
                    patch, "the patch changes the object's apiVersion, kind or name, which address it",
                    fix: "declare a `CustomResource` for a different object instead")]
            }
            object.value = patched
            object.patches.append(patch)
            return []
        } catch {
            return [self.error(patch, "the patch's `\(error.operation)` does not apply: \(error.reason)", fix: error.fix)]
        }
    }

    /// A finding for each patch whose object is not among `rendered` (the references, `Deployment/api`, of every
    /// object the environment renders).
    package func unapplied(rendered: [String]) -> [Diagnostic] {
        guard !patches.isEmpty else { return [] }
        let present = Set(rendered)
        return patches.values.sorted { $0.target.description < $1.target.description }
            .filter { !present.contains($0.target.description) }
            .map { missingTarget($0, rendered: rendered) }
    }

    private static func apply(_ change: Patch.Change, to value: Value) throws(JSONPatchFailure) -> Value {
        switch change {
        case .operations(let operations): try value.applying(operations)
        case .merge(let patch): try value.applying(patch)
        }
    }

    private func missingTarget(_ patch: Patch, rendered: [String]) -> Diagnostic {
        let objects = rendered.map { $0.split(separator: "/", maxSplits: 1).map(String.init) }.filter { $0.count == 2 }
        let sameKind = objects.filter { $0[0] == patch.target.kind }.map { $0[1] }
        let fix: String
        if sameKind.isEmpty {
            let kinds = Set(objects.map { $0[0] }).sorted()
            fix = "no \(patch.target.kind) is rendered here; "
                + (Suggestion.closest(to: patch.target.kind, in: kinds).map { "did you mean `\($0)`? " } ?? "")
                + "kinds rendered here: " + kinds.joined(separator: ", ")
        } else {
            fix = (Suggestion.closest(to: patch.target.name, in: sameKind).map { "did you mean `\($0)`? " } ?? "")
                + "\(patch.target.kind) objects rendered here: " + sameKind.sorted().joined(separator: ", ")
                + "; declare the patch only where its object is rendered (`if environment…`)"
        }
        return error(patch, "the patch's object is not rendered in \(environment.name)", fix: fix)
    }

    private func error(_ patch: Patch, _ message: String, fix: String) -> Diagnostic {
        .error(message, at: patch.source, path: "\(environment.name)/\(patch.target)", fix: fix)
    }
}
