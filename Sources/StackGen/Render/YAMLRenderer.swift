import Yams

/// Writes a `Value` as a YAML document through libyaml (by way of Yams): keys in `KeyOrder`, strings quoted
/// unless `YAMLScalarStyle` finds them safe, non-ASCII text as readable UTF-8, no line folding.
public enum YAMLRenderer {
    /// The YAML text of `value`, after `header` lines written as `# ` comments.
    public static func render(_ value: Value, header: [String] = []) -> String {
        let comment = header.map { "# \($0)\n" }.joined()
        do {
            let body = try Yams.serialize(node: node(for: value), indent: 2, width: -1, allowUnicode: true)
            return comment + body
        } catch {
            // Only libyaml running out of memory can fail here: the document is built from typed values.
            fatalError("libyaml could not emit a document: \(error)")
        }
    }

    static func node(for value: Value) -> Node {
        switch value {
        case .string(let string):
            return .scalar(.init(string, Tag(.str), YAMLScalarStyle.isPlainSafe(string) ? .plain : .doubleQuoted))
        case .int(let number):
            return .scalar(.init(String(number), Tag(.int), .plain))
        case .double(let number):
            return .scalar(.init(JSONRenderer.format(number), Tag(.float), .plain))
        case .bool(let flag):
            return .scalar(.init(flag ? "true" : "false", Tag(.bool), .plain))
        case .array(let items):
            return .sequence(.init(items.map(node(for:)), Tag(.seq), items.isEmpty ? .flow : .block))
        case .object(let members):
            let pairs = KeyOrder.sorted(members.keys).map { key in (node(for: .string(key)), node(for: members[key]!)) }
            return .mapping(.init(pairs, Tag(.map), members.isEmpty ? .flow : .block))
        }
    }
}
