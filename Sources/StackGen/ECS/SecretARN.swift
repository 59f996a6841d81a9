/// The ARNs ECS and IAM use for a secret reference, in the environment's region and account.
enum SecretARN {
    /// What a container's `secrets[].valueFrom` names.
    static func arn(for secret: SecretReference, in settings: ECSSettings) -> String {
        switch secret.store {
        case .secretsManager:
            // name:json-key:version-stage:version-id, the last two empty for the current version.
            "\(secretsManagerPrefix(settings))\(secret.name):\(secret.key)::"
        case .parameterStore:
            parameterARN(secret, in: settings)
        }
    }

    /// The secret's ARN as an IAM policy names it. A Secrets Manager ARN ends in `-` and six random characters
    /// that only AWS knows, so a policy written from the name matches them with `-??????`.
    static func resource(for secret: SecretReference, in settings: ECSSettings) -> String {
        switch secret.store {
        case .secretsManager: "\(secretsManagerPrefix(settings))\(secret.name)-??????"
        case .parameterStore: parameterARN(secret, in: settings)
        }
    }

    /// `arn:aws:ssm:<region>:<account>:parameter/name/key`: the parameter `/name/key` with its leading `/` once.
    private static func parameterARN(_ secret: SecretReference, in settings: ECSSettings) -> String {
        "arn:aws:ssm:\(settings.region):\(settings.account):parameter\(secret.parameterName)"
    }

    private static func secretsManagerPrefix(_ settings: ECSSettings) -> String {
        "arn:aws:secretsmanager:\(settings.region):\(settings.account):secret:"
    }
}
