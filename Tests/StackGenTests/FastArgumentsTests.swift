import Foundation
@testable import StackGenCLI
import Testing

/// `FastArguments` reads the usual command lines without ArgumentParser: it must read each exactly as
/// ArgumentParser does, leave everything else to it, and know every option its commands define.
@Suite("Command lines read without ArgumentParser")
struct FastArgumentsTests {
    /// What ArgumentParser makes of a command line: the request of one of the fast path's commands, or `nil` when
    /// it refuses the line, asks for help or another command.
    static func argumentParserRequest(_ arguments: [String]) -> CommandRequest? {
        switch try? StackGenCommand.parseAsRoot(arguments) {
        case let command as SynthCommand: command.request
        case let command as ValidateCommand: command.request
        case let command as CheckCommand: command.request
        case let command as DiffCommand: command.request
        case let command as ListCommand: command.request
        default: nil
        }
    }

    /// The corpus, each line with global options moved as `StackGenCLI.main` moves them, and ArgumentParser's
    /// reading of it.
    struct Case: Sendable {
        var line: [String]
        var arguments: [String]
        var expected: CommandRequest?
        var wellFormed: Bool
    }

    static let cases: [Case] = {
        let corpus = try! ArgumentCorpus(commands: FastArguments.Command.allCases.map(\.rawValue))
        return [(corpus.wellFormed, true), (corpus.other, false)].flatMap { lines, wellFormed in
            lines.map { line in
                let arguments = GlobalOptions.movedAfterSubcommand(line)
                return Case(
                    line: line, arguments: arguments, expected: argumentParserRequest(arguments), wellFormed: wellFormed)
            }
        }
    }()

    /// Where `parser` differs from ArgumentParser over the corpus: a line it accepts that ArgumentParser refuses
    /// or reads otherwise, or a well-formed line it declines.
    static func differences(_ parser: ([String]) -> CommandRequest?) -> [String] {
        cases.compactMap { item in
            let read = parser(item.arguments)
            let line = item.line.map { "'\($0)'" }.joined(separator: " ")
            switch (read, item.expected) {
            case (nil, _) where item.wellFormed: return "declined the well-formed \(line)"
            case (nil, _): return nil
            case (let read?, nil): return "accepted \(line), which ArgumentParser refuses, as \(read)"
            case (let read?, let expected?) where read != expected: return "read \(line) as \(read), not \(expected)"
            default: return nil
            }
        }
    }

    @Test("the corpus covers every command, hundreds of well-formed lines and hundreds ArgumentParser refuses")
    func corpus() {
        let wellFormed = Self.cases.filter(\.wellFormed)
        #expect(wellFormed.count > 800)
        #expect(wellFormed.allSatisfy { $0.expected != nil }, "a generated line ArgumentParser refuses")
        for command in FastArguments.Command.allCases {
            #expect(wellFormed.contains { $0.line.first == command.rawValue })
        }
        #expect(wellFormed.contains { $0.line.first == "--root" })
        #expect(Self.cases.filter { !$0.wellFormed && $0.expected == nil }.count > 500)
    }

    @Test("every line is read as ArgumentParser reads it, or left to it; every well-formed one is read")
    func parity() {
        let differences = Self.differences(FastArguments.request)
        #expect(differences.isEmpty, "\(differences.count) differences, such as:\n\(differences.prefix(10).joined(separator: "\n"))")
    }

    /// Parsers that are wrong in one way each; the comparison must catch every one.
    static let wrongParsers: [(String, @Sendable ([String]) -> CommandRequest?)] = [
        ("reads a help request as the command", { FastArguments.request($0.filter { $0 != "--help" && $0 != "-h" }) }),
        ("ignores an unknown option", { FastArguments.request($0.filter { $0 != "--bogus" }) }),
        ("reads names given with --all", { FastArguments.request($0.filter { $0 != "--all" }) }),
        ("reverses the environment names", { arguments in
            FastArguments.request(arguments).map {
                guard case .validate(let root, .named(let names), let strict) = $0 else { return $0 }
                return .validate(root: root, environments: .named(names.reversed()), strict: strict)
            }
        }),
        ("drops --strict", { arguments in
            FastArguments.request(arguments).map {
                guard case .check(var planning) = $0 else { return $0 }
                planning.strict = false
                return .check(planning)
            }
        }),
        ("ignores --out", { arguments in
            FastArguments.request(arguments).map {
                guard case .synth(var planning) = $0 else { return $0 }
                planning.out = nil
                return .synth(planning)
            }
        }),
        ("declines --root=DIR", { $0.contains { $0.hasPrefix("--root=") } ? nil : FastArguments.request($0) }),
        ("declines the last command", { $0.first == "list" ? nil : FastArguments.request($0) }),
        ("reads diff's --no-color inverted", { arguments in
            FastArguments.request(arguments).map {
                guard case .diff(let planning, let noColor) = $0 else { return $0 }
                return .diff(planning, noColor: !noColor)
            }
        }),
    ]

    @Test("the comparison catches a parser that is wrong", arguments: wrongParsers.indices)
    func catchesWrongParser(_ index: Int) {
        let (name, parser) = Self.wrongParsers[index]
        #expect(!Self.differences(parser).isEmpty, "a parser that \(name) went unnoticed")
    }

    @Test("the fast path knows every option ArgumentParser defines for its commands, and only those")
    func knowsEveryOption() throws {
        let subcommands = try ArgumentCorpus.subcommandNames()
        for command in FastArguments.Command.allCases {
            #expect(subcommands.contains(command.rawValue))
            let arguments = try ArgumentCorpus.dumpedArguments(of: command.rawValue).filter { !$0.isHelp }
            var declared: [String: FastArguments.Kind] = [:]
            for argument in arguments where argument.kind != "positional" {
                // Long names only, each read the default way and given at most once: what the fast path reads.
                let names = argument.names ?? []
                #expect(names.count == 1 && names[0].kind == "long", "\(command) \(names): \(argument.kind)")
                #expect(argument.parsingStrategy == "default" && !argument.isRepeating, "\(command) \(names)")
                for name in names { declared[name.name] = argument.kind == "flag" ? .flag : .value }
            }
            #expect(declared == command.options, "\(command): ArgumentParser declares \(declared)")
            let positionals = arguments.filter { $0.kind == "positional" }
            #expect(positionals.count == (command.takesEnvironments ? 1 : 0), "\(command)")
            #expect(positionals.allSatisfy { $0.isRepeating && $0.parsingStrategy == "default" }, "\(command)")
        }
    }

    @Test("an option the fast path does not know is left to ArgumentParser")
    func unknownOption() {
        #expect(FastArguments.request(["check", "--all", "--verbose"]) == nil)
        #expect(FastArguments.request(["check", "--all", "--no-color"]) == nil)  // diff's, not check's
        #expect(FastArguments.request(["check", "--all"]) == .check(PlanRequest(
            root: ".", environments: .all, strict: false, out: nil, allowSelectorChange: false, allowReplacement: false)))
    }
}
