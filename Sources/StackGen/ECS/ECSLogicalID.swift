/// Deterministic CloudFormation logical IDs for a service's resources: the service's DNS name in PascalCase
/// and a suffix naming the kind (`checkout-api` → `CheckoutApiService`, `CheckoutApiTaskDefinition`).
///
/// A logical ID is a resource's identity in the stack: renaming a service gives new IDs, so CloudFormation
/// creates the new resources and deletes the old ones (a replacement, which `check`/`diff` report).
public enum ECSLogicalID {
    /// `checkout-api` → `CheckoutApi`: each run of letters and digits with its first letter upper-cased.
    public static func base(_ serviceName: String) -> String {
        guard serviceName.utf8.allSatisfy({ $0 < 0x80 }) else {
            return serviceName.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
                .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
        }
        // In ASCII text every character is one byte (CR LF is two, and neither is a letter or digit), so the
        // same runs are found byte by byte.
        return String(unsafeUninitializedCapacity: serviceName.utf8.count) { buffer in
            var count = 0, startsRun = true
            for byte in serviceName.utf8 {
                let lower = byte | 0x20
                let isLetter = lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
                guard isLetter || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
                    startsRun = true
                    continue
                }
                buffer[count] = isLetter ? (startsRun ? lower - 0x20 : lower) : byte
                count += 1
                startsRun = false
            }
            return count
        }
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
