/// Decodes one top-level section of an environment file that a target beside the core owns, such as `cost:`,
/// which StackGenCost registers. Mistakes go to the reader, at their file positions, like the rest of the file.
package protocol EnvironmentSectionDecoder: Sendable {
    /// The top-level key the section is under: `cost`.
    var key: String { get }

    /// The settings in `node`, or `nil` when they cannot be used (the mistakes are then in `reader`).
    /// - Parameters:
    ///   - node: The section's value in the composed YAML.
    ///   - reader: Where mistakes are reported, with the file and the environment's name.
    func decode(_ node: YAMLNode, reader: YAMLNodeReader) -> (any Sendable)?
}
