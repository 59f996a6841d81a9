/// The ARN ECS reads a secret reference from, in the environment's region and account.
enum SecretARN {
    static func arn(for secret: SecretReference, in settings: ECSSettings) -> String {
        switch secret.store {
        case .secretsManager:
            // name:json-key:version-stage:version-id, the last two empty for the current version.
            "arn:aws:secretsmanager:\(settings.region):\(settings.account):secret:\(secret.name):\(secret.key)::"
        case .parameterStore:
            "arn:aws:ssm:\(settings.region):\(settings.account):parameter/\(secret.name)/\(secret.key)"
        }
    }
}
