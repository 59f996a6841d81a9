/// Writes a `Value` as JSON: keys sorted by code point, two-space indentation, readable UTF-8, one trailing
/// newline. The same value gives the same bytes on every run and machine.
public enum JSONRenderer {
    public static func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: "", to: &output)
        output += "\n"
        return output
    }

    private static func write(_ value: Value, indent: String, to output: inout String) {
        switch value {
        case .string(let string): output += quoted(string)
        case .int(let number): output += String(number)
        case .double(let number): output += format(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { return output += "[]" }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                write(item, indent: indent + "  ", to: &output)
                output += index < items.count - 1 ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{\n"
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                output += indent + "  " + quoted(key) + ": "
                write(members[key]!, indent: indent + "  ", to: &output)
                output += index < keys.count - 1 ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    /// A finite number in its shortest round-tripping form, always with a fraction or exponent (`70.0`).
    static func format(_ number: Double) -> String {
        precondition(number.isFinite, "JSON has no representation for \(number)")
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
