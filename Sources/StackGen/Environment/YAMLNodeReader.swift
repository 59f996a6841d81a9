/// Reads typed values out of a composed YAML document, collecting a diagnostic (file:line:column, what was
/// expected, how to fix it) for every mistake instead of stopping at the first.
package final class YAMLNodeReader {
    package let file: String
    /// The construct path diagnostics name, such as `production`.
    package let path: String
    package private(set) var diagnostics: [Diagnostic] = []

    package init(file: String, path: String) {
        self.file = file
        self.path = path
    }

    package func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    package func error(_ message: String, at node: YAMLNode, path: String? = nil, fix: String? = nil) {
        diagnostics.append(.error(message, at: location(of: node), path: path ?? self.path, fix: fix))
    }

    /// The pairs of a mapping, in file order, after checking that every key is a string and one of `allowed`.
    /// Returns `nil` (with a diagnostic) when `node` is not a mapping. (`YAMLComposer` refuses duplicate keys,
    /// so they never reach here.)
    package func mapping(
        _ node: YAMLNode, named name: String, allowed: [String]? = nil, path: String? = nil
    ) -> [(key: String, value: YAMLNode)]? {
        guard let mapping = node.mapping else {
            error("`\(name)` must be a mapping of keys to values, not \(describe(node))", at: node, path: path)
            return nil
        }
        var pairs: [(key: String, value: YAMLNode)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.text else {
                error("keys in `\(name)` must be strings", at: keyNode, path: path)
                continue
            }
            if let allowed, !allowed.contains(key) {
                error(
                    "unknown key `\(key)` in `\(name)`", at: keyNode, path: path,
                    fix: Suggestion.hint(for: key, in: allowed))
                continue
            }
            pairs.append((key, value))
        }
        return pairs
    }

    /// A scalar's text exactly as written (so `1.10` stays `1.10`), or `nil` with a diagnostic.
    package func string(_ node: YAMLNode, named name: String, path: String? = nil) -> String? {
        guard let scalar = node.scalar else {
            error("`\(name)` must be a single value, not \(describe(node))", at: node, path: path)
            return nil
        }
        if scalar.style == .plain, scalar.text.isEmpty || scalar.text == "~" || scalar.text == "null" {
            error("`\(name)` is empty", at: node, path: path, fix: "give it a value or remove the key")
            return nil
        }
        return scalar.text
    }

    /// An integer within `range`, or `nil` with a diagnostic.
    package func integer(_ node: YAMLNode, named name: String, in range: ClosedRange<Int>, path: String? = nil) -> Int? {
        guard let text = string(node, named: name, path: path) else { return nil }
        guard let value = Int(text) else {
            error("`\(name)` must be a whole number, not `\(text)`", at: node, path: path)
            return nil
        }
        guard range.contains(value) else {
            error(
                "`\(name)` is \(value), outside \(range.lowerBound)…\(range.upperBound)", at: node, path: path,
                fix: "use a value in that range")
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML 1.2 spellings only), or `nil` with a diagnostic.
    package func boolean(_ node: YAMLNode, named name: String, path: String? = nil) -> Bool? {
        guard let text = string(node, named: name, path: path) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            error("`\(name)` must be `true` or `false`, not `\(text)`", at: node, path: path)
            return nil
        }
    }

    /// One of `choices` (by raw value), or `nil` with a did-you-mean diagnostic.
    package func choice<T: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, named name: String, path: String? = nil
    ) -> T? where T.RawValue == String {
        guard let text = string(node, named: name, path: path) else { return nil }
        if let value = T(rawValue: text) { return value }
        let choices = T.allCases.map(\.rawValue)
        error("`\(name)` cannot be `\(text)`", at: node, path: path, fix: Suggestion.hint(for: text, in: choices))
        return nil
    }

    /// A list of strings, or `nil` with a diagnostic.
    package func stringList(_ node: YAMLNode, named name: String, path: String? = nil) -> [String]? {
        guard let sequence = node.sequence else {
            error("`\(name)` must be a list, not \(describe(node))", at: node, path: path)
            return nil
        }
        let values = sequence.map { string($0, named: "\(name) item", path: path) }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// Reports every key of `required` that `pairs` lacks.
    package func requireKeys(_ required: [String], in pairs: [(key: String, value: YAMLNode)], of node: YAMLNode, named name: String,
                     path: String? = nil) {
        for key in required where !pairs.contains(where: { $0.key == key }) {
            error("`\(name)` is missing `\(key)`", at: node, path: path, fix: "add `\(key):`")
        }
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar): "the value `\(scalar.text)`"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
