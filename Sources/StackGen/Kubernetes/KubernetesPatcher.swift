/// Applies the stacks' `Patch` components to an environment's rendered Kubernetes objects, between translation
/// and the rendered-object rules.
package enum KubernetesPatcher {
    /// Applies every patch of `components` to its object in `groups`, in declaration order, and returns a finding
    /// for each that does not apply (its object is left as it was).
    /// - Parameters:
    ///   - components: The environment's Kubernetes components; the `Patch`es among them are applied.
    ///   - groups: The rendered objects, in groups (the environment's, then one per component).
    ///   - environment: The environment rendered.
    package static func apply(
        _ components: [ResolvedComponent], to groups: inout [[RenderedKubernetesObject]], in environment: Environment
    ) -> [Diagnostic] {
        let patches = components.compactMap { $0.component as? Patch }
        guard !patches.isEmpty else { return [] }
        var index: [String: (group: Int, item: Int)] = [:]
        for (group, objects) in groups.enumerated() {
            for (item, object) in objects.enumerated() where index[object.reference] == nil {
                index[object.reference] = (group, item)
            }
        }
        var findings: [Diagnostic] = []
        for patch in patches {
            guard let (group, item) = index[patch.target.description] else {
                findings.append(missingTarget(patch, in: environment, objects: groups.flatMap { $0 }))
                continue
            }
            let object = groups[group][item]
            do throws(JSONPatchFailure) {
                let patched = try apply(patch.change, to: object.value)
                let addressing = { (value: Value) in
                    [value.member("apiVersion"), value.member("kind"), value.member("metadata")?.member("name")]
                }
                guard addressing(patched) == addressing(object.value) else {
                    findings.append(error(
                        patch, in: environment,
                        "the patch changes the object's apiVersion, kind or name, which address it",
                        fix: "declare a `CustomResource` for a different object instead"))
                    continue
                }
                groups[group][item].value = patched
                groups[group][item].patches.append(patch)
            } catch {
                findings.append(self.error(
                    patch, in: environment, "the patch's `\(error.operation)` does not apply: \(error.reason)", fix: error.fix))
            }
        }
        return findings
    }

    private static func apply(_ change: Patch.Change, to value: Value) throws(JSONPatchFailure) -> Value {
        switch change {
        case .operations(let operations): try value.applying(operations)
        case .merge(let patch): try value.applying(patch)
        }
    }

    private static func missingTarget(
        _ patch: Patch, in environment: Environment, objects: [RenderedKubernetesObject]
    ) -> Diagnostic {
        let sameKind = objects.filter { $0.kind == patch.target.kind }.map(\.name)
        let fix: String
        if sameKind.isEmpty {
            let kinds = Set(objects.map(\.kind)).sorted()
            fix = "no \(patch.target.kind) is rendered here; "
                + (Suggestion.closest(to: patch.target.kind, in: kinds).map { "did you mean `\($0)`? " } ?? "")
                + "kinds rendered here: " + kinds.joined(separator: ", ")
        } else {
            fix = (Suggestion.closest(to: patch.target.name, in: sameKind).map { "did you mean `\($0)`? " } ?? "")
                + "\(patch.target.kind) objects rendered here: " + sameKind.sorted().joined(separator: ", ")
                + "; declare the patch only where its object is rendered (`if environment…`)"
        }
        return error(patch, in: environment, "the patch's object is not rendered in \(environment.name)", fix: fix)
    }

    private static func error(_ patch: Patch, in environment: Environment, _ message: String, fix: String) -> Diagnostic {
        .error(message, at: patch.source, path: "\(environment.name)/\(patch.target)", fix: fix)
    }
}
