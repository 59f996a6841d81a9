import Foundation
import Testing

/// Every diagnostic names its place (file:line:column, or a source file relative to the repository), and shows
/// control characters from input escaped.
@Suite("Diagnostics carry their position", .serialized)
struct DiagnosticPositionTests {
    /// Runs `validate` on a repository copy whose `environment` file is `edit`ed; returns status and standard error.
    func validate(_ environment: String, _ edit: (String) -> String) throws -> (status: Int32, error: String) {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Environments/\(environment).yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", environment, "--root", root.path])
        return (result.status, result.error)
    }

    /// Runs `validate` on raw bytes as the staging file.
    func validate(bytes: Data) throws -> (status: Int32, error: String) {
        let root = try CommandRunner.repositoryCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        try bytes.write(to: root.appendingPathComponent("Environments/staging.yaml"))
        let result = try CommandRunner.run(["validate", "staging", "--root", root.path])
        return (result.status, result.error)
    }

    @Test("Kubernetes tag key and value problems point at the key and the value")
    func kubernetesTags() throws {
        let result = try validate("production") {
            $0.replacingOccurrences(of: "  owner: platform-team\n", with: "  owner: platform team\n  \"bad key!\": x\n")
        }
        #expect(result.status == 1)
        let lines = result.error.split(separator: "\n").filter { $0.contains("Kubernetes label") }
        #expect(lines.count == 2, "\(result.error)")
        for line in lines { #expect(line.hasPrefix("Environments/production.yaml:"), "\(line)") }
        #expect(result.error.contains("Environments/production.yaml:13:3: error: [production] tag key `bad key!`"), "\(result.error)")
    }

    @Test(
        "ECS tags follow AWS's rules, each problem at its position",
        arguments: [
            ("  owner: \"a\\0b\"", "tag `owner` value", "11:10"),
            ("  owner: \"a\\eb\"", "tag `owner` value `a\\u{1B}b`", "11:10"),
            ("  owner: \"\(String(repeating: "x", count: 100_000))\"", "tag `owner` value `\(String(repeating: "x", count: 40))…` is 100000 characters long, more than 256", "11:10"),
            ("  owner: \"\"", "tag `owner` value `` is empty", "11:10"),
            ("  owner: team\n  \"aws:created-by\": me", "tag key `aws:created-by` starts with `aws:`", "12:3"),
            ("  owner: team\n  \(String(repeating: "k", count: 129)): v", "tag key `\(String(repeating: "k", count: 40))…` is 129 characters long, more than 128", "12:3"),
        ])
    func ecsTags(line: String, message: String, position: String) throws {
        let result = try validate("staging") { $0.replacingOccurrences(of: "  owner: platform-team", with: line) }
        #expect(result.status == 1)
        #expect(result.error.contains("Environments/staging.yaml:\(position): error: [staging] \(message)"), "\(result.error.prefix(600))")
        #expect(!result.error.contains("\u{1B}"))
    }

    @Test("more than 50 tags on an ECS resource is an error")
    func tooManyTags() throws {
        let extra = (1...47).map { "  extra-\($0): value" }.joined(separator: "\n")
        let result = try validate("staging") { $0.replacingOccurrences(of: "  owner: platform-team", with: "  owner: platform-team\n" + extra) }
        #expect(result.status == 1)
        #expect(result.error.contains("51 tags per ECS resource, more than AWS's limit of 50"), "\(result.error)")
    }

    @Test("empty subnets or security groups are errors when ECS is rendered", arguments: ["subnets", "securityGroups"])
    func emptyNetworkLists(key: String) throws {
        let result = try validate("staging") {
            $0.replacingOccurrences(of: #"  \#(key): \[[^\]]*\]"#, with: "  \(key): []", options: .regularExpression)
        }
        #expect(result.status == 1)
        #expect(result.error.contains("error: [staging] `\(key)` is empty"), "\(result.error)")
        #expect(result.error.contains("Environments/staging.yaml:1"))
    }

    @Test(
        "whole-file problems point at the first bad byte",
        arguments: [
            (Data("production: false\nplatforms: [ecs]\nta".utf8) + Data([0xFF]) + Data("gs: {}\n".utf8), "3:3", "not valid UTF-8"),
            (Data("production: false\nplat".utf8) + Data([0]) + Data("forms: [ecs]\n".utf8), "2:5", "NUL byte"),
            (Data("  \n".utf8), "1:1", "is empty"),
            (Data(repeating: 0x23, count: (1 << 20) + 10), "1:1048577", "more than the 1048576-byte limit"),
        ])
    func wholeFile(bytes: Data, position: String, message: String) throws {
        let result = try validate(bytes: bytes)
        #expect(result.status == 1)
        #expect(result.error.contains("Environments/staging.yaml:\(position): error: [staging] "), "\(result.error)")
        #expect(result.error.contains(message))
    }

    @Test("a stack problem names the Swift file relative to the repository, never an absolute build path")
    func stackProblemRelative() throws {
        let result = try validate("staging") { $0.replacingOccurrences(of: "  worker:", with: "  wurker:") }
        #expect(result.status == 1)
        let line = try #require(result.error.split(separator: "\n").first { $0.contains("has no settings for service `worker`") })
        #expect(line.hasPrefix("Stacks/GitHubDashboard/Worker.swift:"), "\(line)")
    }

    @Test("control characters from an environment file are shown escaped")
    func controlCharactersEscaped() throws {
        let result = try validate("staging") { $0.replacingOccurrences(of: "usersPerMonth: 1000", with: "usersPerMonth: 1000\n\"evil\\e[2J\\u202E\": 1") }
        #expect(result.status == 1)
        #expect(result.error.contains("evil\\u{1B}[2J\\u{202E}"), "\(result.error)")
        #expect(!result.error.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    }

    @Test("--root is accepted before the subcommand as well as after it")
    func globalOptionsFirst() throws {
        let root = TestSupport.repositoryRoot.path
        for arguments in [["--root", root, "check", "--all"], ["--root=\(root)", "validate", "staging"], ["check", "--root", root, "--all"]] {
            let result = try CommandRunner.run(arguments, in: URL(fileURLWithPath: "/"))
            #expect(result.status == 0, "\(arguments): \(result.error)")
        }
    }
}
