import Foundation

/// Where a repository keeps its environment files and rendered manifests.
package struct Workspace: Sendable {
    /// The repository root; `Environments/` and `Manifests/` resolve against it.
    package let root: URL
    /// Where output is written; `Manifests/` under the root unless given.
    package let output: URL
    /// The sections and rules other targets add (StackGenCost's `cost:`).
    package let extensions: PipelineExtensions
    /// Where the environment files are: `Environments/` under the root unless given.
    package let environmentsDirectory: URL

    /// - Parameters:
    ///   - root: The repository root.
    ///   - output: Where output is written; `Manifests/` under the root when `nil`.
    package init(root: URL, output: URL? = nil) {
        self.init(root: root, output: output, extensions: .none)
    }

    /// A workspace whose environment files may carry the sections `extensions` decode, checked by its rules, read
    /// from `environments` (`Environments/` under the root when `nil`).
    package init(root: URL, output: URL? = nil, environments: URL? = nil, extensions: PipelineExtensions) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("Manifests")).standardizedFileURL
        self.environmentsDirectory = (environments ?? root.appendingPathComponent("Environments")).standardizedFileURL
        self.extensions = extensions
    }

    /// The environment names found in `Environments/*.yaml`, sorted.
    package func environmentNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: environmentsDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The file of environment `name`.
    package func environmentFile(_ name: String) -> URL {
        environmentsDirectory.appendingPathComponent("\(name).yaml")
    }

    /// How diagnostics name a file: relative to the root when inside it.
    package func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// How diagnostics name a source file: relative to the root when inside it, else relative to the package
    /// that holds it (the nearest folder above it with a `Package.swift`, such as the checkout the stacks were
    /// built from), so a message never shows a build machine's absolute path when the package is known.
    package func sourcePath(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let shown = displayPath(URL(fileURLWithPath: path))
        guard shown.hasPrefix("/") else { return shown }
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return String(path.dropFirst(folder.path.count + 1))
            }
            folder.deleteLastPathComponent()
        }
        return path
    }

    /// `diagnostics` with every file named as `sourcePath(_:)` names it.
    package func located(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let file = diagnostic.location?.file { diagnostic.location?.file = sourcePath(file) }
            return diagnostic
        }
    }

    /// Loads environment `name`.
    package func loadEnvironment(_ name: String) throws(DiagnosticsError) -> Environment {
        let url = environmentFile(name)
        var environment = try EnvironmentLoader.load(
            contentsOf: url, displayPath: displayPath(url), sections: extensions.sections)
        environment.repositoryRoot = root.path
        return environment
    }
}
