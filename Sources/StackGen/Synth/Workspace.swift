import Foundation

/// Where a repository keeps its environment files and rendered manifests.
public struct Workspace: Sendable {
    /// The repository root; `Environments/` and `Manifests/` resolve against it.
    public let root: URL
    /// Where output is written; `Manifests/` under the root unless given.
    public let output: URL

    public init(root: URL, output: URL? = nil) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("Manifests")).standardizedFileURL
    }

    public var environmentsDirectory: URL { root.appendingPathComponent("Environments") }

    /// The environment names found in `Environments/*.yaml`, sorted.
    public func environmentNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: environmentsDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The file of environment `name`.
    public func environmentFile(_ name: String) -> URL {
        environmentsDirectory.appendingPathComponent("\(name).yaml")
    }

    /// How diagnostics name a file: relative to the root when inside it.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Loads environment `name`.
    public func loadEnvironment(_ name: String) throws(DiagnosticsError) -> Environment {
        let url = environmentFile(name)
        return try EnvironmentLoader.load(contentsOf: url, displayPath: displayPath(url))
    }
}
