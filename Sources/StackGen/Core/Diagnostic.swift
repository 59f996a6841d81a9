/// One finding about a stack or an environment, printed like a compiler message:
/// `Environments/production.yaml:14:7: error: [production/api] memory 3072 MiB is not valid…; use …`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad a finding is: a warning lets the command go ahead, an error stops it.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        /// Whether `lhs` is less severe than `rhs`.
        /// - Parameters:
        ///   - lhs: One severity.
        ///   - rhs: The other.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// Warning or error.
    public var severity: Severity
    /// Where the mistake is: an environment file position, or the Swift file and line that declared the service.
    public var location: SourceLocation?
    /// The construct path, such as `production/api` or `production`.
    public var path: String?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var fix: String?

    /// A finding.
    /// - Parameters:
    ///   - severity: Warning or error.
    ///   - message: What is wrong.
    ///   - location: Where: an environment file position, or the Swift file and line that declared the service.
    ///   - path: The construct path, such as `production/api`.
    ///   - fix: What to do about it.
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

    /// An error.
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - location: Where: an environment file position, or the Swift file and line that declared the service.
    ///   - path: The construct path, such as `production/api`.
    ///   - fix: What to do about it.
    public static func error(
        _ message: String, at location: SourceLocation? = nil, path: String? = nil, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, path: path, fix: fix)
    }

    /// A warning.
    /// - Parameters:
    ///   - message: What is wrong.
    ///   - location: Where: an environment file position, or the Swift file and line that declared the service.
    ///   - path: The construct path, such as `production/api`.
    ///   - fix: What to do about it.
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

    /// The finding on one line; control characters from input files are shown escaped (`\u{1B}`), so a file
    /// cannot send terminal escape sequences through a message.
    public var description: String {
        var text = location.map { "\(Self.escaped($0.description)): " } ?? ""
        text += "\(severity.rawValue): "
        if let path { text += "[\(Self.escaped(path))] " }
        text += Self.escaped(message)
        if let fix { text += "; \(Self.escaped(fix))" }
        return text
    }

    /// `text` with control characters (C0, DEL, C1, line and paragraph separators, bidirectional overrides) written
    /// as `\u{…}`, and backslashes left alone.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}

/// A set of diagnostics that stops the pipeline because at least one is an error.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// Every finding, in the order found.
    public let diagnostics: [Diagnostic]

    /// - Parameter diagnostics: The findings.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Every finding, one a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
