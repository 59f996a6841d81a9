import StackGen

extension Environment {
    /// Cost-planning settings (`cost:`), read by `stackgen cost` and the node-fit rule; `nil` without the section.
    package var cost: CostSettings? {
        get { sections[CostSectionDecoder.key] as? CostSettings }
        set { sections[CostSectionDecoder.key] = newValue.map { $0 as any Sendable } }
    }
}

/// Decodes an environment file's `cost:` section against the AWS 2026 price table, so a misspelt price name is
/// reported at its position by `validate` as well as by `cost`.
struct CostSectionDecoder: EnvironmentSectionDecoder {
    static let key = "cost"
    var key: String { Self.key }

    func decode(_ node: YAMLNode, reader: YAMLNodeReader) -> (any Sendable)? {
        CostSettingsDecoder(reader: reader, table: .aws2026).decode(node)
    }
}

extension PipelineExtensions {
    /// The `cost:` section of environment files and the rule that every pod fits a node of the stated type.
    package static let cost = PipelineExtensions(
        sections: [CostSectionDecoder()], environmentRules: [NodeFitRules.check])
}
