/// Writes a `Value` as JSON: keys sorted by code point, two-space indentation, readable UTF-8, one trailing
/// newline. The same value gives the same bytes on every run and machine.
public enum JSONRenderer {
    public static func render(_ value: Value) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(2048)
        write(value, depth: 0, to: &output)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: Value, depth: Int, to output: inout [UInt8]) {
        switch value {
        case .string(let string): appendQuoted(string, to: &output)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number): output.append(contentsOf: format(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                indent(depth + 1, &output)
                write(item, depth: depth + 1, to: &output)
                output.append(contentsOf: index < items.count - 1 ? ",\n".utf8 : "\n".utf8)
            }
            indent(depth, &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            let sorted = members.sorted { KeyOrder.codePointOrder($0.key, $1.key) }
            for (index, member) in sorted.enumerated() {
                indent(depth + 1, &output)
                appendQuoted(member.key, to: &output)
                output.append(contentsOf: ": ".utf8)
                write(member.value, depth: depth + 1, to: &output)
                output.append(contentsOf: index < sorted.count - 1 ? ",\n".utf8 : "\n".utf8)
            }
            indent(depth, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ depth: Int, _ output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// A finite number in its shortest round-tripping form, always with a fraction or exponent (`70.0`).
    static func format(_ number: Double) -> String {
        precondition(number.isFinite, "JSON has no representation for \(number)")
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// `string` as a JSON string literal: quotes, backslashes, control characters, DEL and the line and
    /// paragraph separators escaped; everything else as UTF-8.
    private static func appendQuoted(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy their bytes at once. (0xE2 starts U+2028 and U+2029.)
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            output.append(contentsOf: string.utf8)
            return output.append(UInt8(ascii: "\""))
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{2028}": output.append(contentsOf: "\\u2028".utf8)
            case "\u{2029}": output.append(contentsOf: "\\u2029".utf8)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: "\\u".utf8)
                    output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
                    output.append(contentsOf: hex.utf8)
                } else {
                    output.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
