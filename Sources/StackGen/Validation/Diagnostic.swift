/// One finding about a stack or an environment, printed like a compiler message:
/// `Environments/production.yaml:14:7: error: [production/api] memory 3072 MiB is not valid…; use …`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// Where the mistake is: an environment file position, or the Swift file and line that declared the service.
    public var location: SourceLocation?
    /// The construct path, such as `production/api` or `production`.
    public var path: String?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var fix: String?

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil, path: String? = nil,
        fix: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
        self.fix = fix
    }

    public static func error(
        _ message: String, at location: SourceLocation? = nil, path: String? = nil, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, path: path, fix: fix)
    }

    public static func warning(
        _ message: String, at location: SourceLocation? = nil, path: String? = nil, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, path: path, fix: fix)
    }

    /// The same finding as an error (for `--strict`).
    public func promotedToError() -> Diagnostic {
        var copy = self
        copy.severity = .error
        return copy
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): "
        if let path { text += "[\(path)] " }
        text += message
        if let fix { text += "; \(fix)" }
        return text
    }
}

/// A set of diagnostics that stops the pipeline because at least one is an error.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
