import Foundation
import StackGen

/// Why an environment cannot be priced, each with the position to fix and what to do.
package enum CostError: Error, Sendable, Hashable {
    /// Neither `cost.region` nor `ecs.region` says where the environment runs.
    case noRegion(environment: String, file: String)
    /// The environment renders Kubernetes but does not say what its nodes are.
    case noNodeType(environment: String, file: String, at: SourceLocation?)
    /// The node type's size is unknown.
    case unknownNodeSize(environment: String, nodeType: String, at: SourceLocation?)
    /// Neither the price table nor `cost.rates` has a price the estimate needs.
    case missingPrice(environment: String, id: PriceID, region: String, table: String, covered: [String],
                      at: SourceLocation?, file: String)

    /// `cost.expected.services` names a service the environment does not run.
    case unknownExpectedService(environment: String, name: String, known: [String], at: SourceLocation?)
    /// An expected replica count outside the service's autoscaling bounds.
    case expectedOutOfBounds(environment: String, service: String, count: Int, bounds: ClosedRange<Int>,
                             at: SourceLocation?)

    /// The error as a compiler-style diagnostic.
    package var diagnostic: Diagnostic {
        switch self {
        case .noRegion(let environment, let file):
            return .error(
                "there is no region to price: the environment has no `ecs.region` and no `cost.region`",
                at: SourceLocation(file: file), path: environment,
                fix: "add `cost:` with `region: us-east-1` (or the region it runs in) to \(file)")
        case .noNodeType(let environment, let file, let location):
            return .error(
                "the environment renders Kubernetes, but its node type is unknown, so pods cannot be priced",
                at: location ?? SourceLocation(file: file), path: environment,
                fix: "add `kubernetes: {nodeType: m6i.large}` under `cost:` in \(file)")
        case .unknownNodeSize(let environment, let nodeType, let location):
            return .error(
                "the size of node type `\(nodeType)` is unknown", at: location, path: environment,
                fix: "add `nodeVCPUs:` and `nodeMemoryGiB:` under `cost.kubernetes`")
        case .unknownExpectedService(let environment, let name, let known, let location):
            return .error(
                "`cost.expected.services` names `\(name)`, which the environment does not run", at: location,
                path: environment, fix: Suggestion.hint(for: name, in: known))
        case .expectedOutOfBounds(let environment, let service, let count, let bounds, let location):
            return .error(
                "the expected month runs \(count) replicas of `\(service)`, outside its autoscaling bounds "
                    + "\(bounds.lowerBound)–\(bounds.upperBound)", at: location, path: "\(environment)/\(service)",
                fix: "give `replicas` and `peakReplicas` from \(bounds.lowerBound) to \(bounds.upperBound)")
        case .missingPrice(let environment, let id, let region, let table, let covered, let location, let file):
            return .error(
                "price table \(table) has no price `\(id)` for \(region)", at: location ?? SourceLocation(file: file),
                path: environment,
                fix: "add `\"\(id)\": <US dollars>` under `cost.rates` in \(file)"
                    + (covered.contains(region) ? "" : " (the table covers \(covered.joined(separator: ", ")))"))
        }
    }
}
