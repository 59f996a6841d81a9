import Foundation

/// Checks a JSON document against `Schemas/cost-estimate.schema.json` without any tool outside Swift. It
/// implements the JSON Schema keywords that schema uses — `$ref` (to `#/$defs/…`), `type`, `const`, `enum`,
/// `required`, `properties`, `additionalProperties`, `items`, `minItems`, `maxItems`, `pattern`, `minimum` —
/// and reports any other keyword as a problem, so the schema cannot grow a rule this check silently skips.
struct CostSchemaValidator {
    let root: [String: Any]

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let keywords: Set<String> = [
        "$ref", "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minItems",
        "maxItems", "pattern", "minimum",
    ]

    init(schema: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: schema) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.root = root
    }

    /// Every way `document` breaks the schema, as `path: problem`; empty when it conforms.
    func problems(in document: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, against: root, at: "$", problems: &problems)
        return problems
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, problems: inout [String]) {
        for key in schema.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            problems.append("\(path): the schema uses `\(key)`, which this check does not implement")
        }
        if let reference = schema["$ref"] as? String {
            guard reference.hasPrefix("#/$defs/"), let definitions = root["$defs"] as? [String: Any],
                let target = definitions[String(reference.dropFirst(8))] as? [String: Any]
            else { return problems.append("\(path): unresolvable $ref \(reference)") }
            check(value, against: target, at: path, problems: &problems)
        }
        if let type = schema["type"] as? String, !Self.matches(value, type: type) {
            problems.append("\(path): expected \(type), found \(Self.describe(value))")
            return
        }
        if let constant = schema["const"], !Self.equal(value, constant) {
            problems.append("\(path): expected the constant \(constant)")
        }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(path): \(value) is not one of \(choices)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): `\(text)` does not match \(pattern)")
        }
        if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum {
            problems.append("\(path): \(number) is below \(minimum)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required `\(key)`")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                if let property = properties[key] as? [String: Any] {
                    check(object[key]!, against: property, at: "\(path).\(key)", problems: &problems)
                } else if let additional = schema["additionalProperties"] {
                    if let allowed = additional as? Bool, !allowed {
                        problems.append("\(path): unexpected key `\(key)`")
                    } else if let additionalSchema = additional as? [String: Any] {
                        check(object[key]!, against: additionalSchema, at: "\(path).\(key)", problems: &problems)
                    }
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                problems.append("\(path): fewer than \(minimum) items")
            }
            if let maximum = schema["maxItems"] as? Int, array.count > maximum {
                problems.append("\(path): more than \(maximum) items")
            }
            if let items = schema["items"] as? [String: Any] {
                for (index, item) in array.enumerated() {
                    check(item, against: items, at: "\(path)[\(index)]", problems: &problems)
                }
            }
        }
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c" || value is Bool && !(value is Int)
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": (value as? NSNumber).map { !isBoolean(value) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber && !isBoolean(value)
        case "boolean": isBoolean(value)
        default: false
        }
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        if let left = lhs as? String, let right = rhs as? String { return left == right }
        if let left = lhs as? NSNumber, let right = rhs as? NSNumber { return left == right }
        return false
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [String: Any]: "an object"
        case is [Any]: "an array"
        case is NSNumber: "a number"
        default: "\(type(of: value))"
        }
    }
}
