import Yams

/// Turns a YAML reading error (from the environment reader, or from Yams for included files) into a diagnostic
/// with file:line:column.
enum YAMLSyntaxError {
    static let fix = "fix the YAML syntax (indent with spaces, not tabs; quote values containing `: ` or `#`)"

    static func diagnostic(for error: YAMLReadError, file: String, path: String) -> Diagnostic {
        switch error {
        case .syntax(let context, let problem, let mark):
            let text = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(
                "invalid YAML: \(text)", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                path: path, fix: fix)
        case .duplicateKeys(let duplicates, let mark):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "key \(keys) appears more than once in the same mapping",
                at: SourceLocation(file: file, line: mark.line, column: mark.column), path: path,
                fix: "keep one of them (YAML readers disagree on which one wins)")
        case .reader(let problem):
            return .error("cannot read the file: \(problem)", at: SourceLocation(file: file), path: path,
                          fix: "save it as UTF-8 text")
        case .memory:
            return .error("invalid YAML: Memory error", at: SourceLocation(file: file), path: path, fix: fix)
        }
    }

    static func diagnostic(for error: Error, file: String, path: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error("cannot read the YAML: \(error)", at: SourceLocation(file: file), path: path)
        }
        if let readError = YAMLReadError(yamlError) { return diagnostic(for: readError, file: file, path: path) }
        return .error("invalid YAML: \(yamlError)", at: SourceLocation(file: file), path: path, fix: fix)
    }
}

extension YAMLReadError {
    /// The same error as Yams reports it, or `nil` for errors reading never produces.
    package init?(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            self = .syntax(context: context?.text, problem: problem, mark: YAMLMark(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            self = .duplicateKeys(duplicates, mark: YAMLMark(line: context.mark.line, column: context.mark.column))
        case .reader(let problem, _, _, _):
            self = .reader(problem: problem)
        case .memory:
            self = .memory
        default:
            return nil
        }
    }
}
