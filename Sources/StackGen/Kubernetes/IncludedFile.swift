import Foundation
import Yams

/// One document of an included file: the object and where it starts.
package struct IncludedDocument: Sendable {
    /// The object as written.
    package let members: [String: Value]
    /// The line the document starts on.
    package let line: Int
}

/// Reads the YAML or JSON file of an `Include` into documents, reporting every problem at the file's line and
/// column. Scalars are read so that YAML 1.1 (kubectl) and YAML 1.2 readers agree: a plain `yes`, `on`, `0755` or
/// `~` reads differently under the two, so it is refused with the fix (quote it).
package enum IncludedFile {
    /// Files larger than this are refused before parsing.
    package static let maximumSize = 1 << 20

    /// The documents of `include` in `environment`, or why they cannot be read.
    package static func documents(_ include: Include, in environment: Environment) -> Result<[IncludedDocument], DiagnosticsError> {
        let path = "\(environment.name)/\(include.path)"
        let file = SourceLocation(file: include.path)
        let components = include.path.split(separator: "/", omittingEmptySubsequences: false)
        if include.path.isEmpty || include.path.hasPrefix("/") || components.contains("..") {
            return .failure(DiagnosticsError([.error(
                "the included path `\(include.path)` is not inside the repository", at: include.source, path: path,
                fix: "give a path relative to the repository root, such as `kubernetes/priorityclass.yaml`")]))
        }
        let root = URL(fileURLWithPath: environment.repositoryRoot ?? FileManager.default.currentDirectoryPath)
        // A symbolic link may not lead out of the repository either.
        let url = root.appendingPathComponent(include.path).resolvingSymlinksInPath()
        let base = root.resolvingSymlinksInPath().path
        guard url.path.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            return .failure(DiagnosticsError([.error(
                "the included file `\(include.path)` links outside the repository", at: include.source, path: path,
                fix: "commit the file itself in the repository")]))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(DiagnosticsError([.error(
                "cannot read the included file `\(include.path)`", at: include.source, path: path,
                fix: "the path is relative to the repository root (\(root.path)); check that the file is committed there")]))
        }
        guard data.count <= maximumSize, let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
            return .failure(DiagnosticsError([.error(
                "the included file is not UTF-8 text of at most \(maximumSize) bytes", at: file, path: path,
                fix: "include a YAML or JSON file")]))
        }
        do {
            var documents: [IncludedDocument] = []
            var reader = Reader(file: include.path, path: path)
            var nodes = try Yams.compose_all(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
            while let node = nodes.next() {
                if case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.isEmpty { continue }
                let line = node.mark?.line ?? 1
                guard case .object(let members) = reader.value(node) else {
                    reader.fail("a document is not a mapping (a Kubernetes object)", at: node.mark, fix: "give each document apiVersion, kind and metadata")
                    continue
                }
                documents.append(IncludedDocument(members: members, line: line))
            }
            if let error = nodes.error { throw error }  // the sequence ends at a syntax error and keeps it
            if documents.isEmpty, reader.diagnostics.isEmpty {
                reader.fail("the included file holds no object", at: nil, fix: "add one, or remove the `Include`")
            }
            return reader.diagnostics.isEmpty ? .success(documents) : .failure(DiagnosticsError(reader.diagnostics))
        } catch {
            return .failure(DiagnosticsError([YAMLSyntaxError.diagnostic(for: error, file: include.path, path: path)]))
        }
    }

    /// Turns nodes into values, collecting what cannot be read the same by every YAML reader.
    private struct Reader {
        let file: String
        let path: String
        var diagnostics: [Diagnostic] = []

        mutating func fail(_ message: String, at mark: Mark?, fix: String) {
            diagnostics.append(.error(
                message, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column), path: path, fix: fix))
        }

        mutating func value(_ node: Node) -> Value {
            switch node {
            case .scalar(let scalar):
                return scalar.style == .plain ? plain(scalar.string, at: scalar.mark) : .string(scalar.string)
            case .sequence(let sequence):
                return .array(sequence.map { value($0) })
            case .mapping(let mapping):
                var members: [String: Value] = [:]
                for (key, item) in mapping {
                    guard case .scalar(let name) = key, name.string != "<<" else {
                        fail("a key is not a plain name (or is a `<<` merge)", at: key.mark, fix: "write the keys out")
                        continue
                    }
                    if members[name.string] != nil {
                        fail("key `\(name.string)` appears more than once in the same mapping", at: key.mark,
                             fix: "keep one of them (YAML readers disagree on which one wins)")
                    }
                    members[name.string] = value(item)
                }
                return .object(members)
            case .alias(let alias):
                fail("an alias (`*`) is not supported", at: alias.mark, fix: "write the value out")
                return .string("")
            }
        }

        /// A plain scalar as YAML 1.1 and 1.2 both read it, or a finding when they differ.
        private mutating func plain(_ text: String, at mark: Mark?) -> Value {
            if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
            if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
            let bytes = Array(text.utf8)
            let digits = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            let isNumber = !digits.isEmpty && digits.count >= bytes.count - 1
                && digits.allSatisfy { ($0 >= 48 && $0 <= 57) }
            if isNumber, digits.count == 1 || digits.first != 48, let number = Int(text) { return .int(number) }
            if let number = Double(text), text.contains("."), text.allSatisfy({ "0123456789.-+eE".contains($0) }),
                text.first != ".", text.last != "."
            {
                return .double(number)
            }
            let ambiguous: Set<String> = [
                "~", "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                "y", "Y", "n", "N", ".inf", ".Inf", ".INF", "-.inf", ".nan", ".NaN", ".NAN",
            ]
            if ambiguous.contains(text) || isNumber || text.hasPrefix("0x") || text.hasPrefix("0o")
                || text.contains(where: { $0 == "_" }) && Double(text.replacingOccurrences(of: "_", with: "")) != nil
            {
                fail("the plain value `\(text)` reads differently under YAML 1.1 (kubectl) and YAML 1.2, or as null",
                     at: mark, fix: "quote it if it is text, write a number in plain decimal, or remove a null member")
                return .string(text)
            }
            return .string(text)
        }
    }
}

extension Include: KubernetesComponent {
    /// Each document, with stackgen's labels and the environment's namespace (none when the file does not read;
    /// validation has reported it).
    package func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        guard case .success(let documents) = IncludedFile.documents(self, in: resolved.environment) else { return [] }
        return documents.map { document in
            CustomObjectTranslator.file(
                document.members, scope: scope(of: document), stackName: resolved.stackName,
                environment: resolved.environment)
        }
    }

    /// The document's scope: the include's, or else its kind's.
    func scope(of document: IncludedDocument) -> ResourceScope {
        scope ?? ResourceScope.of(kind: document.members["kind"]?.text ?? "")
    }
}
