/// Decides whether a string can be written without quotes.
///
/// A string stays plain only when every YAML reader in use takes it for that same string: YAML 1.1 readers
/// (kubectl's go-yaml v2 decoder, PyYAML) read `y`, `no`, `on`, `~`, `0755`, `0x1F`, `1e3`, `1_000`, `12:30` and
/// `.inf` as booleans, null or numbers, and YAML 1.2 readers have rules of their own. Rather than list every
/// such form, a plain string must start with a letter, `/` or `_`, hold only a small safe set of characters,
/// and not be one of the YAML 1.1 boolean or null words; everything else is double-quoted.
///
/// Every character of the safe set is ASCII, so the check reads UTF-8 bytes once, without copies.
enum YAMLScalarStyle {
    /// `y`, `yes`, `n`, `no`, `true`, `false`, `on`, `off`, `null`, in lower case (compared case-insensitively).
    private static let reservedWords: [[UInt8]] = ["y", "yes", "n", "no", "true", "false", "on", "off", "null"]
        .map { Array($0.utf8) }

    static func isPlainSafe(_ string: String) -> Bool {
        var string = string
        return string.withUTF8(isPlainSafe(bytes:))
    }

    /// `isPlainSafe(_:)` for the UTF-8 bytes of a string.
    static func isPlainSafe(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        guard isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "_") else { return false }
        for index in bytes.indices {
            let byte = bytes[index]
            if isLetter(byte) || isDigit(byte) || isSafePunctuation(byte) { continue }
            // `:` only inside a word (`repo:tag`); `: ` or a trailing `:` would start a mapping.
            if byte == UInt8(ascii: ":"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: " ") { continue }
            return false
        }
        return !isReservedWord(bytes)
    }

    /// Whether the (ASCII) bytes spell a reserved word in any mix of cases.
    private static func isReservedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 5 else { return false }
        return reservedWords.contains { word in
            word.count == bytes.count && zip(word, bytes).allSatisfy { $0 == ($1 | 0x20) }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// `-`, `.`, `_`, `/`, `@`.
    private static func isSafePunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "@")
    }
}
