/// Reads the command lines commit hooks and CI run (`check --all`, `synth staging --root ../app`) without
/// ArgumentParser, whose parse costs more than a millisecond of every run before any work starts: it reflects
/// over every command's properties, tries the arguments as a completion-script request first, and each protocol
/// conformance it looks up for the first time scans the whole statically linked binary.
///
/// It accepts only well-formed invocations of `synth`, `validate`, `check`, `diff` and `list`: the command's name
/// first, then in any order environment names and the long options that command defines, each at most once, a
/// value (`--root DIR` or `--root=DIR`) neither empty nor starting with `-`, and environment names or `--all`
/// (exactly one of the two). Anything else — help, `--version`, `--`, a short or unknown option, a repeated one,
/// a missing value, no command or another one — is declined (`nil`) and left to ArgumentParser, so what a user
/// sees for it is unchanged. Tests compare the two parsers over generated command lines, and these options with
/// the ones ArgumentParser declares.
enum FastArguments {
    /// Whether an option is a flag or takes a value.
    enum Kind: Equatable {
        case flag
        case value
    }

    /// The commands read here.
    enum Command: String, CaseIterable {
        case synth, validate, check, diff, list

        /// The long options the command defines (its `ParsableArguments`), without the leading `--`.
        var options: [String: Kind] {
            let workspace: [String: Kind] = ["root": .value]
            let selection: [String: Kind] = ["all": .flag, "strict": .flag]
            let planning: [String: Kind] = ["out": .value, "allow-selector-change": .flag, "allow-replacement": .flag]
            switch self {
            case .synth, .check: return workspace.merging(selection) { $1 }.merging(planning) { $1 }
            case .diff: return workspace.merging(selection) { $1 }.merging(planning) { $1 }.merging(["no-color": .flag]) { $1 }
            case .validate: return workspace.merging(selection) { $1 }
            case .list: return workspace
            }
        }

        /// Whether the command takes environment names (`EnvironmentSelection`).
        var takesEnvironments: Bool { self != .list }
    }

    /// The request `arguments` (after the program's name, global options moved after the command) make, or `nil`
    /// when ArgumentParser should read them.
    static func request(_ arguments: [String]) -> CommandRequest? {
        guard let name = arguments.first, let command = Command(rawValue: name),
            let given = Given(arguments.dropFirst(), for: command)
        else { return nil }
        let root = given.values["root"] ?? WorkspaceOptions.defaultRoot
        if command == .list { return .list(root: root) }
        let environments: EnvironmentChoice
        switch (given.flags.contains("all"), given.environments.isEmpty) {
        case (true, true): environments = .all
        case (false, false): environments = .named(given.environments)
        default: return nil  // both or neither: ArgumentParser's validation says which
        }
        let strict = given.flags.contains("strict")
        if command == .validate { return .validate(root: root, environments: environments, strict: strict) }
        let planning = PlanRequest(
            root: root, environments: environments, strict: strict, out: given.values["out"],
            allowSelectorChange: given.flags.contains("allow-selector-change"),
            allowReplacement: given.flags.contains("allow-replacement"))
        switch command {
        case .synth: return .synth(planning)
        case .check: return .check(planning)
        case .diff: return .diff(planning, noColor: given.flags.contains("no-color"))
        case .validate, .list: return nil
        }
    }

    /// The flags, option values and environment names after the command's name.
    private struct Given {
        var flags: Set<String> = []
        var values: [String: String] = [:]
        var environments: [String] = []

        /// `nil` when an argument is anything but a flag or option of `command` given once, an option's value
        /// neither empty nor starting with `-`, or a non-empty environment name where the command takes them.
        init?(_ arguments: ArraySlice<String>, for command: Command) {
            let options = command.options
            var rest = arguments
            while let argument = rest.popFirst() {
                guard argument.hasPrefix("-") else {
                    guard command.takesEnvironments, !argument.isEmpty else { return nil }
                    environments.append(argument)
                    continue
                }
                guard argument.hasPrefix("--") else { return nil }
                let option = argument.dropFirst(2)
                let name = String(option.prefix { $0 != "=" })
                let attached = option.firstIndex(of: "=").map { String(option[option.index(after: $0)...]) }
                switch options[name] {
                case .flag:
                    guard attached == nil, flags.insert(name).inserted else { return nil }
                case .value:
                    guard values[name] == nil, let value = attached ?? rest.popFirst(), !value.isEmpty,
                        !value.hasPrefix("-")
                    else { return nil }
                    values[name] = value
                case nil:
                    return nil
                }
            }
        }
    }
}
