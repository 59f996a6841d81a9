/// One ECS JSON document, ready to render as its own file.
public struct ECSDocument: Sendable, Hashable {
    /// `task-definition.json`, `service.json`, `scalable-target.json`, `scaling-policy-cpu.json`, …
    public let fileName: String
    public let value: Value

    public init(fileName: String, value: Value) {
        self.fileName = fileName
        self.value = value
    }
}

/// Produces a service's per-service AWS CLI files of one kind (none when they do not apply).
public protocol ECSTranslator {
    static func documents(_ service: ResolvedService, settings: ECSSettings) -> [ECSDocument]
}

/// A translator of exactly one file, or none.
public protocol ECSSingleDocumentTranslator: ECSTranslator {
    /// The name of the file, inside the service's folder.
    static var fileName: String { get }
    static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument?
}

extension ECSSingleDocumentTranslator {
    public static func documents(_ service: ResolvedService, settings: ECSSettings) -> [ECSDocument] {
        translate(service, settings: settings).map { [$0] } ?? []
    }
}

/// The translators run for every service, in order.
public enum ECSTranslators {
    public static var all: [any ECSTranslator.Type] {[
        TaskDefinitionTranslator.self,
        ECSServiceTranslator.self,
        ECSScalableTargetTranslator.self,
        ECSScalingPolicyTranslator.self,
        IAMPolicyTranslator.self,
    ]}
}

extension ResolvedService {
    /// The environment's tags as ECS `tags` (`key`/`value`, sorted by key).
    var ecsTags: Value {
        .array(environment.tags.sorted { $0.key < $1.key }.map { ["key": .string($0.key), "value": .string($0.value)] })
    }
}
