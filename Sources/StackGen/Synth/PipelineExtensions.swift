/// What a target beside the core adds to the pipeline: the environment-file sections it decodes and the
/// environment-wide rules it checks. The command line registers StackGenCost's, so `validate` and `synth` read
/// and check `cost:` while the core knows nothing of cost.
package struct PipelineExtensions: Sendable {
    /// Decoders of extra top-level sections of an environment file, by key.
    package var sections: [any EnvironmentSectionDecoder]
    /// Rules run over every environment besides `Validator.environmentRules`.
    package var environmentRules: [Validator.EnvironmentRule]

    /// - Parameters:
    ///   - sections: Decoders of extra top-level sections of an environment file.
    ///   - environmentRules: Rules run over every environment besides the core's.
    package init(sections: [any EnvironmentSectionDecoder] = [], environmentRules: [Validator.EnvironmentRule] = []) {
        self.sections = sections
        self.environmentRules = environmentRules
    }

    /// Nothing added: environment files with an extra section are refused as having an unknown key.
    package static let none = PipelineExtensions()
}
