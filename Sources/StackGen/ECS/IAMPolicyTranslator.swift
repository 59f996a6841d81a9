/// `iam-policy.json`: the IAM policy the task execution role needs to hand the service its secrets, for
/// `aws iam put-role-policy --policy-document file://…` (or a Terraform `aws_iam_role_policy`).
///
/// Exactly what ECS calls while starting a task: `secretsmanager:GetSecretValue` on each Secrets Manager secret,
/// `ssm:GetParameters` on each parameter, and `kms:Decrypt` only through those services and only for those
/// secrets (the encryption context names the secret or parameter), so a customer-managed key works and nothing
/// else can be decrypted. Pulling images and writing logs are the managed `AmazonECSTaskExecutionRolePolicy`'s job.
public enum IAMPolicyTranslator: ECSSingleDocumentTranslator {
    /// The file this translator writes in each service's folder.
    public static let fileName = "iam-policy.json"

    public static func translate(_ service: ResolvedService, settings: ECSSettings) -> ECSDocument? {
        guard readsSecrets(service) else { return nil }
        let references = Set(service.service.allContainers.flatMap(\.secrets.values))
        let region = settings.region
        // Per store: the read action, the service that decrypts for it and the encryption-context key naming the secret.
        let stores: [(SecretReference.Store, String, String, String, String)] = [
            (.secretsManager, "Secrets", "secretsmanager:GetSecretValue", "secretsmanager", "kms:EncryptionContext:SecretARN"),
            (.parameterStore, "Parameters", "ssm:GetParameters", "ssm", "kms:EncryptionContext:PARAMETER_ARN"),
        ]
        let statements: [Value] = stores.flatMap { store, noun, action, endpoint, contextKey -> [Value] in
            let arns = resources(references, store: store, settings: settings)
            guard !arns.isEmpty else { return [] }
            return [
                allow("Read\(noun)", [action], arns),
                decrypt("Decrypt\(noun)", via: "\(endpoint).\(region).amazonaws.com", contextKey: contextKey, values: arns,
                        settings: settings),
            ]
        }
        return ECSDocument(
            fileName: fileName, value: ["Version": "2012-10-17", "Statement": .array(statements)])
    }

    /// Whether any container or init step of `service` reads a secret, so that the execution role needs a policy at all.
    public static func readsSecrets(_ service: ResolvedService) -> Bool {
        service.service.allContainers.contains { !$0.secrets.isEmpty }
    }

    private static func resources(_ references: Set<SecretReference>, store: SecretReference.Store, settings: ECSSettings) -> [String] {
        Set(references.filter { $0.store == store }.map { SecretARN.resource(for: $0, in: settings) }).sorted()
    }

    private static func allow(_ sid: String, _ actions: [String], _ resources: [String]) -> Value {
        ["Sid": .string(sid), "Effect": "Allow", "Action": .strings(actions), "Resource": .strings(resources)]
    }

    private static func decrypt(
        _ sid: String, via service: String, contextKey: String, values: [String], settings: ECSSettings
    ) -> Value {
        [
            "Sid": .string(sid), "Effect": "Allow", "Action": ["kms:Decrypt"],
            "Resource": .string("arn:aws:kms:\(settings.region):\(settings.account):key/*"),
            "Condition": [
                "StringEquals": ["kms:ViaService": .string(service)],
                "StringLike": [contextKey: .strings(values)],
            ],
        ]
    }
}
