/// Turns the ECS API's JSON (the AWS CLI files) into CloudFormation properties, and writes intrinsic functions.
enum CloudFormationValue {
    /// The keys whose values are free-form maps: their own keys are data, not property names.
    static let dataMaps: Set<String> = ["options", "dockerLabels"]

    /// `value` with every property name's first letter upper-cased (`containerDefinitions` →
    /// `ContainerDefinitions`, `sizeInGiB` → `SizeInGiB`), which is how CloudFormation names the ECS API's
    /// fields; the contents of `dataMaps` stay as they are.
    static func properties(_ value: Value) -> Value {
        switch value {
        case .object(let members):
            .object(Dictionary(uniqueKeysWithValues: members.map { key, member in
                (upperFirst(key), isDataMap(key) ? member : properties(member))
            }))
        case .array(let items): .array(items.map(properties))
        default: value
        }
    }

    /// Whether `key` is one of `dataMaps`, compared without hashing (this runs for every property name).
    private static func isDataMap(_ key: String) -> Bool {
        switch key.utf8.count {
        case 7, 12: dataMaps.contains(key)
        default: false
        }
    }

    /// The inverse of `properties`, for tests that compare a template with the CLI files.
    static func apiFields(_ value: Value) -> Value {
        switch value {
        case .object(let members):
            .object(Dictionary(uniqueKeysWithValues: members.map { key, member in
                let name = lowerFirst(key)
                return (name, dataMaps.contains(name) ? member : apiFields(member))
            }))
        case .array(let items): .array(items.map(apiFields))
        default: value
        }
    }

    static func ref(_ logicalID: String) -> Value { ["Ref": .string(logicalID)] }

    static func getAtt(_ logicalID: String, _ attribute: String) -> Value {
        ["Fn::GetAtt": [.string(logicalID), .string(attribute)]]
    }

    private static func upperFirst(_ key: String) -> String {
        // Property names are ASCII: a lower-case first letter is changed in one copy of the bytes.
        guard let first = key.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else {
            return key.prefix(1).uppercased() + key.dropFirst()
        }
        let count = key.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            _ = buffer.initialize(from: key.utf8)
            buffer[0] = first - 0x20
            return count
        }
    }

    private static func lowerFirst(_ key: String) -> String {
        // `ECS…` stays as the API spells it (`enableECSManagedTags`).
        key.hasPrefix("ECS") ? key : key.prefix(1).lowercased() + key.dropFirst()
    }
}
