/// Decodes `kubernetes.externalSecrets` of an environment file.
struct ExternalSecretSettingsDecoder {
    let reader: YAMLNodeReader

    static let keys = ["secretsManager", "parameterStore", "refreshInterval"]

    func decode(_ node: YAMLNode) -> ExternalSecretSettings? {
        guard let pairs = reader.mapping(node, named: "externalSecrets", allowed: Self.keys) else { return nil }
        var settings = ExternalSecretSettings()
        for (key, value) in pairs {
            switch key {
            case "secretsManager": settings.secretsManager = decodeStore(value, named: key)
            case "parameterStore": settings.parameterStore = decodeStore(value, named: key)
            case "refreshInterval":
                guard let interval = reader.string(value, named: key) else { continue }
                if Self.isDuration(interval) {
                    settings.refreshInterval = interval
                } else {
                    reader.error("`refreshInterval` `\(interval)` is not a duration", at: value,
                                 fix: "use a Go duration such as `1h`, `15m` or `1h30m`")
                }
            default: break
            }
        }
        return settings
    }

    private func decodeStore(_ node: YAMLNode, named name: String) -> SecretStoreReference? {
        guard let pairs = reader.mapping(node, named: "externalSecrets.\(name)", allowed: ["kind", "name"]) else {
            return nil
        }
        reader.requireKeys(["kind", "name"], in: pairs, of: node, named: "externalSecrets.\(name)")
        var kind: SecretStoreReference.Kind?
        var storeName: String?
        for (key, value) in pairs {
            switch key {
            case "kind": kind = reader.choice(value, named: "externalSecrets.\(name).kind")
            case "name":
                storeName = reader.string(value, named: "externalSecrets.\(name).name")
                if let storeName, let problem = Naming.subdomainProblem(storeName) {
                    reader.error("store name `\(storeName)` \(problem)", at: value,
                                 fix: "use the name of the store as `kubectl get \(kind?.rawValue ?? "clustersecretstore")` shows it")
                }
            default: break
            }
        }
        guard let kind, let storeName else { return nil }
        return SecretStoreReference(kind: kind, name: storeName)
    }

    /// A Go duration of whole units: `1h`, `15m`, `30s`, `1h30m`.
    static func isDuration(_ text: String) -> Bool {
        var digits = 0
        var sawUnit = false
        for character in text {
            if character.isASCIIDigit {
                digits += 1
            } else if "hms".contains(character), digits > 0 {
                digits = 0
                sawUnit = true
            } else {
                return false
            }
        }
        return sawUnit && digits == 0
    }
}
