/// One ECS JSON document, ready to render as its own file.
public struct ECSDocument: Sendable, Hashable {
    /// `task-definition.json`, `service.json`, `scaling.json`.
    public let fileName: String
    public let value: Value

    public init(fileName: String, value: Value) {
        self.fileName = fileName
        self.value = value
    }
}

/// Produces one ECS document for a service, or none when it does not apply.
public protocol ECSTranslator {
    static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument?
}

/// The translators run for every service, in order.
public enum ECSTranslators {
    public static var all: [any ECSTranslator.Type] {[
        TaskDefinitionTranslator.self,
        ECSServiceTranslator.self,
        ECSScalingTranslator.self,
        IAMPolicyTranslator.self,
    ]}
}

extension ResolvedService {
    /// The environment's tags as ECS `tags` (`key`/`value`, sorted by key).
    var ecsTags: Value {
        .array(environment.tags.sorted { $0.key < $1.key }.map { ["key": .string($0.key), "value": .string($0.value)] })
    }
}
