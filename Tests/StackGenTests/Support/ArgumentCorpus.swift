import Foundation
@testable import StackGenCLI

/// Command lines for comparing `FastArguments` with ArgumentParser, built from the options ArgumentParser itself
/// declares for each command (so an option added there is exercised here without editing this file): every
/// combination of flags, each option absent, as `--name value` and as `--name=value`, `--all` or environment
/// names, in turn in the declared order, reversed or shuffled, and `--root` also before the command. Around them, mutations: help and version
/// requests, `--`, unknown, misspelled, repeated or short options, missing and empty values, both or neither of
/// `--all` and names, other commands.
struct ArgumentCorpus {
    /// Well-formed command lines of the fast path's commands: each must be read without ArgumentParser.
    var wellFormed: [[String]] = []
    /// Everything else: most must be left to ArgumentParser; some (`--out staging` where a value was expected)
    /// are well-formed after all and then must be read as ArgumentParser reads them.
    var other: [[String]] = []

    /// An argument of a command, as ArgumentParser's `--experimental-dump-help` describes it.
    struct DumpedArgument: Decodable {
        struct Name: Decodable, Hashable {
            var kind: String
            var name: String
        }

        var kind: String
        var names: [Name]?
        var isRepeating: Bool
        var parsingStrategy: String

        /// ArgumentParser's own `-h/--help`.
        var isHelp: Bool { names?.contains(Name(kind: "long", name: "help")) ?? false }
    }

    private struct Dump: Decodable {
        struct Command: Decodable {
            var commandName: String
            var arguments: [DumpedArgument]?
            var subcommands: [Command]?
        }

        var command: Command
    }

    /// The arguments ArgumentParser defines for `stackgen <command>` (every visibility, help included).
    static func dumpedArguments(of command: String) throws -> [DumpedArgument] {
        try dump([command, "--experimental-dump-help"]).arguments ?? []
    }

    /// The names of `stackgen`'s subcommands, as ArgumentParser lists them.
    static func subcommandNames() throws -> [String] {
        try dump(["--experimental-dump-help"]).subcommands?.map(\.commandName) ?? []
    }

    private static func dump(_ arguments: [String]) throws -> Dump.Command {
        do {
            _ = try StackGenCommand.parseAsRoot(arguments)
        } catch {
            return try JSONDecoder().decode(Dump.self, from: Data(StackGenCommand.fullMessage(for: error).utf8)).command
        }
        throw CocoaError(.featureUnsupported)  // the dump request did not stop the parse
    }

    /// Values for options: paths with spaces and `=`, a command's and an environment's name.
    private static let values = ["/tmp/stackgen repo", "../app", "a=b", "staging", "list", "out/Manifests"]
    /// Environment selections: `--all`, one name, several (one of them `help`, an environment name after a command).
    private static let selections = [["--all"], ["staging"], ["production", "help", "staging"]]
    /// Arguments inserted into well-formed command lines; each makes ArgumentParser do something else (help,
    /// dump, completion script, an error) or reads the same only to ArgumentParser (`--`, `-`, a value with `-`).
    private static let insertions = [
        "--help", "-h", "-help", "--help-hidden", "-hh", "--version", "--experimental-dump-help",
        "--generate-completion-script", "--generate-completion-script=bash", "--", "-", "", "--bogus", "-x",
        "--stric", "--Strict", "--ALL", "--strict=true", "--all=false", "---all", "--no-color", "--out", "--root",
        "--root=", "--out=-x", "-s", "help", "--allow-selector-changes",
    ]

