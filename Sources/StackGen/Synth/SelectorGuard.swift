import Foundation
import Yams

/// Finds Deployments whose selector a write would change. Kubernetes refuses to change a Deployment's selector
/// once applied (`kubectl apply` fails, Argo CD and Flux stop syncing), so such a change must be deliberate: the
/// Deployment is deleted and recreated.
package enum SelectorGuard {
    /// One error per Deployment in `plan` whose `spec.selector` differs from the one in the output folder (as
    /// read while planning).
    package static func changes(in plan: WritePlan, fix: String) -> [Diagnostic] {
        plan.changed.filter { $0.hasPrefix("kubernetes/") && $0.hasSuffix("/deployment.yaml") }.compactMap { path in
            guard let old = plan.oldContents[path].flatMap(selector(in:)),
                let new = plan.files[path].flatMap(selector(in:)), old != new
            else { return nil }
            let service = path.split(separator: "/").dropFirst().first.map(String.init) ?? path
            return .error(
                "the Deployment's selector would change from \(describe(old)) to \(describe(new)); Kubernetes cannot "
                    + "change a selector in place, so the Deployment must be deleted and recreated",
                path: "\(plan.environment)/\(service)", fix: fix)
        }
    }

    /// `spec.selector.matchLabels` of a rendered Deployment.
    static func selector(in yaml: String) -> [String: String]? {
        guard let document = try? Yams.load(yaml: yaml) as? [String: Any],
            let spec = document["spec"] as? [String: Any], let selector = spec["selector"] as? [String: Any],
            let labels = selector["matchLabels"] as? [String: Any]
        else { return nil }
        return labels.mapValues { "\($0)" }
    }

    private static func describe(_ labels: [String: String]) -> String {
        "{" + labels.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
