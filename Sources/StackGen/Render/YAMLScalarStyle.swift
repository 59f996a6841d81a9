/// Decides whether a string can be written without quotes.
///
/// A string stays plain only when every YAML reader in use takes it for that same string: YAML 1.1 readers
/// (kubectl's go-yaml v2 decoder, PyYAML) read `y`, `no`, `on`, `~`, `0755`, `0x1F`, `1e3`, `1_000`, `12:30` and
/// `.inf` as booleans, null or numbers, and YAML 1.2 readers have rules of their own. Rather than list every
/// such form, a plain string must start with a letter, `/` or `_`, hold only a small safe set of characters,
/// and not be one of the YAML 1.1 boolean or null words; everything else is double-quoted.
enum YAMLScalarStyle {
    private static let reservedWords: Set<String> = ["y", "yes", "n", "no", "true", "false", "on", "off", "null"]

    static func isPlainSafe(_ string: String) -> Bool {
        guard let first = string.unicodeScalars.first else { return false }
        guard isLetter(first) || first == "/" || first == "_" else { return false }
        if reservedWords.contains(string.lowercased()) { return false }
        let scalars = Array(string.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if isLetter(scalar) || ("0"..."9").contains(scalar) || "-._/@".unicodeScalars.contains(scalar) { continue }
            // `:` only inside a word (`repo:tag`); `: ` or a trailing `:` would start a mapping.
            if scalar == ":", index + 1 < scalars.count, scalars[index + 1] != " " { continue }
            return false
        }
        return true
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
