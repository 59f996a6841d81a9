/// Writes a `Value` as one YAML document, byte for byte as libyaml's emitter writes it with the settings
/// stackgen's YAML has always had (two-space indentation, no line width limit, UTF-8 left readable, `\n` line
/// breaks, implicit document start and end), straight into a byte buffer.
///
/// stackgen's documents use a small part of YAML, so libyaml's layout rules reduce to a few:
/// - block mappings and sequences; a sequence that is a mapping's value is not indented (`key:` then `- item` at
///   the key's column), a mapping that is one is indented by two;
/// - a sequence item that is a collection starts on the dash's line (`- name: api`, `- - a`);
/// - an empty collection is written in flow style, `[]` or `{}`;
/// - a key longer than 128 bytes, or holding a line break, is not a simple key: `? key` then `: value`;
/// - a scalar is plain when `YAMLScalarStyle` finds it safe (libyaml allows plain for every such text in block
///   context), otherwise double-quoted, escaping what libyaml escapes: `"` and `\`, line breaks, and characters
///   outside its printable set (controls, the byte-order mark, U+FFFE/U+FFFF and every character beyond U+FFFF).
///
/// Tests compare it with libyaml's emitter over every golden tree and generated documents of every shape.
enum YAMLWriter {
    /// Appends the YAML document for `value` to `output`.
    static func writeDocument(_ value: Value, to output: inout [UInt8]) {
        write(value, at: .root, indent: 0, to: &output)
        output.append(newline)
    }

    /// Where a node starts: at the start of a line (the document's root), after a simple key's `:` or a complex
    /// key's `: ` indicator, or after a sequence item's `- `.
    private enum Position {
        case root
        case afterKey
        case afterComplexKeyIndicator
        case afterDash
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// Writes `value` starting at `position`; `indent` is the column its block content is laid out from: a
    /// mapping's keys, a sequence's dashes (for a sequence that is a simple key's value, its key's column).
    private static func write(_ value: Value, at position: Position, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .object(let members) where !members.isEmpty:
            var first = true
            for member in KeyOrder.sortedMembers(members) {
                startLine(first: first, at: position, indent: indent, to: &output)
                first = false
                writePair(key: member.key, value: member.value, indent: indent, to: &output)
            }
        case .array(let items) where !items.isEmpty:
            var first = true
            for item in items {
                startLine(first: first, at: position, indent: indent, to: &output)
                first = false
                output.append(UInt8(ascii: "-"))
                output.append(space)
                write(item, at: .afterDash, indent: indent + 2, to: &output)
            }
        default:
            if position == .afterKey { output.append(space) }
            writeScalar(value, to: &output)
        }
    }

    /// Before a collection's entry: a new line at `indent`, except for the first entry of a collection that starts
    /// where the line already is (the document's start, or after `- ` or a complex key's `: `).
    private static func startLine(first: Bool, at position: Position, indent: Int, to output: inout [UInt8]) {
        if first, position != .afterKey { return }
        output.append(newline)
        output.append(contentsOf: repeatElement(space, count: indent))
    }

    /// One mapping entry from its key on, the line already at the key's column.
    private static func writePair(key: String, value: Value, indent: Int, to output: inout [UInt8]) {
        var key = key
        let simple = key.withUTF8 { bytes in bytes.count <= 128 && !containsBreak(bytes) }
        if simple {
            writeString(key, to: &output)
            output.append(UInt8(ascii: ":"))
            // A sequence that is a simple key's value is laid out at the key's column; anything else two further.
            let valueIndent = isNonEmptyArray(value) ? indent : indent + 2
            write(value, at: .afterKey, indent: valueIndent, to: &output)
        } else {
            output.append(UInt8(ascii: "?"))
            output.append(space)
            writeString(key, to: &output)
            output.append(newline)
            output.append(contentsOf: repeatElement(space, count: indent))
            output.append(UInt8(ascii: ":"))
            output.append(space)
            write(value, at: .afterComplexKeyIndicator, indent: indent + 2, to: &output)
        }
    }

