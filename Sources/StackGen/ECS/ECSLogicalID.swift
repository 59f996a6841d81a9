/// Deterministic CloudFormation logical IDs for a service's resources: the service's DNS name in PascalCase
/// and a suffix naming the kind (`checkout-api` → `CheckoutApiService`, `CheckoutApiTaskDefinition`).
///
/// A logical ID is a resource's identity in the stack: renaming a service gives new IDs, so CloudFormation
/// creates the new resources and deletes the old ones (a replacement, which `check`/`diff` report).
public enum ECSLogicalID {
    /// `checkout-api` → `CheckoutApi`: each run of letters and digits with its first letter upper-cased.
    public static func base(_ serviceName: String) -> String {
        serviceName.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    }

    public static func taskDefinition(_ service: String) -> String { base(service) + "TaskDefinition" }
    public static func service(_ service: String) -> String { base(service) + "Service" }
    public static func scalableTarget(_ service: String) -> String { base(service) + "ScalableTarget" }
    public static func scalingPolicy(_ service: String, metric: String) -> String {
        base(service) + "ScalingPolicy" + base(metric)
    }
    public static func secretsPolicy(_ service: String) -> String { base(service) + "SecretsPolicy" }
    public static func alarm(_ service: String, _ kind: String) -> String { base(service) + "Alarm" + kind }
}
