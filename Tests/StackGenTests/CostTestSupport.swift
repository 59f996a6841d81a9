import Foundation
import Testing

@testable import StackGen
@testable import StackGenCost

/// Helpers for the cost tests: environments with a `cost:` section, estimates, and exact decimals.
enum CostTest {
    /// An exact decimal from its text (never through `Double`).
    static func d(_ text: String) -> Decimal {
        guard let value = Money.parse(text.hasPrefix("-") ? String(text.dropFirst()) : text) else {
            preconditionFailure("`\(text)` is not a decimal")
        }
        return text.hasPrefix("-") ? -value : value
    }

    /// A service the rules accept, with `size`.
    static func service(
        _ name: String, size: FargateSize = .vcpu1_mem2gb, ephemeralStorageGiB: Int? = nil, interruptible: Bool = false
    ) -> Service {
        Service(
            name, image: "registry.example.com/\(name)", size: size, ephemeralStorageGiB: ephemeralStorageGiB,
            interruptible: interruptible, security: .restricted(runAsUser: 10001),
            writablePaths: [])  // no scratch volume, so no Fargate scratch-path warning among the cost findings
    }

    /// An environment file: the minimal one in `TestSupport`, with `services` (YAML lines indented under
    /// `services:`), then `extra` top-level YAML such as a `cost:` section.
    static func yaml(platforms: String = "[ecs]", services: String, extra: String = "") -> String {
        TestSupport.environmentYAML(platforms: platforms, services: services) + "\n" + extra
    }

    /// The estimate of `services` in the environment `yaml`; fails the test on any error.
    static func estimate(
        _ services: [Service], yaml: String, name: String = "test", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> CostEstimate {
        let environment = try TestSupport.environment(yaml, name: name)
        let app = App(stacks: [Stack("demo") { _ in services }])
        let (estimate, diagnostics) = CostEstimator(app: app).estimate(environment)
        #expect(!diagnostics.containsErrors, "\(diagnostics)", sourceLocation: sourceLocation)
        return try #require(estimate, sourceLocation: sourceLocation)
    }

    /// The diagnostics estimating `services` in `yaml` gives (load errors included).
    static func findings(_ services: [Service], yaml: String, name: String = "test") -> [String] {
        do {
            let environment = try TestSupport.environment(yaml, name: name)
            let app = App(stacks: [Stack("demo") { _ in services }])
            return CostEstimator(app: app).estimate(environment).diagnostics.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// The resource named `name` on `platform`.
    static func resource(
        _ estimate: CostEstimate, _ name: String, on platform: CostPlatform, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> CostResource {
        try #require(estimate.resources.first { $0.name == name && $0.platform == platform }, sourceLocation: sourceLocation)
    }

    /// The component named `name` of `resource`.
    static func component(
        _ resource: CostResource, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> CostComponent {
        try #require(resource.components.first { $0.name == name }, sourceLocation: sourceLocation)
    }
}

extension CostRange {
    /// A range whose expected point is the minimum, as in an environment that declares no `cost.expected`.
    init(low: Decimal, high: Decimal) {
        self.init(low: low, expected: low, high: high)
    }
}