    private static func isNonEmptyArray(_ value: Value) -> Bool {
        if case .array(let items) = value { return !items.isEmpty }
        return false
    }

    private static func writeScalar(_ value: Value, to output: inout [UInt8]) {
        switch value {
        case .string(let string): writeString(string, to: &output)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number): output.append(contentsOf: JSONRenderer.format(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .array: output.append(contentsOf: "[]".utf8)
        case .object: output.append(contentsOf: "{}".utf8)
        }
    }

    /// A string plain when `YAMLScalarStyle` finds it safe, double-quoted otherwise.
    private static func writeString(_ string: String, to output: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            if YAMLScalarStyle.isPlainSafe(bytes: bytes) {
                output.append(contentsOf: bytes)
            } else {
                writeDoubleQuoted(bytes, to: &output)
            }
        }
    }

    /// `bytes` (valid UTF-8) between double quotes, escaped as libyaml escapes them.
    private static func writeDoubleQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var index = 0
        var runStart = 0
        while index < bytes.count {
            let width = sequenceWidth(bytes[index])
            if needsEscape(bytes, at: index) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendEscape(scalarValue(bytes, at: index, width: width), to: &output)
                index += width
                runStart = index
            } else {
                index += width
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        output.append(UInt8(ascii: "\""))
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    private static func sequenceWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead & 0xE0 == 0xC0 ? 2 : lead & 0xF0 == 0xE0 ? 3 : 4
    }

    /// Whether libyaml escapes the character at `index`: outside its printable set, the byte-order mark, a line
    /// break, `"` or `\`.
    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        if lead < 0x80 {
            return lead < 0x20 || lead == 0x7F || lead == UInt8(ascii: "\"") || lead == UInt8(ascii: "\\")
        }
        switch lead {
        case 0xC2: return next(1) < 0xA0  // U+0080…U+009F, NEL among them
        case 0xC3..<0xE2, 0xE3..<0xED: return false
        case 0xE2: return next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)  // U+2028, U+2029
        case 0xED: return next(1) >= 0xA0
        case 0xEE: return false
        case 0xEF:
            return (next(1) == 0xBB && next(2) == 0xBF) || (next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF))
        default: return true  // four-byte characters, beyond U+FFFF
        }
    }

    private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        var value = width == 1 ? lead : width == 2 ? lead & 0x1F : width == 3 ? lead & 0x0F : lead & 0x07
        for offset in 1..<max(width, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// libyaml's escape for the character `value`: a letter for the named ones, else `\x`, `\u` or `\U` and
    /// upper-case hexadecimal digits.
    private static func appendEscape(_ value: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        let named: Unicode.Scalar? = switch value {
        case 0x00: "0"
        case 0x07: "a"
        case 0x08: "b"
        case 0x09: "t"
        case 0x0A: "n"
        case 0x0B: "v"
        case 0x0C: "f"
        case 0x0D: "r"
        case 0x1B: "e"
        case 0x22: "\""
        case 0x5C: "\\"
        case 0x85: "N"
        case 0xA0: "_"
        case 0x2028: "L"
        case 0x2029: "P"
        default: nil
        }
        if let named {
            output.append(UInt8(named.value))
            return
        }
        let (letter, digits): (Unicode.Scalar, Int) = value <= 0xFF ? ("x", 2) : value <= 0xFFFF ? ("u", 4) : ("U", 8)
        output.append(UInt8(letter.value))
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            let digit = UInt8((value >> UInt32(shift)) & 0x0F)
            output.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }

    /// Whether `bytes` hold a line break as libyaml counts them: `\r`, `\n`, U+0085, U+2028 or U+2029.
    private static func containsBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices {
            switch bytes[index] {
            case 0x0A, 0x0D: return true
            case 0xC2: if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return true }
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return true
                }
            default: continue
            }
        }
        return false
    }
}
