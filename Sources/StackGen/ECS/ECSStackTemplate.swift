/// `ecs/stack.template.json`: one CloudFormation template holding every ECS service of the environment, for
/// `aws cloudformation deploy` (idempotent, prunes what was removed, rolls a failed deploy back, drift detection).
///
/// Each kind of component contributes its resources through its `ECSStackComponent` hook: a service through the
/// translators of `ECSStackTranslators.all`, a scheduled job with its `AWS::Scheduler::Schedule`.
public enum ECSStackTemplate {
    /// The template's path inside the environment's folder.
    public static let fileName = "ecs/stack.template.json"

    /// The environment's log group's logical ID.
    public static let logGroupID = "LogGroup"

    /// The template around `resources`: each ECS component's (from its `ECSStackComponent` hook), in the order of
    /// the components. The first resource of a logical ID is kept (the rules refuse two components whose logical
    /// IDs collide).
    /// - Parameters:
    ///   - settings: The environment's ECS settings.
    ///   - logGroupTags: The tags of the environment's log group.
    ///   - resources: Each component's resources, by logical ID.
    static func template(settings: ECSSettings, logGroupTags: [String: String], resources perComponent: [[String: Value]]) -> Value {
        var resources: [String: Value] = [logGroupID: logGroup(settings, tags: logGroupTags)]
        for translated in perComponent {
            resources.merge(translated) { first, _ in first }
        }
        return [
            "AWSTemplateFormatVersion": "2010-09-09",
            "Description": .string("ECS services of the \(settings.cluster) cluster, rendered by stackgen. Do not edit."),
            "Resources": .object(resources),
        ]
    }

    /// CloudFormation's limit on resources in one stack.
    public static let maximumResources = 500

    /// A warning when the template has more resources than one stack may hold: CloudFormation would refuse it,
    /// while the per-service AWS CLI files still work.
    static func limitWarnings(_ template: Value, environment: Environment) -> [Diagnostic] {
        guard case .object(let members) = template, case .object(let resources)? = members["Resources"],
            resources.count > maximumResources
        else { return [] }
        return [.warning(
            "\(fileName) has \(resources.count) resources; CloudFormation accepts at most \(maximumResources) in one stack",
            at: SourceLocation(file: environment.file), path: environment.name,
            fix: "deliver this environment with the per-service AWS CLI files, or split its services across environments")]
    }

    /// The environment's CloudWatch Logs group. Kept when the stack is deleted or the group replaced, so logs
    /// outlive a mistaken deletion; its retention bounds what they cost.
    static func logGroup(_ settings: ECSSettings, tags: [String: String]) -> Value {
        [
            "Type": "AWS::Logs::LogGroup",
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
            "Properties": [
                "LogGroupName": .string(settings.logGroup),
                "RetentionInDays": .int(settings.logRetentionDays),
                "Tags": cloudFormationTags(tags),
            ],
        ]
    }

    /// Tags as CloudFormation lists them (`Key`/`Value`, sorted by key).
    static func cloudFormationTags(_ tags: [String: String]) -> Value {
        .array(tags.sorted { $0.key < $1.key }.map { ["Key": .string($0.key), "Value": .string($0.value)] })
    }
}

/// Contributes one kind of component's CloudFormation resources for a service, by logical ID.
public protocol ECSStackTranslator {
    static func resources(_ service: ResolvedService, settings: ECSSettings) -> [String: Value]

    /// The same resources, given the service's AWS CLI files (`ECSTranslators.all`'s documents) already
    /// translated, so a resource that repeats a file reuses it instead of translating the service again. By
    /// default, `resources(_:settings:)`.
    static func resources(_ service: ResolvedService, settings: ECSSettings, documents: [ECSDocument]) -> [String: Value]
}

extension ECSStackTranslator {
    public static func resources(
        _ service: ResolvedService, settings: ECSSettings, documents: [ECSDocument]
    ) -> [String: Value] {
        resources(service, settings: settings)
    }
}

/// The template translators run for every ECS service.
public enum ECSStackTranslators {
    public static var all: [any ECSStackTranslator.Type] {[
        StackTaskDefinitionTranslator.self,
        StackServiceTranslator.self,
        StackScalingTranslator.self,
        StackSecretsPolicyTranslator.self,
        StackAlarmTranslator.self,
    ]}
}
