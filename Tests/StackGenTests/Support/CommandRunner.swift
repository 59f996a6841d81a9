import Foundation

/// Runs the built `stackgen` binary (the repository's own stacks) as a user would.
enum CommandRunner {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// The `stackgen` executable next to the test bundle.
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("stackgen")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestSupport.repositoryRoot.appendingPathComponent(".build/debug/stackgen")
    }

    /// Runs `stackgen` (or `executable`) with `arguments`.
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    /// A temporary copy of the repository's `Environments/` and `Manifests/`, to run commands against.
    static func repositoryCopy() throws -> URL {
        let root = TestSupport.temporaryDirectory()
        for folder in ["Environments", "Manifests"] {
            try FileManager.default.copyItem(
                at: TestSupport.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }
}
