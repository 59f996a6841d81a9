import Foundation

/// Reads `Environments/<name>.yaml` into a typed `Environment`, reporting every mistake with file:line:column.
package enum EnvironmentLoader {
    /// Files larger than this are refused before parsing.
    package static let maximumFileSize = 1 << 20

    /// Loads the environment file at `url`; `displayPath` is how diagnostics name the file, `sections` decode the
    /// sections other targets own.
    package static func load(
        contentsOf url: URL, displayPath: String, sections: [any EnvironmentSectionDecoder] = []
    ) throws(DiagnosticsError) -> Environment {
        let name = url.deletingPathExtension().lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticsError([
                .error(
                    "cannot read the environment file: \(error.localizedDescription)",
                    at: SourceLocation(file: displayPath), path: name)
            ])
        }
        return try load(data: data, name: name, displayPath: displayPath, sections: sections)
    }

    /// Decodes environment `name` from the bytes of its file, with `sections` for the sections other targets own.
    package static func load(
        data: Data, name: String, displayPath: String, sections: [any EnvironmentSectionDecoder] = []
    ) throws(DiagnosticsError) -> Environment {
        let file = SourceLocation(file: displayPath)
        if let problem = EnvironmentFileName.problem(with: name) {
            throw DiagnosticsError([.error(problem, at: file, path: name, fix: "rename the file")])
        }
        let text = try decodeText(data, name: name, file: file)
        let composed: YAMLNode?
        do {
            composed = try YAMLComposer.compose(text)
        } catch {
            throw DiagnosticsError([YAMLSyntaxError.diagnostic(for: error, file: displayPath, path: name)])
        }
        guard let root = composed else {
            throw DiagnosticsError([
                .error("the environment file is empty", at: file, path: name, fix: "see README.md for its keys")
            ])
        }
        return try decode(root, name: name, displayPath: displayPath, sections: sections)
    }

    /// Decodes environment `name` from the composed document of its file.
    static func decode(
        _ root: YAMLNode, name: String, displayPath: String, sections: [any EnvironmentSectionDecoder]
    ) throws(DiagnosticsError) -> Environment {
        let reader = YAMLNodeReader(file: displayPath, path: name)
        let environment = EnvironmentDecoder(reader: reader, name: name, sections: sections).decode(root)
        guard let environment, !reader.diagnostics.containsErrors else {
            throw DiagnosticsError(reader.diagnostics)
        }
        return environment
    }

    private static func decodeText(_ data: Data, name: String, file: SourceLocation) throws(DiagnosticsError) -> String {
        func refuse(_ message: String, at offset: Int, fix: String) -> DiagnosticsError {
            DiagnosticsError([.error(message, at: position(of: offset, in: data, file: file), path: name, fix: fix)])
        }
        if data.count > maximumFileSize {
            throw refuse(
                "the environment file is \(data.count) bytes, more than the \(maximumFileSize)-byte limit (which it passes here)",
                at: maximumFileSize,
                fix: "an environment file is a few hundred lines at most; check that this is the right file")
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw refuse("the file starts with a byte-order mark", at: 0, fix: "save it as UTF-8 without a BOM")
        }
        // The standard library's validation is the fast path; the byte-by-byte search runs only to locate an error.
        guard let text = String(validating: data, as: UTF8.self) else {
            let invalid = firstInvalidUTF8(data) ?? 0
            throw refuse("the file is not valid UTF-8 (byte 0x\(String(data[invalid], radix: 16, uppercase: true)) here)",
                         at: invalid, fix: "save it as UTF-8 text")
        }
        if let nul = data.firstIndex(of: 0) {
            throw refuse("the file contains a NUL byte (binary data)", at: nul - data.startIndex,
                         fix: "an environment file is UTF-8 text")
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            throw refuse("the environment file is empty", at: 0, fix: "see README.md for its keys")
        }
        return text
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    private static func firstInvalidUTF8(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error:
                return offset
            }
        }
    }

    /// `file:line:column` of byte `offset` (columns count characters, as the YAML reader's do).
    static func position(of offset: Int, in data: Data, file: SourceLocation) -> SourceLocation {
        let before = data.prefix(offset)
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: data[lineStart..<(data.startIndex + offset)], as: UTF8.self).count + 1
        return SourceLocation(file: file.file, line: line, column: column)
    }
}

/// Rules for environment names, which become folder names under `Manifests/`.
public enum EnvironmentFileName {
    /// Why `name` cannot name an environment, or `nil` when it can.
    public static func problem(with name: String) -> String? {
        if Naming.dnsLabelProblem(name) == nil { return nil }
        return "`\(name)` cannot name an environment: use lowercase letters, digits and `-` "
            + "(a DNS-1123 label, at most 63 characters), so it is safe as a folder under Manifests/"
    }
}
