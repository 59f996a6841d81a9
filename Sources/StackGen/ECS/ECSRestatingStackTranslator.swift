/// A template translator whose resources restate one of the service's AWS CLI files: it takes that file's
/// document from those already translated, or translates it when called on its own.
public protocol ECSRestatingStackTranslator: ECSStackTranslator {
    /// The translator of the file restated.
    static var restated: any ECSSingleDocumentTranslator.Type { get }
    /// The resources, given the file's document.
    static func resources(_ service: ResolvedService, settings: ECSSettings, restating document: ECSDocument) -> [String: Value]
}

extension ECSRestatingStackTranslator {
    public static func resources(_ service: ResolvedService, settings: ECSSettings) -> [String: Value] {
        restated.translate(service, settings: settings).map { resources(service, settings: settings, restating: $0) } ?? [:]
    }

    public static func resources(
        _ service: ResolvedService, settings: ECSSettings, documents: [ECSDocument]
    ) -> [String: Value] {
        documents.first { $0.fileName == restated.fileName }.map { resources(service, settings: settings, restating: $0) }
            ?? [:]
    }
}
