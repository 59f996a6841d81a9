/// Everything stackgen writes for one environment, in memory: file paths relative to the environment's output
/// folder (`kubernetes/api/deployment.yaml`) and their exact contents.
public struct RenderedEnvironment: Sendable, Equatable {
    public let name: String
    public var files: [String: String]

    public init(name: String, files: [String: String] = [:]) {
        self.name = name
        self.files = files
    }

    /// The paths, sorted.
    public var paths: [String] { files.keys.sorted() }
}
