import Yams

/// Turns a libyaml error into a diagnostic with file:line:column.
enum YAMLSyntaxError {
    static func diagnostic(for error: Error, file: String, path: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return .error("cannot read the YAML: \(error)", at: SourceLocation(file: file), path: path)
        }
        let fix = "fix the YAML syntax (indent with spaces, not tabs; quote values containing `: ` or `#`)"
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(
                "invalid YAML: \(text)", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                path: path, fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "key \(keys) appears more than once in the same mapping",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column), path: path,
                fix: "keep one of them (YAML readers disagree on which one wins)")
        case .reader(let problem, _, _, _):
            return .error("cannot read the file: \(problem)", at: SourceLocation(file: file), path: path,
                          fix: "save it as UTF-8 text")
        default:
            return .error("invalid YAML: \(yamlError)", at: SourceLocation(file: file), path: path, fix: fix)
        }
    }
}
