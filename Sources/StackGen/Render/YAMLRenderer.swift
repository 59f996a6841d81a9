/// Writes a `Value` as a YAML document through libyaml's emitter: keys in `KeyOrder`, strings quoted unless
/// `YAMLScalarStyle` finds them safe, non-ASCII text as readable UTF-8, no line folding.
///
/// The value is streamed to libyaml as events (`YAMLEventEmitter`); no intermediate node tree is built.
public enum YAMLRenderer {
    /// The YAML text of `value`, after `header` lines written as `# ` comments.
    public static func render(_ value: Value, header: [String] = []) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2048)
        for line in header {
            bytes.append(contentsOf: "# ".utf8)
            bytes.append(contentsOf: line.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        YAMLEventEmitter.emitDocument(value, appendingTo: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
