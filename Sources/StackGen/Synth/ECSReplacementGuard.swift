import Foundation

/// Finds ECS services a write would make CloudFormation replace. A service's logical ID in
/// `ecs/stack.template.json` comes from its name, so renaming it (or its stack, or the cluster) makes
/// CloudFormation create a new service and delete the old one: every task is stopped and started again, and for
/// a moment two services register with the same target group. Like a selector change on Kubernetes, that must be
/// deliberate.
package enum ECSReplacementGuard {
    /// Properties of `AWS::ECS::Service` whose change replaces the service.
    static let replacingProperties = ["ServiceName", "Cluster"]

    /// One error per service in `plan` that the template change would replace (the old template as read while
    /// planning).
    package static func changes(in plan: WritePlan, fix: String) -> [Diagnostic] {
        let path = ECSStackTemplate.fileName
        guard plan.changed.contains(path),
            let old = plan.oldContents[path].flatMap({ services(in: Data($0.utf8)) }),
            let new = plan.files[path].flatMap({ services(in: Data($0.utf8)) })
        else { return [] }
        let removed = old.keys.filter { new[$0] == nil }.sorted()
        let added = new.keys.filter { old[$0] == nil }.sorted()
        var findings: [Diagnostic] = []
        if !removed.isEmpty, !added.isEmpty {
            findings.append(.error(
                "CloudFormation would delete the ECS service\(removed.count == 1 ? "" : "s") \(list(removed, old)) and "
                    + "create \(list(added, new)): a renamed service is a new resource (its logical ID comes from its "
                    + "name), so its tasks are replaced, not updated",
                path: "\(plan.environment)/ecs", fix: fix))
        }
        for id in old.keys.sorted() {
            guard let before = old[id], let after = new[id] else { continue }
            for property in replacingProperties where before[property] != after[property] {
                findings.append(.error(
                    "CloudFormation would replace the ECS service \(id): its \(property) changes from "
                        + "\(before[property] ?? "nothing") to \(after[property] ?? "nothing")",
                    path: "\(plan.environment)/ecs", fix: fix))
            }
        }
        return findings
    }

    /// Logical ID → the replacing properties (as text) of every `AWS::ECS::Service` in a template.
    static func services(in data: Data) -> [String: [String: String]]? {
        guard let template = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let resources = template["Resources"] as? [String: Any]
        else { return nil }
        var services: [String: [String: String]] = [:]
        for (id, resource) in resources {
            guard let resource = resource as? [String: Any], resource["Type"] as? String == "AWS::ECS::Service" else {
                continue
            }
            let properties = resource["Properties"] as? [String: Any] ?? [:]
            services[id] = replacingProperties.reduce(into: [:]) { values, name in
                values[name] = properties[name].map { "\($0)" }
            }
        }
        return services
    }

    private static func list(_ ids: [String], _ services: [String: [String: String]]) -> String {
        ids.map { "\($0) (\(services[$0]?["ServiceName"] ?? $0))" }.joined(separator: ", ")
    }
}