    /// The corpus for every command in `commands`, with `seed` choosing orders and mutation points.
    init(commands: [String], seed: UInt64 = 12) throws {
        var generator = SplitMix(seed: seed)
        for command in commands {
            let arguments = try Self.dumpedArguments(of: command).filter { !$0.isHelp }
            let longNames = { (kind: String) in
                arguments.filter { $0.kind == kind }.flatMap { $0.names ?? [] }.filter { $0.kind == "long" }.map(\.name)
            }
            let flags = longNames("flag").filter { $0 != "all" }
            let options = longNames("option")
            let selections = arguments.contains { $0.kind == "positional" } ? Self.selections : [[]]
            var counter = 0
            for mask in 0..<(1 << flags.count) {
                let chosen = flags.indices.filter { mask & (1 << $0) != 0 }.map { ["--" + flags[$0]] }
                for forms in Self.forms(count: options.count) {
                    var given: [[String]] = []
                    for (option, form) in zip(options, forms) {
                        counter += 1
                        let value = Self.values[counter % Self.values.count]
                        switch form {
                        case 1: given.append(["--" + option, value])
                        case 2: given.append(["--\(option)=\(value)"])
                        default: break
                        }
                    }
                    for selection in selections {
                        counter += 1
                        let parts = chosen + given + selection.map { [$0] }
                        let orders = [parts, parts.reversed(), parts.shuffled(using: &generator)]
                        wellFormed.append([command] + orders[counter % orders.count].joined())
                        // `--root` before the command: `GlobalOptions.movedAfterSubcommand` moves it back.
                        if counter % 3 == 0, let root = given.first(where: { $0[0].hasPrefix("--root") }) {
                            wellFormed.append(root + [command] + (chosen + selection.map { [$0] }).joined())
                        }
                    }
                }
            }
        }
        wellFormed = Self.unique(wellFormed)
        other = Self.unique(Self.mutations(of: wellFormed, using: &generator) + Self.fixed)
    }

    /// Every way of giving `count` options: each absent (0), `--name value` (1) or `--name=value` (2).
    private static func forms(count: Int) -> [[Int]] {
        (0..<count).reduce([[]]) { partial, _ in partial.flatMap { prefix in (0...2).map { prefix + [$0] } } }
    }

    /// Mutations of a sample of `lines` (every eighth), each at a seeded point.
    private static func mutations(of lines: [[String]], using generator: inout SplitMix) -> [[String]] {
        var result: [[String]] = []
        for line in stride(from: 0, to: lines.count, by: 8).map({ lines[$0] }) {
            let point = { (generator: inout SplitMix) in Int.random(in: 1...line.count, using: &generator) }
            let insertion = insertions[Int.random(in: 0..<insertions.count, using: &generator)]
            var inserted = line
            inserted.insert(insertion, at: point(&generator))
            result.append(inserted)
            // Repeated: the same argument again, a flag or an option with its value.
            if line.count > 1 {
                let repeated = Int.random(in: 1..<line.count, using: &generator)
                result.append(line + (line[repeated].hasPrefix("--root") || line[repeated].hasPrefix("--out")
                    ? Array(line[repeated...].prefix(line[repeated].contains("=") ? 1 : 2)) : [line[repeated]]))
            }
            // An option's value missing at the end, or followed by an option.
            result.append(line + ["--root"])
            result.append(line + ["--out", "--strict"])
            // Both `--all` and names, or neither.
            result.append(line.contains("--all") ? line + ["staging"] : line + ["--all"])
            result.append(line.filter { $0 != "--all" && !["staging", "production", "help"].contains($0) })
            // Another command, or none.
            result.append(["help"] + line)
            result.append([line[0].uppercased()] + line.dropFirst())
            result.append(["cost"] + line.dropFirst())
            result.append(Array(line.dropFirst()))
        }
        return result
    }

    /// Command lines that are not mutations of well-formed ones.
    private static let fixed: [[String]] = [
        [], ["help"], ["help", "check"], ["--help"], ["-h"], ["--version"], ["--root"], ["--root", "."],
        ["--root", ".", "--root", ".", "check", "--all"], ["--root=.", "--strict", "check", "--all"],
        ["--root", ".", "new", "service", "api"], ["--root", ".", "cost", "staging"], ["new", "service", "api"],
        ["cost", "staging"], ["list", "staging"], ["list", "--all"], ["validate", "--out", "x", "--all"],
        ["check", "--no-color", "--all"], ["check", "--all", "--root", ""], ["check", "--all", "--root", "-"],
        ["check", "--all", "--root=-x"], ["check", "--", "staging"], ["check", "-", "--all"],
        ["check", "--all", "--generate-completion-script", "zsh"], ["---completion", "check", "--", "--root", "0", "0"],
        ["synth", "--all", "--out"], ["diff", "--all", "--no-color=false"], ["synth"], ["validate"],
    ]

    private static func unique(_ lines: [[String]]) -> [[String]] {
        var seen = Set<[String]>()
        return lines.filter { seen.insert($0).inserted }
    }
}
