/// Writes a `Value` as a YAML document, as libyaml's emitter writes it: keys in `KeyOrder`, strings quoted unless
/// `YAMLScalarStyle` finds them safe, non-ASCII text as readable UTF-8, no line folding.
///
/// The value is written straight to bytes (`YAMLWriter`); no intermediate node tree or event stream is built.
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
        YAMLWriter.writeDocument(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
